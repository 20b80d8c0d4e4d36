// Verify resubmit-errors against the emulator: the monitoring q, paging (by totalRecordsCount under a page cap, and
// window sliding under an offset cap), the client-side selection check (issue 14: another project, not recoverable),
// empty 202s and count-only recovery jobs, the older readings,
// max-instances, batches (and the 50-id cap), accounting, recovery jobs, re-query, dry-run, fail-on, and a lost
// bulk answer that never leads to a second resubmission (emulator counters).
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { run } from '../../src/actions/resubmit-errors/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess } from '../support/actions.js'
import { startEmulator } from '../support/emulator.js'

const BULK = 'POST /ic/api/integration/v1/monitoring/errors/resubmit'
let emu: Emulator | undefined

function ops(monitoring: Record<string, unknown>, switches: Record<string, unknown> = {}): Promise<Emulator> {
  const instance = { name: 'ops', monitoring: { seed: 'test', ...monitoring } } as unknown as InstanceSeed
  return startEmulator({ instances: [instance], switches: { recoveryJobDelayMs: 300, ...switches } })
}
const gen = (integration: string, count: number, extra: Record<string, unknown> = {}) => ({
  integration,
  count,
  spreadMinutes: 50,
  project: 'P',
  ...extra
})
async function go(inputs: Record<string, string>, client?: string) {
  return runInProcess(run, inputs, { emu: emu!, instance: 'ops', client })
}
const resubmittedTwice = (): number =>
  [...emu!.state.get('ops')!.monitoring.resubmitCounts().values()].filter(n => n > 1).length

afterEach(async () => {
  await emu?.stop()
  emu = undefined
  clearSecrets()
})

