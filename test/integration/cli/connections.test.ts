// `oic-actions connections …` against the emulator: table and --json, update from --json-file (dry run names the
// properties, never their values, and changes nothing), a failed test is exit 1, delete only with --yes, a
// connection in use refused by the server (exit 1, one line), input errors exit 2.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  dir = mkdtempSync(join(tmpdir(), 'cli-connections-'))
})
afterAll(() => emu.stop())

const P = 'SALES_ORDERS'
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const urlOf = async (id: string): Promise<string | undefined> => {
  const c = JSON.parse((await runCli(['connections', 'get', P, id, '--json'], env)).stdout) as {
    connectionProperties?: Array<{ propertyName: string; propertyValue?: string }>
  }
  return c.connectionProperties?.find(p => p.propertyName === 'connectionUrl')?.propertyValue
}

describe('connections', () => {
  it('lists as a table and as the API items', async () => {
    const table = await runCli(['connections', 'list', P], env)
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^ID +NAME +ADAPTER +ROLE +STATUS +SECURITYPOLICY +USAGE$/)
    expect(table.stdout).toMatch(
      /^SO_ERP_CLOUD +ERP Cloud +erp +TARGET +CONFIGURED +USERNAME_PASSWORD_TOKEN/m
    )
    const items = JSON.parse((await runCli(['connections', 'list', P, '--json'], env)).stdout) as Array<{
      id: string
    }>
    expect(items.map(c => c.id).sort()).toEqual(['SO_CRM_REST', 'SO_ERP_CLOUD', 'SO_SHIPMENTS_FTP'])
  })

  it('updates from --json-file; --dry-run names the properties, not the values, and changes nothing', async () => {
    const body = file(
      'crm.json',
      JSON.stringify({
        connectionProperties: [
          { propertyName: 'connectionUrl', propertyValue: 'https://crm-new.example.com' }
        ],
        securityProperties: [{ propertyName: 'oauth.client.secret', propertyValue: 'very-secret-value' }]
      })
    )
    const dry = await runCli(
      ['connections', 'update', P, 'SO_CRM_REST', '--json-file', body, '--dry-run'],
      env
    )
    expect(dry.code).toBe(0)
    expect(dry.stdout).toBe(
      `dry run: would update connection SO_CRM_REST in ${P}: connectionUrl, oauth.client.secret\n`
    )
    expect(await urlOf('SO_CRM_REST')).toBe('https://crm-dev.example.com/api')
    const done = await runCli(['connections', 'update', P, 'SO_CRM_REST', '--json-file', body], env)
    expect(done.code).toBe(0)
    expect(done.stdout + done.stderr).not.toContain('very-secret-value')
    expect(await urlOf('SO_CRM_REST')).toBe('https://crm-new.example.com')
  })

  it('refuses a body file that is not JSON or has a key the API ignores (exit 2)', async () => {
    for (const text of ['{nope', '[]', JSON.stringify({ name: 'x' })]) {
      const run = await runCli(
        ['connections', 'update', P, 'SO_CRM_REST', '--json-file', file('bad.json', text)],
        env
      )
      expect(run.code).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
  })

  it('tests a connection: SUCCESS is exit 0, a failed test exit 1 with its details', async () => {
    const ok = await runCli(['connections', 'test', P, 'SO_ERP_CLOUD'], env)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/^SO_ERP_CLOUD +SUCCESS/m)
    const design = emu.state.get('dev')?.design
    if (!design) throw new Error('no dev instance')
    design.connectionHealth.SO_ERP_CLOUD = { fail: 'host unreachable' }
    const failed = await runCli(['connections', 'test', P, 'SO_ERP_CLOUD'], env)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('host unreachable')
  })

  it('deletes only with --yes; one in use is refused by OIC (exit 1); a missing one is exit 1', async () => {
    const refused = await runCli(['connections', 'delete', P, 'SO_SHIPMENTS_FTP'], env)
    expect(refused.code).toBe(2)
    const inUse = await runCli(['connections', 'delete', P, 'SO_SHIPMENTS_FTP', '--yes'], env)
    expect(inUse.code).toBe(1)
    expect(inUse.stderr.trim().split('\n')).toHaveLength(1)
    expect(inUse.stderr).toContain('SO_NOTIFY_SHIPMENT')
    for (const id of ['SO_NOTIFY_SHIPMENT|01.00.0000', 'SO_INVOICE_EXPORT|01.00.0000'])
      expect((await runCli(['integrations', 'delete', P, id, '--yes'], env)).code).toBe(0)
    expect((await runCli(['connections', 'delete', P, 'SO_SHIPMENTS_FTP', '--dry-run'], env)).code).toBe(0)
    expect((await runCli(['connections', 'get', P, 'SO_SHIPMENTS_FTP'], env)).code).toBe(0)
    expect((await runCli(['connections', 'delete', P, 'SO_SHIPMENTS_FTP', '--yes'], env)).code).toBe(0)
    const gone = await runCli(['connections', 'get', P, 'SO_SHIPMENTS_FTP'], env)
    expect(gone.code).toBe(1)
    expect(gone.stderr.trim().split('\n')).toHaveLength(1)
  })
})
