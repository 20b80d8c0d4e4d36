/**
 * The latency model (switch `latencyModel`): what a design-time call costs against a real OIC, as times the
 * emulator waits — a network round trip per request, a server time per operation, and the background time of
 * activations and recovery jobs — all multiplied by `scale`, so a bench can run the model at 0.1× real time with
 * the same ratios. Every time is drawn from a hash of the seed, the operation and the request's key (method and
 * path, how many times that key was seen), so a run repeats whatever order concurrent requests arrive in.
 * Sources of each figure: emulator/README.md, "Latency model". Where no source gives a figure, it is a model.
 */
import { LatencyTrace, type TraceEntry } from './latency-trace.js'

export type { TraceEntry } from './latency-trace.js'

/** A `[min, max]` range in ms (real time, before `scale`). */
export type Range = readonly [number, number]

/** The model's settings; every field has a default (switch `latencyModel`, merged over {@link LATENCY_DEFAULTS}). */
export interface LatencyModelSettings {
  /** Off by default: the emulator answers at loopback speed. */
  enabled: boolean
  /** Seed of every draw: the same seed and requests give the same times. */
  seed: string
  /** Multiplies every time (1 = real time; 0.1 = ten times faster, same ratios). */
  scale: number
  /** Network round trip per request (issue 21: "a few hundred milliseconds" from a hosted runner; 150 ms). */
  roundTripMs: number
  /** Relative jitter of a round trip: uniform in `roundTripMs × [1 − jitter, 1 + jitter]`. */
  jitter: number
  /** Server time of a token request. */
  tokenMs: Range
  /** Server time of other reads (lists, gets, activation status). */
  readMs: Range
  /** Server time of other writes (create deployment, connection update, activation request). */
  writeMs: Range
  /** Time from an activation request to ACTIVATED / FAILEDACTIVATION (issue 21: 2–15 s). */
  activationMs: Range
  /** Server time of a connection test (issue 21: 0.5–3 s). */
  connectionTestMs: Range
  /** Server time of an export or import: this much plus {@link archiveMsPerMiB} per MiB of archive. */
  archiveBaseMs: number
  archiveMsPerMiB: number
  /** Server time of a bulk resubmit request. */
  bulkResubmitMs: Range
  /** Time a recovery job runs: this range plus {@link recoveryMsPerInstance} per instance it recovers. */
  recoveryJobMs: Range
  recoveryMsPerInstance: number
}

/** The model's figures when the switch names only some (sources: emulator/README.md, "Latency model"). */
export const LATENCY_DEFAULTS: LatencyModelSettings = {
  enabled: false,
  seed: 'oic-latency',
  scale: 1,
  roundTripMs: 150,
  jitter: 0.2,
  tokenMs: [50, 150],
  readMs: [20, 80],
  writeMs: [50, 200],
  activationMs: [2000, 15000],
  connectionTestMs: [500, 3000],
  archiveBaseMs: 1000,
  archiveMsPerMiB: 100,
  bulkResubmitMs: [200, 800],
  recoveryJobMs: [2000, 5000],
  recoveryMsPerInstance: 20
}

/** What a request costs under the model: an operation class, its round trip and server time (both scaled). */
export interface RequestCost {
  op: Operation
  networkMs: number
  /** Server time; for an export, the time per byte is added as the archive streams ({@link LatencyModel.exportMs}). */
  serverMs: number
}

/** Operation classes of the model. */
export type Operation =
  'token' | 'read' | 'write' | 'activation-status' | 'import' | 'export' | 'connection-test' | 'bulk-resubmit'

const MIB = 1024 * 1024

/** The class of a request from its method and route key (`POST /ic/api/…/projects/:p/archive`). */
export function operationOf(method: string, route: string): Operation {
  if (route.endsWith('/oauth2/v1/token')) return 'token'
  if (route.endsWith('/activationStatus')) return 'activation-status'
  if (/\/(projects|integrations)\/archive$/.test(route) && method !== 'GET') return 'import'
  if (route.endsWith('/archive')) return 'export'
  if (method === 'POST' && route.endsWith('/test')) return 'connection-test'
  if (method === 'POST' && route.endsWith('/errors/resubmit')) return 'bulk-resubmit'
  return method === 'GET' ? 'read' : 'write'
}

