/**
 * Retry policy as data: which failures are transient, how long to wait (full-jitter exponential backoff with a
 * cap, `Retry-After` honoured) and which requests may be repeated at all.
 */

/** HTTP methods that are safe to repeat by definition (RFC 9110 §9.2.2). */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/** Statuses that mean "try again later": throttling (429) and gateway/service trouble. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504])

/**
 * Network failures worth another attempt. ENOTFOUND (DNS says the host does not exist) and TLS certificate errors
 * are deliberately absent: they are configuration mistakes and repeating only delays the message.
 */
export const RETRYABLE_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'INVALID_RESPONSE_BODY'
])

/** How a client retries. */
export interface RetryPolicy {
  /** Attempts after the first (the `retries` input). */
  retries: number
  /** Backoff base: attempt n waits up to base·2ⁿ. */
  baseDelayMs: number
  /** Upper bound of one backoff wait. */
  maxDelayMs: number
  /** Upper bound of an honoured `Retry-After`; a longer one fails instead of stalling the job. */
  maxRetryAfterMs: number
  retryableStatuses: ReadonlySet<number>
  retryableErrorCodes: ReadonlySet<string>
}

/** Default policy; `retries` comes from the input of the same name. */
export function defaultRetryPolicy(retries = 4): RetryPolicy {
  return {
    retries,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 120_000,
    retryableStatuses: RETRYABLE_STATUSES,
    retryableErrorCodes: RETRYABLE_ERROR_CODES
  }
}

/** Outcome of classifying one failed attempt. */
export type RetryClass = 'throttling' | 'transient' | 'fatal'

/** Classifies a response status or a network error code. */
export function classify(policy: RetryPolicy, failure: { status?: number; code?: string }): RetryClass {
  if (failure.status === 429) return 'throttling'
  if (failure.status !== undefined && failure.status > 0) {
    return policy.retryableStatuses.has(failure.status) ? 'transient' : 'fatal'
  }
  return failure.code && policy.retryableErrorCodes.has(failure.code) ? 'transient' : 'fatal'
}

/** True when a request may be sent again: idempotent method, or a call the caller marked safe to repeat. */
export function mayRepeat(method: string, markedSafe: boolean | undefined): boolean {
  return markedSafe === true || (markedSafe !== false && IDEMPOTENT_METHODS.has(method.toUpperCase()))
}

/**
 * Delay before retry number `attempt` (0-based): full jitter, `random()·min(cap, base·2^attempt)`; a server's
 * `Retry-After` is a lower bound.
 */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number,
  retryAfterMs?: number
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  const jittered = Math.floor(random() * ceiling)
  return retryAfterMs !== undefined ? Math.max(retryAfterMs, jittered) : jittered
}

/** Parses `Retry-After` (delta-seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
