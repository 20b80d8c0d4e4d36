/**
 * The one HTTP client: undici `request` with a base URL, `integrationInstance` on every OIC call, bearer auth,
 * per-request timeouts, the retry policy of ./retry.ts, redirects that never carry the token to another host, and
 * typed `OicHttpError`s with redacted URLs.
 */
import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { OicActionError } from '../errors.js'
import { USER_AGENT } from '../constants.js'
import type { MultipartBody } from './multipart.js'
import { Deadline } from './deadline.js'
import { redirectTarget } from './redirects.js'
import { resolveLimits, type HttpLimits } from './limits.js'
import { drain, type RequestBody, type Transport, type TransportResponse } from './transport.js'
import { UndiciTransport } from './undici-transport.js'
import { flatHeaders, parseJsonAnswer, readBounded, readJsonText, responseError } from './response.js'
import { unansweredError } from './unanswered.js'
import { backoffDelay, classify, mayRepeat, parseRetryAfter, type RetryPolicy } from './retry.js'

export { tokenSecondsLeft } from './response.js'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD'

/** One request. Bodies are given as data or factories so that a retry can send them again. */
export interface HttpRequest {
  method: HttpMethod
  /** Path from the base URL's origin, e.g. `/ic/api/integration/v1/projects`. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  headers?: Record<string, string>
  /** JSON request body. */
  json?: unknown
  /**
   * `application/x-www-form-urlencoded` body, or a factory called afresh for each attempt (a signed assertion must
   * not be replayed: identity domains may refuse a `jti` they have seen).
   */
  form?: Record<string, string> | (() => Promise<Record<string, string>>)
  /** A multipart body (uploads), streamed afresh for each attempt. */
  multipart?: MultipartBody
  /**
   * Marks a non-idempotent method as safe to repeat (false forbids retrying even GET). A 429 is repeated regardless:
   * a throttled request was not processed.
   */
  safeToRetry?: boolean
  /** Short description used in retry logs and errors, e.g. `export project SALES`. */
  label: string
}

/** A successful response. */
export interface HttpResponse<T> {
  status: number
  headers: Record<string, string | undefined>
  body: T
}

/** Collaborators and settings of an {@link HttpClient}. */
export interface HttpClientOptions {
  baseUrl: URL
  /** `integrationInstance` query value; empty means OIC 2 (no parameter). */
  instance?: string
  /** Bearer token sent to the base URL's host only. */
  token?: string
  timeoutMs: number
  retry: RetryPolicy
  caCertificate?: string
  /** An undici dispatcher to send through instead of the transport's own pool (MockAgent in tests). */
  dispatcher?: Dispatcher
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
  /** Where retry lines go (the host's info log). */
  log?: (message: string) => void
  userAgent?: string
  /** The input that configured {@link HttpClientOptions.baseUrl}, named when a redirect is refused (`oic-url`). */
  urlInput?: string
  /**
   * `any-host` follows redirects to other hosts too (signed storage URLs of GitHub release assets); the token is
   * still sent to the base URL's host only. Default `same-host`: a redirect elsewhere fails.
   */
  redirects?: 'same-host' | 'any-host'
  /** Bounds of size, time and pages (./limits.ts); defaults are generous, tests make them small. */
  limits?: Partial<HttpLimits>
}

const realSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** HTTP client bound to one base URL (an OIC host or an identity domain). */
export class HttpClient {
  private readonly transport: Transport
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number
  private readonly now: () => number
  /** The bounds this client keeps (collection walks read `maxPages`). */
  readonly limits: HttpLimits

  constructor(private readonly options: HttpClientOptions) {
    this.limits = resolveLimits(options.timeoutMs, options.limits)
    this.transport = new UndiciTransport({
      caCertificate: options.caCertificate,
      dispatcher: options.dispatcher,
      connectTimeoutMs: options.timeoutMs
    })
    this.sleep = options.sleep ?? realSleep
    this.random = options.random ?? Math.random
    this.now = options.now ?? Date.now
  }

