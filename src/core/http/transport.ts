/**
 * How requests reach the network. The default transport is Node's own `http`/`https` (cheap to load, lean on
 * memory); undici is loaded only when a proxy is configured (`HTTPS_PROXY`/`HTTP_PROXY`, with `NO_PROXY`) or a test
 * injects a dispatcher such as `MockAgent`.
 */
import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { NodeTransport } from './node-transport.js'
import { proxyFor, type ProxyRoute } from './proxy-env.js'

/** A request body: text, bytes, or a stream created afresh for each attempt. */
export type RequestBody = string | Buffer | Readable

/** One exchange as a transport sees it. */
export interface TransportRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body?: RequestBody
  /** Milliseconds without any progress (connecting, waiting for headers, or between body chunks). */
  timeoutMs: number
  /** Use a new connection: a request that must not be repeated never risks a pooled socket the server closed. */
  fresh?: boolean
}

/** The head of a response and its streamed body. */
export interface TransportResponse {
  statusCode: number
  headers: Record<string, string | string[] | undefined>
  body: Readable
}

/** Sends requests. */
export interface Transport {
  request(req: TransportRequest): Promise<TransportResponse>
  close(): Promise<void>
  /** The proxy a request to `url` goes through, if any (for error messages). */
  proxyFor?(url: URL): ProxyRoute | undefined
}

/** Settings of a transport. */
export interface TransportOptions {
  /** Extra PEM CA bundle trusted in addition to Node's roots (never replaces verification). */
  caCertificate?: string
  /** An undici dispatcher to use instead (tests inject MockAgent). */
  dispatcher?: Dispatcher
  env?: Readonly<Record<string, string | undefined>>
}

/** True when the environment names an HTTP(S) proxy. */
export function proxyConfigured(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy)
}

/** Reads a whole body as UTF-8 text. */
export async function readText(body: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of body)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** Discards a body so its connection can be reused. */
export async function drain(body: Readable): Promise<void> {
  body.resume()
  await new Promise<void>(resolve => {
    body.once('end', resolve)
    body.once('close', resolve)
    body.once('error', () => resolve())
  })
}

/** The transport for these options. */
export function createTransport(options: TransportOptions): Transport {
  if (options.dispatcher || proxyConfigured(options.env ?? process.env))
    return new LazyUndiciTransport(options)
  return new NodeTransport(options.caCertificate)
}

/** undici, imported on first use. */
class LazyUndiciTransport implements Transport {
  private transport?: Promise<Transport>

  constructor(private readonly options: TransportOptions) {}

  async request(req: TransportRequest): Promise<TransportResponse> {
    this.transport ??= import('./undici-transport.js').then(m =>
      m.createUndiciTransport(this.options, req.timeoutMs)
    )
    return (await this.transport).request(req)
  }

  async close(): Promise<void> {
    if (this.transport) await (await this.transport).close()
  }

  proxyFor(url: URL): ProxyRoute | undefined {
    return this.options.dispatcher ? undefined : proxyFor(url, this.options.env ?? process.env)
  }
}
