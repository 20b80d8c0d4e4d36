/**
 * The shape of a transport and helpers for its bodies. How requests reach the network: one transport, on undici
 * (./undici-transport.ts). Its pooled dispatcher is an
 * undici `Agent`, or an `EnvHttpProxyAgent` when the environment names a proxy (`HTTPS_PROXY`/`HTTP_PROXY`, with
 * `NO_PROXY`); tests inject a dispatcher such as `MockAgent`.
 */
import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import type { ProxyRoute } from './proxy-env.js'

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
  /** Ends the exchange, head or body, when aborted (the client's overall deadline). */
  signal?: AbortSignal
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
  /** An undici dispatcher to use instead (tests inject MockAgent); the transport never closes it. */
  dispatcher?: Dispatcher
  /** Milliseconds to establish a connection (TCP, TLS, proxy tunnel); default 30 s. */
  connectTimeoutMs?: number
  /** Where the proxy variables are read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>
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
