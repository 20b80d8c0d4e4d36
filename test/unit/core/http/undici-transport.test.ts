/**
 * The undici transport's fresh connections (used for requests that must not be repeated, such as an import):
 * an early answer to an upload reaches the caller, and the connection does not outlive the exchange.
 */
import { spawn } from 'node:child_process'
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { Readable } from 'node:stream'
import { createTlsMaterial } from '../../../../emulator/src/tls.js'
import { readText } from '../../../../src/core/http/transport.js'
import { UndiciTransport } from '../../../../src/core/http/undici-transport.js'

const MiB = 1 << 20

const FORBIDDING_SERVER = `
const server = require('node:http').createServer((req, res) => {
  res.writeHead(403, { 'content-type': 'application/json' })
  res.end('{"title":"Forbidden","status":403}')
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))`

interface Running {
  url: URL
  server: Server
  sockets: Set<Socket>
  seen: IncomingMessage[]
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Running> {
  const seen: IncomingMessage[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    seen.push(req)
    handler(req, res)
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: new URL(`http://127.0.0.1:${port}/upload`), server, sockets, seen }
}

/** A 32 MiB upload made of 1 MiB chunks; `produced` counts the chunks handed out. */
function upload(): { body: Readable; produced: () => number } {
  let n = 0
  const chunk = Buffer.alloc(MiB, 7)
  const body = new Readable({
    read() {
      this.push(n++ < 32 ? chunk : null)
    }
  })
  return { body, produced: () => n }
}

const forbid = (_req: IncomingMessage, res: ServerResponse): void => {
  res.writeHead(403, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ title: 'Forbidden', status: 403 }))
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise(resolve => setTimeout(resolve, 10))
}

describe('UndiciTransport, fresh connections', () => {
  let running: Running | undefined
  afterEach(async () => {
    running?.server.closeAllConnections()
    await new Promise(resolve => (running ? running.server.close(resolve) : resolve(undefined)))
    running = undefined
  })

  it('delivers an answer the server gives before reading the upload (no EPIPE), every time', async () => {
    // The server runs in another process and this one stalls once the upload has begun, so the server's answer
    // (and, with `Connection: close`, its reset of the connection) is there before the client reads anything.
    const child = spawn(process.execPath, ['-e', FORBIDDING_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] })
    const transport = new UndiciTransport()
    try {
      const port = await new Promise<string>(resolve =>
        child.stdout.once('data', data => resolve(String(data)))
      )
      const url = new URL(`http://127.0.0.1:${port.trim()}/upload`)
      const statuses: number[] = []
      for (let i = 0; i < 10; i++) {
        const { body } = upload()
        body.once('data', () =>
          setImmediate(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150))
        )
        const res = await transport
          .request({ method: 'POST', url, headers: {}, body, timeoutMs: 10_000, fresh: true })
          .catch((error: NodeJS.ErrnoException) => ({ statusCode: error.code, body: Readable.from([]) }))
        statuses.push(Number(res.statusCode) || 0)
        await readText(res.body)
      }
      expect(statuses).toEqual(Array(10).fill(403))
    } finally {
      await transport.close()
      child.kill()
    }
  })

  it('stops sending an upload once the early answer has been read', async () => {
    const server = (running = await serve(forbid))
    const transport = new UndiciTransport()
    const { body, produced } = upload()
    const res = await transport.request({
      method: 'POST',
      url: server.url,
      headers: {},
      body,
      timeoutMs: 10_000,
      fresh: true
    })
    await readText(res.body)
    await until(() => body.destroyed)
    expect(body.destroyed).toBe(true)
    expect(produced()).toBeLessThan(33)
    await until(() => server.sockets.size === 0)
    expect(server.sockets.size).toBe(0)
    await transport.close()
  })

  it('asks for keep-alive, yet closes the connection once the exchange is over', async () => {
    const server = (running = await serve((req, res) => {
      req.resume()
      req.on('end', () => res.end('ok'))
    }))
    const transport = new UndiciTransport()
    const res = await transport.request({
      method: 'POST',
      url: server.url,
      headers: {},
      body: 'x'.repeat(1000),
      timeoutMs: 10_000,
      fresh: true
    })
    expect(await readText(res.body)).toBe('ok')
    expect(server.seen[0]?.headers.connection).toBe('keep-alive')
    await until(() => server.sockets.size === 0)
    expect(server.sockets.size).toBe(0)
    await transport.close()
  })

  it('closes a fresh connection whose answer was never read when the transport closes', async () => {
    const server = (running = await serve((_req, res) => res.end('unread')))
    const transport = new UndiciTransport()
    await transport.request({ method: 'GET', url: server.url, headers: {}, timeoutMs: 10_000, fresh: true })
    expect(server.sockets.size).toBe(1)
    await transport.close()
    await until(() => server.sockets.size === 0)
    expect(server.sockets.size).toBe(0)
  })
})

