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
  /** Agents of fresh connections still open, closed with the transport. */
  private readonly oneOffs = new Set<http.Agent>()

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
    // A fresh connection still asks for keep-alive: with `Connection: close` a server that answers early (a 403
    // before reading an upload) closes the socket at once, and the answer is lost to an EPIPE on the client.
    const oneOff = req.fresh
      ? secure
        ? new https.Agent({ keepAlive: true, maxSockets: 1, ...(this.ca ? { ca: this.ca } : {}) })
        : new http.Agent({ keepAlive: true, maxSockets: 1 })
      : undefined
    if (oneOff) this.oneOffs.add(oneOff)
    const done = (): void => {
      if (!oneOff) return
      oneOff.destroy()
      this.oneOffs.delete(oneOff)
    }
    const agent = oneOff ?? (secure ? this.pools.https : this.pools.http)
    const body = req.body
    return new Promise((resolve, reject) => {
      let answered = false
      const outgoing = lib.request(
        req.url,
        { method: req.method, headers: req.headers, agent, timeout: req.timeoutMs },
        res => {
          answered = true
          // Once the answer has been read, nothing more of an unfinished upload is wanted.
          if (oneOff)
            res.once('close', () => {
              if (body instanceof Readable && !body.readableEnded) body.destroy()
              done()
            })
          resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res })
        }
      )
      outgoing.on('timeout', () => {
        const phase = answered ? 'BODY_TIMEOUT' : 'HEADERS_TIMEOUT'
        outgoing.destroy(coded(`no ${answered ? 'data' : 'response'} for ${req.timeoutMs} ms`, phase))
      })
      outgoing.on('error', error => {
        if (answered) return
        done()
        reject(error)
      })
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
    for (const agent of this.oneOffs) agent.destroy()
    this.oneOffs.clear()
  }
}
