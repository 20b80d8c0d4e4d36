/**
 * A fake OIC for the activation scheduler on an injected clock: each integration takes its own time from the
 * activation request to ACTIVATED, requests yield to the event loop (so concurrency is observable), and the fake
 * counts requests in flight, status reads per integration and the order of writes.
 */
import { OicHttpError } from '../../../../src/core/errors.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'

/** One integration of the fake. */
interface Fake {
  code: string
  version: string
  durationMs: number
  status: string
  startedAt?: number
}

/** Options of {@link fakeOic}. */
export interface FakeOptions {
  /** Activations in flight beyond which an activation request is refused with 429 (after the client's retries). */
  limit?: number
  /** Activation requests whose answer is lost (status 0) after they took effect, by `CODE|VERSION`. */
  loseAnswer?: ReadonlySet<string>
  /** Initial status by code (default CONFIGURED). */
  status?: Record<string, string>
  /** Integrations (`CODE|VERSION`) whose requests take ten turns of the event loop instead of one. */
  slow?: ReadonlySet<string>
}

const tick = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

/** The fake and its clock; `deps` are the collaborators to pass (sleeping advances the clock, never waits). */
export function fakeOic(durations: Record<string, number>, options: FakeOptions = {}) {
  let t = 0
  const all = new Map<string, Fake>()
  for (const [code, durationMs] of Object.entries(durations))
    all.set(`${code}|01.00.0000`, {
      code,
      version: '01.00.0000',
      durationMs,
      status: options.status?.[code] ?? 'CONFIGURED'
    })
  const stats = {
    inFlight: 0,
    maxInFlight: 0,
    maxStatusReadsInFlight: 0,
    statusReadsInFlight: 0,
    maxPending: 0,
    throttled: 0,
    writes: [] as string[],
    reads: new Map<string, number>(),
    lists: 0,
    sleeps: [] as number[],
    /** When a read (status or list) first showed each integration final, by `CODE|VERSION`. */
    seenFinal: new Map<string, number>(),
    /** When each accepted activation request was made, in order. */
    startedAt: [] as number[]
  }
  const seen = (id: string, status: string): string => {
    if (status === 'ACTIVATED' && !stats.seenFinal.has(id)) stats.seenFinal.set(id, t)
    return status
  }
  const settle = (f: Fake): void => {
    if (f.status === 'ACTIVATION_INPROGRESS' && t - (f.startedAt ?? 0) >= f.durationMs) f.status = 'ACTIVATED'
  }
  const pending = (): number =>
    [...all.values()].filter(f => (settle(f), f.status === 'ACTIVATION_INPROGRESS')).length
  const fail = (req: HttpRequest, status: number): never => {
    throw new OicHttpError({ status, method: req.method, url: req.path, title: `HTTP ${status}` })
  }
  const handle = (req: HttpRequest): unknown => {
    const id = decodeURIComponent(req.path.split('/integrations/')[1]?.split('/')[0] ?? '')
    const f = all.get(id)
    if (req.method === 'GET' && req.path.endsWith('/integrations')) {
      stats.lists++
      return {
        items: [...all.values()].map(
          i => (
            settle(i),
            { code: i.code, version: i.version, status: seen(`${i.code}|${i.version}`, i.status) }
          )
        )
      }
    }
    if (!f) return fail(req, 404)
    settle(f)
    if (req.method === 'GET') {
      stats.reads.set(id, (stats.reads.get(id) ?? 0) + 1)
      return { activationStatus: seen(id, f.status) }
    }
    const wanted = (req.json as { status: string }).status
    stats.writes.push(`${wanted} ${id}`)
    if (wanted === 'CONFIGURED') {
      if (f.status !== 'ACTIVATED') fail(req, 412)
      f.status = 'CONFIGURED'
      return { status: 'CONFIGURED' }
    }
    if (f.status === 'ACTIVATED' || f.status === 'ACTIVATION_INPROGRESS') fail(req, 412)
    if (options.limit !== undefined && pending() >= options.limit) {
      stats.throttled++
      fail(req, 429)
    }
    f.status = 'ACTIVATION_INPROGRESS'
    f.startedAt = t
    stats.startedAt.push(t)
    stats.maxPending = Math.max(stats.maxPending, pending())
    if (options.loseAnswer?.has(id)) fail(req, 0)
    return { status: 'ACTIVATION_INPROGRESS' }
  }
  const client = {
    json: async (req: HttpRequest) => {
      const statusRead = req.path.endsWith('/activationStatus')
      stats.inFlight++
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
      if (statusRead) {
        stats.statusReadsInFlight++
        stats.maxStatusReadsInFlight = Math.max(stats.maxStatusReadsInFlight, stats.statusReadsInFlight)
      }
      try {
        const id = decodeURIComponent(req.path.split('/integrations/')[1]?.split('/')[0] ?? '')
        for (let i = options.slow?.has(id) ? 10 : 1; i > 0; i--) await tick()
        return { status: 200, headers: {}, body: handle(req) }
      } finally {
        stats.inFlight--
        if (statusRead) stats.statusReadsInFlight--
      }
    }
  } as unknown as HttpClient
  const lines: string[] = []
  const deps = {
    sleep: async (ms: number) => void (stats.sleeps.push(ms), (t += ms)),
    now: () => t,
    log: (line: string) => void lines.push(line)
  }
  return { client, deps, stats, lines, all, now: () => t }
}

/** `{CODE_01: ms, …}` for `n` integrations taking `from` to `to` ms, spread evenly. */
export function spread(n: number, from: number, to: number): Record<string, number> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `INT_${String(i + 1).padStart(2, '0')}`,
      Math.round(from + ((to - from) * i) / Math.max(1, n - 1))
    ])
  )
}

/** The refs of a duration map. */
export const refsOf = (durations: Record<string, number>): Array<{ code: string; version: string }> =>
  Object.keys(durations).map(code => ({ code, version: '01.00.0000' }))
