/**
 * Hostile servers for the bounds of issue 16, on loopback: endless or repeating pages, JSON answers beyond any
 * sensible size, heads and bodies dripped a byte at a time, archives larger than asked for. Each answer is written
 * by a small handler; {@link runHostile} runs an action's `main` in-process against one with small injected bounds.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach } from '@jest/globals'
import type { HttpLimits } from '../../src/core/http/limits.js'
import type { RunOptions } from '../../src/core/run-action.js'
import { runInProcess, workspace } from './actions.js'
import type { FakeHost } from './fake-host.js'

/** A running server. */
export interface HostileServer {
  url: string
  /** Every `METHOD path?query` received. */
  requests: string[]
  stop(): Promise<void>
}

/** Answers one request (the raw socket is there for answers no `ServerResponse` can send). */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>

/**
 * Starts a loopback server answering every request with `handler` (the one way the hostile servers start); the
 * request body is drained unless `readsBody` says the handler reads it.
 */
export async function startServer(
  handler: Handler,
  options: { readsBody?: boolean } = {}
): Promise<HostileServer> {
  const requests: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`)
    if (!options.readsBody) req.resume()
    Promise.resolve(handler(req, res, new URL(req.url ?? '/', 'http://hostile.invalid'))).catch(() =>
      res.destroy()
    )
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

/** Sends `body` as JSON. */
export function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

/**
 * Writes `text` one character every `everyMs` into a raw socket (a head) or a response (a body, chunked) until it
 * closes: a drip that never trips an idle timeout.
 */
export function drip(out: Socket | ServerResponse, text: string, everyMs: number): void {
  let i = 0
  const timer = setInterval(() => {
    if (out.destroyed) return clearInterval(timer)
    out.write(text[i % text.length] ?? ' ')
    i++
  }, everyMs)
  timer.unref()
  out.once('close', () => clearInterval(timer))
}

/** What an in-process run left behind. */
export interface HostileRun {
  host: FakeHost
  ok: boolean
  ms: number
  ws: ReturnType<typeof workspace> & Record<string, string>
}

/** Runs `run` against `server` with connection inputs, `inputs` and the bounds `limits`. */
export async function runHostile(
  run: (options: RunOptions) => Promise<boolean>,
  server: HostileServer,
  inputs: Record<string, string>,
  limits: Partial<HttpLimits> = {},
  env: Record<string, string> = {}
): Promise<HostileRun> {
  const ws = { ...workspace(), ...env }
  const started = Date.now()
  const host = await runInProcess(
    run,
    {
      'oic-url': server.url,
      instance: 'dev',
      'access-token': 'hostile-test-token-7f3a',
      retries: '0',
      ...inputs
    },
    { env: ws, limits }
  )
  return { host, ok: host.failed === undefined, ms: Date.now() - started, ws }
}

/** The error lines of a run: the `setFailed` message and every error log line. */
export function errorLines(run: HostileRun): string[] {
  const logged = run.host.logs.filter(l => l.level === 'error').map(l => l.message)
  return [...logged, ...(run.host.failed ? [run.host.failed.message] : [])]
}

/**
 * A {@link startServer} for the calling file's tests: every server it starts is stopped after the test that
 * started it.
 */
export function useServerPerTest(): (handler: Handler) => Promise<HostileServer> {
  const started: HostileServer[] = []
  afterEach(async () => {
    await Promise.all(started.splice(0).map(server => server.stop()))
  })
  return async handler => {
    const server = await startServer(handler)
    started.push(server)
    return server
  }
}
