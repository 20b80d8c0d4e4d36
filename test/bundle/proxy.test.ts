// Verify that the bundles honour HTTP(S)_PROXY and NO_PROXY as documented: with a proxy set, every exchange
// (token, JSON calls, a streamed export, a multipart import) goes through a forwarding proxy on loopback and the
// steps succeed; NO_PROXY bypasses it; an unreachable proxy fails with one line that names it.
import { once } from 'node:events'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from '../support/actions.js'
import { authenticateInputs, QUICK_JOBS, startEmulator, tokenFor } from '../support/emulator.js'
import { runStep } from '../support/runner.js'

/** A forwarding proxy (absolute-form requests and CONNECT tunnels) that records what passed through it. */
interface Proxy {
  url: string
  seen: string[]
  stop(): Promise<void>
}

async function startProxy(): Promise<Proxy> {
  const seen: string[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${new URL(req.url ?? '').pathname}`)
    const upstream = http.request(req.url ?? '', { method: req.method, headers: req.headers }, answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url ?? ''}`)
    const [host, port] = (req.url ?? '').split(':')
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    const close = (): void => {
      upstream.destroy()
      client.destroy()
    }
    upstream.on('error', close)
    client.on('error', close)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      server.close()
      await once(server, 'close')
    }
  }
}

let emu: Emulator
let proxy: Proxy
let ws: Record<string, string>
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  proxy = await startProxy()
  ws = workspace()
})
afterAll(async () => {
  await emu.stop()
  await proxy.stop()
})

const via = (proxyUrl: string, noProxy = ''): Record<string, string> => ({
  ...ws,
  HTTP_PROXY: proxyUrl,
  HTTPS_PROXY: proxyUrl,
  ...(noProxy ? { NO_PROXY: noProxy } : {})
})
const step = (action: string, inputs: Record<string, string>, env: Record<string, string>) =>
  runStep(action, inputs, { env, cwd: ws.GITHUB_WORKSPACE })
const oic = async (instance: string): Promise<Record<string, string>> => ({
  'oic-url': emu.url,
  instance,
  'access-token': await tokenFor(emu, instance)
})
const port = (): string => new URL(emu.url).port

describe('HTTP(S)_PROXY and NO_PROXY', () => {
  it('sends the token request, a streamed export and a multipart import through the proxy', async () => {
    proxy.seen.length = 0
    const auth = await step('authenticate', authenticateInputs(emu), via(proxy.url))
    expect(auth.errors).toEqual([])
    expect(auth.exitCode).toBe(0)

    const exported = await step(
      'export-car',
      { ...(await oic('dev')), project: 'SALES_ORDERS', path: 'proxied.car', 'upload-artifact': 'false' },
      via(proxy.url)
    )
    expect(exported.errors).toEqual([])
    expect(exported.exitCode).toBe(0)

    const imported = await step(
      'import-car',
      { ...(await oic('prod')), path: 'proxied.car', 'if-exists': 'replace', activate: 'none' },
      via(proxy.url)
    )
    expect(imported.errors).toEqual([])
    expect(imported.exitCode).toBe(0)

    // undici tunnels every request (CONNECT), also to http:// origins; a plain forward would show the paths.
    const tunnels = proxy.seen.filter(s => s === `CONNECT 127.0.0.1:${port()}`)
    const forwarded = proxy.seen.filter(s => !s.startsWith('CONNECT'))
    expect(tunnels.length + forwarded.length).toBeGreaterThanOrEqual(3)
    expect(proxy.seen.every(s => s === `CONNECT 127.0.0.1:${port()}` || / \/(oauth2|ic)\//.test(s))).toBe(
      true
    )
  })

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    proxy.seen.length = 0
    const tested = await step(
      'test-connections',
      { ...(await oic('dev')), project: 'SALES_ORDERS', 'fail-on': 'never' },
      via(proxy.url, '127.0.0.1')
    )
    expect(tested.errors).toEqual([])
    expect(tested.exitCode).toBe(0)
    expect(proxy.seen).toEqual([])
  })

  it('fails with one line when the proxy cannot be reached', async () => {
    const closed = net.createServer()
    closed.listen(0, '127.0.0.1')
    await once(closed, 'listening')
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    closed.close()
    await once(closed, 'close')
    const tested = await step(
      'test-connections',
      { ...(await oic('dev')), project: 'SALES_ORDERS', retries: '0' },
      via(deadUrl)
    )
    expect(tested.exitCode).toBe(1)
    expect(tested.errors).toHaveLength(1)
    expect(tested.errors[0]).toContain('no response (ECONNREFUSED)')
    expect(tested.errors[0]).toContain(
      `The request went through the proxy ${deadUrl}/ (HTTP_PROXY): check that proxy, or list 127.0.0.1 in NO_PROXY`
    )
    expect(tested.stderr).not.toMatch(/\n\s+at /)
  })
})
