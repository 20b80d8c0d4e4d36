// Verify that no example invites committing a private key: no example workflow, example config file, repository
// workflow or YAML example of a README names a key or keystore file (.pem, .p12, .pfx, .jks, .key) — the key comes
// from a secret's content ({ from-env: VAR }), which import-car writes to RUNNER_TEMP only while it uploads it.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ROOT } from '../../support/runner.js'
import { workflowFiles } from '../../support/workflow.js'

const KEY_FILE = /[\w.~/${}-]*\.(?:pem|p12|pfx|jks|key)(?![\w-])/gi
/** Expressions that read a secret or variable named …_KEY (`secrets.SFTP_KEY`) name no file. */
const EXPRESSION = /^(?:secrets|vars|env|inputs|steps|needs|github)\./i

/**
 * Key file paths named in `text`, outside comments (`# base64 -w0 client.jks` tells how to make the secret): a
 * `file-name:` (the name a secret's content is written under) is not a path either.
 */
function keyFilePaths(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.replace(/(?:^|\s)#\s.*$/, '').replace(/file-name:\s*[^\s,}]+/g, ''))
    .flatMap(line => [...line.matchAll(KEY_FILE)].map(m => m[0]))
    .filter(path => !EXPRESSION.test(path))
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => join(e.parentPath, e.name))
}

/** The YAML blocks of the READMEs (the examples a reader copies). */
function readmeYaml(): Array<[string, string]> {
  const readmes = [
    join(ROOT, 'README.md'),
    ...filesUnder(join(ROOT, 'actions')).filter(f => f.endsWith('README.md'))
  ]
  return readmes.map(f => [
    f,
    [...readFileSync(f, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map(m => m[1] as string).join('\n')
  ])
}

const EXAMPLES: Array<[string, string]> = [
  ...new Set([...filesUnder(join(ROOT, 'examples')), ...workflowFiles()])
].map(f => [f, readFileSync(f, 'utf8')])

describe('no example names a key file', () => {
  it('finds the forms the examples used to have (the check can fail)', () => {
    expect(keyFilePaths('          SFTP_KEY_FILE: oic/keys/prod-sftp.pem')).toEqual([
      'oic/keys/prod-sftp.pem'
    ])
    expect(keyFilePaths("      - run: printf 'demo\\n' > sftp-demo.pem")).toEqual(['sftp-demo.pem'])
    expect(keyFilePaths('    file: certs/client.p12\n    key: ./secrets/id.key')).toEqual([
      'certs/client.p12',
      './secrets/id.key'
    ])
    expect(keyFilePaths('      PrivateKey: keys/ERP.JKS   # the key')).toEqual(['keys/ERP.JKS'])
    expect(
      keyFilePaths(
        'SFTP_KEY: ${{ secrets.SFTP_KEY }}\nfile: { from-env-base64: KS, file-name: client.jks }   # base64 -w0 client.jks\nPrivateKey: { from-env: SFTP_KEY }'
      )
    ).toEqual([])
  })

  it.each([...EXAMPLES, ...readmeYaml()].map(([f, text]) => [relative(ROOT, f), text]))(
    '%s names no .pem, .p12, .pfx, .jks or .key file',
    (_file, text) => {
      expect(keyFilePaths(text)).toEqual([])
    }
  )
})
