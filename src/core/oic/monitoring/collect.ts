/**
 * Collecting every errored instance that matches a filter. Pages by offset; when the server refuses an offset
 * (a 500-offset cap is reported for OIC monitoring), it slides the time window instead: the next query ends at the
 * oldest time seen so far, starting again at offset 0, with ids de-duplicated across the overlap.
 */
import { OicHttpError } from '../../errors.js'
import type { HttpClient } from '../../http/client.js'
import { listErrors, type ErrorInstance } from './errors.js'
import type { MonitoringFilter, TimeWindow } from './q.js'

/** Options of {@link collectErrors}. */
export interface CollectOptions {
  /** Stop after this many. */
  max: number
  pageSize: number
  now: () => number
  log: (line: string) => void
}

/** What was found. */
export interface Collected {
  items: ErrorInstance[]
  /** Matches reported by the server in the first page (may exceed `items` when capped by `max`). */
  total: number
  /** Requests sent. */
  requests: number
  /** Times the window was slid because of an offset cap. */
  slides: number
}

const WINDOW_MS: Record<TimeWindow, number> = {
  '1h': 3600_000,
  '6h': 6 * 3600_000,
  '1d': 24 * 3600_000,
  '2d': 48 * 3600_000,
  '3d': 72 * 3600_000,
  RETENTIONPERIOD: 400 * 24 * 3600_000
}

function isOffsetCap(error: unknown): boolean {
  return (
    error instanceof OicHttpError &&
    error.status === 400 &&
    /offset/i.test(`${error.detail ?? ''} ${error.title ?? ''}`)
  )
}

function trackedTime(item: ErrorInstance): number | undefined {
  const t = Date.parse(
    (item.lastTrackedTime ?? item.creationDate ?? '').replace(/([+-]\d\d)(\d\d)$/, '$1:$2')
  )
  return Number.isNaN(t) ? undefined : t
}

/** Collects up to `max` errored instances matching `filter`. */
export async function collectErrors(
  client: HttpClient,
  filter: MonitoringFilter,
  options: CollectOptions
): Promise<Collected> {
  const seen = new Map<string, ErrorInstance>()
  let query: MonitoringFilter = filter
  let offset = 0
  let total = -1
  let requests = 0
  let slides = 0
  while (seen.size < options.max) {
    const limit = Math.min(options.pageSize, options.max - seen.size)
    let page
    try {
      requests++
      page = await listErrors(client, query, { offset, limit })
    } catch (error) {
      if (!isOffsetCap(error) || offset === 0) throw error
      const oldest = Math.min(...[...seen.values()].map(i => trackedTime(i) ?? Infinity))
      if (!Number.isFinite(oldest)) throw error
      const start = filter.startdate ?? new Date(options.now() - WINDOW_MS[filter.timewindow ?? '1h'])
      options.log(
        `The server caps the offset at ${offset}; continuing with the window ending ${new Date(oldest).toISOString()}`
      )
      query = { ...filter, timewindow: undefined, startdate: start, enddate: new Date(oldest + 1000) }
      offset = 0
      slides++
      continue
    }
    const items = page.items ?? []
    if (total < 0) total = page.totalResults ?? page.totalRecordsCount ?? items.length
    const before = seen.size
    for (const item of items)
      if (seen.size < options.max && item.id && !seen.has(item.id)) seen.set(item.id, item)
    offset += items.length
    if (!page.hasMore || items.length === 0) break
    if (seen.size === before && slides > 0) {
      options.log('The slid window returned nothing new; stopping the collection here')
      break
    }
  }
  return { items: [...seen.values()], total: Math.max(total, seen.size), requests, slides }
}
