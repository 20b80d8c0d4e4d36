/**
 * The emulator's HTTP(S) server: latency and faults, routing, method override, instance selection, bearer and
 * role checks, problem documents, and counters.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Counters } from './counters.js'
import { latencyFor, resetConnection, slowly, takeFault, writeStatusFault } from './faults.js'
import { ApiError, problemBody, sendJson } from './http-kit.js'
import type { IdentityDomain, Principal } from './identity.js'
import type { LatencyModel } from './latency-model.js'
import { beginRequest } from './latency-request.js'
import type { RequestContext, Router } from './router.js'
import type { InstanceState } from './state.js'
import type { FaultRule, Switches } from './switches.js'

/** What the request handler needs from the emulator. */
export interface ServerDeps {
  router: Router
  identity: IdentityDomain
  instances: ReadonlyMap<string, InstanceState>
  switches: Switches
  counters: Counters
  /** The latency model (switch `latencyModel`): its waits and trace. */
  latency?: LatencyModel
  now(): number
  /** Origin clients use (for links). */
  origin(): string
  log?(line: string): void
}

const API_PREFIX = '/ic/api/'
const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

function chooseInstance(deps: ServerDeps, query: URLSearchParams): InstanceState {
  if (deps.switches.gen2Mode) {
    const first = deps.instances.values().next().value
    if (!first) throw new ApiError(500, 'No instance is configured.')
    return first
  }
  const name = query.get('integrationInstance')
  const status = deps.switches.missingInstanceStatus
  if (!name) throw new ApiError(status, 'The query parameter integrationInstance is required.')
  const instance = deps.instances.get(name)
  if (!instance) throw new ApiError(status, `Unknown integrationInstance '${name}'.`)
  return instance
}

/** Handles one request. */
export async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid')
  const override = req.headers['x-http-method-override']
  const method =
    req.method === 'POST' && typeof override === 'string' && override
      ? override.toUpperCase()
      : (req.method ?? 'GET')
  const path = url.pathname
  const { faults } = deps.switches
  const delay = latencyFor(faults, deps.switches.latency, method, path)
  if (delay > 0) await sleep(delay)

  const before = takeFault(faults, 'before', method, path)
  if (before) {
    deps.log?.(`fault ${before.kind} before ${method} ${path}`)
    if (before.kind === 'reset') return resetConnection(req, res)
    if (before.kind === 'hang') return
    if (before.kind === 'status' || before.kind === 'html') return writeStatusFault(res, before)
  }
  const after =
    takeFault(faults, 'after', method, path) ??
    (before && ['truncate', 'slow-body'].includes(before.kind) ? before : undefined)

  const found = deps.router.find(method, path)
  const key = `${method} ${found.route?.pattern ?? path}`
  const instanceName = url.searchParams.get('integrationInstance') ?? undefined
  const bytes = Number(req.headers['content-length']) || 0
  const request = { method, route: key, path, instance: instanceName, bytes }
  const timing = beginRequest(deps.latency, request, () => deps.now())
  await timing?.arrive()
  let status = 500
  const respond = async (
    code: number,
    headers: Record<string, string>,
    body: Buffer | Readable | undefined
  ): Promise<void> => {
    status = code
    await writeResponse(req, res, code, headers, timing ? await timing.answer(body) : body, after)
  }
  const ctxBase = {
    req,
    method,
    path,
    params: found.params,
    query: url.searchParams,
    now: () => deps.now(),
    json: (code: number, body: unknown, headers: Record<string, string> = {}) =>
      respond(
        code,
        { 'content-type': 'application/json; charset=utf-8', ...headers },
        Buffer.from(JSON.stringify(body))
      ),
    empty: (code: number, headers: Record<string, string> = {}) => respond(code, headers, undefined),
    stream: (code: number, headers: Record<string, string>, body: Readable) => respond(code, headers, body)
  }
  try {
    let instance: InstanceState | undefined
    let principal: Principal | undefined
    if (path.startsWith(API_PREFIX)) {
      instance = chooseInstance(deps, url.searchParams)
      principal = await deps.identity.verifyBearer(req.headers.authorization, instance.name)
    }
    if (!found.route) {
      if (found.allowed.length) {
        const needsOverride = method === 'POST' && found.allowed.includes('PATCH')
        throw new ApiError(
          405,
          needsOverride
            ? 'This update requires the header X-HTTP-Method-Override: PATCH.'
            : `Method ${method} is not allowed here.`
        )
      }
      throw new ApiError(404, `No resource at ${path}.`)
    }
    if (principal) deps.identity.authorize(principal, found.route.permission)
    const inst = instance
    const ctx: RequestContext = {
      ...ctxBase,
      instance,
      principal,
      href: (p: string) => {
        const link = new URL(p, deps.origin())
        if (inst && !deps.switches.gen2Mode) link.searchParams.set('integrationInstance', inst.name)
        return link.toString()
      }
    }
    await found.route.handler(ctx)
  } catch (error) {
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError(500, 'An internal error occurred while processing the request.')
    if (!(error instanceof ApiError))
      deps.log?.(`500 on ${method} ${path}: ${(error as Error)?.stack ?? String(error)}`)
    if (res.headersSent) {
      res.destroy()
    } else {
      await ctxBase.json(
        apiError.status,
        problemBody(apiError, { detail: deps.switches.problemDetail }),
        apiError.extra.headers ?? {}
      )
    }
  } finally {
    if (found.route) deps.counters.record(key, method, status)
    timing?.end(status)
  }
}

async function writeResponse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | Readable | undefined,
  fault: FaultRule | undefined
): Promise<void> {
  if (fault && (fault.kind === 'status' || fault.kind === 'html')) {
    if (body instanceof Readable) body.destroy()
    return writeStatusFault(res, fault)
  }
  if (fault?.kind === 'reset') {
    const buf = body instanceof Readable ? Buffer.alloc(0) : (body ?? Buffer.alloc(0))
    if (body instanceof Readable) body.destroy()
    return resetConnection(req, res, { status, headers, body: buf })
  }
  if (fault?.kind === 'hang') return
  if (body === undefined) {
    res.writeHead(status, headers)
    res.end()
    return
  }
  if (Buffer.isBuffer(body)) {
    const sent = fault?.kind === 'truncate' ? body.subarray(0, Math.floor(body.length / 2)) : body
    if (fault?.kind === 'slow-body') {
      res.writeHead(status, { ...headers, 'content-length': String(sent.length) })
      await pipeline(slowly(Readable.from([sent]), fault.delayMs ?? 200), res).catch(() => undefined)
      return
    }
    res.writeHead(status, { ...headers, 'content-length': String(sent.length) })
    res.end(sent)
    return
  }
  res.writeHead(status, headers)
  const source = fault?.kind === 'slow-body' ? slowly(body, fault.delayMs ?? 200, 64 * 1024) : body
  await pipeline(source, res).catch(() => undefined)
}

/** Answers every request with a 307 to the design host (the "instance host" of contract §1.2). */
export function redirectHandler(designOrigin: () => string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const target = new URL(req.url ?? '/', designOrigin())
    sendJson(res, 307, { detail: 'Use the design-time host.' }, { location: target.toString() })
  }
}
