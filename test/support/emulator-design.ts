/** Helpers for the design-time API tests: a seed with a sample project, and a small HTTP client. */
import { afterEach, beforeEach, expect } from '@jest/globals'
import type { Emulator, Seed } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import type { ConnectionSeed } from '../../emulator/src/design/state.js'
import { startEmulator, testSeed, tokenFor, type TestEmulatorOptions } from './emulator.js'

/**
 * A connection's password property as OIC describes it, never with its value: requiredFlag, displayName,
 * hasAttachment, hiddenFlag as OIC names them (test/fixtures/oracle/connection-get-project.json, PM).
 */
export const PASSWORD_PROPERTY = {
  displayName: 'password',
  hasAttachment: false,
  hiddenFlag: false,
  propertyGroup: 'CREDENTIALS',
  propertyName: 'password',
  propertyType: 'PASSWORD',
  requiredFlag: true
}

/** Base path of the design-time API. */
/** A REST connection seed on Basic authentication with a dev user, as a project in dev has it before promotion. */
export function basicRestConnection(id: string, url: string): ConnectionSeed {
  return {
    id,
    name: id,
    adapterType: 'rest',
    role: 'TARGET',
    securityPolicy: 'BASIC_AUTH',
    properties: [{ propertyName: 'connectionUrl', propertyType: 'URL', value: url }],
    securityProperties: [
      { propertyName: 'username', value: 'dev-user' },
      { propertyName: 'password', propertyType: 'PASSWORD', value: 'dev-password' }
    ]
  }
}

export const V1 = '/ic/api/integration/v1'

/** The sample project of {@link designSeed} in dev: 4 integrations (5 versions), 3 connections (one draft). */
export function salesProject(): NonNullable<InstanceSeed['projects']>[number] {
  return {
    code: 'SALES',
    name: 'Sales',
    description: 'sample project',
    connections: [
      {
        id: 'ERP',
        name: 'ERP Cloud',
        adapterType: 'erp',
        role: 'TARGET',
        securityPolicy: 'BASIC_AUTH',
        properties: [
          { propertyName: 'connectionUrl', propertyType: 'URL', value: 'https://erp-dev.example.com' }
        ],
        securityProperties: [
          { propertyName: 'username', value: 'dev-user' },
          { propertyName: 'password', propertyType: 'PASSWORD', value: 'dev-password' }
        ]
      },
      {
        id: 'CRM',
        name: 'CRM REST',
        role: 'SOURCE',
        securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
        properties: [
          { propertyName: 'connectionUrl', propertyType: 'URL', value: 'https://crm-dev.example.com' }
        ]
      },
      {
        id: 'FTP',
        name: 'Files',
        adapterType: 'ftp',
        role: 'SOURCE_AND_TARGET',
        properties: [{ propertyName: 'ftpHost' }, { propertyName: 'ftpPort', required: false, value: '22' }]
      }
    ],
    lookups: [
      {
        name: 'STATUS_MAP',
        columns: ['oic', 'erp'],
        rows: [
          ['NEW', 'ENTERED'],
          ['DONE', 'CLOSED']
        ]
      }
    ],
    libraries: [{ code: 'DATES', version: '01.00.0000', name: 'Dates', content: 'function d() {}\n' }],
    integrations: [
      {
        code: 'ORDER_IN',
        version: '01.00.0000',
        name: 'Order In',
        connections: ['CRM', 'ERP'],
        lookups: ['STATUS_MAP']
      },
      {
        code: 'ORDER_IN',
        version: '01.00.0001',
        name: 'Order In',
        connections: ['CRM', 'ERP'],
        libraries: ['DATES|01.00.0000']
      },
      { code: 'ORDER_IN', version: '02.00.0000', name: 'Order In v2', connections: ['CRM', 'ERP'] },
      { code: 'CUSTOMER_SYNC', version: '01.00.0000', name: 'Customer Sync', connections: ['CRM'] },
      {
        code: 'FILE_DROP',
        version: '01.00.0000',
        name: 'File Drop',
        connections: ['FTP'],
        style: 'freeform_scheduled'
      },
      { code: 'INVOICES', version: '01.00.0000', name: 'Invoices', connections: ['ERP'], scheduled: true }
    ],
    deployments: [
      { code: 'R1', name: 'Release 1', integrations: ['ORDER_IN|01.00.0001', 'CUSTOMER_SYNC|01.00.0000'] },
      { code: 'R2', name: 'Release 2', integrations: ['FILE_DROP|01.00.0000', 'INVOICES|01.00.0000'] }
    ]
  }
}

