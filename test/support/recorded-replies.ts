/**
 * Replies for the mocked network of unit tests (./http-mock.ts) built from the answers recorded on real tenants in
 * test/fixtures/oracle (see its README for each source), plus small helpers to declare intercepts by path and to
 * read back what the action sent.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Interceptable, MockAgent } from 'undici'
import type { UnitRun } from './http-mock.js'

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'oracle')

/** The recorded body of `test/fixtures/oracle/<name>.json`, as a fresh copy. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- recorded bodies are read field by field
export function recorded(name: string): any {
  return structuredClone(
    (JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as { body: unknown }).body
  )
}

/** The recorded headers of a fixture (content-type as Oracle sent it). */
export function recordedHeaders(name: string): Record<string, string> {
  return (
    (JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as { headers?: Record<string, string> })
      .headers ?? { 'content-type': 'application/json' }
  )
}

/** The OIC REST base path. */
export const API = '/ic/api/integration/v1'

/** A path matcher for `intercept`: the path without its query string equals `path`. */
export const at =
  (path: string) =>
  (requested: string): boolean =>
    requested.split('?')[0] === path

/** Headers of an Oracle JSON answer. */
export const JSON_HEADERS = { headers: { 'content-type': 'application/json;charset=utf-8' } }

/** Declares one answer of `origin` to `method path` (query ignored); `times` repeats it. */
export function answer(
  origin: Interceptable,
  method: string,
  path: string,
  status: number,
  body?: unknown,
  options: { times?: number; headers?: Record<string, string> } = {}
): void {
  const scope = origin
    .intercept({ path: at(path), method })
    .reply(status, body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body), {
      headers: options.headers ?? JSON_HEADERS.headers
    })
  if (options.times) scope.times(options.times)
}

/** An Oracle error body as OIC sends it (error-412-*.json: `status` as a string, `title`, `type`, no `detail`). */
export function oracleError(status: number, reason: string, title: string): Record<string, string> {
  return {
    status: `HTTP ${status} ${reason}`,
    title,
    type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html'
  }
}

/** One request the action sent. */
export interface SentRequest {
  method: string
  origin: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: string | undefined
}

/** Every request the mocked network saw, in order. */
export function sent(net: UnitRun | { agent: MockAgent }): SentRequest[] {
  return (net.agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    origin: c.origin,
    path: c.path,
    query: c.searchParams,
    headers: Object.fromEntries(
      Object.entries(c.headers ?? {}).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v])
    ),
    body: c.body === undefined || c.body === null ? undefined : String(c.body)
  }))
}

/** The rows of the first Markdown table in `markdown`, header and separator excluded, as raw lines. */
export function tableRows(markdown: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(l => l.startsWith('| '))
  if (start < 0) return []
  const rows: string[] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(line)
  }
  return rows
}

/** Cells of a Markdown table row, splitting on `|` not escaped by a backslash. */
export function cells(row: string): string[] {
  return row
    .replace(/^\|\s?/, '')
    .replace(/\s?\|$/, '')
    .split(/(?<!\\)\|/)
    .map(c => c.trim())
}
