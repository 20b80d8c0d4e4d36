/**
 * Paging a monitoring collection by offset (contract K4). Gen3 monitoring roots carry `totalRecordsCount` and no
 * `hasMore`, and a server may serve fewer items than `limit` asks (a page cap), so the next page is asked for
 * while fewer than `totalRecordsCount` items were read (or a `totalResults` larger than the page, which can only
 * be a total); without either, `hasMore` decides when present, and otherwise a short page ends the collection. An
 * empty page always ends it.
 */
import { MAX_PAGES } from '../../http/limits.js'
import { PageGuard } from '../page-guard.js'
import { checkCollection } from '../shape.js'
import type { MonitoringCollection } from './error-instances.js'

/** One step of a paged read: what to do after a page. */
export interface PageVerdict {
  /** Ask for the next page. */
  more: boolean
  /** All matches reported by the server (`totalRecordsCount`), when it says. */
  total?: number
}

/**
 * Decides whether another page follows `page`, read at `offset` with `limit` (the offset is that of the page,
 * not of the next one).
 */
export function nextPage(page: MonitoringCollection<unknown>, offset: number, limit: number): PageVerdict {
  const count = page.items?.length ?? 0
  // totalResults may count the page or every match (an open question, contract §13.2): it is a total only when
  // it exceeds the page, as in a recorded monitoring root without totalRecordsCount (fixture N1087).
  const totalResults =
    typeof page.totalResults === 'number' && page.totalResults > count ? page.totalResults : undefined
  const total = typeof page.totalRecordsCount === 'number' ? page.totalRecordsCount : totalResults
  if (count === 0) return { more: false, total }
  if (total !== undefined) return { more: offset + count < total, total }
  if (typeof page.hasMore === 'boolean') return { more: page.hasMore }
  return { more: count >= limit }
}

/** Options of {@link readPages}. */
export interface ReadPagesOptions<T> {
  pageSize: number
  /** What is read, for the one line of a walk the server never ends (e.g. `list recovery jobs`). */
  label?: string
  /** The page cap (default {@link MAX_PAGES}; the client's `limits.maxPages`). */
  maxPages?: number
  /** Called with each page's items not seen on an earlier page; return false to stop reading. */
  onItems: (items: T[]) => boolean | void
}

/** What {@link readPages} did. */
export interface ReadPagesResult {
  /** Requests sent. */
  requests: number
  /** Items read. */
  read: number
  /** The server's `totalRecordsCount` of the last page, when present. */
  total?: number
  /** True when it stopped because `onItems` asked to, with pages left. */
  stoppedEarly: boolean
}

/**
 * Reads every page of a monitoring collection through `fetch(offset, limit)`; an item repeated on a later page is
 * handed over once, and a walk that never ends stops with one line ({@link PageGuard}).
 */
export async function readPages<T>(
  fetch: (offset: number, limit: number) => Promise<MonitoringCollection<T>>,
  options: ReadPagesOptions<T>
): Promise<ReadPagesResult> {
  const label = options.label ?? 'a monitoring list'
  const guard = new PageGuard(label, options.maxPages ?? MAX_PAGES)
  let offset = 0
  let requests = 0
  for (;;) {
    requests++
    const page = checkCollection(await fetch(offset, options.pageSize), `${label} page`) ?? {}
    const items = page.items ?? []
    const verdict = nextPage(page, offset, options.pageSize)
    const added = guard.fresh(items)
    const keepGoing = options.onItems(added) !== false
    if (verdict.more && keepGoing) guard.check(added.length, offset)
    offset += items.length
    if (!verdict.more) return { requests, read: offset, total: verdict.total, stoppedEarly: false }
    if (!keepGoing) return { requests, read: offset, total: verdict.total, stoppedEarly: true }
  }
}
