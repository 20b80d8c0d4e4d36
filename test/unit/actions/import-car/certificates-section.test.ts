// Verify the connections file's certificates: section: type and category as Oracle names them, a workspace path or
// a secret's content, passwords masked the moment they are read, replace true/false, and one error at the line of
// each mistake (unknown key, wrong category, missing keystore password, an alias that cannot be an id).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readConnectionsFile } from '../../../../src/actions/import-car/connections-file.js'

const dir = mkdtempSync(join(tmpdir(), 'certs-section-'))
const file = (text: string): string => {
  const p = join(dir, `c${Math.random()}.yaml`)
  writeFileSync(p, `connections: {}\n${text}`)
  return p
}
const read = (text: string, env: Record<string, string> = {}, masked: string[] = []) =>
  readConnectionsFile(file(text), 'prod.yaml', env, v => masked.push(v)).certificates

describe('certificates section', () => {
  it('reads a trust certificate from a path, replace false by default', () => {
    const [ca] = read(
      'certificates:\n  PARTNER_CA:\n    type: X509\n    category: trust\n    file: oic/certs/ca.pem\n'
    )
    expect(ca).toEqual({
      alias: 'PARTNER_CA',
      type: 'X509',
      category: 'TRUST',
      from: { path: 'oic/certs/ca.pem' },
      description: undefined,
      keystorePassword: undefined,
      keyPasswords: undefined,
      passPhrase: undefined,
      replace: false,
      location: { file: 'prod.yaml', line: 3 }
    })
  })

  it('reads an identity keystore from a base64 secret; the passwords are masked, key-passwords default to the keystore’s', () => {
    const masked: string[] = []
    const keystore = Buffer.from([0xfe, 0xed, 0xfe, 0xed, 1, 2, 3, 4])
    const [tls] = read(
      [
        'certificates:',
        '  CLIENT_TLS:',
        '    type: X509',
        '    category: IDENTITY',
        '    file: { from-env-base64: TLS_KEYSTORE, file-name: client.jks }',
        '    keystore-password: ${TLS_KS_PASSWORD}',
        '    replace: true',
        ''
      ].join('\n'),
      { TLS_KEYSTORE: keystore.toString('base64'), TLS_KS_PASSWORD: 'ks-pw-4411' },
      masked
    )
    expect(tls).toMatchObject({
      alias: 'CLIENT_TLS',
      keystorePassword: 'ks-pw-4411',
      keyPasswords: 'ks-pw-4411',
      replace: true,
      from: { variable: 'TLS_KEYSTORE', encoding: 'base64', fileName: 'client.jks', content: keystore }
    })
    expect(masked).toContain('ks-pw-4411')
    expect(masked).toContain(keystore.toString('base64'))
  })

  it.each([
    [
      'an unknown key',
      'certificates:\n  A:\n    type: X509\n    category: TRUST\n    file: a.pem\n    alias: B\n',
      6,
      "unknown key 'alias' in certificate A"
    ],
    [
      'a category of another type',
      'certificates:\n  A:\n    type: X509\n    category: PUBLIC\n    file: a.pem\n',
      4,
      "category 'PUBLIC' must be one of TRUST, IDENTITY for type X509"
    ],
    [
      'an unknown type',
      'certificates:\n  A:\n    type: JWK\n    category: TRUST\n    file: a.pem\n',
      3,
      "type 'JWK' must be one of X509"
    ],
    [
      'a keystore without its password',
      'certificates:\n  A:\n    type: X509\n    category: IDENTITY\n    file: a.jks\n',
      2,
      "certificate A (X509 IDENTITY) needs 'keystore-password'"
    ],
    [
      'a password a trust certificate does not take',
      'certificates:\n  A:\n    type: X509\n    category: TRUST\n    file: a.pem\n    pass-phrase: x\n',
      2,
      "'pass-phrase' does not apply to a X509 TRUST certificate"
    ],
    ['no file', 'certificates:\n  A:\n    type: X509\n    category: TRUST\n', 2, 'certificate A has no file'],
    [
      'replace that is no boolean',
      'certificates:\n  A:\n    type: X509\n    category: TRUST\n    file: a.pem\n    replace: yes-please\n',
      6,
      "replace must be true or false, got 'yes-please'"
    ],
    [
      'an alias with the id separator',
      "certificates:\n  'A|B':\n    type: X509\n    category: TRUST\n    file: a.pem\n",
      2,
      'certificate alias "A|B" cannot be used'
    ],
    [
      'an alias that is a dot segment',
      "certificates:\n  '..':\n    type: X509\n    category: TRUST\n    file: a.pem\n",
      2,
      'certificate alias ".." cannot be used'
    ]
  ])('refuses %s at its line', (_what, text, line, message) => {
    let error: unknown
    try {
      read(text)
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({
      input: 'connections-file',
      location: { file: 'prod.yaml', line: line + 1 }
    })
    expect((error as Error).message).toContain(`prod.yaml:${line + 1}: `)
    expect((error as Error).message).toContain(message)
  })

  it('an unset ${VAR} for a password is an error naming the variable, and nothing is masked from it', () => {
    expect(() =>
      read(
        'certificates:\n  A:\n    type: X509\n    category: IDENTITY\n    file: a.jks\n    keystore-password: ${KS_PW}\n'
      )
    ).toThrow('KS_PW')
  })
})
