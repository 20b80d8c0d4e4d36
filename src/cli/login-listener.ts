/**
 * The redirect listener of `oic-actions login`: an HTTP server on 127.0.0.1 (a free port unless one is given) that
 * takes one authorization response (RFC 6749 §4.1.2, errors §4.1.2.1), answers the browser with a line of text,
 * and closes. A loopback redirect is what RFC 8252 §7.3 prescribes for native apps; the `state` check is RFC 6749
 * §10.12's defence against a forged redirect.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ConfigurationError, inputError, OicActionError } from '../core/errors.js'

/** Path of the redirect URI on the listener. */
export const CALLBACK_PATH = '/callback'
/** Longest `error_description` shown from a redirect (outside text). */
const MAX_DESCRIPTION = 200

/** A listening redirect endpoint. */
export interface RedirectListener {
  /** `http://127.0.0.1:<port>/callback`, to send as `redirect_uri`. */
  redirectUri: string
  /**
   * The authorization code of the one callback; rejects on an `error=` answer, a missing or wrong `state`, a
   * missing code, or when `timeoutMs` passes first. The listener is closed once it settles.
   */
  code: Promise<string>
  /** Closes the listener (idempotent). */
  close(): Promise<void>
}

/** Options of {@link listenForRedirect}. */
export interface ListenOptions {
  /** The `state` the authorization request carried. */
  state: string
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number
  timeoutMs: number
  /** Waits `ms` (tests pass a clock they control). */
  sleep: (ms: number) => Promise<void>
}

function verdict(url: URL, state: string): string | Error {
  const q = url.searchParams
  const error = q.get('error')
  if (error !== null) {
    const description = (q.get('error_description') ?? '').slice(0, MAX_DESCRIPTION)
    return new ConfigurationError(
      `The identity domain refused the login: ${error.slice(0, 60)}${description ? ` (${description})` : ''}.`
    )
  }
  if (q.get('state') !== state)
    return new OicActionError(
      `The redirect carried ${q.has('state') ? 'another state' : 'no state'} than this login sent: it was not the answer to this login (refused, nothing was exchanged); run login again.`
    )
  const code = q.get('code')
  if (!code) return new ConfigurationError('The redirect carried no authorization code: run login again.')
  return code
}

function answer(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
  res.end(`${text}\n`)
}

/** Starts the listener on 127.0.0.1. */
export async function listenForRedirect(options: ListenOptions): Promise<RedirectListener> {
  let settle: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined
  const code = new Promise<string>((resolve, reject) => void (settle = { resolve, reject }))
  code.catch(() => undefined)
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method !== 'GET' || url.pathname !== CALLBACK_PATH || !settle)
      return answer(res, 404, 'Not found.')
    const result = verdict(url, options.state)
    const done = settle
    settle = undefined
    if (typeof result === 'string') {
      answer(res, 200, 'Login received: you can close this window and return to the terminal.')
      done.resolve(result)
    } else {
      answer(res, 400, 'Login failed: see the terminal.')
      done.reject(result)
    }
    void close()
  })
  let closed: Promise<void> | undefined
  const close = (): Promise<void> =>
    (closed ??= new Promise<void>(resolve => {
      server.close(() => resolve())
      server.closeIdleConnections()
    }))
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  }).catch((error: NodeJS.ErrnoException) => {
    throw inputError(
      `Cannot listen on 127.0.0.1:${options.port ?? 0} for the login redirect (${error.code ?? error.message}).`,
      {
        input: 'redirect-port',
        value: String(options.port ?? 0),
        fix: 'Pick another --redirect-port (one registered as the redirect URL of the application), or 0 for a free port.'
      }
    )
  })
  void options.sleep(options.timeoutMs).then(() => {
    if (!settle) return
    const done = settle
    settle = undefined
    done.reject(
      new OicActionError(
        `No login redirect arrived within ${Math.round(options.timeoutMs / 1000)} s: open the printed URL, or give more time with --timeout.`
      )
    )
    void close()
  })
  return { redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`, code, close }
}