/** dev with the sample project and a global space; prod empty except for connection health. */
export function designSeed(): Seed {
  const seed = testSeed([
    {
      name: 'dev',
      projects: [salesProject()],
      connections: [
        { id: 'GLOBAL_REST', properties: [{ propertyName: 'connectionUrl', value: 'https://g.example.com' }] }
      ],
      integrations: [{ code: 'GLOBAL_PING', version: '01.00.0000', connections: ['GLOBAL_REST'] }]
    },
    { name: 'prod', connectionHealth: { ERP: { expect: { connectionUrl: 'https://erp.example.com' } } } }
  ])
  seed.identity?.clients?.push(
    {
      clientId: 'user-client',
      clientSecret: 'user-secret-0000',
      roles: { dev: ['ServiceUser'], prod: ['ServiceUser'] }
    },
    { clientId: 'monitor-client', clientSecret: 'monitor-secret', roles: { dev: ['ServiceMonitor'] } }
  )
  return seed
}

/** `{href, rel}`. */
export interface Link {
  href: string
  rel: string
}

/**
 * The design-time collection envelope: no `offset` (test/fixtures/oracle/integrations-list-page.json, source PM).
 */
export interface Collection<T> {
  items: T[]
  hasMore: boolean
  totalResults: number
  limit: number
  links: Link[]
}

/** An Oracle problem document: the message in `title`, no `detail` (test/fixtures/oracle/error-412-*.json, PM). */
export interface Problem {
  type: string
  title: string
  status: string
}

/** `{by, date}`. */
export interface StampJson {
  by: string
  date: string
}

/** `{code, version}`. */
export interface Ref {
  code: string
  version: string
}

/** A deployment. */
export interface DeploymentJson {
  code: string
  name: string
  description: string
  integrations: Ref[]
  robots: Array<{ identifier: string; version: string }>
  decisions: Array<{ identifier: string; version: string }>
  b2btradingpartners: Ref[]
  lastUpdated: string
  /** Only with the deploymentsEnvelope switch (the older reading). */
  lastUpdatedBy?: string
  /** Only with the deploymentsEnvelope switch (the older reading). */
  links?: Link[]
}

/** A project (list item or full). */
export interface ProjectJson {
  id: string
  code: string
  name: string
  description: string
  keyword?: string
  type: string
  links: Link[]
  state: {
    status: string
    projectRevisionId: number
    created: StampJson
    updated: StampJson
    latest: StampJson
    assets?: { labelsRs: { items: Array<Ref & { name: string; integrations: Ref[] }> } }
  }
}

/** A connection property. */
export interface PropertyJson {
  propertyName: string
  propertyType: string
  propertyGroup: string
  requiredFlag: boolean
  displayName: string
  hasAttachment: boolean
  hiddenFlag: boolean
  propertyValue?: string
}

/** A connection. */
export interface ConnectionJson {
  id: string
  name: string
  status: string
  role: string
  securityPolicy: string
  agentGroupId?: string
  usage: number
  lockedFlag: boolean
  adapterType: { name: string }
  connectionProperties: PropertyJson[]
  securityProperties: PropertyJson[]
  links: Link[]
}

/** An integration. */
export interface IntegrationJson {
  id: string
  code: string
  version: string
  name: string
  status: string
  style: string
  lockedFlag: boolean
  scheduleDefinedFlag: boolean
  links: Link[]
  dependencies?: { connections: Array<{ id: string; status: string }> }
}

/** A connection test result. */
export interface TestResultJson {
  id: string
  status: string
  details: string
}

/** A lookup. */
export interface LookupJson {
  name: string
  columns: string[]
  rows: Array<{ rowData: string[] }>
  rowCount: number
  status: string
  usage: number
}

/** A library. */
export interface LibraryJson {
  id: string
  code: string
  version: string
  name: string
  libraryType: string
  usage: number
  size: number
}

/** A response; `body` is the parsed JSON (undefined for other bodies). */
export interface ApiResponse<T> {
  status: number
  headers: Headers
  body: T
  text: string
}

