/** A seed with monitoring data on `prod`, and a small typed HTTP client for the emulator's monitoring API. */
import { afterAll, beforeAll } from '@jest/globals'
import type { Emulator, Seed } from '../../emulator/index.js'
import type { MonitoringSeedBlock } from '../../emulator/src/monitoring/seed-format.js'
import type { MonitoringStore } from '../../emulator/src/monitoring/store.js'
import { startEmulator, testSeed, tokenFor, type TestEmulatorOptions } from './emulator.js'
import type { Link } from './emulator-design.js'

export type { Link, Problem } from './emulator-design.js'

/** A client that holds only ServiceMonitor on prod (reads, never changes). */
export const MONITOR_CLIENT = { clientId: 'monitor-client', clientSecret: 'monitor-secret-0000' }

const TOKEN_REUSE_MS = 30 * 60_000

/** Base path of the monitoring API. */
export const MON = '/ic/api/integration/v1/monitoring'

/** The monitoring collection root. */
export interface Page<T> {
  items: T[]
  hasMore: boolean
  totalResults: number
  totalRecordsCount: number
  limit: number
  offset: number
  links: Link[]
  dataFetchTime: string
  timeWindow: string
  opcRequestId: string
}

/** An errored instance item. */
export interface ErrorItem {
  id: string
  runId: string
  status: string
  creationDate: string
  lastTrackedTime: string
  errorMessage: string
  errorDetails: string
  faultId: string
  recoverable: boolean
  retryCount: number
  primaryName?: string
  primaryValue?: string
  integration: { id: string; code: string; version: string; name: string }
  projectCode?: string
  connection?: Record<string, string>
  links: Link[]
}

/** An instance item. */
export interface InstanceItem extends Record<string, unknown> {
  id: string
  status: string
  duration: number
  integrationId: string
  integrationVersion: string
}

/** A recovery job. */
export interface JobItem {
  id: string
  status: string
  totalCount: number
  recoveredCount: number
  failedCount: number
  creationDate: string
  instances?: Array<{ id: string; status: string; retryCount: number }>
}

/** A response with its parsed JSON body (undefined when empty). */
export interface Res<T> {
  status: number
  body: T
  headers: Headers
}

/** Calls the monitoring API of one instance with cached tokens per client. */
export class MonitoringClient {
  private readonly tokens = new Map<string, { token: string; issuedAt: number }>()

  constructor(
    readonly emu: Emulator,
    readonly instance = 'prod'
  ) {}

  /** The instance's monitoring state (settled to the emulator clock). */
  store(): MonitoringStore {
    const store = this.emu.state.get(this.instance)!.monitoring
    store.settle(this.emu.clock.now())
    return store
  }

  /** A token per client, renewed when the emulator clock has moved past half its lifetime. */
  async token(client: string): Promise<string> {
    const cached = this.tokens.get(client)
    if (cached && this.emu.clock.now() - cached.issuedAt < TOKEN_REUSE_MS) return cached.token
    const token = await tokenFor(this.emu, this.instance, client)
    this.tokens.set(client, { token, issuedAt: this.emu.clock.now() })
    return token
  }

  /** The absolute URL of a monitoring path with `integrationInstance` and the query. */
  url(path: string, query: Record<string, string | number> = {}): string {
    const url = new URL(`${MON}${path}`, this.emu.url)
    url.searchParams.set('integrationInstance', this.instance)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v))
    return url.toString()
  }

  /** Sends a request as `client` (default the administrator test client) and parses the JSON answer. */
  async request<T>(
    method: string,
    path: string,
    options: { query?: Record<string, string | number>; body?: unknown; client?: string } = {}
  ): Promise<Res<T>> {
    const token = await this.token(options.client ?? 'ci-client')
    const res = await fetch(this.url(path, options.query), {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body)
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers }
  }

  /** GET a monitoring path. */
  get<T>(path: string, query: Record<string, string | number> = {}, client?: string): Promise<Res<T>> {
    return this.request<T>('GET', path, { query, client })
  }

  /** POST a JSON body (or none) to a monitoring path. */
  post<T>(path: string, body?: unknown, client?: string): Promise<Res<T>> {
    return this.request<T>('POST', path, { body, client })
  }

  /** Every error matching `q` (one page of up to 1000). */
  async errors(q = "{timewindow:'RETENTIONPERIOD'}"): Promise<ErrorItem[]> {
    const res = await this.get<Page<ErrorItem>>('/errors', { q, limit: 1000 })
    return res.body.items
  }
}

/**
 * A seed whose `prod` instance has `monitoring` (and an empty `dev`), with the test clients plus
 * {@link MONITOR_CLIENT}: start it with `startEmulator({ seed: monitoringSeed(…) })`.
 */
export function monitoringSeed(monitoring: MonitoringSeedBlock): Seed {
  const seed = testSeed([{ name: 'dev' }, { name: 'prod', monitoring }])
  seed.identity?.clients?.push({
    clientId: MONITOR_CLIENT.clientId,
    clientSecret: MONITOR_CLIENT.clientSecret,
    roles: { prod: ['ServiceMonitor'] }
  })
  return seed
}

/** `q` of a time range, `'yyyy-MM-dd HH:mm:ss'` UTC. */
export function dateQ(fromMs: number, toMs: number, extra = ''): string {
  const f = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
  return `{startdate:'${f(fromMs)}', enddate:'${f(toMs)}'${extra ? `, ${extra}` : ''}}`
}

/** A monitoring client of the emulator a test file shares, and the emulator clock when it started. */
export interface MonitoringRun {
  api: MonitoringClient
  /** The emulator clock (ms) when it started: the seed's ages count back from it. */
  now: number
}

/** Starts the emulator with `options` before the calling file's tests and stops it after them. */
export function useMonitoringClient(options: TestEmulatorOptions): MonitoringRun {
  const env = {} as MonitoringRun
  beforeAll(async () => {
    env.api = new MonitoringClient(await startEmulator(options))
    env.now = env.api.emu.clock.now()
  })
  afterAll(() => env.api.emu.stop())
  return env
}
