// Verify the activation scheduler of issue 21 on an injected clock: never more than `concurrency` activations in
// progress (counted until they end), a freed slot reused in the round that saw the end, reads paced by the times
// observed (at most 3 per activation for 40 activations of 2–15 s), no 429 when the bound is the instance's limit, a
// 429 start queued again without exceeding a lower limit, lost answers settled by reading back (never sent twice),
// and deactivation groups kept in order.
import { describe, expect, it } from '@jest/globals'
import {
  activateIntegrations,
  deactivateInGroups,
  deactivateIntegrations
} from '../../../../src/core/oic/activation.js'
import { fakeOic, refsOf, spread } from './activation-fake.js'

/** Status reads of a run: each activation read one by one, and each list read (the one before the requests too). */
const statusReads = (oic: ReturnType<typeof fakeOic>): number =>
  [...oic.stats.reads.values()].reduce((a, b) => a + b, 0) + oic.stats.lists

/** When the last of `durations` ends if each starts, in order, the moment one of `slots` frees: the ideal. */
function makespan(durations: Record<string, number>, slots: number): number {
  const free = Array<number>(slots).fill(0)
  for (const d of Object.values(durations)) {
    const i = free.indexOf(Math.min(...free))
    free[i] = (free[i] as number) + d
  }
  return Math.max(...free)
}

/** The same durations in a fixed scrambled order (ascending ones would all end in the order they started). */
const shuffled = (durations: Record<string, number>): Record<string, number> => {
  const entries = Object.entries(durations)
  const values = entries.map(([, d], i) => entries[(i * 17) % entries.length]?.[1] ?? d)
  return Object.fromEntries(entries.map(([code], i) => [code, values[i] as number]))
}

describe('activateIntegrations under concurrency', () => {
  it('never has more than `concurrency` activations in progress, counted until they end, and reaches it', async () => {
    const durations = spread(20, 2000, 15_000)
    const oic = fakeOic(durations)
    const out = await activateIntegrations(oic.client, 'P', refsOf(durations), 600_000, oic.deps, {
      concurrency: 3
    })
    expect(out.every(o => o.status === 'ACTIVATED')).toBe(true)
    // The fake counts an activation in progress from its request until its time has passed, as an instance does.
    expect(oic.stats.maxPending).toBe(3)
    expect(oic.stats.maxInFlight).toBeLessThanOrEqual(3)
    expect(oic.stats.writes.filter(w => w.startsWith('ACTIVATED'))).toHaveLength(20)
  })

  it('starts the next queued activation in the round that saw an end, and reads by one list per round', async () => {
    const durations = spread(12, 2000, 15_000)
    const oic = fakeOic(durations)
    await activateIntegrations(oic.client, 'P', refsOf(durations), 600_000, oic.deps, { concurrency: 4 })
    expect(oic.stats.writes).toEqual(refsOf(durations).map(r => `ACTIVATED ${r.code}|${r.version}`))
    const ends = [...oic.stats.seenFinal.values()]
    // Every start past the first four happened at the very time an end was first seen: no wait in between.
    for (const at of oic.stats.startedAt.slice(4)) expect(ends).toContain(at)
    expect(oic.stats.startedAt.slice(0, 4)).toEqual([0, 0, 0, 0])
    // One list read a round while more than one is in progress; only the last (the longest) was read alone.
    expect([...oic.stats.reads.keys()]).toEqual(['INT_12|01.00.0000'])
    expect(oic.stats.lists).toBeGreaterThan(1)
  })

  it('40 activations of 2–15 s, 10 at a time: ≤ 3 status reads each, within 10 % of the ideal schedule', async () => {
    const durations = shuffled(spread(40, 2000, 15_000))
    const oic = fakeOic(durations, { limit: 10 })
    const out = await activateIntegrations(oic.client, 'P', refsOf(durations), 600_000, oic.deps, {
      concurrency: 10
    })
    expect(out.every(o => o.status === 'ACTIVATED')).toBe(true)
    expect(statusReads(oic) / 40).toBeLessThanOrEqual(3)
    // The bound equals the instance's limit: never refused.
    expect(oic.stats.throttled).toBe(0)
    expect(oic.stats.maxPending).toBe(10)
    expect(oic.now()).toBeLessThanOrEqual(makespan(durations, 10) * 1.1)
  })

  it('paces by what it observes: ten times faster activations are seen ten times sooner, with as few reads', async () => {
    const durations = shuffled(spread(40, 200, 1500))
    const oic = fakeOic(durations, { limit: 10 })
    await activateIntegrations(oic.client, 'P', refsOf(durations), 600_000, oic.deps, { concurrency: 10 })
    expect(statusReads(oic) / 40).toBeLessThanOrEqual(3)
    expect(oic.stats.throttled).toBe(0)
    expect(oic.now()).toBeLessThanOrEqual(makespan(durations, 10) * 1.15)
  })

  it('reads at growing waits while nothing has finished: one slow activation costs few reads', async () => {
    const oic = fakeOic({ SLOW: 60_000 })
    const [outcome] = await activateIntegrations(oic.client, 'P', refsOf({ SLOW: 0 }), 600_000, oic.deps)
    expect(outcome?.status).toBe('ACTIVATED')
    // Growing waits (250 ms × 1.5ⁿ, at most 10 s): about a dozen reads for a minute, not one every 500 ms.
    expect(oic.stats.reads.get('SLOW|01.00.0000')).toBeLessThanOrEqual(15)
  })

  it('queues a start refused with 429 again and starts no more than the instance holds', async () => {
    const durations = spread(20, 2000, 6000)
    const oic = fakeOic(durations, { limit: 4 })
    const out = await activateIntegrations(oic.client, 'P', refsOf(durations), 600_000, oic.deps, {
      concurrency: 8
    })
    expect(out.every(o => o.status === 'ACTIVATED')).toBe(true)
    expect(oic.stats.maxPending).toBe(4)
    // Only requests already in flight when the first 429 came met the limit (at most `concurrency`); after that no
    // more were started than were in flight, so the instance never refused again.
    expect(oic.stats.throttled).toBeGreaterThan(0)
    expect(oic.stats.throttled).toBeLessThanOrEqual(8)
    const refusals = oic.lines.filter(l => l.startsWith('The instance refused'))
    expect(refusals).toEqual([
      `The instance refused ${oic.stats.throttled} activation(s) with 429 (too many in progress): at most 4 at a time from now on`
    ])
    const accepted = oic.stats.writes.length - oic.stats.throttled
    expect(accepted).toBe(20)
  })

  it('settles lost answers by reading back, concurrently, never sending an activation twice', async () => {
    const durations = spread(10, 2000, 8000)
    const lost = new Set(['INT_02|01.00.0000', 'INT_03|01.00.0000', 'INT_07|01.00.0000'])
    const oic = fakeOic(durations, { loseAnswer: lost })
    const out = await activateIntegrations(oic.client, 'P', refsOf(durations), 600_000, oic.deps, {
      concurrency: 4
    })
    expect(out.map(o => o.status)).toEqual(Array(10).fill('ACTIVATED'))
    expect(oic.stats.writes).toHaveLength(10)
    expect(new Set(oic.stats.writes).size).toBe(10)
    expect(
      oic.lines.filter(l => /status is ACTIVATION_INPROGRESS, so it was not sent again$/.test(l))
    ).toHaveLength(3)
  })

  it('sends nothing for what the list shows active, and watches what is already activating', async () => {
    const durations = { A: 3000, B: 3000, C: 3000 }
    const oic = fakeOic(durations, { status: { A: 'ACTIVATED' } })
    oic.all.get('B|01.00.0000')!.status = 'ACTIVATION_INPROGRESS'
    const out = await activateIntegrations(oic.client, 'P', refsOf(durations), 600_000, oic.deps)
    expect(out).toEqual([
      { code: 'A', version: '01.00.0000', status: 'ACTIVATED', alreadyActive: true },
      { code: 'B', version: '01.00.0000', status: 'ACTIVATED' },
      { code: 'C', version: '01.00.0000', status: 'ACTIVATED' }
    ])
    expect(oic.stats.writes).toEqual(['ACTIVATED C|01.00.0000'])
  })

  it('times out what never finished and what was never started, reading everything on the last round', async () => {
    const oic = fakeOic({ FAST: 1000, SLOW: 90_000, LATE: 1000 }, { limit: 1 })
    const out = await activateIntegrations(
      oic.client,
      'P',
      refsOf({ FAST: 0, SLOW: 0, LATE: 0 }),
      20_000,
      oic.deps,
      {
        concurrency: 1
      }
    )
    expect(out.map(o => [o.code, o.status, o.lastStatus])).toEqual([
      ['FAST', 'ACTIVATED', undefined],
      ['SLOW', 'TIMEOUT', 'ACTIVATION_INPROGRESS'],
      ['LATE', 'TIMEOUT', 'CONFIGURED']
    ])
    expect(oic.now()).toBe(20_000)
  })
})

