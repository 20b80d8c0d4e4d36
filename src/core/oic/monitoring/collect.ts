/**
 * Collecting every errored instance that matches a filter and the client-side check. Pages by offset; when the server refuses an offset
 * (a 500-offset cap is reported for OIC monitoring), it slides the time window instead: the next query ends at the
 * oldest time seen so far, starting again at offset 0, with ids de-duplicated across the overlap. An id repeated
 * on a later page is taken once; a page that announces more but brings no new id, or the page cap, ends the
 * collection with one line ({@link PageGuard}).
 */
import type { Collaborators } from '../../collaborators.js'
import { OicHttpError } from '../../errors.js'
import type { HttpClient } from '../../http/client.js'
import { maxPagesOf, PageGuard } from '../page-guard.js'
import { listErrors, type ErrorInstance, type MonitoringCollection } from './error-instances.js'
import { nextPage } from './paging.js'
import type { MonitoringFilter, TimeWindow } from './q.js'
import type { LeftAloneReason } from './selection.js'

/** Options of {@link collectErrors}, with the collaborators it uses (the clock and the log). */
export interface CollectOptions extends Pick<Collaborators, 'now' | 'log'> {
  /** Stop after this many taken. */
  max: number
  pageSize: number
  /** Why an item is left alone, or undefined to take it (default: take every item). */
  check?: (item: ErrorInstance) => Promise<LeftAloneReason | undefined>
}

/** What was found. */
export interface Collected {
  /** Items taken (they passed `check`), at most `max`. */
  items: ErrorInstance[]
  /** Items read but left alone, with the reason. */
  leftAlone: Array<{ item: ErrorInstance; reason: LeftAloneReason }>
  /** Items that passed `check` in the pages read but exceeded `max`. */
  overMax: number
  /** Items the server counted (`totalRecordsCount` of the first page) but that were never read. */
  unread: number
  /** Distinct items read. */
  listed: number
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

/** A page of `listErrors`, or a narrower query when the server refuses the offset (see the module note). */
async function fetchPage(
  client: HttpClient,
  state: { query: MonitoringFilter; offset: number; slides: number },
  filter: MonitoringFilter,
  seen: ReadonlyMap<string, ErrorInstance>,
  options: CollectOptions
): Promise<MonitoringCollection<ErrorInstance> | undefined> {
  try {
    return await listErrors(client, state.query, { offset: state.offset, limit: options.pageSize })
  } catch (error) {
    if (!isOffsetCap(error) || state.offset === 0) throw error
    const oldest = Math.min(...[...seen.values()].map(i => trackedTime(i) ?? Infinity))
    if (!Number.isFinite(oldest)) throw error
    const start = filter.startdate ?? new Date(options.now() - WINDOW_MS[filter.timewindow ?? '1h'])
    options.log(
      `The server caps the offset at ${state.offset}; continuing with the window ending ${new Date(oldest).toISOString()}`
    )
    state.query = { ...filter, timewindow: undefined, startdate: start, enddate: new Date(oldest + 1000) }
    state.offset = 0
    state.slides++
    return undefined
  }
}

/**
 * Collects up to `max` errored instances that match `filter` and pass `check`. Pages by offset until a short page
 * or `totalRecordsCount` items (contract K4; `hasMore` only where the server sends it).
 */
export async function collectErrors(
  client: HttpClient,
  filter: MonitoringFilter,
  options: CollectOptions
): Promise<Collected> {
  const seen = new Map<string, ErrorInstance>()
  const out: Collected = {
    items: [],
    leftAlone: [],
    overMax: 0,
    unread: 0,
    listed: 0,
    requests: 0,
    slides: 0
  }
  const state = { query: filter, offset: 0, slides: 0 }
  const guard = new PageGuard('list errored instances', maxPagesOf(client))
  let total: number | undefined
  for (;;) {
    out.requests++
    const page = await fetchPage(client, state, filter, seen, options)
    if (!page) continue
    const items = page.items ?? []
    const verdict = nextPage(page, state.offset, options.pageSize)
    if (total === undefined && state.slides === 0) total = verdict.total
    const before = seen.size
    const offset = state.offset
    const added = guard.fresh(items).length
    for (const item of items) {
      if (!item?.id || seen.has(item.id)) continue
      seen.set(item.id, item)
      const reason = options.check ? await options.check(item) : undefined
      if (reason) out.leftAlone.push({ item, reason })
      else if (out.items.length < options.max) out.items.push(item)
      else out.overMax++
    }
    state.offset += items.length
    if (!verdict.more || out.items.length >= options.max) break
    if (seen.size === before && state.slides > 0) {
      options.log('The slid window returned nothing new; stopping the collection here')
      break
    }
    guard.check(added, offset)
  }
  out.listed = seen.size
  out.slides = state.slides
  out.unread = total !== undefined && state.slides === 0 ? Math.max(0, total - state.offset) : 0
  return out
}
