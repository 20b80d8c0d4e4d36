/**
 * A target OIC instance for import-car's unit tests, answered through the undici MockAgent of ../../../support/http-mock.ts:
 * one persisted intercept routes every request to a small in-memory project (integrations, connections,
 * deployments, activation), with bodies shaped as the recorded answers in test/fixtures/oracle/ (project import,
 * collections, activation and deactivation replies, connection GET/update, 4xx problem bodies). A test adds
 * `override` handlers, asked first, for the answers a case needs (a 409, a lost answer, a hostile name).
 */
import type { UnitRun } from '../../../support/http-mock.js'

const API = '/ic/api/integration/v1'

/** A request as the target sees it. */
export interface TargetRequest {
  method: string
  /** Decoded path below `/ic/api/integration/v1`, e.g. `/projects/P/integrations/A|01.00.0000`. */
  path: string
  query: URLSearchParams
  headers: Record<string, string>
  /** JSON body, when one was sent. */
  json?: unknown
}

/** An answer: status, JSON body (undefined = empty), headers. */
export interface TargetReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** An integration version held by the target. */
export interface TargetIntegration {
  code: string
  version: string
  status: string
  lastUpdated?: string
  style?: string
  scheduleDefinedFlag?: boolean
}

/** A connection property as OIC answers it. */
export interface TargetProperty {
  propertyName: string
  propertyValue?: string
  propertyType?: string
  propertyGroup?: string
}

/** A connection held by the target. */
export interface TargetConnection {
  id: string
  status: string
  securityPolicy?: string
  connectionProperties?: TargetProperty[]
  securityProperties?: TargetProperty[]
}

/** Recorded problem body shape (test/fixtures/oracle/error-412-*.json): `status` string, `title`, `type`. */
export function problem(status: number, title: string): TargetReply {
  const reason: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    404: 'Not Found',
    409: 'Conflict',
    412: 'Precondition Failed',
    500: 'Internal Server Error'
  }
  return {
    status,
    body: {
      status: `HTTP ${status} ${reason[status] ?? ''}`.trim(),
      title,
      type: `https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.${status - 400 + 1}`
    }
  }
}

const key = (i: { code: string; version: string }): string => `${i.code}|${i.version}`

/** The in-memory target. */
export class FakeTarget {
  /** Whether the project exists. */
  exists = false
  integrations: TargetIntegration[] = []
  connections: TargetConnection[] = []
  /** Deployments of the target project by code. */
  deployments = new Map<
    string,
    { code: string; name: string; integrations: Array<{ code: string; version: string }> }
  >()
  /** Connections of the instance outside the project (`GET /connections`). */
  instanceConnections: TargetConnection[] = []
  /** What an import (POST) or replacement (PUT) leaves in the project. */
  afterUpload: TargetIntegration[] = []
  /** Deployments an import brings (the archive's labels). */
  deploymentsAfterUpload: Array<{
    code: string
    name: string
    integrations: Array<{ code: string; version: string }>
  }> = []
  /** Attachments uploaded, as `CONNECTION/PROPERTY`. */
  readonly attachments: string[] = []
  /** Connections an import brings (draft, as a real import leaves them). */
  connectionsAfterUpload: TargetConnection[] = []
  /** Statuses an activation goes through, one per status poll or list read after the request (the last one stays). */
  activationScript: string[] = ['ACTIVATED']
  /** Per `CODE|VERSION`: the activation script of that version. */
  activationScripts = new Map<string, string[]>()
  /** The activation error text of a FAILEDACTIVATION. */
  activationError = 'CASDK-0005: A connector specific exception was raised by the application.'
  /** Monitoring instances in flight. */
  inFlight: Array<{ id: string; integrationId: string; integrationVersion: string; status: string }> = []
  /** Schedules by `CODE|VERSION`: `state` (ACTIVE, HOLD, CANCELLED) and the definition sent; absent = a stopped default. */
  schedules = new Map<string, Record<string, unknown>>()
  /** Handlers asked before the built-in routes; the first that answers wins. */
  readonly overrides: Array<(req: TargetRequest) => TargetReply | undefined> = []
  /** Every request as the target saw it. */
  readonly seen: TargetRequest[] = []
  private readonly pending = new Map<string, string[]>()

  constructor(readonly project: string) {}

