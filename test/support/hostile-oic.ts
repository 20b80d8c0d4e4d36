/**
 * A hostile stand-in for OIC and its identity domain, on loopback: every answer echoes the credentials it received
 * (bearer token, Basic pair, client assertion, password) in error bodies, headers, result details and redirect URLs,
 * so tests can prove that nothing the actions print, write or output carries them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { startServer, type HostileServer } from './hostile-bounds.js'

/** A running hostile server. */
export type HostileOic = HostileServer

/** A secret-looking value the server puts into signed redirect URLs (`sig=`). */
export const REDIRECT_SIGNATURE = 'sentinel-url-signature-5d0a'

async function text(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://hostile.invalid')
  const auth = req.headers.authorization ?? ''
  const bearer = auth.replace(/^Bearer /, '')
  if (url.pathname.endsWith('/oauth2/v1/token')) {
    const form = new URLSearchParams(await text(req))
    const basic = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString('utf8')
    return send(res, 401, {
      error: 'invalid_client',
      error_description: `refused ${basic} ${form.get('password') ?? ''} ${form.get('client_assertion') ?? ''} ${form.get('assertion') ?? ''} ${form.get('refresh_token') ?? ''}`
    })
  }
  if (url.pathname.endsWith('/connections') && req.method === 'GET') {
    return send(res, 200, {
      items: [{ id: 'ECHO', status: 'CONFIGURED' }],
      hasMore: false,
      totalResults: 1
    })
  }
  if (url.pathname.endsWith('/test')) {
    return send(res, 200, { id: 'ECHO', status: 'FAILED', details: `upstream refused ${auth}` })
  }
  if (url.pathname.includes('/projects/') && !url.searchParams.has('access_token')) {
    const target = new URL(url.pathname + url.search, `http://${req.headers.host ?? ''}`)
    target.searchParams.set('access_token', bearer)
    target.searchParams.set('sig', REDIRECT_SIGNATURE)
    res.writeHead(307, { location: target.toString() })
    return void res.end()
  }
  return send(
    res,
    401,
    {
      title: 'Unauthorized',
      detail: `Bearer ${bearer} is not valid here (${url.search})`,
      'o:errorDetails': [{ title: `token ${bearer}`, 'o:errorPath': url.toString() }]
    },
    { 'www-authenticate': `Bearer error="invalid_token", token="${bearer}"` }
  )
}

/** Starts the server. */
export function startHostileOic(): Promise<HostileOic> {
  return startServer(answer, { readsBody: true })
}

/** One scripted answer: a status and a raw body (sent as written, so `1e400` or a bare string stays as it is). */
export interface ScriptedAnswer {
  status?: number
  body: string
}

/**
 * A loopback server that answers each request with the first `script` entry whose key (`METHOD path-suffix`)
 * matches (`*` matches every request), else 404: for answers of a shape no real OIC gives (bare strings, `items` that are not a list,
 * `expires_in: 1e400`, escape sequences in names).
 */
export function startScriptedOic(script: Record<string, ScriptedAnswer>): Promise<HostileOic> {
  return startServer((req, res, url) => {
    const key = Object.keys(script).find(k => {
      const [method, suffix] = k.split(' ')
      return (method === '*' || method === req.method) && url.pathname.endsWith(suffix ?? '')
    })
    const answer = key ? script[key] : undefined
    req.on('end', () => {
      res.writeHead(answer?.status ?? (answer ? 200 : 404), { 'content-type': 'application/json' })
      res.end(answer?.body ?? '{"title":"Not Found"}')
    })
  })
}
