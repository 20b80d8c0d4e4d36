// Verify polling: backs off, stops when done, never sleeps past the deadline.
import { describe, expect, it } from '@jest/globals'
import { poll } from '../../../src/core/poll.js'

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