describe('resubmit-errors', () => {
  it('resubmits every recoverable error in batches, follows the jobs and re-queries what still fails', async () => {
    emu = await ops({
      errors: {
        generate: [
          gen('A|01.00.0000', 120, { recoverable: 1, recovery: { recover: 1 } }),
          gen('B|01.00.0000', 30, { recoverable: 0.5, recovery: { recover: 0 } })
        ]
      }
    })
    const host = await go({ 'batch-size': '50' })
    expect(host.failed).toBeUndefined()
    const matched = Number(host.outputs.matched)
    expect(matched).toBeGreaterThanOrEqual(130)
    expect(host.outputs.resubmitted).toBe(String(matched))
    expect(JSON.parse(host.outputs['recovery-jobs']!)).toHaveLength(Math.ceil(matched / 50))
    expect(
      JSON.parse(host.outputs['recovery-jobs']!).every(
        (j: { id?: string; status: string; inProgressCount: number }) =>
          j.status === 'ENDED' && j.inProgressCount === 0 && typeof j.id === 'string'
      )
    ).toBe(true)
    expect(Number(host.outputs['still-failing'])).toBe(matched - 120)
    expect(host.summaries[0]?.table?.rows).toEqual([
      ['A|01.00.0000', '120', '120', '0', '0', '0'],
      ['B|01.00.0000', String(matched - 120), String(matched - 120), '0', '0', String(matched - 120)]
    ])
    // The server ignores recoverable:'true' (K6): the non-recoverable B errors are listed and left alone.
    expect(Number(host.outputs['left-alone'])).toBe(150 - matched)
    expect(JSON.parse(host.outputs.results!).leftAlone).toEqual({ 'not-recoverable': 150 - matched })
    expect(emu.counters.mutationCount(BULK)).toBe(Math.ceil(matched / 50))
    expect(resubmittedTwice()).toBe(0)
  })

  it('filters by CODE and CODE|VERSION, stops at max-instances and says how many were left', async () => {
    emu = await ops({
      errors: { generate: [gen('A|01.00.0000', 40), gen('A|01.00.0001', 25), gen('C|01.00.0000', 10)] }
    })
    const host = await go({ integrations: 'A|01.00.0001\nC', 'max-instances': '30', 'batch-size': '10' })
    expect(host.outputs.matched).toBe('35')
    expect(host.outputs.resubmitted).toBe('30')
    expect(host.summaries[0]?.notes).toContain(
      '5 more errored instance(s) matched but were left for a later run (max-instances: 30).'
    )
    expect(emu.counters.mutationCount(BULK)).toBe(3)
  })

  it('pages past a 500-offset cap by sliding the time window', async () => {
    emu = await ops(
      { errors: { generate: [gen('A|01.00.0000', 1200, { spreadMinutes: 55 })] } },
      { monitoringMaxOffset: 500 }
    )
    const host = await go({ 'dry-run': 'true', 'max-instances': '5000' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.matched).toBe('1200')
    expect(JSON.parse(host.outputs.results!).wouldResubmit).toHaveLength(1200)
    expect(
      host.logs.some(l =>
        /The server caps the offset at 600; continuing with the window ending/.test(l.message)
      )
    ).toBe(true)
    expect(emu.counters.totalMutations()).toBe(0)
  })

  it('with the 50-id cap on, batches of 50 pass and a larger batch-size is refused with the fix', async () => {
    emu = await ops({ errors: { generate: [gen('A|01.00.0000', 120)] } }, { bulkIdCap: 50 })
    const ok = await go({ 'batch-size': '50', wait: 'false' })
    expect(ok.failed).toBeUndefined()
    expect(ok.outputs.resubmitted).toBe('120')
    await emu.stop()
    emu = await ops({ errors: { generate: [gen('A|01.00.0000', 120)] } }, { bulkIdCap: 50 })
    const refused = await go({ 'batch-size': '100' })
    expect(refused.failed?.message).toMatch(
      /^The service refused a batch of 100 ids \(.*50.*\): lower batch-size\.$/
    )
  })

  it('never resubmits an instance twice when a bulk answer is lost', async () => {
    emu = await ops({ errors: { generate: [gen('A|01.00.0000', 100, { recovery: { recover: 1 } })] } })
    emu.switches.faults.push({
      path: '/monitoring/errors/resubmit',
      kind: 'reset',
      phase: 'after',
      times: 1,
      skip: 1
    })
    const host = await go({ 'batch-size': '25' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.resubmitted).toBe('100')
    expect(
      host.logs.some(
        l => l.level === 'warning' && /answer to a resubmit of 25 instances was lost/.test(l.message)
      )
    ).toBe(true)
    expect(emu.counters.mutationCount(BULK)).toBe(4)
    expect(resubmittedTwice()).toBe(0)
    expect(emu.state.get('ops')!.monitoring.resubmitCounts().size).toBe(100)
    expect(JSON.parse(host.outputs['recovery-jobs']!)).toHaveLength(4)
  })

  it('resends only what a lost request did not take (the request never reached the service)', async () => {
    emu = await ops({ errors: { generate: [gen('A|01.00.0000', 40)] } })
    emu.switches.faults.push({
      path: '/monitoring/errors/resubmit',
      kind: 'reset',
      phase: 'before',
      times: 1
    })
    const host = await go({ 'batch-size': '40' })
    expect(host.outputs.resubmitted).toBe('40')
    expect(
      host.logs.some(l => /40 of them were not taken by the service; sending those once more/.test(l.message))
    ).toBe(true)
    expect(emu.counters.mutationCount(BULK)).toBe(1)
    expect(resubmittedTwice()).toBe(0)
  })

  it('dry-run lists without resubmitting; fail-on remaining fails when errors remain', async () => {
    emu = await ops({ errors: { generate: [gen('A|01.00.0000', 20, { recovery: { recover: 0 } })] } })
    const dry = await go({ 'dry-run': 'true' })
    expect(dry.outputs.matched).toBe('20')
    expect(dry.summaries[0]?.status).toBe('planned')
    expect(emu.counters.totalMutations()).toBe(0)
    const strict = await go({ 'fail-on': 'remaining' })
    expect(strict.outputs['still-failing']).toBe('20')
    expect(strict.failed?.message).toBe(
      '20 errored instance(s) remain after resubmitting (all integrations, last 1h) (fail-on: remaining).'
    )
  })

  it('reports recovery jobs still running at wait-timeout', async () => {
    emu = await ops({ errors: { generate: [gen('A|01.00.0000', 10)] } }, { recoveryJobDelayMs: 3_600_000 })
    const host = await go({ 'wait-timeout': '5' })
    expect(host.failed).toBeUndefined()
    expect(JSON.parse(host.outputs['recovery-jobs']!)[0].status).toBe('IN_PROGRESS')
    expect(host.summaries[0]?.notes?.some(n => /still running after wait-timeout \(5 s\): 1/.test(n))).toBe(
      true
    )
  })

  it('Done-when (issue 14): 1,000 errors, two projects sharing a code, 2-item pages: the selected project only, once each', async () => {
    emu = await ops(
      {
        errors: {
          generate: [
            gen('ORDERS|01.00.0000', 600, { project: 'P1', recoverable: 0.8, recovery: { recover: 0.9 } }),
            gen('ORDERS|01.00.0000', 400, { project: 'P2', recovery: { recover: 1 } })
          ]
        }
      },
      { monitoringPageCap: 2 }
    )
    const store = emu.state.get('ops')!.monitoring
    const errors = [...store.instances.values()]
    const mine = errors.filter(i => i.projectCode === 'P1' && i.error?.recoverable)
    const notMine = errors.filter(i => i.projectCode === 'P2')
    const p1NonRecoverable = 600 - mine.length
    emu.counters.reset()
    const host = await go({
      project: 'P1',
      integrations: 'ORDERS',
      'max-instances': '5000',
      'batch-size': '50'
    })
    expect(host.failed).toBeUndefined()
    // Every recoverable error of P1 exactly once; nothing of P2, nothing non-recoverable.
    expect(mine.every(i => i.resubmitCount === 1)).toBe(true)
    expect(errors.filter(i => i.resubmitRequests > 0)).toHaveLength(mine.length)
    expect(notMine.every(i => i.resubmitRequests === 0 && i.status === 'FAILED')).toBe(true)
    expect(host.outputs.matched).toBe(String(mine.length))
    expect(host.outputs.resubmitted).toBe(String(mine.length))
    expect(host.outputs['left-alone']).toBe(String(400 + p1NonRecoverable))
    const results = JSON.parse(host.outputs.results!)
    expect(results.leftAlone).toEqual({ 'other-project': 400, 'not-recoverable': p1NonRecoverable })
    expect(
      host.logs.some(l => /were left alone .*: 400 of another project; \d+ not recoverable/.test(l.message))
    ).toBe(true)
    expect(host.summaries[0]?.notes?.join('\n')).toMatch(
      new RegExp(
        `${400 + p1NonRecoverable} listed errored instance\\(s\\) were left alone .*400 of another project`
      )
    )
    // With wait, the run ends when the jobs' counts say so.
    const jobs = JSON.parse(host.outputs['recovery-jobs']!) as Array<Record<string, number | string>>
    expect(jobs).toHaveLength(Math.ceil(mine.length / 50))
    expect(jobs.every(j => j.status === 'ENDED' && j.inProgressCount === 0)).toBe(true)
    const failedAgain = jobs.reduce((n, j) => n + Number(j.failedCount), 0)
    expect(jobs.reduce((n, j) => n + Number(j.recoveredCount), 0) + failedAgain).toBe(mine.length)
    expect(host.outputs['still-failing']).toBe(String(failedAgain))
    // Requests against the minimum: every listed page of 2, one bulk request per batch, one read per ended job,
    // and the re-query of what is still in error (all projects: the server ignores the project filter).
    const requests = emu.counters.requestCount('/monitoring')
    const batches = Math.ceil(mine.length / 50)
    const stillListed = 400 + p1NonRecoverable + failedAgain
    const minimum = 1000 / 2 + batches + batches + Math.ceil(stillListed / 2)
    process.stdout.write(
      `resubmit-errors Done-when: ${requests} requests vs minimum ${minimum} (${(requests / minimum).toFixed(3)}×): ${JSON.stringify(results.requests)}; resubmitted ${mine.length}, left alone ${400 + p1NonRecoverable}, failed again ${failedAgain}\n`
    )
    expect(requests).toBe(minimum)
  })

  it('survives the older readings (a body always, jobs with id and status, hasMore, honoured project filter)', async () => {
    emu = await ops(
      {
        errors: {
          generate: [
            gen('ORDERS|01.00.0000', 60, { project: 'P1', recovery: { recover: 1 } }),
            gen('ORDERS|01.00.0000', 40, { project: 'P2' })
          ]
        }
      },
      {
        bulkResubmitBody: 'always',
        recoveryJobFields: 'detailed',
        monitoringHasMore: true,
        monitoringUndocumentedQ: true,
        monitoringPageCap: 7
      }
    )
    const host = await go({ project: 'P1', 'batch-size': '25' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.resubmitted).toBe('60')
    expect(host.outputs['left-alone']).toBe('0')
    const jobs = JSON.parse(host.outputs['recovery-jobs']!) as Array<{
      status: string
      serviceStatus: string
    }>
    expect(jobs.map(j => [j.status, j.serviceStatus])).toEqual([
      ['ENDED', 'COMPLETED'],
      ['ENDED', 'COMPLETED'],
      ['ENDED', 'COMPLETED']
    ])
    expect(resubmittedTwice()).toBe(0)
  })

  it('an empty 202 even with return=sync: the ids count as submitted and the jobs are found in the list', async () => {
    emu = await ops(
      { errors: { generate: [gen('A|01.00.0000', 70, { recovery: { recover: 1 } })] } },
      { bulkResubmitBody: 'never' }
    )
    const host = await go({ 'batch-size': '50' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.resubmitted).toBe('70')
    const jobs = JSON.parse(host.outputs['recovery-jobs']!) as Array<Record<string, unknown>>
    expect(jobs).toEqual([
      expect.objectContaining({ status: 'ENDED', totalCount: 50, recoveredCount: 50, inProgressCount: 0 }),
      expect.objectContaining({ status: 'ENDED', totalCount: 20, recoveredCount: 20, inProgressCount: 0 })
    ])
    expect(jobs.every(j => j.id === undefined && typeof j.createdDate === 'string')).toBe(true)
    expect(host.outputs['still-failing']).toBe('0')
    expect(host.summaries[0]?.notes).toContain(
      '2 bulk answer(s) were 202 without a body: their ids count as resubmitted (the service did not say which were invalid or not recoverable), and their jobs were looked up in the recovery-job list.'
    )
    expect(host.summaries[0]?.statusLine).toMatch(/^70 of 70 resubmitted in 2 recovery job\(s\)/)
  })

  it('items without a project: the design-time project decides; unreadable, they are all left alone', async () => {
    emu = await ops(
      {
        errors: {
          generate: [
            gen('ORDERS|01.00.0000', 10, { project: 'P1' }),
            gen('ORDERS|02.00.0000', 10, { project: 'P2' })
          ]
        }
      },
      { errorItemProject: false }
    )
    // The emulator's design-time API has no project P1 on this instance: its integration list is a 404.
    const host = await go({ project: 'P1' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.resubmitted).toBe('0')
    expect(host.outputs['left-alone']).toBe('20')
    expect(JSON.parse(host.outputs.results!).leftAlone).toEqual({ 'project-unknown': 20 })
    expect(emu.counters.mutationCount(BULK)).toBe(0)
    await emu.stop()
    // With the project in the design-time API, its integration list shows which version is P1's.
    const instance = {
      name: 'ops',
      projects: [{ code: 'P1', integrations: [{ code: 'ORDERS', version: '01.00.0000' }] }],
      monitoring: {
        seed: 'test',
        errors: {
          generate: [
            gen('ORDERS|01.00.0000', 10, { project: 'P1' }),
            gen('ORDERS|02.00.0000', 10, { project: 'P2' })
          ]
        }
      }
    } as unknown as InstanceSeed
    emu = await startEmulator({ instances: [instance], switches: { errorItemProject: false } })
    const known = await go({ project: 'P1' })
    expect(known.outputs.resubmitted).toBe('10')
    expect(JSON.parse(known.outputs.results!).leftAlone).toEqual({ 'project-unknown': 10 })
    expect(
      [...emu.state.get('ops')!.monitoring.instances.values()]
        .filter(i => i.resubmitCount > 0)
        .every(i => i.projectCode === 'P1')
    ).toBe(true)
    expect(
      host.logs.some(
        l => l.level === 'warning' && /integrations of project P1 could not be read/.test(l.message)
      )
    ).toBe(true)
  })

  it.each([
    [
      'a bad time window',
      { 'time-window': '2h' },
      /^Input 'time-window' must be one of 1h, 6h, 1d, 2d, 3d, RETENTIONPERIOD, got '2h'\.$/
    ],
    [
      'a bad integration filter',
      { integrations: 'A|1.0' },
      /^Input 'integrations' entry 'A\|1\.0' must be CODE or CODE\|VERSION/
    ],
    [
      'a batch size too large',
      { 'batch-size': '5000' },
      /^Input 'batch-size' must be a whole number from 1 to 1000/
    ],
    [
      'a bad trace level',
      { 'recovery-trace-level': 'verbose' },
      /^Input 'recovery-trace-level' must be one of Production, Audit, Debug/
    ]
  ])('fails with one line on %s', async (_n, inputs, pattern) => {
    emu = await ops({})
    const host = await go(inputs)
    expect(host.failed?.message).toMatch(pattern)
  })

  it('a monitor without write permission cannot resubmit (403, one line)', async () => {
    emu = await ops({ errors: { generate: [gen('A|01.00.0000', 5)] } })
    const host = await go({}, 'viewer-client')
    expect(host.failed?.message).toMatch(/HTTP 403\b.*assign ServiceDeveloper/)
    expect(emu.counters.totalMutations()).toBe(0)
  })
})
