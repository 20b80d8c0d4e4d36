/**
 * The one transport, on undici `request`. Idempotent requests share a keep-alive pool; a request that must not be
 * repeated (`fresh`) gets a connection of its own, so it never goes out on a pooled socket the server has just
 * closed (an error after which nobody can tell whether the server acted). Bodies stream both ways with
 * backpressure, a server's early answer to an upload (a 403 before the body is read) is delivered as a response,
 * and one timeout bounds connecting, waiting for the head and every gap between body chunks.
 */
import { Readable } from 'node:stream'
import { rootCertificates } from 'node:tls'
import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici'
import { proxyConfigured, proxyFor, type ProxyRoute } from './proxy-env.js'
import type { Transport, TransportOptions, TransportRequest, TransportResponse } from './transport.js'

/** Connections per origin in the pool: enough for test-connections' concurrency. */
const MAX_CONNECTIONS = 64
const DEFAULT_CONNECT_TIMEOUT_MS = 30_000

type Env = Readonly<Record<string, string | undefined>>

/** A new dispatcher: `EnvHttpProxyAgent` when `env` names a proxy, else a plain `Agent`. */
function createDispatcher(options: TransportOptions, connections: number): Dispatcher {
  const env: Env = options.env ?? process.env
  // Verification pinned on: NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment must not switch it off.
  const ca = options.caCertificate ? { ca: [...rootCertificates, options.caCertificate] } : {}
  const tls = { rejectUnauthorized: true, ...ca }
  const connect = { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, ...tls }
  if (!proxyConfigured(env)) return new Agent({ connections, connect })
  return new EnvHttpProxyAgent({
    connections,
    connect,
    requestTls: tls,
    proxyTls: tls,
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? ''
  })
}

/** Transport over undici; dispatchers it creates are closed by {@link UndiciTransport.close}. */
export class UndiciTransport implements Transport {
  private readonly pool: Dispatcher
  private readonly owned: boolean
  /** Dispatchers of fresh connections still open. */
  private readonly oneOffs = new Set<Dispatcher>()

  constructor(private readonly options: TransportOptions = {}) {
    this.owned = !options.dispatcher
    this.pool = options.dispatcher ?? createDispatcher(options, MAX_CONNECTIONS)
  }

  async request(req: TransportRequest): Promise<TransportResponse> {
    // An injected dispatcher (MockAgent) is used as it is: it has no sockets to reuse.
    const dispatcher = req.fresh && this.owned ? this.oneOff() : this.pool
    const finish = (): void => {
      if (req.body instanceof Readable && !req.body.readableEnded) req.body.destroy()
      if (dispatcher !== this.pool) this.release(dispatcher)
    }
    try {
      const res = await request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        dispatcher,
        signal: req.signal,
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs
      })
      // Once the answer has been read, nothing more of an unfinished upload is wanted.
      if (dispatcher !== this.pool || req.body instanceof Readable) res.body.once('close', finish)
      return { statusCode: res.statusCode, headers: res.headers, body: res.body }
    } catch (error) {
      finish()
      throw error
    }
  }

  async close(): Promise<void> {
    const closing = [...this.oneOffs].map(d => d.destroy())
    this.oneOffs.clear()
    if (this.owned) closing.push(this.pool.close())
    await Promise.all(closing)
  }

  proxyFor(url: URL): ProxyRoute | undefined {
    return this.owned ? proxyFor(url, this.options.env ?? process.env) : undefined
  }

  private oneOff(): Dispatcher {
    const dispatcher = createDispatcher(this.options, 1)
    this.oneOffs.add(dispatcher)
    return dispatcher
  }

  private release(dispatcher: Dispatcher): void {
    if (!this.oneOffs.delete(dispatcher)) return
    // Closing (not destroying) lets a response still being read finish; nothing else will use this connection.
    dispatcher.close().catch(() => undefined)
  }
}
