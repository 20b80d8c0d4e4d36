/**
 * The bounds every exchange with a server keeps, whatever the server does: the size of a JSON answer, the overall
 * time of one request (besides the idle timeout, which a byte-by-byte drip never trips) and the pages of one
 * collection walk. Generous defaults; tests inject small values.
 */

/** Bounds of one {@link HttpClient}. */
export interface HttpLimits {
  /** Largest JSON answer read, in bytes (more fails, naming this bound). */
  maxJsonBytes: number
  /** Overall time of one attempt of a JSON exchange, head and body, in milliseconds. */
  deadlineMs: number
  /** Overall time of one attempt of a streamed transfer (an archive up or down), in milliseconds. */
  transferDeadlineMs: number
  /** Pages one collection walk reads at most. */
  maxPages: number
}

/** 64 MiB: far above any OIC JSON answer (a page of 100 items is a few hundred KiB). */
export const MAX_JSON_BYTES = 64 * 1024 * 1024
/** 15 minutes (or twice `request-timeout`, when longer) for a JSON exchange. */
export const DEADLINE_MS = 15 * 60_000
/** 2 hours (or twice `request-timeout`, when longer) for an archive upload or download. */
export const TRANSFER_DEADLINE_MS = 2 * 3600_000
/** 10,000 pages: a million items at the page size of 100. */
export const MAX_PAGES = 10_000

/** The bounds of a client whose idle timeout is `timeoutMs`, with `overrides` (tests) taking precedence. */
export function resolveLimits(timeoutMs: number, overrides: Partial<HttpLimits> = {}): HttpLimits {
  return {
    maxJsonBytes: overrides.maxJsonBytes ?? MAX_JSON_BYTES,
    deadlineMs: overrides.deadlineMs ?? Math.max(DEADLINE_MS, 2 * timeoutMs),
    transferDeadlineMs: overrides.transferDeadlineMs ?? Math.max(TRANSFER_DEADLINE_MS, 2 * timeoutMs),
    maxPages: overrides.maxPages ?? MAX_PAGES
  }
}

/** `64 MiB`, `1.5 KiB`, `300 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`
}

/** `900 s`, `0.3 s`. */
export function formatSeconds(ms: number): string {
  return `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} s`
}
