// Verify secret files: a file's content read from an environment variable (text or base64), masked line by line,
// refused when missing, empty or malformed, written under RUNNER_TEMP in a private folder with mode 600 and removed
// after use whether the use succeeded or failed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  readSecretContent,
  withSecretFiles,
  writeSecretFiles,
  type SecretContent
} from '../../../src/core/secret-file.js'
import { clearSecrets, registerSecret } from '../../../src/core/secrets/registry.js'
import { redactText } from '../../../src/core/secrets/redact.js'
import { mapEntries, readYamlFile } from '../../../src/core/yaml-file.js'
import { workspace } from '../../support/actions.js'
import { expectInputError } from '../../support/input-error.js'

const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n'

/** Reads `key: <yaml>` from a file and parses its value as a secret-content node. */
function read(yaml: string, env: Record<string, string | undefined>, masked: string[] = []): SecretContent {
  const path = join(mkdtempSync(join(tmpdir(), 'secret-file-')), 'c.yaml')
  writeFileSync(path, `PrivateKey: ${yaml}\n`)
  const doc = readYamlFile(path, 'c.yaml', 'connections-file')
  const node = mapEntries(doc.root)[0]?.[1] ?? null
  return readSecretContent(doc, node, env, v => masked.push(v), 'attachment PrivateKey of connection FTP')
}

describe('readSecretContent', () => {
  it('takes a text file from the variable and masks the value, whose lines the registry masks one by one', () => {
    const masked: string[] = []
    const secret = read('{ from-env: SFTP_KEY }', { SFTP_KEY: PEM }, masked)
    expect(secret).toEqual({
      variable: 'SFTP_KEY',
      encoding: 'text',
      content: Buffer.from(PEM),
      fileName: 'SFTP_KEY',
      location: { file: 'c.yaml', line: 1 }
    })
    expect(masked).toEqual([PEM])
    registerSecret(masked[0]!)
    try {
      expect(redactText('echoed: BKcwggSjAgEAAoIBAQC7 and MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')).toBe(
        'echoed: *** and ***'
      )
    } finally {
      clearSecrets()
    }
  })

  it('decodes base64 (wrapped or not) into the bytes of a binary keystore, with the file name given', () => {
    const bytes = Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0xff, 0x80])
    const b64 = bytes.toString('base64')
    const masked: string[] = []
    const secret = read(
      '{ from-env-base64: KEYSTORE, file-name: identity.jks }',
      { KEYSTORE: `${b64}\n` },
      masked
    )
    expect(secret.content.equals(bytes)).toBe(true)
    expect(secret.fileName).toBe('identity.jks')
    expect(secret.encoding).toBe('base64')
    expect(masked).toEqual([`${b64}\n`])
  })

  it('masks the decoded text of a base64 PEM too', () => {
    const masked: string[] = []
    const wrapped = Buffer.from(PEM)
      .toString('base64')
      .replace(/(.{20})/g, '$1\n')
    expect(read('{ from-env-base64: KEY_B64 }', { KEY_B64: wrapped }, masked).content.toString()).toBe(PEM)
    expect(masked).toEqual([wrapped, PEM])
  })

  it('a missing variable is an input error naming the variable and how to set it', () => {
    expectInputError(() => read('{ from-env: SFTP_KEY }', {}), {
      input: 'connections-file',
      value: 'c.yaml',
      message:
        /^c\.yaml:1: attachment PrivateKey of connection FTP: environment variable SFTP_KEY is not set\. Add SFTP_KEY under the step's env: \(e\.g\. SFTP_KEY: \$\{\{ secrets\.SFTP_KEY \}\}\)/,
      fix: /SFTP_KEY: \$\{\{ secrets\.SFTP_KEY \}\}/,
      location: { file: 'c.yaml', line: 1 }
    })
  })

  it.each([
    [
      'empty content',
      '{ from-env: SFTP_KEY }',
      { SFTP_KEY: '' },
      /SFTP_KEY is empty \(a secret that does not exist/
    ],
    ['blank content', '{ from-env: SFTP_KEY }', { SFTP_KEY: ' \n' }, /SFTP_KEY is empty/],
    ['bad base64', '{ from-env-base64: KS }', { KS: 'not base64!' }, /KS is not valid base64\. .*base64 -w0/],
    ['cut base64', '{ from-env-base64: KS }', { KS: 'QUJDR' }, /KS is not valid base64/],
    [
      'both keys',
      '{ from-env: A, from-env-base64: B }',
      { A: 'x', B: 'eA==' },
      /expected one of 'from-env: VAR'/
    ],
    ['an unknown key', '{ from-env: A, mode: 600 }', { A: 'x' }, /, not 'mode'\.$/],
    [
      'a path for a name',
      '{ from-env: keys/a.pem }',
      {},
      /'from-env' must name an environment variable, got 'keys\/a\.pem'/
    ],
    [
      'a folder in file-name',
      '{ from-env: A, file-name: ../a.pem }',
      { A: 'x' },
      /file-name '\.\.\/a\.pem' must be a plain file name/
    ]
  ])('refuses %s', (_name, yaml, env, message) => {
    expectInputError(() => read(yaml, env), { input: 'connections-file', value: 'c.yaml', message })
  })

  it('never puts the value in an error', () => {
    const error = expectInputError(() => read('{ from-env-base64: KS }', { KS: 'sentinel-value-91!' }), {
      input: 'connections-file',
      value: 'c.yaml',
      message: /not valid base64/
    })
    expect(`${error.message} ${error.fix}`).not.toContain('sentinel-value-91')
  })
})

