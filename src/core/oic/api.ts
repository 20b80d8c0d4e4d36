/** Shared pieces of the OIC REST wrappers: paths, id encoding, the collection envelope and paging. */
import { OIC_API_BASE } from '../constants.js'
import { OicActionError } from '../errors.js'
import type { HttpClient, HttpRequest } from '../http/client.js'
import { maxPagesOf, PageGuard } from './page-guard.js'
import { checkBody, checkCollection } from './shape.js'

/** A collection response (contract §4.1). */
export interface Collection<T> {
  items?: T[]
  hasMore?: boolean
  totalResults?: number
  limit?: number
  offset?: number
  links?: Link[]
}

/** A `links` entry. */
export interface Link {
  href: string
  rel: string
}

/** Common list parameters. */
export interface ListOptions {
  /** The `q` filter, e.g. `{name:'X'}` (build it with {@link qFilter}). */
  q?: string
  offset?: number
  limit?: number
  orderBy?: string
}

/** Page size used when walking a whole collection. */
export const PAGE_SIZE = 100

/** An API path below `/ic/api/integration/v1`, each segment URL-encoded (`CODE|VER` → `CODE%7CVER`). */
export function apiPath(...segments: string[]): string {
  for (const segment of segments) {
    // Encoding keeps '.' and '..', and URL resolution removes them: `errors/./resubmit` would become the bulk call.
    if (segment === '.' || segment === '..' || segment === '')
      throw new OicActionError(
        `Refusing the id ${JSON.stringify(segment)} in an OIC API path: it would address another resource.`
      )
  }
  return `${OIC_API_BASE}/${segments.map(s => encodeURIComponent(s)).join('/')}`
}

/**
 * An integration id `CODE|VERSION`: the id in API paths, and the one key of an integration version wherever
 * versions are compared, listed or named (the only place this form is written).
 */
export function integrationId(ref: { readonly code: string; readonly version: string }): string
export function integrationId(code: string, version: string): string
export function integrationId(
  codeOrRef: string | { readonly code: string; readonly version: string },
  version?: string
): string {
  const ref = typeof codeOrRef === 'string' ? { code: codeOrRef, version: version ?? '' } : codeOrRef
  return `${ref.code}|${ref.version}`
}

/** Quotes a `q` value: `'x'` for exact match; single quotes inside are not representable and are dropped. */
export function qValue(value: string): string {
  return `'${value.replace(/'/g, '')}'`
}

/** Builds a `q` filter `{k:'v', …}` from defined entries; values already quoted (`'…'` or `/…/`) pass as is. */
export function qFilter(entries: Record<string, string | undefined>): string | undefined {
  const parts = Object.entries(entries)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}:${/^'.*'$|^\/.*\/$/.test(v) ? v : qValue(v)}`)
  return parts.length ? `{${parts.join(', ')}}` : undefined
}

/** GET of a JSON resource. */
export async function getJson<T>(
  client: HttpClient,
  path: string,
  label: string,
  query?: HttpRequest['query']
): Promise<T> {
  return checkBody((await client.json<T>({ method: 'GET', path, query, label })).body, label)
}

/** One page of a collection. */
export async function listPage<T>(
  client: HttpClient,
  path: string,
  label: string,
  options: ListOptions & { extra?: HttpRequest['query'] } = {}
): Promise<Collection<T>> {
  const { extra, ...list } = options
  return (
    checkCollection(await getJson<Collection<T>>(client, path, label, { ...list, ...extra }), label) ?? {}
  )
}

/**
 * Every item of a collection, page by page (stops on an empty page even if the server claims more). A collection
 * without `hasMore` — the deployments list answers `items` only (test/fixtures/oracle/deployments-list.json, source
 * PM) — is read by offset until a page is not full; a page larger than asked means the server ignores `limit`
 * (all at once), and a page that starts with the previous page's first item means it ignores `offset`. An item
 * seen on an earlier page is not listed twice; a page that announces more but brings nothing new, or the page cap
 * (`maxPages` of the client's limits), ends the walk with one line ({@link PageGuard}).
 */
export async function listAll<T>(
  client: HttpClient,
  path: string,
  label: string,
  options: Omit<ListOptions, 'offset' | 'limit'> & { extra?: HttpRequest['query']; pageSize?: number } = {}
): Promise<T[]> {
  const { pageSize = PAGE_SIZE, ...rest } = options
  const all: T[] = []
  const guard = new PageGuard(label, maxPagesOf(client))
  let first: string | undefined
  for (let offset = 0; ;) {
    const page = await listPage<T>(client, path, label, { ...rest, offset, limit: pageSize })
    const items = page.items ?? []
    if (items.length === 0) return all
    if (page.hasMore === undefined) {
      const head = JSON.stringify(items[0])
      if (offset > 0 && head === first) return all
      first = head
    }
    const added = guard.fresh(items)
    all.push(...added)
    const more = page.hasMore ?? items.length === pageSize
    if (!more) return all
    guard.check(added.length, offset)
    offset += items.length
  }
}
