// Verify connection attachments given as a secret's content ({from-env: VAR}, {from-env-base64: VAR}): read and
// masked with the file, uploaded from a mode-600 file under RUNNER_TEMP that exists only during the upload, gone
// after success and failure; a missing secret is an error naming it, before any request.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { uploadAttachments, type AttachmentFile } from '../../../../src/actions/import-car/attachments.js'
import { attachmentFiles } from '../../../../src/actions/import-car/configure.js'
import { readConnectionsFile } from '../../../../src/actions/import-car/connections-file.js'
import type { HttpClient } from '../../../../src/core/http/client.js'
import type { MultipartBody } from '../../../../src/core/http/multipart.js'
import { workspace } from '../../../support/actions.js'
import { importCar, logged, P, setup, writes } from './harness.js'

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nsentinel-key-line-5521\n-----END OPENSSH PRIVATE KEY-----\n'

const dir = mkdtempSync(join(tmpdir(), 'attach-'))
let n = 0
const parse = (text: string, env: Record<string, string>, masked: string[] = []) => {
  const p = join(dir, `c${n++}.yaml`)
  writeFileSync(p, text)
  return readConnectionsFile(p, 'prod.yaml', env, v => masked.push(v)).connections[0]!
}

/** What a fake client saw of each upload while it ran: the path, the file name, the bytes and RUNNER_TEMP's files. */
interface Seen {
  path: string
  file: string
  body: string
  /** Each file under RUNNER_TEMP during the request, with its mode. */
  temp: Array<{ path: string; mode: number }>
}

/** A client recording each upload as it happened; the `fail`-th upload is refused. */
function fakeClient(seen: Seen[], runnerTemp: string, fail?: number): HttpClient {
  return {
    json: async (req: { path: string; multipart?: MultipartBody }) => {
      const chunks: Buffer[] = []
      for await (const chunk of req.multipart!.stream()) chunks.push(Buffer.from(chunk as Buffer))
      const body = Buffer.concat(chunks).toString('utf8')
      const temp = readdirSync(runnerTemp, { recursive: true, withFileTypes: true })
        .filter(e => e.isFile())
        .map(e => ({
          path: join(e.parentPath, e.name),
          mode: statSync(join(e.parentPath, e.name)).mode & 0o777
        }))
      seen.push({ path: req.path, file: /filename="([^"]+)"/.exec(body)?.[1] ?? '', body, temp })
      if (seen.length === fail) throw new Error('upload refused')
      return undefined
    }
  } as unknown as HttpClient
}