const secret = (text: string, fileName = 'SFTP_KEY'): SecretContent => ({
  variable: 'SFTP_KEY',
  encoding: 'text',
  content: Buffer.from(text),
  fileName,
  location: { file: 'c.yaml', line: 1 }
})

describe('writeSecretFiles and withSecretFiles', () => {
  it('writes each file with mode 600 in a fresh folder (700) inside RUNNER_TEMP, never the workspace', async () => {
    const env = workspace()
    const files = await writeSecretFiles([secret(PEM), secret('second', 'SFTP_KEY')], env)
    try {
      expect(files.paths).toHaveLength(2)
      for (const path of files.paths) {
        expect(relative(env.RUNNER_TEMP, path).startsWith('..')).toBe(false)
        expect(relative(env.GITHUB_WORKSPACE, path).startsWith('..')).toBe(true)
        expect(statSync(path).mode & 0o777).toBe(0o600)
        expect(statSync(dirname(dirname(path))).mode & 0o777).toBe(0o700)
      }
      expect(readFileSync(files.paths[0]!, 'utf8')).toBe(PEM)
      expect(readFileSync(files.paths[1]!, 'utf8')).toBe('second')
    } finally {
      await files.remove()
    }
    expect(files.paths.some(p => existsSync(p) || existsSync(dirname(dirname(p))))).toBe(false)
  })

  it('uses the system temp folder outside a runner', async () => {
    const files = await writeSecretFiles([secret('x')], {})
    expect(relative(tmpdir(), files.paths[0]!).startsWith('..')).toBe(false)
    await files.remove()
    expect(existsSync(files.paths[0]!)).toBe(false)
  })

  it('removes the files after a use that succeeded', async () => {
    const env = workspace()
    let seen: string[] = []
    const out = await withSecretFiles([secret(PEM)], env, async paths => {
      seen = paths
      return readFileSync(paths[0]!, 'utf8')
    })
    expect(out).toBe(PEM)
    expect(existsSync(seen[0]!)).toBe(false)
    expect(existsSync(dirname(dirname(seen[0]!)))).toBe(false)
  })

  it('removes the files after a use that failed, and passes the failure on', async () => {
    const env = workspace()
    let seen: string[] = []
    await expect(
      withSecretFiles([secret(PEM)], env, async paths => {
        seen = paths
        throw new Error('upload refused')
      })
    ).rejects.toThrow('upload refused')
    expect(seen).toHaveLength(1)
    expect(existsSync(dirname(dirname(seen[0]!)))).toBe(false)
  })

  it('writes nothing when there is no secret', async () => {
    const env = workspace()
    expect(await withSecretFiles([], { RUNNER_TEMP: env.RUNNER_TEMP }, async paths => paths)).toEqual([])
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
  })

  it('creates a RUNNER_TEMP that is named but not there yet (a step run by hand)', async () => {
    const base = join(mkdtempSync(join(tmpdir(), 'runner-')), 'runner-temp')
    const files = await writeSecretFiles([secret('x')], { RUNNER_TEMP: base })
    expect(relative(base, files.paths[0]!).startsWith('..')).toBe(false)
    await files.remove()
    expect(readdirSync(base)).toEqual([])
  })
})