describe('deactivation under concurrency', () => {
  it('deactivates every version of a group before any of the next, each group in parallel', async () => {
    const durations = spread(6, 1, 1)
    // The first group answers slowly: had the groups run together, the second's requests would come first.
    const oic = fakeOic(durations, {
      status: Object.fromEntries(Object.keys(durations).map(c => [c, 'ACTIVATED'])),
      slow: new Set(['INT_01|01.00.0000', 'INT_02|01.00.0000'])
    })
    const [s1, s2, r1, r2, r3, r4] = refsOf(durations)
    const done = await deactivateInGroups(
      oic.client,
      'P',
      [
        [s1!, s2!],
        [r1!, r2!, r3!, r4!]
      ],
      oic.deps,
      {
        concurrency: 4
      }
    )
    expect(done).toEqual([s1, s2, r1, r2, r3, r4])
    expect(oic.stats.writes.slice(0, 2).sort()).toEqual([
      'CONFIGURED INT_01|01.00.0000',
      'CONFIGURED INT_02|01.00.0000'
    ])
    expect(oic.stats.maxInFlight).toBe(4)
  })

  it('skips what is not active and keeps the order given in its answer', async () => {
    const oic = fakeOic({ A: 1, B: 1, C: 1 }, { status: { A: 'ACTIVATED', C: 'ACTIVATED' } })
    const done = await deactivateIntegrations(oic.client, 'P', refsOf({ C: 0, B: 0, A: 0 }), oic.deps, {
      concurrency: 3
    })
    expect(done.map(r => r.code)).toEqual(['C', 'A'])
    expect(oic.stats.writes.sort()).toEqual(['CONFIGURED A|01.00.0000', 'CONFIGURED C|01.00.0000'])
  })
})
