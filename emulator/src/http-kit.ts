/**
 * Request/response helpers of the emulator: JSON bodies, Oracle-style problem documents, the collection envelope,
 * date format and the `q` filter syntax of contract §4.2/§4.3.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** HTTP reason phrases used in problem documents (`status: "HTTP 409 Conflict"`). */
export const REASONS: Record<number, string> = {
  200: 'OK',
  202: 'Accepted',
  204: 'No Content',
  307: 'Temporary Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

const RFC2616_SECTIONS: Record<number, string> = {
  400: '10.4.1',
  401: '10.4.2',
  403: '10.4.4',
  404: '10.4.5',
  405: '10.4.6',
  409: '10.4.10',
  412: '10.4.13',
  413: '10.4.14',
  500: '10.5.1',
  502: '10.5.3',
  503: '10.5.4'
}

/** An error the handlers throw; the server renders it as a problem document. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: {
      errorCode?: string
      errorDetails?: Array<Record<string, string>>
      headers?: Record<string, string>
    } = {}
  ) {
    super(detail)
  }
}

/**
 * Oracle's error body. Default: `{status, title, type}` with the message in `title` and no `detail`, as recorded
 * on OIC 3 (test/fixtures/oracle/error-412-schedule-cancelled.json and error-412-schedule-not-defined.json, source
 * PM: Oracle's CI/CD quick-start Postman collection). With `detail` (switch `problemDetail`, the older reading of
 * contract §4.4 / seed 002): `{type, title: reason phrase, detail: message, status}`. `o:errorCode` and
 * `o:errorDetails` are added when the error has them.
 */
export function problemBody(error: ApiError, options: { detail?: boolean } = {}): Record<string, unknown> {
  const reason = REASONS[error.status] ?? 'Error'
  const body: Record<string, unknown> = {
    type: `https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec${RFC2616_SECTIONS[error.status] ?? '10.5.1'}`,
    title: options.detail ? reason : error.detail,
    status: `HTTP ${error.status} ${reason}`
  }
  if (options.detail) body.detail = error.detail
  if (error.extra.errorCode) body['o:errorCode'] = error.extra.errorCode
  if (error.extra.errorDetails) body['o:errorDetails'] = error.extra.errorDetails
  return body
}

/** Writes a JSON response with Oracle's content type. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers
  })
  res.end(text)
}

/** Writes an empty response (204, 202 without body). */
export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers)
  res.end()
}

/** Largest JSON request body accepted. */
export const MAX_JSON_BODY = 4 * 1024 * 1024

/** Reads a JSON request body (`{}` when empty); malformed JSON is a 400. */
export async function readJson<T = Record<string, unknown>>(req: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_JSON_BODY) throw new ApiError(413, 'The request body is too large.')
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (!text) return {} as T
  try {
    return JSON.parse(text) as T
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.')
  }
}

/** Reads an `application/x-www-form-urlencoded` body. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/** Oracle's date format `yyyy-MM-dd'T'HH:mm:ss.SSS+0000`. */
export function oracleDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000')
}

/** Default and maximum page size (contract §4.1: undocumented; 100 and 1000 assumed). */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

/** Reads `offset`/`limit` (400 on garbage, limit capped at {@link MAX_LIMIT}). */
export function paging(
  query: URLSearchParams,
  defaultLimit = DEFAULT_LIMIT
): { offset: number; limit: number } {
  const num = (name: string, fallback: number): number => {
    const raw = query.get(name)
    if (raw === null || raw === '') return fallback
    if (!/^\d+$/.test(raw)) throw new ApiError(400, `Query parameter ${name} must be a non-negative integer.`)
    return Number(raw)
  }
  return { offset: num('offset', 0), limit: Math.min(Math.max(num('limit', defaultLimit), 1), MAX_LIMIT) }
}

/** The collection envelope `{items, hasMore, totalResults, limit, offset, links}` of one page of `all`. */
export function collection<T>(
  all: readonly T[],
  page: { offset: number; limit: number },
  selfHref: string,
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  const items = all.slice(page.offset, page.offset + page.limit)
  return {
    items,
    hasMore: page.offset + items.length < all.length,
    totalResults: all.length,
    limit: page.limit,
    offset: page.offset,
    links: [{ href: selfHref, rel: 'self' }],
    ...extra
  }
}

/** One `key:value` of a `q` filter: exact (`'x'`), contains (`/x/`) or bare. */
export interface QTerm {
  value: string
  mode: 'exact' | 'contains'
}

/**
 * Parses the brace filter syntax `{name:'X', status:/Y/, limit:'10'}` (contract §4.2, §4.3). Values may be
 * single-quoted (commas inside allowed), slash-delimited ("contains") or bare. Malformed input is a 400.
 */
export function parseQ(raw: string | null): Map<string, QTerm> {
  const terms = new Map<string, QTerm>()
  if (!raw || !raw.trim()) return terms
  const text = raw.trim()
  if (!text.startsWith('{') || !text.endsWith('}')) {
    throw new ApiError(400, `Invalid q parameter '${raw}': expected {key:'value', …}.`)
  }
  const body = text.slice(1, -1)
  let i = 0
  const skipSpace = (): void => {
    while (i < body.length && /\s/.test(body[i] ?? '')) i++
  }
  while (i < body.length) {
    skipSpace()
    if (i >= body.length) break
    const colon = body.indexOf(':', i)
    if (colon < 0) throw new ApiError(400, `Invalid q parameter '${raw}': missing ':' after a key.`)
    const key = body.slice(i, colon).trim()
    if (!/^[A-Za-z][\w-]*$/.test(key))
      throw new ApiError(400, `Invalid q parameter '${raw}': bad key '${key}'.`)
    i = colon + 1
    skipSpace()
    const open = body[i]
    let value: string
    let mode: QTerm['mode'] = 'exact'
    if (open === "'" || open === '/') {
      const close = body.indexOf(open, i + 1)
      if (close < 0) throw new ApiError(400, `Invalid q parameter '${raw}': unterminated value of '${key}'.`)
      value = body.slice(i + 1, close)
      mode = open === '/' ? 'contains' : 'exact'
      i = close + 1
    } else {
      const comma = body.indexOf(',', i)
      const end = comma < 0 ? body.length : comma
      value = body.slice(i, end).trim()
      i = end
    }
    terms.set(key, { value, mode })
    skipSpace()
    if (i < body.length) {
      if (body[i] !== ',')
        throw new ApiError(400, `Invalid q parameter '${raw}': expected ',' after '${key}'.`)
      i++
    }
  }
  return terms
}

/** True when `actual` satisfies a q term (exact is case-sensitive; contains is case-insensitive). */
export function matchesTerm(actual: string | undefined, term: QTerm | undefined): boolean {
  if (!term) return true
  if (actual === undefined) return false
  return term.mode === 'exact'
    ? actual === term.value
    : actual.toLowerCase().includes(term.value.toLowerCase())
}
