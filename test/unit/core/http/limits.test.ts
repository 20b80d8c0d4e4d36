// Verify the bounds of an HttpClient: generous defaults, the deadlines never shorter than twice the idle timeout,
// overrides winning, and the byte and second formats the one-line failures use.
import { describe, expect, it } from '@jest/globals'
import {
  DEADLINE_MS,
  formatBytes,
  formatSeconds,
  MAX_JSON_BYTES,
  MAX_PAGES,
  resolveLimits,
  TRANSFER_DEADLINE_MS
} from '../../../../src/core/http/limits.js'

describe('resolveLimits', () => {
  it('uses the defaults for a usual idle timeout', () => {
    expect(resolveLimits(120_000)).toEqual({
      maxJsonBytes: 64 * 1024 * 1024,
      deadlineMs: 15 * 60_000,
      transferDeadlineMs: 2 * 3600_000,
      maxPages: 10_000
    })
    expect([MAX_JSON_BYTES, DEADLINE_MS, TRANSFER_DEADLINE_MS, MAX_PAGES]).toEqual([
      67_108_864, 900_000, 7_200_000, 10_000
    ])
  })

  it('never lets a deadline be shorter than twice the idle timeout', () => {
    expect(resolveLimits(600_000).deadlineMs).toBe(1_200_000)
    expect(resolveLimits(600_000).transferDeadlineMs).toBe(TRANSFER_DEADLINE_MS)
    expect(resolveLimits(5 * 3600_000)).toMatchObject({
      deadlineMs: 36_000_000,
      transferDeadlineMs: 36_000_000
    })
  })

  it('takes each override as given, even below the idle timeout (tests make them small)', () => {
    expect(
      resolveLimits(600_000, { maxJsonBytes: 10, deadlineMs: 5, transferDeadlineMs: 7, maxPages: 2 })
    ).toEqual({
      maxJsonBytes: 10,
      deadlineMs: 5,
      transferDeadlineMs: 7,
      maxPages: 2
    })
    expect(resolveLimits(1000, { maxPages: 3 })).toEqual({ ...resolveLimits(1000), maxPages: 3 })
  })
})

describe('formatBytes and formatSeconds', () => {
  it.each([
    [0, '0 bytes'],
    [300, '300 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [1024 * 1024 - 1, '1024.0 KiB'],
    [MAX_JSON_BYTES, '64 MiB'],
    [5.25 * 1024 ** 3, '5.3 GiB'],
    [2 * 1024 ** 4, '2 TiB'],
    [3 * 1024 ** 5, '3072 TiB']
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it.each([
    [DEADLINE_MS, '900 s'],
    [300, '0.3 s'],
    [1500, '1.5 s'],
    [0, '0 s']
  ])('%i ms read as %s', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text)
  })
})
