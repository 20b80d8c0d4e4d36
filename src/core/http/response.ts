/** Reading what came back: headers, bounded error bodies, and the typed error of a failed exchange. */
import type { Readable } from 'node:stream'
import { OicHttpError } from '../errors.js'
import { formatBytes } from './limits.js'
import { hintForStatus, MAX_ERROR_BODY_BYTES, parseProblem } from './problem.js'
import { redactText, redactUrl } from '../secrets/redact.js'

/** Error code of an answer larger than the bound of its kind (not retried: the server would send it again). */
export const TOO_LARGE_CODE = 'RESPONSE_TOO_LARGE'

function tooLarge(maxBytes: number, what: string): Error {
  return Object.assign(
    new Error(
      `the server ${what} where a JSON answer was expected: the largest JSON answer read is ${formatBytes(maxBytes)}`
    ),
    { code: TOO_LARGE_CODE }
  )
}

/**
 * Reads a JSON answer's text, refusing it as soon as it exceeds `maxBytes` (a `Content-Length` above it is refused
 * before reading): the body is never held whole beyond the bound, and its chunks are released before decoding.
 */
export async function readJsonText(
  body: Readable,
  headers: Record<string, string | string[] | undefined>,
  maxBytes: number
): Promise<string> {
  const declared = Number(headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.destroy()
    throw tooLarge(maxBytes, `announced ${formatBytes(declared)}`)
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buf.length
    // Leaving the loop destroys the body: nothing more of it is read.
    if (size > maxBytes) throw tooLarge(maxBytes, `sent more than ${formatBytes(maxBytes)}`)
    chunks.push(buf)
  }
  const whole = Buffer.concat(chunks, size)
  chunks.length = 0
  return whole.toString('utf8')
}

/** Parses a JSON answer (undefined when empty); an invalid one fails saying what it was, never what it held. */
export function parseJsonAnswer<T>(text: string, contentType: string | undefined): T {
  if (!text.trim()) return undefined as T
  try {
    return JSON.parse(text) as T
  } catch (cause) {
    // A success body may carry secrets (a token response cut short): say what it was, never what it held.
    const html = /^\s*</.test(text) ? parseProblem(text, contentType).detail : undefined
    throw Object.assign(
      new Error(
        `the response was not valid JSON (${html ?? `${Buffer.byteLength(text)} bytes, cut short or not JSON`})`
      ),
      { code: 'INVALID_RESPONSE_BODY', cause }
    )
  }
}

/** The Node/undici error code of a failure (also when wrapped as `cause`). */
export function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } }
  const code = e?.code ?? e?.cause?.code
  return typeof code === 'string' ? code : undefined
}

/** Lower-cased header names, repeated values joined. */
export function flatHeaders(
  headers: Record<string, string | string[] | undefined>
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
  return out
}

/** Reads at most {@link MAX_ERROR_BODY_BYTES} of an error body, then drops the rest. */
export async function readBounded(body: Readable): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer
      chunks.push(buf)
      size += buf.length
      if (size >= MAX_ERROR_BODY_BYTES) break
    }
  } catch {
    // a broken error body still leaves the status to report
  } finally {
    body.destroy()
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, MAX_ERROR_BODY_BYTES)
}

/** Seconds until a JWT bearer token expires (negative when expired), or undefined when it is not a JWT. */
export function tokenSecondsLeft(token: string, now: number): number | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp
    return typeof exp === 'number' ? Math.floor(exp - now / 1000) : undefined
  } catch {
    return undefined
  }
}

/** What the error of one exchange is built from. */
export interface FailedExchange {
  method: string
  url: URL
  status: number
  headers: Record<string, string | undefined>
  text: string
}

/** The typed error of a non-success answer, with the API's problem details and a hint for the user. */
export function responseError(
  failed: FailedExchange,
  context: { token?: string; instance?: string; now: number }
): OicHttpError {
  const { status, headers } = failed
  // Redacted before parsing (a secret split by the parser's cut) and after (a form only decoding reveals).
  const parsed = parseProblem(redactText(failed.text), headers['content-type'])
  const problem = {
    title: parsed.title && redactText(parsed.title),
    detail: parsed.detail && redactText(parsed.detail),
    errorCode: parsed.errorCode,
    errorDetails: parsed.errorDetails?.map(redactText)
  }
  let hint = hintForStatus(status)
  const left = context.token ? tokenSecondsLeft(context.token, context.now) : undefined
  if (status === 401 && left !== undefined && left <= 0) {
    hint = `The access token expired ${-left} s ago: run authenticate again right before this step`
  }
  const about = `${problem.title ?? ''} ${problem.detail ?? ''}`
  if ((status === 400 || status === 404) && context.instance && /integrationInstance/i.test(about)) {
    hint = `Check the instance input ('${context.instance}'): the service instance name from the OIC instance's About page`
  }
  return new OicHttpError({
    status,
    method: failed.method,
    url: redactUrl(failed.url),
    ...problem,
    requestId: headers['opc-request-id'],
    hint
  })
}