describe('attachments from secrets', () => {
  it('reads {from-env} and {from-env-base64} beside plain paths, masking the content', () => {
    const masked: string[] = []
    const ks = Buffer.from([0xfe, 0xed, 0xfe, 0xed, 1, 2, 3])
    const ftp = parse(
      [
        'connections:',
        '  FTP:',
        '    attachments:',
        '      PrivateKey: { from-env: SFTP_KEY }',
        '      KeyStore: { from-env-base64: KS_B64, file-name: identity.jks }',
        '      Wsdl: wsdl/service.wsdl',
        ''
      ].join('\n'),
      { SFTP_KEY: KEY, KS_B64: ks.toString('base64') },
      masked
    )
    expect(
      ftp.attachments.map(a => [a.name, a.location.line, 'path' in a.from ? a.from.path : a.from.fileName])
    ).toEqual([
      ['PrivateKey', 4, 'SFTP_KEY'],
      ['KeyStore', 5, 'identity.jks'],
      ['Wsdl', 6, 'wsdl/service.wsdl']
    ])
    expect(masked).toEqual(expect.arrayContaining([KEY, ks.toString('base64')]))
    const secret = ftp.attachments[1]!.from
    expect('content' in secret && secret.content.equals(ks)).toBe(true)
  })

  it('a mapping without from-env is an error at its line', () => {
    expect(() =>
      parse('connections:\n  FTP:\n    attachments:\n      PrivateKey: { file: keys/a.pem }\n', {})
    ).toThrow(
      /^prod\.yaml:4: attachment PrivateKey of connection FTP: expected one of 'from-env: VAR' or 'from-env-base64: VAR'.*, not 'file'\.$/
    )
  })

  it('uploads each attachment, the secret one from a mode-600 file under RUNNER_TEMP that is gone afterwards', async () => {
    const env = workspace()
    const ftp = parse(
      'connections:\n  FTP:\n    attachments:\n      PrivateKey: { from-env: SFTP_KEY }\n      Wsdl: svc.wsdl\n',
      { SFTP_KEY: KEY }
    )
    writeFileSync(join(env.GITHUB_WORKSPACE, 'svc.wsdl'), '<definitions/>')
    const files = attachmentFiles(ftp, env)
    expect(files.map(f => ('secret' in f ? ['secret', f.name] : ['file', f.name]))).toEqual([
      ['secret', 'PrivateKey'],
      ['file', 'Wsdl']
    ])
    const seen: Seen[] = []
    await uploadAttachments(fakeClient(seen, env.RUNNER_TEMP), P, 'FTP', files, env)
    expect(seen.map(s => [s.path, s.file])).toEqual([
      [`/ic/api/integration/v1/projects/${P}/connections/FTP/attachments/PrivateKey`, 'SFTP_KEY'],
      [`/ic/api/integration/v1/projects/${P}/connections/FTP/attachments/Wsdl`, 'svc.wsdl']
    ])
    expect(seen[0]?.body).toContain(KEY)
    expect(seen[0]?.temp).toHaveLength(1)
    expect(seen[0]?.temp[0]?.mode).toBe(0o600)
    expect(seen[0]?.temp[0]?.path.endsWith('/SFTP_KEY')).toBe(true)
    expect(relative(env.RUNNER_TEMP, seen[0]!.temp[0]!.path).startsWith('..')).toBe(false)
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
    expect(readFileSync(join(env.GITHUB_WORKSPACE, 'svc.wsdl'), 'utf8')).toBe('<definitions/>')
  })

  it('removes the secret file when an upload fails, and passes the failure on', async () => {
    const env = workspace()
    const files: AttachmentFile[] = [
      {
        name: 'PrivateKey',
        secret: {
          variable: 'SFTP_KEY',
          encoding: 'text',
          content: Buffer.from(KEY),
          fileName: 'SFTP_KEY',
          location: { file: 'prod.yaml', line: 4 }
        }
      }
    ]
    const seen: Seen[] = []
    await expect(
      uploadAttachments(fakeClient(seen, env.RUNNER_TEMP, 1), P, 'FTP', files, env)
    ).rejects.toThrow('upload refused')
    expect(seen).toHaveLength(1)
    expect(seen[0]?.body).toContain(KEY)
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
  })
})

describe('import-car with an attachment from a secret', () => {
  it('uploads it without any key file in the workspace, prints no line of it and leaves RUNNER_TEMP empty', async () => {
    const c = await setup()
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    attachments:\n      PrivateKey: { from-env: SFTP_KEY }\n'
    )
    const host = await importCar(c, { 'connections-file': file }, { SFTP_KEY: KEY })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([
      'POST /projects/archive',
      `POST /projects/${P}/connections/ERP_REST/attachments/PrivateKey`
    ])
    expect(c.target.attachments).toEqual(['ERP_REST/PrivateKey'])
    expect(readdirSync(c.env.RUNNER_TEMP).filter(f => f.startsWith('oic-secret-'))).toEqual([])
    expect(host.secrets).toContain(KEY)
    expect(JSON.stringify(host.logs)).not.toContain('sentinel-key-line-5521')
    expect(existsSync(join(c.env.GITHUB_WORKSPACE, 'SFTP_KEY'))).toBe(false)
  })

  it.each([
    ['unset', {}, /SFTP_KEY is not set\. Add SFTP_KEY under the step's env:/],
    [
      'empty',
      { SFTP_KEY: '' },
      /SFTP_KEY is empty \(a secret that does not exist expands to an empty string\)/
    ]
  ])(
    'a secret that is %s is an error at its line naming it, before any request',
    async (_n, env, message) => {
      const c = await setup()
      const file = c.file(
        'oic/connections/prod.yaml',
        'connections:\n  ERP_REST:\n    attachments:\n      PrivateKey: { from-env: SFTP_KEY }\n'
      )
      const host = await importCar(c, { 'connections-file': file }, env)
      expect(host.failed?.message).toMatch(
        /^oic\/connections\/prod\.yaml:4: attachment PrivateKey of connection ERP_REST: environment variable /
      )
      expect(host.failed?.message).toMatch(message)
      expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
      expect(logged(host, 'info').join('\n')).not.toContain('SFTP_KEY:')
    }
  )
})
