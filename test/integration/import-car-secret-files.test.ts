// Verify on the emulator that a connection's attachment can come from a secret's content: the SFTP key of the
// example connections file ({ from-env: SFTP_KEY }) is uploaded from a file under RUNNER_TEMP that is gone after
// the step, whether the upload succeeded or the server refused it; the key's lines are never printed; and OIC's own
// ${api_key} reaches the target as written.
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/import-car/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { QUICK_JOBS, startEmulator } from '../support/emulator.js'
import { exportTo } from '../support/promotion.js'

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAA\nsentinel-key-line-6610\n-----END OPENSSH PRIVATE KEY-----\n'
const UPLOAD = 'POST /ic/api/integration/v1/projects/:p/connections/:c/attachments/:property'

let emu: Emulator
let env: Record<string, string>
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  const ws = workspace()
  await exportTo(emu, 'dev', join(ws.GITHUB_WORKSPACE, 'r1.car'))
  env = { ...ws, SFTP_KEY: KEY, CRM_API_KEY: 'crm-api-key-4417' }
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})
beforeEach(() => {
  emu.switches.rejectUnknownConnectionProperties = true
})

const connectionsFile = (attachment: string, extra = ''): string => {
  writeFileSync(
    join(env.GITHUB_WORKSPACE!, 'prod.yaml'),
    [
      'connections:',
      '  SO_SHIPMENTS_FTP:',
      '    properties:',
      '      ftpHost: sftp.example.com',
      '    attachments:',
      `      ${attachment}: { from-env: SFTP_KEY, file-name: prod-sftp-key }`,
      extra,
      ''
    ].join('\n')
  )
  return 'prod.yaml'
}
const secretFolders = (): string[] => readdirSync(env.RUNNER_TEMP!).filter(f => f.startsWith('oic-secret-'))
const securityProperty = (connection: string, name: string) =>
  [
    ...(emu.state.get('prod')?.design.projects.get('SALES_ORDERS')?.connections.get(connection)
      ?.securityProperties ?? [])
  ].find(p => p.propertyName === name)

describe('import-car: a connection file from a secret', () => {
  it('uploads the key from RUNNER_TEMP, leaves nothing behind and never prints it', async () => {
    const uploads = emu.counters.mutationCount(UPLOAD)
    const file = connectionsFile(
      'PrivateKey',
      [
        '  SO_CRM_REST:',
        '    security-policy: API_KEY_AUTHENTICATION',
        '    security-properties:',
        '      accessToken: ${CRM_API_KEY}',
        "      accessTokenUsage: '-H Authorization: Bearer ${api_key}'"
      ].join('\n')
    )
    const host = await runInProcess(
      run,
      { path: 'r1.car', 'connections-file': file, 'activation-timeout': '30' },
      { emu, instance: 'prod', env }
    )
    expect(host.failed).toBeUndefined()
    expect(emu.counters.mutationCount(UPLOAD) - uploads).toBe(1)
    // The emulator keeps the uploaded file's name as the attachment property's value.
    expect(securityProperty('SO_SHIPMENTS_FTP', 'PrivateKey')?.value).toBe('prod-sftp-key')
    expect(securityProperty('SO_CRM_REST', 'accessTokenUsage')?.value).toBe(
      '-H Authorization: Bearer ${api_key}'
    )
    expect(securityProperty('SO_CRM_REST', 'accessToken')?.value).toBe('crm-api-key-4417')
    expect(secretFolders()).toEqual([])
    expect(readdirSync(env.GITHUB_WORKSPACE!).sort()).toEqual(['prod.yaml', 'r1.car'])
    expect(host.secrets).toContain(KEY)
    const printed = JSON.stringify([host.logs, host.summaries, host.outputs])
    expect(printed).not.toContain('sentinel-key-line-6610')
    expect(printed).not.toContain('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAA')
  })

  it('removes the file when the server refuses the upload', async () => {
    const uploads = emu.counters.mutationCount(UPLOAD)
    const host = await runInProcess(
      run,
      { path: 'r1.car', 'connections-file': connectionsFile('NoSuchKey'), 'if-exists': 'replace' },
      { emu, instance: 'prod', env }
    )
    expect(host.failed?.message).toMatch(
      /connections\/SO_SHIPMENTS_FTP\/attachments\/NoSuchKey.* failed: HTTP 400 .*has no property 'NoSuchKey'/
    )
    expect(emu.counters.mutationCount(UPLOAD) - uploads).toBe(0)
    expect(secretFolders()).toEqual([])
  })

  it('a secret that is not set fails before anything is sent', async () => {
    const before = emu.counters.snapshot().mutations
    const { SFTP_KEY: _unset, ...without } = env
    const host = await runInProcess(
      run,
      { path: 'r1.car', 'connections-file': connectionsFile('PrivateKey'), 'if-exists': 'replace' },
      { emu, instance: 'prod', env: without }
    )
    expect(host.failed?.message).toBe(
      "prod.yaml:6: attachment PrivateKey of connection SO_SHIPMENTS_FTP: environment variable SFTP_KEY is not set. Add SFTP_KEY under the step's env: (e.g. SFTP_KEY: ${{ secrets.SFTP_KEY }}) holding the file's text."
    )
    expect(emu.counters.snapshot().mutations).toEqual(before)
    expect(secretFolders()).toEqual([])
  })
})