/** A number in [0, 1) from a string (cyrb53: fast, well spread, no state). */
export function unitHash(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) / 2 ** 53
}

const within = (range: Range, u: number): number => range[0] + (range[1] - range[0]) * u

/** The settings of a `latencyModel` switch value over the defaults. */
export function modelSettings(partial: Partial<LatencyModelSettings> | undefined): LatencyModelSettings {
  return { ...LATENCY_DEFAULTS, ...partial }
}

/**
 * The model of one emulator: draws times from its live switch, keeps the trace. Disabled (every method returns
 * undefined) while the switch's `enabled` is not true.
 */
export class LatencyModel {
  readonly trace = new LatencyTrace()
  private readonly seen = new Map<string, number>()

  constructor(private readonly settings: () => Partial<LatencyModelSettings> | undefined) {}

  /** The settings in force, or undefined when the model is off. */
  active(): LatencyModelSettings | undefined {
    const s = this.settings()
    return s?.enabled ? modelSettings(s) : undefined
  }

  /** A repeatable draw in [0, 1) for the `n`-th occurrence of `key` (n counted per key; `peek` does not count). */
  private draw(s: LatencyModelSettings, key: string, peek = false): number {
    const n = (this.seen.get(key) ?? 0) + 1
    if (!peek) this.seen.set(key, n)
    return unitHash(`${s.seed}\u0000${key}\u0000${n}`)
  }

  /** Round trip and server time of a request; `bytes` is its upload's size (imports). */
  requestCost(method: string, route: string, key: string, bytes: number): RequestCost | undefined {
    const s = this.active()
    if (!s) return undefined
    const op = operationOf(method, route)
    const u = this.draw(s, `rtt ${key}`)
    const networkMs = s.roundTripMs * (1 + s.jitter * (2 * u - 1)) * s.scale
    const v = this.draw(s, `${op} ${key}`)
    const server: Record<Operation, number> = {
      token: within(s.tokenMs, v),
      read: within(s.readMs, v),
      'activation-status': within(s.readMs, v),
      write: within(s.writeMs, v),
      import: s.archiveBaseMs + (s.archiveMsPerMiB * bytes) / MIB,
      export: s.archiveBaseMs,
      'connection-test': within(s.connectionTestMs, v),
      'bulk-resubmit': within(s.bulkResubmitMs, v)
    }
    return { op, networkMs, serverMs: server[op] * s.scale }
  }

  /** Server time an export's `bytes` add (scaled). */
  exportMs(bytes: number): number {
    const s = this.active()
    return s ? ((s.archiveMsPerMiB * bytes) / MIB) * s.scale : 0
  }

  /**
   * Time the next activation of `id` takes (scaled), or undefined when the model is off. Counted only by
   * {@link recordJob}, so a refused request (412, 429) does not change the times of later ones. No instance in the
   * key: activating the same integrations on two instances draws the same times (a bench compares two clients).
   */
  activationMs(id: string): number | undefined {
    const s = this.active()
    return s ? within(s.activationMs, this.draw(s, `activation ${id}`, true)) * s.scale : undefined
  }

  /** Time the next recovery job of `count` instances runs (scaled), or undefined when the model is off. */
  recoveryJobMs(count: number): number | undefined {
    const s = this.active()
    if (!s) return undefined
    const u = this.draw(s, 'recovery')
    return (within(s.recoveryJobMs, u) + s.recoveryMsPerInstance * count) * s.scale
  }

  /** Records work the server does after answering (an activation, a recovery job) in the trace. */
  recordJob(
    op: 'activation' | 'recovery-job',
    key: string,
    instance: string,
    start: number,
    ms: number
  ): void {
    const counted = `activation ${key}`
    if (op === 'activation') this.seen.set(counted, (this.seen.get(counted) ?? 0) + 1)
    this.trace.add({ op, key, instance, start, end: start + ms, networkMs: 0, serverMs: ms })
  }

  /** The trace so far (a copy), oldest first. */
  entries(): TraceEntry[] {
    return this.trace.entries()
  }

  /** Forgets the trace and the per-key counts, so the same requests draw the same times again. */
  reset(): void {
    this.trace.clear()
    this.seen.clear()
  }
}
