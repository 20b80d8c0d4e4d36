/** Collections of the design-time API: `q` filters, `orderBy`, paging and the envelope (contract §4.1, §4.2). */
import { collection, matchesTerm, paging, parseQ } from '../http-kit.js'
import type { RequestContext } from '../router.js'

/** How a resource is filtered and ordered. */
export interface ListSpec<T> {
  /** `q` keys and the value(s) of an item each is matched against; unknown keys are ignored (contract §4.2). */
  q: Record<string, (item: T) => string | readonly string[] | undefined>
  /** `orderBy` values and their comparators; the first is the default. Unknown values fall back to it. */
  orderBy: Record<string, (a: T, b: T) => number>
}

/** Compares two strings by code unit (fast and stable for upper-case identifiers). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Answers one page of `items` filtered by `q`, ordered by `orderBy` and rendered with `render`. Filtering is
 * O(n); only the page is rendered. The envelope is `{hasMore, items, limit, links, totalResults}` — no `offset`,
 * as the recorded design-time collection (test/fixtures/oracle/integrations-list-page.json, source PM) — or, with
 * `itemsOnly`, `{items}` alone (test/fixtures/oracle/deployments-list.json, PM).
 */
export async function listPage<T>(
  ctx: RequestContext,
  items: Iterable<T>,
  spec: ListSpec<T>,
  render: (item: T) => unknown,
  options: { itemsOnly?: boolean } = {}
): Promise<void> {
  const page = paging(ctx.query)
  const terms = [...parseQ(ctx.query.get('q'))].filter(([key]) => key in spec.q)
  const selected: T[] = []
  for (const item of items) {
    let keep = true
    for (const [key, term] of terms) {
      const actual = spec.q[key]?.(item)
      const values = typeof actual === 'string' || actual === undefined ? [actual] : actual
      if (!values.some(v => matchesTerm(v, term))) {
        keep = false
        break
      }
    }
    if (keep) selected.push(item)
  }
  const orders = Object.keys(spec.orderBy)
  const order = spec.orderBy[ctx.query.get('orderBy') ?? ''] ?? spec.orderBy[orders[0] ?? '']
  if (order) selected.sort(order)
  const query = ctx.query.toString()
  const body = collection(selected, page, ctx.href(query ? `${ctx.path}?${query}` : ctx.path))
  const rendered = (body.items as T[]).map(render)
  if (options.itemsOnly) return ctx.json(200, { items: rendered })
  body.items = rendered
  delete body.offset
  await ctx.json(200, body)
}