  /** Routes every request of `net` to this target. */
  install(net: UnitRun): this {
    net.oic
      .intercept({ path: () => true, method: () => true })
      .reply(opts => {
        const url = new URL(opts.path, 'https://x.invalid')
        const headers = Object.fromEntries(
          Object.entries((opts.headers ?? {}) as Record<string, string>).map(([k, v]) => [
            k.toLowerCase(),
            String(v)
          ])
        )
        let json: unknown
        if (typeof opts.body === 'string' && opts.body.startsWith('{')) json = JSON.parse(opts.body)
        const req: TargetRequest = {
          method: opts.method,
          path: decodeURIComponent(url.pathname.slice(API.length)),
          query: url.searchParams,
          headers,
          json
        }
        this.seen.push(req)
        const reply = this.answer(req)
        return {
          statusCode: reply.status,
          data: reply.body === undefined ? '' : JSON.stringify(reply.body),
          responseOptions: {
            headers: { 'content-type': 'application/json;charset=utf-8', ...reply.headers }
          }
        }
      })
      .persist()
    return this
  }

  /** Requests with this method whose path matches. */
  requests(method: string, path: RegExp): TargetRequest[] {
    return this.seen.filter(r => r.method === method && path.test(r.path))
  }

  private answer(req: TargetRequest): TargetReply {
    for (const o of this.overrides) {
      const r = o(req)
      if (r) return r
    }
    return this.route(req) ?? problem(404, `No route for ${req.method} ${req.path} in the fake target.`)
  }

  private collection(items: unknown[], req: TargetRequest): TargetReply {
    const offset = Number(req.query.get('offset') ?? 0)
    const limit = Number(req.query.get('limit') ?? 100)
    const page = items.slice(offset, offset + limit)
    return {
      status: 200,
      body: {
        hasMore: offset + page.length < items.length,
        items: page,
        limit,
        links: [],
        totalResults: items.length
      }
    }
  }

  private projectBody(): Record<string, unknown> {
    // test/fixtures/oracle/project-import-response.json (RCH), with this project's code.
    const p = this.project
    const self = `https://oic.mock.example.com${API}/projects/${p}?integrationInstance=mock-instance`
    return {
      cloneRestrict: 'NONE',
      code: p,
      id: p,
      links: [
        { href: self, rel: 'self' },
        { href: self, rel: 'canonical' }
      ],
      mcpEnabled: false,
      name: p.toLowerCase(),
      origin: {},
      simplifiedMode: false,
      smartTags: ['app:rest'],
      state: {
        assets: { labelsRs: { items: [...this.deployments.values()] } },
        created: { by: '091e196a37b849a6918e0df40d77fb39', date: '2026-12-01T12:00:00.000+0000' },
        latest: { by: '091e196a37b849a6918e0df40d77fb39', date: '2026-12-01T12:00:00.000+0000' },
        projectRevisionId: 0,
        serviceInstanceId: 0,
        status: 'DRAFT',
        updated: { by: '091e196a37b849a6918e0df40d77fb39', date: '2026-12-01T12:00:00.000+0000' }
      },
      type: 'DEVELOPED',
      viewRestricted: false
    }
  }

  private integrationItem(i: TargetIntegration): Record<string, unknown> {
    // Items of test/fixtures/oracle/integrations-list-page.json (PM), shortened.
    return {
      code: i.code,
      compatible: true,
      id: key(i),
      lastUpdated: i.lastUpdated,
      links: [],
      lockedFlag: false,
      name: i.code.toLowerCase(),
      percentageComplete: 100,
      projectType: 'DEVELOPED',
      scheduleDefinedFlag: i.scheduleDefinedFlag ?? false,
      status: i.status,
      style: i.style ?? 'FREEFORM',
      version: i.version
    }
  }

  private upload(mode: 'add' | 'replace'): TargetReply {
    if (mode === 'add' && this.exists) return problem(409, `Project ${this.project} already exists.`)
    if (mode === 'replace' && !this.exists) return problem(404, `Project ${this.project} not found.`)
    this.exists = true
    const kept =
      mode === 'replace' ? this.integrations.filter(i => !this.afterUpload.some(a => key(a) === key(i))) : []
    this.integrations = [...kept, ...this.afterUpload.map(i => ({ ...i }))]
    for (const d of this.deploymentsAfterUpload) this.deployments.set(d.code, d)
    for (const c of this.connectionsAfterUpload)
      if (!this.connections.some(t => t.id === c.id)) this.connections.push({ ...c })
    return { status: 200, body: this.projectBody() }
  }

