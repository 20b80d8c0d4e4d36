// Verify polling: backs off, stops when done, never sleeps past the deadline; the pacer of parallel reads probes
// with growing waits until something finishes, then waits the observed median scaled by the share still pending.
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_PACER, poll, PollPacer } from '../../../src/core/poll.js'

describe('poll', () => {
  it('backs off, stops when done, and never sleeps past the deadline', async () => {
    let clock = 0
    const sleeps: number[] = []
    const states = ['A', 'B', 'B', 'DONE']
    const result = await poll({
      check: async () => states.shift()!,
      done: s => s === 'DONE',
      timeoutMs: 10_000,
      sleep: async ms => void (sleeps.push(ms), (clock += ms)),
      now: () => clock,
      initialDelayMs: 500
    })
    expect(result).toEqual({ state: 'DONE', timedOut: false, checks: 4 })
    expect(sleeps).toEqual([500, 1000, 2000])
    clock = 0
    sleeps.length = 0
    const timeout = await poll({
      check: async () => 'X',
      done: () => false,
      timeoutMs: 1200,
      sleep: async ms => void (sleeps.push(ms), (clock += ms)),
      now: () => clock,
      initialDelayMs: 500
    })
    expect(timeout.timedOut).toBe(true)
    expect(sleeps).toEqual([500, 700])
  })
})

describe('PollPacer', () => {
  const plan = { ages: [1000, 2000], queued: 0, slots: 10, cost: 1 }

  it('waits at growing intervals capped at maxMs until something finishes', () => {
    const pacer = new PollPacer(10, { ...DEFAULT_PACER, initialMs: 100, growth: 2, maxMs: 500 })
    expect([1, 2, 3, 4, 5].map(() => pacer.next(plan))).toEqual([100, 200, 400, 500, 500])
  })

  it('spreads the reads left over the time the rest should still take', () => {
    // 10 operations × 2 reads = 20 reads; 4 spent, so 16 rounds of 1 read are left.
    const pacer = new PollPacer(10, { ...DEFAULT_PACER, readsPerOperation: 2, minMs: 1, maxMs: 60_000 })
    pacer.spend(4)
    pacer.observe(4000)
    pacer.observe(8000)
    // In flight: ages 1000 (still 6000 - 1000 = 5000: the mean of the longer ones) and 7000 (8000 - 7000 = 1000);
    // 6 queued of mean 6000 on 2 slots: (5000 + 1000 + 36 000) / 2 = 21 000 ms to go, over 16 rounds.
    expect(pacer.next({ ages: [1000, 7000], queued: 6, slots: 2, cost: 1 })).toBe(Math.round(21_000 / 16))
    // A round reading each of 2 costs 2: 8 rounds left, each twice as long.
    expect(pacer.next({ ages: [1000, 7000], queued: 6, slots: 2, cost: 2 })).toBe(Math.round(21_000 / 8))
    // The last one, older than anything seen: soon (minMs), and never below minMs.
    expect(pacer.next({ ages: [9000], queued: 0, slots: 2, cost: 1 })).toBe(1)
  })

  it('past its budget reads every half of the mean time, within minMs and maxMs', () => {
    const pacer = new PollPacer(2, { ...DEFAULT_PACER, readsPerOperation: 2, minMs: 100, maxMs: 3000 })
    pacer.spend(4)
    pacer.observe(2000)
    expect(pacer.next({ ages: [2500], queued: 0, slots: 1, cost: 1 })).toBe(1000)
    pacer.observe(20_000)
    expect(pacer.next({ ages: [2500], queued: 0, slots: 1, cost: 1 })).toBe(3000)
  })
})
