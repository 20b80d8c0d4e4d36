/** The undici transport: for proxies (`EnvHttpProxyAgent` honours HTTP(S)_PROXY and NO_PROXY) and injected dispatchers. */
import { rootCertificates } from 'node:tls'
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici'
import type { Transport, TransportOptions, TransportRequest, TransportResponse } from './transport.js'

/** Creates the undici transport; a dispatcher it creates itself is closed by `close()`. */
export function createUndiciTransport(options: TransportOptions, timeoutMs: number): Transport {
  const ca = options.caCertificate ? [...rootCertificates, options.caCertificate] : undefined
  const tls = ca ? { ca } : {}
  const owned = !options.dispatcher
  const dispatcher: Dispatcher =
    options.dispatcher ??
    new EnvHttpProxyAgent({ connect: { timeout: timeoutMs, ...tls }, requestTls: tls, proxyTls: tls })
  return {
    request: async (req: TransportRequest): Promise<TransportResponse> => {
      const res = await request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        dispatcher,
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs
      })
      return { statusCode: res.statusCode, headers: res.headers, body: res.body }
    },
    close: async () => {
      if (owned) await dispatcher.close()
    }
  }
}
