// Verify mapWithConcurrency: results in input order whatever order the work ends in, never more than `limit` calls
// in flight, every item exactly once, and a failure passed on.
import { describe, expect, it } from '@jest/globals'
import { allInOrder, mapWithConcurrency } from '../../../src/core/pool.js'

/** A promise resolved from outside. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>(r => (resolve = r))
  return { promise, resolve }
}

const tick = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

describe('mapWithConcurrency', () => {
  it('keeps input order when later items finish first', async () => {
    const gates = [deferred<void>(), deferred<void>(), deferred<void>()]
    const done = mapWithConcurrency(['a', 'b', 'c'], 3, async (item, index) => {
      await gates[index]!.promise
      return `${item}${index}`
    })
    gates[2]!.resolve()
    gates[1]!.resolve()
    await tick()
    gates[0]!.resolve()
    await expect(done).resolves.toEqual(['a0', 'b1', 'c2'])
  })

  it('never has more than `limit` calls in flight, and starts the next as one ends', async () => {
    const items = Array.from({ length: 7 }, (_, i) => i)
    const gates = items.map(() => deferred<void>())
    let inFlight = 0
    let most = 0
    const started: number[] = []
    const done = mapWithConcurrency(items, 3, async i => {
      started.push(i)
      inFlight++
      most = Math.max(most, inFlight)
      await gates[i]!.promise
      inFlight--
      return i * 10
    })
    await tick()
    expect(started).toEqual([0, 1, 2])
    gates[1]!.resolve()
    await tick()
    expect(started).toEqual([0, 1, 2, 3])
    for (const gate of gates) gate.resolve()
    await expect(done).resolves.toEqual([0, 10, 20, 30, 40, 50, 60])
    expect(most).toBe(3)
    expect([...started].sort((a, b) => a - b)).toEqual(items)
  })

  it('runs one at a time with limit 1, and at least one worker for a limit below 1', async () => {
    for (const limit of [1, 0, -3]) {
      let inFlight = 0
      let most = 0
      const out = await mapWithConcurrency([1, 2, 3], limit, async x => {
        inFlight++
        most = Math.max(most, inFlight)
        await tick()
        inFlight--
        return x + 1
      })
      expect(out).toEqual([2, 3, 4])
      expect(most).toBe(1)
    }
  })

  it('starts no more workers than items, and returns [] for no items without calling fn', async () => {
    let calls = 0
    await expect(
      mapWithConcurrency([], 8, async () => {
        calls++
        return 1
      })
    ).resolves.toEqual([])
    expect(calls).toBe(0)
    const seen: number[] = []
    await mapWithConcurrency([5, 6], 64, async (x, i) => {
      seen.push(i)
      return x
    })
    expect(seen.sort()).toEqual([0, 1])
  })

  it('starts no new item once a call has failed, and rejects only after the calls in flight have ended', async () => {
    const started: number[] = []
    const ended: number[] = []
    const run = mapWithConcurrency([0, 1, 2, 3, 4], 2, async x => {
      started.push(x)
      if (x === 0) throw new Error('boom')
      await new Promise(resolve => setTimeout(resolve, 20))
      ended.push(x)
      return x
    })
    await expect(run).rejects.toThrow('boom')
    expect(started).toEqual([0, 1])
    expect(ended).toEqual([1])
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(started).toEqual([0, 1])
  })

  it('rejects with the first failure', async () => {
    await expect(
      mapWithConcurrency([1, 2, 3], 2, async x => {
        if (x === 2) throw new Error('boom 2')
        return x
      })
    ).rejects.toThrow('boom 2')
  })
})

describe('allInOrder', () => {
  it('returns the values in order, whichever ends first', async () => {
    const late = deferred<string>()
    const both = allInOrder([late.promise, Promise.resolve(2)])
    await tick()
    late.resolve('one')
    await expect(both).resolves.toEqual(['one', 2])
  })

  it('throws the failure of the first by position, after every promise has settled', async () => {
    const first = deferred<void>()
    let secondSettled = false
    const second = Promise.reject(new Error('second')).finally(() => void (secondSettled = true))
    const run = allInOrder([first.promise.then(() => Promise.reject(new Error('first'))), second])
    await tick()
    expect(secondSettled).toBe(true)
    first.resolve()
    await expect(run).rejects.toThrow('first')
  })
})
