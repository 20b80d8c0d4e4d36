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
  it('reads only the probe, at growing waits capped at maxMs, until something finishes', () => {
    const pacer = new PollPacer({ ...DEFAULT_PACER, initialMs: 100, growth: 2, maxMs: 500, probe: 2 })
    expect([1, 2, 3, 4, 5].map(() => pacer.next(10, 10))).toEqual([100, 200, 400, 500, 500])
    expect(pacer.pick(['a', 'b', 'c', 'd'])).toEqual(['a', 'b'])
    expect(pacer.median()).toBeUndefined()
  })

  it('after the first finish reads all, waiting the median × factor × the share pending (at least floor)', () => {
    const pacer = new PollPacer({ ...DEFAULT_PACER, factor: 1, floor: 0.25, minMs: 100, maxMs: 60_000 })
    pacer.pick(['a', 'b', 'c'])
    pacer.observe(4000)
    pacer.roundDone(3, 1)
    expect(pacer.pick(['b', 'c'])).toEqual(['b', 'c'])
    pacer.observe(2000)
    pacer.observe(9000)
    expect(pacer.median()).toBe(4000)
    expect(pacer.next(20, 40)).toBe(2000)
    expect(pacer.next(2, 40)).toBe(1000)
    expect(new PollPacer({ ...DEFAULT_PACER, maxMs: 1500 }).next(1, 1)).toBe(250)
  })

  it('reads everything at once when every probe ended in the round that saw the first end', () => {
    const pacer = new PollPacer(DEFAULT_PACER)
    pacer.pick(['a', 'b', 'c', 'd'])
    pacer.observe(5000)
    pacer.observe(5000)
    pacer.observe(5000)
    pacer.roundDone(3, 3)
    expect(pacer.next(1, 4)).toBe(0)
    pacer.roundDone(1, 0)
    expect(pacer.next(1, 4)).toBeGreaterThan(0)
  })

  it('keeps its pace when the probe round saw only some end', () => {
    const pacer = new PollPacer({ ...DEFAULT_PACER, factor: 1, floor: 1 })
    pacer.pick(['a', 'b', 'c'])
    pacer.observe(3000)
    pacer.roundDone(3, 1)
    expect(pacer.next(2, 3)).toBe(3000)
  })
})
