// Verify retry classification, which requests may repeat, full-jitter backoff with a cap, and Retry-After parsing.
import { describe, expect, it } from '@jest/globals'
import {
  backoffDelay,
  classify,
  defaultRetryPolicy,
  mayRepeat,
  parseRetryAfter
} from '../../../../src/core/http/retry.js'

const policy = defaultRetryPolicy(4)

describe('retry policy', () => {
  it('classifies statuses and network codes', () => {
    expect(classify(policy, { status: 429 })).toBe('throttling')
    for (const s of [502, 503, 504]) expect(classify(policy, { status: s })).toBe('transient')
    for (const s of [400, 401, 403, 404, 409, 412, 423, 500])
      expect(classify(policy, { status: s })).toBe('fatal')
    for (const c of [
      'ECONNRESET',
      'ETIMEDOUT',
      'UND_ERR_SOCKET',
      'UND_ERR_HEADERS_TIMEOUT',
      'INVALID_RESPONSE_BODY'
    ])
      expect(classify(policy, { code: c })).toBe('transient')
    for (const c of ['ENOTFOUND', 'DEPTH_ZERO_SELF_SIGNED_CERT', undefined])
      expect(classify(policy, { code: c })).toBe('fatal')
  })

  it('repeats idempotent methods, and POST only when marked safe', () => {
    for (const m of ['GET', 'PUT', 'DELETE', 'HEAD']) expect(mayRepeat(m, undefined)).toBe(true)
    expect(mayRepeat('POST', undefined)).toBe(false)
    expect(mayRepeat('PATCH', undefined)).toBe(false)
    expect(mayRepeat('POST', true)).toBe(true)
    expect(mayRepeat('GET', false)).toBe(false)
  })

  it('uses full jitter below an exponential ceiling with a cap', () => {
    expect(backoffDelay(policy, 0, () => 0.999)).toBe(499)
    expect(backoffDelay(policy, 3, () => 0.5)).toBe(2000)
    expect(backoffDelay(policy, 20, () => 0.999)).toBe(19980)
    expect(backoffDelay(policy, 2, () => 0)).toBe(0)
  })

  it('takes Retry-After as a lower bound', () => {
    expect(backoffDelay(policy, 0, () => 0.5, 3000)).toBe(3000)
    expect(backoffDelay(policy, 6, () => 1, 10)).toBe(20000)
  })

  it('parses Retry-After seconds and dates', () => {
    const now = Date.parse('2026-11-22T10:00:00Z')
    expect(parseRetryAfter('7', now)).toBe(7000)
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
})
