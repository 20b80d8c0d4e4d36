/** Matching and applying injected faults (see {@link FaultRule}). */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import type { FaultRule } from './switches.js'

/** A rule plus how often it has matched. */
interface Tracked {
  rule: FaultRule
  seen: number
  applied: number
}

const tracked = new WeakMap<FaultRule, Tracked>()

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false
  if (!rule.path) return true
  if (rule.path.startsWith('/') && rule.path.endsWith('/') && rule.path.length > 2) {
    return new RegExp(rule.path.slice(1, -1)).test(path)
  }
  return path.includes(rule.path)
}

/** The first rule of `phase` that applies to this request now (consuming one of its `times`). */
export function takeFault(
  rules: readonly FaultRule[],
  phase: 'before' | 'after',
  method: string,
  path: string
): FaultRule | undefined {
  for (const rule of rules) {
    if ((rule.phase ?? 'before') !== phase || rule.kind === 'latency') continue
    if (!matches(rule, method, path)) continue
    const t = tracked.get(rule) ?? { rule, seen: 0, applied: 0 }
    tracked.set(rule, t)
    t.seen++
    if (t.seen <= (rule.skip ?? 0)) continue
    if (rule.times !== undefined && t.applied >= rule.times) continue
    t.applied++
    return rule
  }
  return undefined
}

/** Total extra latency for a request: `latency` rules plus the per-path latency switch. */
export function latencyFor(
  rules: readonly FaultRule[],
  table: Record<string, number>,
  method: string,
  path: string
): number {
  let ms = 0
  for (const [fragment, delay] of Object.entries(table)) if (path.includes(fragment)) ms = Math.max(ms, delay)
  for (const rule of rules)
    if (rule.kind === 'latency' && matches(rule, method, path)) ms += rule.delayMs ?? 0
  return ms
}

/** How many times a rule has been applied (tests). */
export function timesApplied(rule: FaultRule): number {
  return tracked.get(rule)?.applied ?? 0
}

const HTML_PAGE = (status: number): string =>
  `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>`

/** Answers with the fault's status (JSON problem or HTML page) instead of a real response. */
export function writeStatusFault(res: ServerResponse, rule: FaultRule): void {
  const status = rule.status ?? (rule.kind === 'html' ? 502 : 503)
  const headers: Record<string, string> = {}
  if (rule.retryAfter !== undefined) headers['retry-after'] = String(rule.retryAfter)
  if (rule.kind === 'html') {
    const page = HTML_PAGE(status)
    res.writeHead(status, {
      ...headers,
      'content-type': 'text/html',
      'content-length': String(Buffer.byteLength(page))
    })
    res.end(page)
    return
  }
  const body = JSON.stringify({
    type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4',
    title: status === 429 ? 'Too Many Requests' : 'Service Unavailable',
    detail: 'Injected fault.',
    status: `HTTP ${status}`
  })
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body))
  })
  res.end(body)
}

/** Destroys the connection, optionally after sending the head and half of `body` (reset mid-response). */
export function resetConnection(
  req: IncomingMessage,
  res: ServerResponse,
  partial?: { status: number; headers: Record<string, string>; body: Buffer }
): void {
  if (partial && partial.body.length > 1) {
    res.writeHead(partial.status, { ...partial.headers, 'content-length': String(partial.body.length) })
    res.write(partial.body.subarray(0, Math.floor(partial.body.length / 2)), () => req.socket.destroy())
    return
  }
  req.socket.destroy()
}

/** A stream that re-emits `source` in small pieces `delayMs` apart (slow body). */
export function slowly(source: Readable, delayMs: number, pieceBytes = 64): Readable {
  return Readable.from(
    (async function* () {
      for await (const chunk of source) {
        const buf = chunk as Buffer
        for (let i = 0; i < buf.length; i += pieceBytes) {
          await new Promise(resolve => setTimeout(resolve, delayMs))
          yield buf.subarray(i, i + pieceBytes)
        }
      }
    })()
  )
}