describe('UndiciTransport, pool and timeouts', () => {
  let running: Running | undefined
  afterEach(async () => {
    running?.server.closeAllConnections()
    await new Promise(resolve => (running ? running.server.close(resolve) : resolve(undefined)))
    running = undefined
  })

  const ports = (server: Running): number[] => server.seen.map(r => r.socket.remotePort ?? 0)

  it('reuses a pooled connection for repeatable requests, never for one that must not be repeated', async () => {
    const server = (running = await serve((req, res) => {
      req.resume()
      req.on('end', () => res.end('ok'))
    }))
    const transport = new UndiciTransport()
    const send = async (method: string, fresh: boolean): Promise<void> => {
      const res = await transport.request({ method, url: server.url, headers: {}, timeoutMs: 10_000, fresh })
      await readText(res.body)
      // The pool learns that the connection is free right after the body ends.
      await new Promise(resolve => setImmediate(resolve))
    }
    await send('GET', false)
    await send('GET', false)
    await send('POST', true)
    await send('GET', false)
    const [first, second, post, third] = ports(server)
    expect(second).toBe(first)
    expect(third).toBe(first)
    expect(post).not.toBe(first)
    await transport.close()
  })

  it('times out waiting for the head, and between body chunks, with undici codes', async () => {
    const server = (running = await serve((req, res) => {
      if (req.url?.endsWith('/silent')) return
      res.writeHead(200)
      res.write('first chunk')
    }))
    const transport = new UndiciTransport()
    const at = (path: string): URL => new URL(path, server.url)
    await expect(
      transport.request({ method: 'GET', url: at('/silent'), headers: {}, timeoutMs: 200 })
    ).rejects.toMatchObject({ code: 'UND_ERR_HEADERS_TIMEOUT' })
    const res = await transport.request({ method: 'GET', url: at('/stalls'), headers: {}, timeoutMs: 200 })
    await expect(readText(res.body)).rejects.toMatchObject({ code: 'UND_ERR_BODY_TIMEOUT' })
    await transport.close()
  })

  it('does not time out a slow upload that keeps making progress', async () => {
    const server = (running = await serve((req, res) => {
      let bytes = 0
      req.on('data', (c: Buffer) => (bytes += c.length))
      req.on('end', () => res.end(String(bytes)))
    }))
    const transport = new UndiciTransport()
    const body = Readable.from(
      (async function* () {
        for (let i = 0; i < 5; i++) {
          await new Promise(resolve => setTimeout(resolve, 120))
          yield Buffer.alloc(1024, 1)
        }
      })()
    )
    const res = await transport.request({
      method: 'POST',
      url: server.url,
      headers: {},
      body,
      timeoutMs: 300,
      fresh: true
    })
    expect(await readText(res.body)).toBe('5120')
    await transport.close()
  })
})

describe('UndiciTransport, proxy and CA', () => {
  let running: Running | undefined
  const extra: Server[] = []
  afterEach(async () => {
    for (const server of [...(running ? [running.server] : []), ...extra.splice(0)]) {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
    running = undefined
  })

  /** A CONNECT-only proxy that counts its tunnels. */
  async function tunnelProxy(): Promise<{ url: string; tunnels: () => number }> {
    let tunnels = 0
    const proxy = createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      tunnels++
      const [host, port] = (req.url ?? '').split(':')
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    extra.push(proxy)
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, tunnels: () => tunnels }
  }

  it('behind a proxy, pools repeatable requests and gives a non-repeatable one its own tunnel', async () => {
    const server = (running = await serve((req, res) => {
      req.resume()
      req.on('end', () => res.end('ok'))
    }))
    const proxy = await tunnelProxy()
    const transport = new UndiciTransport({ env: { HTTP_PROXY: proxy.url } })
    expect(transport.proxyFor(server.url)).toEqual({ url: `${proxy.url}/`, variable: 'HTTP_PROXY' })
    for (const [method, fresh] of [
      ['GET', false],
      ['GET', false],
      ['POST', true],
      ['GET', false]
    ] as const) {
      const res = await transport.request({ method, url: server.url, headers: {}, timeoutMs: 10_000, fresh })
      expect(await readText(res.body)).toBe('ok')
      await new Promise(resolve => setImmediate(resolve))
    }
    expect(server.seen).toHaveLength(4)
    expect(proxy.tunnels()).toBe(2)
    await transport.close()
  })

  it('trusts the ca-certificate in addition to the system roots, and only with it', async () => {
    const tls = await createTlsMaterial()
    const server = createHttpsServer({ key: tls.key, cert: tls.cert }, (_req, res) => res.end('secure'))
    extra.push(server)
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const url = new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    const untrusting = new UndiciTransport()
    await expect(untrusting.request({ method: 'GET', url, headers: {}, timeoutMs: 10_000 })).rejects.toThrow()
    await untrusting.close()
    const trusting = new UndiciTransport({ caCertificate: tls.ca })
    for (const fresh of [false, true]) {
      const res = await trusting.request({ method: 'GET', url, headers: {}, timeoutMs: 10_000, fresh })
      expect(await readText(res.body)).toBe('secure')
    }
    await trusting.close()
  })
})
