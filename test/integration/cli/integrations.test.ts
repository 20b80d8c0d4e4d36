// `oic-actions integrations …` against the emulator: table and --json, activate/deactivate (Update an Integration
// in a Project) with --dry-run changing nothing, delete only with --yes (an active one refused by OIC), import of
// an .iar (409 the second time), CODE|VERSION checked before any call.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { writeIarFile } from '../../support/car.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  dir = mkdtempSync(join(tmpdir(), 'cli-integrations-'))
})
afterAll(() => emu.stop())

const P = 'SALES_ORDERS'
const statusOf = async (id: string): Promise<string | undefined> => {
  const run = await runCli(['integrations', 'get', P, id, '--json'], env)
  return run.code === 0 ? (JSON.parse(run.stdout) as { status?: string }).status : undefined
}

describe('integrations', () => {
  it('lists as a table and as the API items', async () => {
    const table = await runCli(['integrations', 'list', P], env)
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^CODE +VERSION +NAME +STATUS +STYLE +LASTUPDATED$/)
    expect(table.stdout).toMatch(/^SO_SYNC_CUSTOMER +01\.00\.0000 +Sync Customer +ACTIVATED/m)
    const items = JSON.parse((await runCli(['integrations', 'list', P, '--json'], env)).stdout) as unknown[]
    expect(items).toHaveLength(6)
  })

  it('checks CODE|VERSION before calling OIC (exit 2); a missing version is exit 1 with one line', async () => {
    const before = emu.counters.requestCount('/integrations')
    expect((await runCli(['integrations', 'get', P, 'SO_SYNC_CUSTOMER'], env)).code).toBe(2)
    expect(emu.counters.requestCount('/integrations')).toBe(before)
    const missing = await runCli(['integrations', 'get', P, 'SO_SYNC_CUSTOMER|09.00.0000'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('deactivates and activates; --dry-run changes nothing', async () => {
    const id = 'SO_SYNC_CUSTOMER|01.00.0000'
    const dry = await runCli(['integrations', 'deactivate', P, id, '--dry-run'], env)
    expect(dry).toMatchObject({ code: 0, stdout: `dry run: would deactivate ${id} in ${P}\n` })
    expect(await statusOf(id)).toBe('ACTIVATED')
    expect((await runCli(['integrations', 'deactivate', P, id], env)).code).toBe(0)
    expect(await statusOf(id)).toBe('CONFIGURED')
    const on = await runCli(['integrations', 'activate', P, id], env)
    expect(on.code).toBe(0)
    expect(on.stdout).toContain('status ACTIVATION_INPROGRESS')
    expect(['ACTIVATION_INPROGRESS', 'ACTIVATED']).toContain(await statusOf(id))
  })

  it('deletes only with --yes; an active version is refused by OIC (exit 1)', async () => {
    const id = 'SO_INVOICE_EXPORT|01.00.0000'
    expect((await runCli(['integrations', 'delete', P, id], env)).code).toBe(2)
    expect(await statusOf(id)).toBe('CONFIGURED')
    const active = await runCli(['integrations', 'delete', P, 'SO_CREATE_ORDER|01.00.0001', '--yes'], env)
    expect(active.code).toBe(1)
    expect(active.stderr.trim().split('\n')).toHaveLength(1)
    expect((await runCli(['integrations', 'delete', P, id, '--yes'], env)).code).toBe(0)
    expect(await statusOf(id)).toBeUndefined()
  })

  it('imports an .iar (--dry-run imports nothing; a second import is a 409)', async () => {
    const iar = join(dir, 'new.iar')
    await writeIarFile(iar, { code: 'SO_NEW_FLOW', version: '01.00.0000', connections: ['SO_ERP_CLOUD'] })
    expect((await runCli(['integrations', 'import', P, iar, '--dry-run'], env)).code).toBe(0)
    expect(await statusOf('SO_NEW_FLOW|01.00.0000')).toBeUndefined()
    const done = await runCli(['integrations', 'import', P, iar], env)
    expect(done.code).toBe(0)
    expect(done.stdout).toMatch(/^Imported new\.iar into SALES_ORDERS/)
    expect(await statusOf('SO_NEW_FLOW|01.00.0000')).toBeDefined()
    const again = await runCli(['integrations', 'import', P, iar], env)
    expect(again.code).toBe(1)
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
  })
})