  private statusPoll(ref: string): string {
    const i = this.integrations.find(x => key(x) === ref)
    if (!i) return 'UNKNOWN'
    const queue = this.pending.get(ref)
    if (queue?.length) {
      i.status = queue.length > 1 ? (queue.shift() as string) : (queue[0] as string)
    }
    return i.status
  }

  private setStatus(ref: string, status: string): TargetReply {
    const i = this.integrations.find(x => key(x) === ref)
    if (!i) return problem(404, `Integration ${ref} not found.`)
    if (status === 'ACTIVATED') {
      if (i.status === 'ACTIVATED') return problem(412, `Integration ${ref} is already activated.`)
      this.pending.set(ref, [...(this.activationScripts.get(ref) ?? this.activationScript)])
      i.status = 'ACTIVATION_INPROGRESS'
      // test/fixtures/oracle/activation-reply-inprogress.json (RCH §5)
      return {
        status: 200,
        body: {
          apiDeploymentInprogress: false,
          compatible: false,
          links: [],
          lockedFlag: false,
          scheduleApplicableFlag: false,
          scheduleDefinedFlag: false,
          softDeactivated: false,
          status: 'ACTIVATION_INPROGRESS',
          tempCopyExists: false,
          totalEndPoints: 0
        }
      }
    }
    if (i.status !== 'ACTIVATED' && i.status !== 'ACTIVATION_INPROGRESS')
      return problem(412, `Integration ${ref} is not activated.`)
    // As the emulator's default (deactivateScheduled: reject): a running schedule must be stopped first.
    if (this.schedules.get(ref)?.state === 'ACTIVE')
      return problem(412, `Integration ${ref} has a running schedule: stop the schedule first.`)
    this.pending.delete(ref)
    i.status = 'CONFIGURED'
    // test/fixtures/oracle/deactivation-reply-inprogress.json (PM)
    return {
      status: 200,
      body: {
        apiDeploymentInprogress: false,
        compatible: false,
        links: [],
        lockedFlag: false,
        scheduleApplicableFlag: false,
        scheduleDefinedFlag: false,
        status: 'DEACTIVATION_INPROGRESS',
        tempCopyExists: false,
        totalEndPoints: 0
      }
    }
  }

  /** The schedule API (recorded 412 shapes: test/fixtures/oracle/error-412-schedule-*.json, PM). */
  private schedule(ref: string, verb: string, req: TargetRequest): TargetReply | undefined {
    const i = this.integrations.find(x => key(x) === ref)
    if (!i) return problem(404, `Integration ${ref} not found.`)
    const s = this.schedules.get(ref) ?? { state: 'CANCELLED', icalExpression: 'FREQ=HOURLY;INTERVAL=1;' }
    const set = (state: string): TargetReply => {
      this.schedules.set(ref, { ...s, state })
      return { status: 200 }
    }
    if (verb === '' && req.method === 'GET')
      return { status: 200, body: { name: `Schedule_${i.code}_${i.version}`, status: 'CONFIGURED', ...s } }
    if (verb === '' && (req.method === 'POST' || req.method === 'PUT')) {
      this.schedules.set(ref, { state: s.state, ...(req.json as object) })
      return { status: 200, body: this.schedules.get(ref) }
    }
    if (verb === '/start' && req.method === 'POST') {
      if (i.status !== 'ACTIVATED')
        return problem(412, `Integration ${ref} is ${i.status}; activate it before starting its schedule.`)
      if (s.state === 'ACTIVE') return problem(412, 'Schedule is in ACTIVE state.')
      return set('ACTIVE')
    }
    if (verb === '/stop' && req.method === 'POST') {
      if (s.state !== 'ACTIVE' && s.state !== 'HOLD')
        return problem(
          412,
          `Schedule is in ${String(s.state)} state. It can be stopped only when in ACTIVE or HOLD state.`
        )
      return set('CANCELLED')
    }
    if (verb === '/jobs' && req.method === 'POST') return { status: 204 }
    return undefined
  }

