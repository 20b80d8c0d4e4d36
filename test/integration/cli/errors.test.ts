// Verify `oic-actions errors …` against the emulator's demo seed (prod): list (table, --json, filters, --limit),
// get, resubmit and discard (one and many), --dry-run changes nothing, discards need --yes, 404 is one line.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../../emulator/index.js'
import type { MonitoringStore } from '../../../emulator/src/monitoring/store.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

const MON = 'POST /ic/api/integration/v1/monitoring/errors'
let emu: Emulator
let env: NodeJS.ProcessEnv
let store: MonitoringStore
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
  store = emu.state.get('prod')!.monitoring
})
afterAll(() => emu.stop())

type Item = { id: string; integration?: { code?: string; version?: string }; projectCode?: string }

describe('errors list and get', () => {
  it('prints a table of the newest errors and the API items with --json', async () => {
    const table = await runCli(['errors', 'list', '--limit', '5'], env)
    expect(table.code).toBe(0)
    const lines = table.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^ID +INTEGRATION +PROJECT +STATUS +RECOVERABLE +RETRIES +TRACKED +ERROR$/)
    expect(lines).toHaveLength(6)
    expect(table.stderr).toMatch(/Showing 5; at least \d+ more match/)
    const json = await runCli(['errors', 'list', '--json', '--limit', '500'], env)
    const items = JSON.parse(json.stdout) as Item[]
    expect(items.map(i => i.id)).toEqual(expect.arrayContaining(['19', '20']))
  })

  it('filters by integration and project on the client side too (projectCode is not a documented q key)', async () => {
    const run = await runCli(
      [
        'errors',
        'list',
        '--json',
        '--project',
        'RETURNS',
        '--integration',
        'SO_CREATE_ORDER|01.00.0001',
        '--limit=1000'
      ],
      env
    )
    const items = JSON.parse(run.stdout) as Item[]
    expect(items.length).toBe(35)
    expect(items.every(i => i.projectCode === 'RETURNS' && i.integration?.version === '01.00.0001')).toBe(
      true
    )
    const bad = await runCli(['errors', 'list', '--integration', 'A|1.0'], env)
    expect(bad.code).toBe(2)
    expect((await runCli(['errors', 'list', '--time-window', '12h'], env)).code).toBe(2)
  })

  it('gets one, and a 404 is exit 1 with one error line', async () => {
    const one = await runCli(['errors', 'get', '19'], env)
    expect(one.code).toBe(0)
    expect((JSON.parse(one.stdout) as Item).id).toBe('19')
    const missing = await runCli(['errors', 'get', 'NO_SUCH'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('escapes hostile text from the server in the table', async () => {
    const inst = store.get('20')!
    const before = inst.error!.message
    inst.error!.message = '\u001b[31mred\n::error::forged'
    try {
      const out = await runCli(['errors', 'get', '20'], env)
      expect(out.stdout).not.toContain('\u001b')
      const table = await runCli(['errors', 'list', '--limit', '500'], env)
      expect(table.stdout).not.toContain('\u001b')
      expect(table.stdout).not.toMatch(/^::/m)
    } finally {
      inst.error!.message = before
    }
  })
})

describe('errors resubmit and discard', () => {
  it('--dry-run changes nothing and lists what would be sent', async () => {
    const dry = await runCli(['errors', 'resubmit', '19', '--dry-run'], env)
    expect(dry.stdout).toBe('dry run: would resubmit errored instance 19\n')
    const bulk = await runCli(
      [
        'errors',
        'resubmit-all',
        '--integration',
        'SO_CREATE_ORDER|01.00.0001',
        '--project',
        'SALES_ORDERS',
        '--dry-run',
        '--json'
      ],
      env
    )
    expect(bulk.code).toBe(0)
    const plan = JSON.parse(bulk.stdout) as {
      wouldSend: number
      requests: number
      items: Array<{ id: string; recoverable: boolean }>
    }
    expect(plan.wouldSend).toBe(plan.items.length)
    expect(plan.items.every(i => i.recoverable)).toBe(true)
    expect(plan.items.map(i => i.id)).not.toContain('20')
    expect(plan.requests).toBe(Math.ceil(plan.wouldSend / 50))
    const discard = await runCli(['errors', 'discard-all', '--id', '19', '--id', '20', '--dry-run'], env)
    expect(discard.code).toBe(0)
    expect(discard.stdout).toMatch(/^19 +SO_CREATE_ORDER/m)
    expect(emu.counters.totalMutations()).toBe(0)
    expect(store.get('19')!.status).toBe('FAILED')
  })

  it('refuses to discard without --yes (exit 2)', async () => {
    for (const argv of [
      ['errors', 'discard', '19'],
      ['errors', 'discard-all', '--id', '19']
    ]) {
      const run = await runCli(argv, env)
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('without --yes')
    }
    expect((await runCli(['errors', 'resubmit-all'], env)).code).toBe(2)
    expect((await runCli(['errors', 'resubmit-all', '--id', '1', '--project', 'X'], env)).code).toBe(2)
    expect(emu.counters.totalMutations()).toBe(0)
  })

  it('resubmits one, then many in batches of 50 ids, with the documented bulk call', async () => {
    const one = await runCli(['errors', 'resubmit', '19', '--trace-level', 'audit', '--json'], env)
    expect(one.code).toBe(0)
    expect((JSON.parse(one.stdout) as { recoveryJobId?: string }).recoveryJobId).toBeTruthy()
    expect(emu.counters.mutationCount(`${MON}/:id/resubmit`)).toBe(1)
    const many = await runCli(
      [
        'errors',
        'resubmit-all',
        '--integration',
        'SO_CREATE_ORDER|01.00.0001',
        '--project',
        'SALES_ORDERS',
        '--json'
      ],
      env
    )
    expect(many.code).toBe(0)
    const result = JSON.parse(many.stdout) as {
      sent: number
      batches: Array<{ ids: string[]; answer: { acceptedIds: string[] } }>
    }
    expect(result.sent).toBeGreaterThan(50)
    expect(result.batches.every(b => b.ids.length <= 50)).toBe(true)
    expect(emu.counters.mutationCount(`${MON}/resubmit`)).toBe(result.batches.length)
    const accepted = result.batches.flatMap(b => b.answer.acceptedIds)
    expect(accepted.length).toBe(result.sent)
    expect(accepted.every(id => store.get(id)!.projectCode !== 'RETURNS')).toBe(true)
  })

  it('discards one and many with --yes; the instances end ABORTED', async () => {
    const one = await runCli(['errors', 'discard', '20', '--yes'], env)
    expect(one.code).toBe(0)
    expect(store.get('20')!.status).toBe('ABORTED')
    const many = await runCli(
      [
        'errors',
        'discard-all',
        '--project',
        'RETURNS',
        '--integration',
        'SO_CREATE_ORDER',
        '--yes',
        '--limit',
        '3'
      ],
      env
    )
    expect(many.code).toBe(0)
    expect(many.stdout.split('\n')[0]).toMatch(/^REQUEST +SENT +ACCEPTED +INVALID +REFUSED +JOB$/)
    expect(many.stdout).toMatch(/^1 +3 +3 +0 +0 +\S+/m)
    expect(emu.counters.mutationCount(`${MON}/discard`)).toBe(1)
    const again = await runCli(['errors', 'discard', '20', '--yes'], env)
    expect(again.code).toBe(1)
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
  })
})
