/** Counters of calls per route, so tests can prove that no mutating call took effect twice. */

/** Per-route counts, keyed `METHOD /path/pattern` (e.g. `POST /ic/api/integration/v1/projects/archive`). */
export class Counters {
  /** Every request that reached a route. */
  readonly requests = new Map<string, number>()
  /** Requests with a non-GET method that ended in a 2xx (their effect happened). */
  readonly mutations = new Map<string, number>()

  /** Records one request and whether it was a successful mutation. */
  record(key: string, method: string, status: number): void {
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1)
    if (method !== 'GET' && method !== 'HEAD' && status >= 200 && status < 300) {
      this.mutations.set(key, (this.mutations.get(key) ?? 0) + 1)
    }
  }

  /** Successful mutations of one route (0 when none). */
  mutationCount(key: string): number {
    return this.mutations.get(key) ?? 0
  }

  /** Sum of all successful mutations. */
  totalMutations(): number {
    let n = 0
    for (const v of this.mutations.values()) n += v
    return n
  }

  /** Sum of all requests to routes whose key contains `fragment`. */
  requestCount(fragment = ''): number {
    let n = 0
    for (const [k, v] of this.requests) if (k.includes(fragment)) n += v
    return n
  }

  /** A plain-object copy, for snapshots and JSON. */
  snapshot(): { requests: Record<string, number>; mutations: Record<string, number> } {
    return { requests: Object.fromEntries(this.requests), mutations: Object.fromEntries(this.mutations) }
  }

  /** Forgets every count. */
  reset(): void {
    this.requests.clear()
    this.mutations.clear()
  }
}