  private route(req: TargetRequest): TargetReply | undefined {
    const { method, path } = req
    const p = this.project
    if (path === '/projects/archive') {
      if (method === 'POST') return this.upload('add')
      if (method === 'PUT') return this.upload('replace')
    }
    if (path === '/monitoring/instances' && method === 'GET')
      return {
        status: 200,
        body: {
          dataFetchTime: '2026-12-01T12:00:00.000+0000',
          items: this.inFlight,
          links: [],
          timeWindow: '1d',
          totalResults: this.inFlight.length
        }
      }
    if (path === '/connections' && method === 'GET') return this.collection(this.instanceConnections, req)
    const m = /^\/projects\/([^/]+)(\/.*)?$/s.exec(path)
    if (!m) return undefined
    if (m[1] !== p || !this.exists) return problem(404, `Project ${m[1] ?? ''} not found.`)
    const rest = m[2] ?? ''
    if (rest === '' && method === 'GET') return { status: 200, body: this.projectBody() }
    if (rest === '/integrations' && method === 'GET') {
      // A list read shows each status as a status poll would, so it moves each activation on by one step too.
      for (const i of this.integrations) if (this.pending.get(key(i))?.length) this.statusPoll(key(i))
      return this.collection(
        this.integrations.map(i => this.integrationItem(i)),
        req
      )
    }
    if (rest === '/connections' && method === 'GET')
      return this.collection(
        this.connections.map(c => ({ ...c, links: [] })),
        req
      )
    if ((rest === '/lookups' || rest === '/libraries') && method === 'GET') return this.collection([], req)
    let r = /^\/integrations\/([^/]+\|[^/]+)(\/activationStatus|\/activationErrors)?$/.exec(rest)
    if (r) {
      const ref = r[1] as string
      if (r[2] === '/activationStatus' && method === 'GET') {
        if (!this.integrations.some(i => key(i) === ref)) return problem(404, `Integration ${ref} not found.`)
        return { status: 200, body: { activationStatus: this.statusPoll(ref) } }
      }
      if (r[2] === '/activationErrors' && method === 'GET') {
        const [code, version] = ref.split('|')
        return { status: 200, body: { code, version, hasErrors: true, errorMessage: this.activationError } }
      }
      if (!r[2] && method === 'POST' && req.headers['x-http-method-override'] === 'PATCH')
        return this.setStatus(ref, String((req.json as { status?: string }).status))
      if (!r[2] && method === 'DELETE') {
        this.integrations = this.integrations.filter(i => key(i) !== ref)
        return { status: 200 }
      }
    }
    r = /^\/integrations\/([^/]+\|[^/]+)\/schedule(\/start|\/stop|\/jobs)?$/.exec(rest)
    if (r) return this.schedule(r[1] as string, r[2] ?? '', req)
    r = /^\/connections\/([^/]+)$/.exec(rest)
    if (r) {
      const c = this.connections.find(x => x.id === r?.[1])
      if (!c) return problem(404, `Connection ${r[1] ?? ''} not found.`)
      if (method === 'GET') return { status: 200, body: { ...c, lockedFlag: false, links: [] } }
      if (method === 'POST' && req.headers['x-http-method-override'] === 'PATCH') {
        const update = req.json as Partial<TargetConnection>
        if (update.securityPolicy) c.securityPolicy = update.securityPolicy
        c.status = 'CONFIGURED'
        // test/fixtures/oracle/connection-update-response.json (PM): the connection, securityPolicyInfo empty.
        return { status: 200, body: { ...c, lockedFlag: false, links: [], securityPolicyInfo: [] } }
      }
    }
    r = /^\/connections\/([^/]+)\/attachments\/([^/]+)$/.exec(rest)
    if (r && method === 'POST') {
      this.attachments.push(`${r[1] ?? ''}/${r[2] ?? ''}`)
      return { status: 200 }
    }
    r = /^\/deployments\/([^/]+)$/.exec(rest)
    if (r && method === 'GET') {
      const d = this.deployments.get(r[1] as string)
      return d
        ? { status: 200, body: { ...d, lastUpdated: '2026-12-01T12:00:00.000+0000' } }
        : problem(404, `Deployment ${r[1] ?? ''} not found.`)
    }
    return undefined
  }
}