  /** Sends a request and parses a JSON response (undefined for an empty body). */
  async json<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    return this.send(req, async res => {
      const text = await readJsonText(res.body, res.headers, this.limits.maxJsonBytes)
      const headers = flatHeaders(res.headers)
      return { status: res.statusCode, headers, body: parseJsonAnswer<T>(text, headers['content-type']) }
    })
  }

  /**
   * Sends a request and hands the streamed body to `consume`. When the request may be repeated, a failure
   * inside `consume` (connection reset mid-body) retries the whole exchange, so `consume` must start afresh.
   */
  async stream<R>(
    req: HttpRequest,
    consume: (body: Readable, headers: Record<string, string | undefined>) => Promise<R>
  ): Promise<R> {
    return this.send(req, res => consume(res.body, flatHeaders(res.headers)), true)
  }

  /** Closes the connections this client opened, so Node can exit. */
  async close(): Promise<void> {
    await this.transport.close()
  }

  /** The full URL of a request, with `integrationInstance` added. */
  urlFor(req: Pick<HttpRequest, 'path' | 'query'>): URL {
    const url = new URL(req.path, this.options.baseUrl)
    if (this.options.instance) url.searchParams.set('integrationInstance', this.options.instance)
    for (const [k, v] of Object.entries(req.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v))
    return url
  }

  private headersFor(req: HttpRequest, url: URL): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.options.userAgent ?? USER_AGENT,
      ...req.headers
    }
    if (this.options.token && url.host === this.options.baseUrl.host) {
      headers.authorization = `Bearer ${this.options.token}`
    }
    if (req.json !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
    if (req.form) headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8'
    if (req.multipart) {
      headers['content-type'] = req.multipart.contentType
      headers['content-length'] = String(req.multipart.length)
    }
    return headers
  }

  private async bodyFor(req: HttpRequest): Promise<RequestBody | undefined> {
    if (req.json !== undefined) return JSON.stringify(req.json)
    if (req.form)
      return new URLSearchParams(typeof req.form === 'function' ? await req.form() : req.form).toString()
    return req.multipart?.stream()
  }

  private async send<R>(
    req: HttpRequest,
    handle: (res: TransportResponse) => Promise<R>,
    transfer = false
  ): Promise<R> {
    const { retry } = this.options
    const repeatable = mayRepeat(req.method, req.safeToRetry)
    const bound = transfer || req.multipart ? this.limits.transferDeadlineMs : this.limits.deadlineMs
    for (let attempt = 0; ; attempt++) {
      let url = this.urlFor(req)
      const deadline = new Deadline(bound)
      try {
        let res = await this.exchange(req, url, deadline.signal)
        for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && res.headers.location; hops++) {
          url = redirectTarget(this.options, { method: req.method, from: url, res, hops })
          await drain(res.body)
          res = await this.exchange(req, url, deadline.signal)
        }
        deadline.status = res.statusCode
        if (res.statusCode >= 200 && res.statusCode < 300) {
          return await handle(res)
        }
        const text = await readBounded(res.body)
        if (deadline.expired) throw deadline.signal.reason
        deadline.clear()
        const failed = {
          method: req.method,
          url,
          status: res.statusCode,
          headers: flatHeaders(res.headers),
          text
        }
        const failure = responseError(failed, { ...this.options, now: this.now() })
        const kind = classify(retry, { status: res.statusCode })
        const retryAfter = parseRetryAfter(res.headers['retry-after'] as string | undefined, this.now())
        // A throttled request was refused before it was processed (RFC 6585 §4): safe to repeat whatever the method.
        const mayRetry = repeatable || kind === 'throttling'
        if (kind === 'fatal' || !mayRetry || attempt >= retry.retries) throw failure
        if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs) throw failure
        await this.pause(req, attempt, failure.message, retryAfter)
      } catch (error) {
        // An HTTP error, or the consumer refusing an answer it did read (not a zip, too large): not a lost answer.
        if (error instanceof OicActionError) throw error
        deadline.clear()
        const failure = unansweredError(
          { method: req.method, url, error, deadline },
          this.transport.proxyFor?.(url)
        )
        if (classify(retry, { code: failure.code }) === 'fatal' || !repeatable || attempt >= retry.retries)
          throw failure
        await this.pause(req, attempt, failure.message)
      } finally {
        deadline.clear()
      }
    }
  }

  private async exchange(req: HttpRequest, url: URL, signal: AbortSignal): Promise<TransportResponse> {
    return this.transport.request({
      method: req.method,
      url,
      headers: this.headersFor(req, url),
      body: await this.bodyFor(req),
      timeoutMs: this.options.timeoutMs,
      signal,
      fresh: !mayRepeat(req.method, req.safeToRetry)
    })
  }

  private async pause(req: HttpRequest, attempt: number, reason: string, retryAfter?: number): Promise<void> {
    const delay = backoffDelay(this.options.retry, attempt, this.random, retryAfter)
    this.options.log?.(
      `Retry ${req.label}: attempt ${attempt + 1} of ${this.options.retry.retries + 1} failed: ${reason}; retrying in ${delay} ms`
    )
    await this.sleep(delay)
  }
}
