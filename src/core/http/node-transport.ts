/** The default transport: Node's `http`/`https`, keep-alive pools, idle timeouts with coded errors. */
import http from 'node:http'
import https from 'node:https'
import { Readable } from 'node:stream'
import { rootCertificates } from 'node:tls'
import type { Transport, TransportRequest, TransportResponse } from './transport.js'

/** Sockets per origin: enough for test-connections' concurrency. */
const MAX_SOCKETS = 64

function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code })
}

/** Transport over Node's `http` and `https` modules. */
export class NodeTransport implements Transport {
  private readonly ca?: string[]
  private readonly pools: { http: http.Agent; https: https.Agent }

  constructor(caCertificate?: string) {
    this.ca = caCertificate ? [...rootCertificates, caCertificate] : undefined
    const tls = this.ca ? { ca: this.ca } : {}
    this.pools = {
      http: new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
      https: new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, ...tls })
    }
  }

  request(req: TransportRequest): Promise<TransportResponse> {
    const secure = req.url.protocol === 'https:'
    const lib = secure ? https : http
    const agent = req.fresh ? undefined : secure ? this.pools.https : this.pools.http
    return new Promise((resolve, reject) => {
      let answered = false
      const outgoing = lib.request(
        req.url,
        {
          method: req.method,
          headers: req.headers,
          agent:
            agent ??
            (secure ? new https.Agent({ keepAlive: false, ...(this.ca ? { ca: this.ca } : {}) }) : false),
          timeout: req.timeoutMs
        },
        res => {
          answered = true
          resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res })
        }
      )
      outgoing.on('timeout', () => {
        const phase = answered ? 'BODY_TIMEOUT' : 'HEADERS_TIMEOUT'
        outgoing.destroy(coded(`no ${answered ? 'data' : 'response'} for ${req.timeoutMs} ms`, phase))
      })
      outgoing.on('error', error => {
        if (!answered) reject(error)
      })
      const body = req.body
      if (body === undefined) outgoing.end()
      else if (body instanceof Readable) {
        body.on('error', error => outgoing.destroy(error))
        body.pipe(outgoing)
      } else outgoing.end(body)
    })
  }

  async close(): Promise<void> {
    this.pools.http.destroy()
    this.pools.https.destroy()
  }
}
