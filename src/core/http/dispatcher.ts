/** The undici dispatcher every request goes through: timeouts, extra CA certificates, proxy from environment. */
import { rootCertificates } from 'node:tls'
import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici'

/** Options of {@link createDispatcher}. */
export interface DispatcherOptions {
  /** Connect timeout. */
  timeoutMs: number
  /** Extra PEM CA bundle trusted in addition to Node's roots (never replaces verification). */
  caCertificate?: string
  env?: Readonly<Record<string, string | undefined>>
}

/** Creates an Agent, or an EnvHttpProxyAgent when HTTP(S)_PROXY is set. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const ca = options.caCertificate ? [...rootCertificates, options.caCertificate] : undefined
  const tls = ca ? { ca } : {}
  const connect = { timeout: options.timeoutMs, ...tls }
  const env = options.env ?? process.env
  const proxied = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy)
  if (proxied) return new EnvHttpProxyAgent({ connect, requestTls: tls, proxyTls: tls })
  return new Agent({ connect, keepAliveTimeout: 4_000 })
}
