/**
 * How the server applies the latency model to one request: half the round trip before the handler (the request
 * on its way), the server time and the other half before the answer (an export's time per byte while its archive
 * streams: the last chunk is held until it has passed), and a trace entry when the answer has been written.
 */
import { Readable } from 'node:stream'
import type { LatencyModel } from './latency-model.js'

/** What the server knows of a request when it starts timing it. */
export interface TimedRequest {
  method: string
  /** `METHOD /route/:pattern` (the counters' key). */
  route: string
  path: string
  instance?: string
  /** Upload size (content-length), for imports. */
  bytes: number
}

/** The model's waits around one request. */
export interface RequestTiming {
  /** Waits half the round trip (before the handler runs). */
  arrive(): Promise<void>
  /** Waits the server time and the other half of the round trip; an export's stream is paced instead. */
  answer<B extends Buffer | Readable | undefined>(body: B): Promise<B>
  /** Records the request in the trace. */
  end(status: number): void
}

type Sleep = (ms: number) => Promise<void>
const realSleep: Sleep = ms => new Promise(resolve => setTimeout(resolve, Math.max(0, ms)))

/** The timing of a request, or undefined when the model is off. */
export function beginRequest(
  model: LatencyModel | undefined,
  request: TimedRequest,
  now: () => number,
  sleep: Sleep = realSleep
): RequestTiming | undefined {
  // The instance is not part of the key: the same calls to two instances draw the same times (a bench compares
  // two clients on two target instances of one emulator).
  const key = `${request.method} ${request.path}`
  const cost = model?.requestCost(request.method, request.route, key, request.bytes)
  if (!model || !cost) return undefined
  const start = now()
  let serverMs = cost.serverMs
  const pace = (source: Readable): Readable =>
    Readable.from(
      (async function* () {
        await sleep(cost.networkMs / 2 + cost.serverMs)
        const first = Date.now()
        let bytes = 0
        let held: Buffer | undefined
        for await (const chunk of source) {
          if (held) yield held
          held = chunk as Buffer
          bytes += held.length
        }
        const perByte = model.exportMs(bytes)
        serverMs = cost.serverMs + perByte
        await sleep(perByte - (Date.now() - first))
        if (held) yield held
      })(),
      { objectMode: false }
    )
  return {
    arrive: () => sleep(cost.networkMs / 2),
    answer: async body => {
      if (body instanceof Readable && cost.op === 'export') return pace(body) as typeof body
      await sleep(cost.serverMs + cost.networkMs / 2)
      return body
    },
    end: status =>
      model.trace.add({
        op: cost.op,
        key: `${request.method} ${request.path}`,
        route: request.route,
        instance: request.instance,
        start,
        end: now(),
        networkMs: cost.networkMs,
        serverMs,
        status
      })
  }
}
