/** Helpers for the design-time API tests: a seed with a sample project, and a small HTTP client. */
import type { Emulator, Seed } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { testSeed, tokenFor } from './emulator.js'

/** Base path of the design-time API. */
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
        properties: [{ propertyName: 'connectionUrl', propertyType: 'URL', value: 'https://erp-dev.example.com' }],
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
        properties: [{ propertyName: 'connectionUrl', propertyType: 'URL', value: 'https://crm-dev.example.com' }]
      },
      {
        id: 'FTP',
        name: 'Files',
        adapterType: 'ftp',
        role: 'SOURCE_AND_TARGET',
        properties: [{ propertyName: 'ftpHost' }, { propertyName: 'ftpPort', required: false, value: '22' }]
      }
    ],
    lookups: [{ name: 'STATUS_MAP', columns: ['oic', 'erp'], rows: [['NEW', 'ENTERED'], ['DONE', 'CLOSED']] }],
    libraries: [{ code: 'DATES', version: '01.00.0000', name: 'Dates', content: 'function d() {}\n' }],
    integrations: [
      { code: 'ORDER_IN', version: '01.00.0000', name: 'Order In', connections: ['CRM', 'ERP'], lookups: ['STATUS_MAP'] },
      {
        code: 'ORDER_IN',
        version: '01.00.0001',
        name: 'Order In',
        connections: ['CRM', 'ERP'],
        libraries: ['DATES|01.00.0000']
      },
      { code: 'ORDER_IN', version: '02.00.0000', name: 'Order In v2', connections: ['CRM', 'ERP'] },
      { code: 'CUSTOMER_SYNC', version: '01.00.0000', name: 'Customer Sync', connections: ['CRM'] },
      { code: 'FILE_DROP', version: '01.00.0000', name: 'File Drop', connections: ['FTP'], style: 'freeform_scheduled' },
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
      connections: [{ id: 'GLOBAL_REST', properties: [{ propertyName: 'connectionUrl', value: 'https://g.example.com' }] }],
      integrations: [{ code: 'GLOBAL_PING', version: '01.00.0000', connections: ['GLOBAL_REST'] }]
    },
    { name: 'prod', connectionHealth: { ERP: { expect: { connectionUrl: 'https://erp.example.com' } } } }
  ])
  seed.identity?.clients?.push(
    { clientId: 'user-client', clientSecret: 'user-secret-0000', roles: { dev: ['ServiceUser'], prod: ['ServiceUser'] } },
    { clientId: 'monitor-client', clientSecret: 'monitor-secret', roles: { dev: ['ServiceMonitor'] } }
  )
  return seed
}

/** A response, with the body parsed as JSON when it is JSON. */
export interface ApiResponse {
  status: number
  headers: Headers
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
  body: any
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

  async call(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, ...options.headers }
    let body: string | FormData | undefined
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.form) body = options.form
    const res = await fetch(this.url(path, options.query), { method, headers, body })
    const text = await res.text()
    const json = (res.headers.get('content-type') ?? '').includes('json') && text ? (JSON.parse(text) as unknown) : undefined
    return { status: res.status, headers: res.headers, body: json, text }
  }

  get(path: string, query?: Record<string, string>): Promise<ApiResponse> {
    return this.call('GET', path, { query })
  }

  post(path: string, json?: unknown): Promise<ApiResponse> {
    return this.call('POST', path, { json })
  }

  /** POST with `X-HTTP-Method-Override: PATCH`. */
  patch(path: string, json: unknown): Promise<ApiResponse> {
    return this.call('POST', path, { json, headers: { 'x-http-method-override': 'PATCH' } })
  }

  del(path: string): Promise<ApiResponse> {
    return this.call('DELETE', path)
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
  upload(path: string, data: Buffer | Blob, method = 'POST', fileName = 'archive.car'): Promise<ApiResponse> {
    const form = new FormData()
    form.append('file', data instanceof Blob ? data : new Blob([data]), fileName)
    form.append('type', 'application/octet-stream')
    return this.call(method, path, { form })
  }
}

/** A `{type, title, detail, status}` problem body with the given status. */
export function problem(status: number): Record<string, unknown> {
  return {
    type: expect.stringContaining('rfc2616'),
    title: expect.any(String),
    detail: expect.any(String),
    status: expect.stringMatching(new RegExp(`^HTTP ${status} `))
  }
}
