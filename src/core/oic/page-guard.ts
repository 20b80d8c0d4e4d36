/**
 * The bounds of a collection walk, whatever the server claims: a page that brings no item not seen before ends it
 * (the server ignores `offset` or repeats itself), and so does the page cap. Either ends the step with one line
 * naming what the server did, instead of drawing requests until the job times out.
 */
import { MAX_PAGES, type HttpLimits } from '../http/limits.js'
import { UnexpectedAnswerError } from './shape.js'

/** The page cap of `client` (its `limits.maxPages`; {@link MAX_PAGES} for a stand-in without limits). */
export function maxPagesOf(client: object): number {
  return (client as { limits?: Partial<HttpLimits> }).limits?.maxPages ?? MAX_PAGES
}

/** The identity of an item: its `id` when it has one, else its whole JSON text. */
function identity(item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id
  return typeof id === 'string' || typeof id === 'number' ? `id:${id}` : `json:${JSON.stringify(item)}`
}

/** Tracks the pages of one walk. */
export class PageGuard {
  private readonly seen = new Set<string>()
  private pages = 0

  /**
   * @param label     what is being listed, e.g. `list integrations in SALES`
   * @param maxPages  the page cap
   */
  constructor(
    private readonly label: string,
    private readonly maxPages: number
  ) {}

  /** Items of `items` not seen before in this walk (repeats are dropped). */
  fresh<T>(items: readonly T[]): T[] {
    this.pages++
    const out: T[] = []
    for (const item of items) {
      const key = identity(item)
      if (this.seen.has(key)) continue
      this.seen.add(key)
      out.push(item)
    }
    return out
  }

  /**
   * Checks a page after which the server announces more: throws when it brought nothing new or the cap is reached.
   * @param added  items of the page not seen before
   * @param offset the offset the page was asked at
   */
  check(added: number, offset: number): void {
    if (added === 0) {
      throw new UnexpectedAnswerError(
        `${this.label}: the server answered page ${this.pages} (offset ${offset}) with only items it had already sent and announced more (it ignores 'offset' or repeats itself); stopped after ${this.pages} requests.`
      )
    }
    if (this.pages >= this.maxPages) {
      throw new UnexpectedAnswerError(
        `${this.label}: the server still announced more after ${this.pages} pages (${this.seen.size} distinct items), the most one list reads; stopped at that page cap.`
      )
    }
  }
}