/** Options of one call. */
export interface CallOptions {
  json?: unknown
  form?: FormData
  headers?: Record<string, string>
  query?: Record<string, string>
}

/** A design-time API client bound to one instance and token. */
export class DesignClient {
  constructor(
    readonly emu: Emulator,
    readonly instance: string,
    readonly token: string
  ) {}

  /** A client for `instance` with a token of `clientId` (the all-roles test client by default). */
  static async for(emu: Emulator, instance: string, clientId?: string): Promise<DesignClient> {
    return new DesignClient(emu, instance, await tokenFor(emu, instance, clientId))
  }

  /** Absolute URL of an API path (relative to {@link V1}) with `integrationInstance`. */
  url(path: string, query: Record<string, string> = {}): string {
    const url = new URL(`${V1}${path}`, this.emu.url)
    url.searchParams.set('integrationInstance', this.instance)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    return url.toString()
  }

  async call<T = Problem>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, ...options.headers }
    let body: string | FormData | undefined
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.form) body = options.form
    const res = await fetch(this.url(path, options.query), { method, headers, body })
    const text = await res.text()
    const isJson = (res.headers.get('content-type') ?? '').includes('json') && text !== ''
    return {
      status: res.status,
      headers: res.headers,
      body: (isJson ? JSON.parse(text) : undefined) as T,
      text
    }
  }

  get<T = Problem>(path: string, query?: Record<string, string>): Promise<ApiResponse<T>> {
    return this.call<T>('GET', path, { query })
  }

  post<T = Problem>(path: string, json?: unknown): Promise<ApiResponse<T>> {
    return this.call<T>('POST', path, { json })
  }

  /** POST with `X-HTTP-Method-Override: PATCH`. */
  patch<T = Problem>(path: string, json: unknown): Promise<ApiResponse<T>> {
    return this.call<T>('POST', path, { json, headers: { 'x-http-method-override': 'PATCH' } })
  }

  del<T = Problem>(path: string): Promise<ApiResponse<T>> {
    return this.call<T>('DELETE', path)
  }

  /** Exports a project (or one deployment) as archive bytes. */
  async exportCar(project: string, label = ''): Promise<Buffer> {
    const res = await fetch(this.url(`/projects/${project}/archive`), {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: project, code: project, type: 'DEVELOPED', builtBy: '', label })
    })
    if (res.status !== 200) throw new Error(`export ${project} answered ${res.status}: ${await res.text()}`)
    return Buffer.from(await res.arrayBuffer())
  }

  /** Uploads an archive as the multipart part `file` (plus Oracle's `type` field) with POST or PUT. */
  upload<T = Problem>(
    path: string,
    data: Buffer | Blob,
    method = 'POST',
    fileName = 'archive.car'
  ): Promise<ApiResponse<T>> {
    const form = new FormData()
    form.append('file', data instanceof Blob ? data : new Blob([data]), fileName)
    form.append('type', 'application/octet-stream')
    return this.call<T>(method, path, { form })
  }
}

/**
 * Matches a `{status, title, type}` problem body with the given status: the message in `title`, no `detail`
 * (test/fixtures/oracle/error-412-*.json, source PM).
 */
export function problem(status: number): Record<string, unknown> {
  return {
    type: expect.stringContaining('rfc2616'),
    title: expect.stringMatching(/\S/),
    status: expect.stringMatching(new RegExp(`^HTTP ${status} `))
  }
}

/** An emulator and design-time clients of its dev and prod instances. */
export interface DevAndProd {
  emu: Emulator
  dev: DesignClient
  prod: DesignClient
}

/**
 * A fresh emulator for each test of the calling file (stopped after it), started with `options()` (default: the
 * {@link designSeed}), and clients of its dev and prod instances. The returned object is the current test's.
 */
export function useDevAndProd(
  options: () => TestEmulatorOptions = () => ({ seed: designSeed() })
): DevAndProd {
  const env = {} as DevAndProd
  beforeEach(async () => {
    env.emu = await startEmulator(options())
    env.dev = await DesignClient.for(env.emu, 'dev')
    env.prod = await DesignClient.for(env.emu, 'prod')
  })
  afterEach(async () => {
    await env.emu.stop()
  })
  return env
}
