// Verify `oic-actions instances …` against the emulator's demo seed (prod): list, get, abort (--yes, --dry-run),
// the deprecated activity stream (warned), its details, the large payload streamed to a file, audit records.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import type { MonitoringStore } from '../../../emulator/src/monitoring/store.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

const INSTANCES = '/ic/api/integration/v1/monitoring/instances'
let emu: Emulator
let env: NodeJS.ProcessEnv
let store: MonitoringStore
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
  store = emu.state.get('prod')!.monitoring
  dir = mkdtempSync(join(tmpdir(), 'cli-instances-'))
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await emu.stop()
})

type Instance = { id: string; status: string; projectCode?: string; integrationId?: string }

describe('instances list, get, abort', () => {
  it('lists a table, the API items with --json, filtered by status and integration', async () => {
    const table = await runCli(['instances', 'list', '--limit', '3'], env)
    expect(table.code).toBe(0)
    const lines = table.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^ID +INTEGRATION +PROJECT +STATUS +CREATED +TRACKED +PRIMARY$/)
    expect(lines).toHaveLength(4)
    const json = await runCli(
      [
        'instances',
        'list',
        '--json',
        '--status',
        'in_progress',
        '--integration',
        'SO_CREATE_ORDER',
        '--limit',
        '1000'
      ],
      env
    )
    const items = JSON.parse(json.stdout) as Instance[]
    expect(items.map(i => i.id)).toContain('1001')
    expect(items.every(i => i.status === 'IN_PROGRESS' && i.integrationId === 'SO_CREATE_ORDER')).toBe(true)
    // More than one page (100 per page): 300 SO_CREATE_ORDER instances in the last hour.
    const all = JSON.parse(
      (
        await runCli(
          ['instances', 'list', '--json', '--integration', 'SO_CREATE_ORDER', '--limit', '250'],
          env
        )
      ).stdout
    ) as Instance[]
    expect(new Set(all.map(i => i.id)).size).toBe(250)
  })

  it('gets one; a 404 is exit 1 with one line; hostile text is escaped', async () => {
    const one = await runCli(['instances', 'get', '1001'], env)
    expect((JSON.parse(one.stdout) as Instance).status).toBe('IN_PROGRESS')
    const missing = await runCli(['instances', 'get', 'NO_SUCH'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    const inst = store.get('1001')!
    const before = inst.primary
    inst.primary = { name: 'orderId', value: '\u001b]0;pwned\u0007PO\n::error::x' }
    try {
      const table = await runCli(['instances', 'list', '--status', 'IN_PROGRESS', '--limit', '1000'], env)
      expect(table.stdout).not.toMatch(/[\u001b\u0007]/)
      expect(table.stdout).not.toMatch(/^::/m)
    } finally {
      inst.primary = before
    }
  })

  it('aborts only with --yes; --dry-run changes nothing; a finished instance is exit 1', async () => {
    expect((await runCli(['instances', 'abort', '1001'], env)).code).toBe(2)
    const dry = await runCli(['instances', 'abort', '1001', '--dry-run'], env)
    expect(dry.stdout).toBe('dry run: would abort integration instance 1001\n')
    expect(store.get('1001')!.status).toBe('IN_PROGRESS')
    const done = await runCli(['instances', 'abort', '1001', '--yes', '--json'], env)
    expect(done.code).toBe(0)
    expect((JSON.parse(done.stdout) as { status: string }).status).toBe('ABORTED')
    expect(store.get('1001')!.status).toBe('ABORTED')
    const again = await runCli(['instances', 'abort', '1001', '--yes'], env)
    expect(again.code).toBe(1)
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('activity streams and payloads', () => {
  it('marks the activity stream deprecated, in the help and when run', async () => {
    const help = await runCli(['instances', '--help'])
    expect(help.stdout).toMatch(/^ {2}activity-stream +.*\(deprecated\)$/m)
    const run = await runCli(['instances', 'activity-stream', '19', '--order', 'desc'], env)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/deprecated.*activity-stream-details/)
    expect(run.stdout.split('\n')[0]).toMatch(/^TIMESTAMP +STEP +MESSAGE +ERROR$/)
    expect(run.stdout.split('\n')[1]).toMatch(/fault/)
  })

  it('shows the activity stream details, and the payload streams to a file', async () => {
    const details = await runCli(['instances', 'activity-stream-details', '19'], env)
    expect(details.code).toBe(0)
    expect(details.stderr).toBe('')
    expect(details.stdout).toMatch(/^\S+ +trigger +Message received/m)
    const file = join(dir, 'payload.json')
    const got = await runCli(['instances', 'payload', '19', '--file', file, '--json'], env)
    expect(got.code).toBe(0)
    const result = JSON.parse(got.stdout) as { key: string; bytes: number }
    expect(result.key).toMatch(/^tracking-data\/debug\//)
    const text = readFileSync(file, 'utf8')
    expect(text.length).toBe(result.bytes)
    expect(result.bytes).toBeGreaterThan(32 * 1024)
    expect((JSON.parse(text) as { order: { orderId: string } }).order.orderId).toBe('PO-20019')
    expect(readdirSync(dir)).toEqual(['payload.json'])
    const exists = await runCli(['instances', 'payload', '19', '--file', file], env)
    expect(exists.code).toBe(2)
    expect(exists.stderr).toContain('--force')
    expect((await runCli(['instances', 'payload', '19', '--file', file, '--force'], env)).code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('refuses a payload target that is a link, and a wrong key is exit 1 leaving nothing behind', async () => {
    const real = join(dir, 'real.txt')
    writeFileSync(real, 'keep')
    const link = join(dir, 'link.json')
    symlinkSync(real, link)
    const refused = await runCli(['instances', 'payload', '19', '--file', link], env)
    expect(refused.code).toBe(2)
    expect(readFileSync(real, 'utf8')).toBe('keep')
    const wrong = await runCli(
      ['instances', 'payload', '19', '--file', join(dir, 'x.json'), '--key', 'tracking-data/debug/nope'],
      env
    )
    expect(wrong.code).toBe(1)
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'payload.json', 'real.txt'])
    expect((await runCli(['instances', 'payload', '19'], env)).code).toBe(2)
    expect(emu.counters.requestCount(`GET ${INSTANCES}/:id/activityStreamDetails/`)).toBeGreaterThan(0)
  })
})

describe('instances audit', () => {
  it('lists audit records (q limit, code, type) as a table and --json', async () => {
    const table = await runCli(['instances', 'audit', '--limit', '2'], env)
    expect(table.code).toBe(0)
    const lines = table.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^DATE +TYPE +CODE +VERSION +ACTION +USER +PROJECT$/)
    expect(lines).toHaveLength(3)
    const json = await runCli(
      ['instances', 'audit', '--json', '--integration', 'SO_CREATE_ORDER', '--time-window', '3d'],
      env
    )
    const records = JSON.parse(json.stdout) as Array<{ code: string }>
    expect(records.length).toBeGreaterThan(0)
    expect(records.every(r => r.code === 'SO_CREATE_ORDER')).toBe(true)
  })
})
