// Replays every recorded Oracle answer in test/fixtures/oracle through the client's typed wrappers (over undici's
// MockAgent) and checks what they make of it; a last block fails when a fixture has no source or is not replayed.
// Where a replay fails, the client still follows an older guess that the recorded answer contradicts (issue 14).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { MockAgent } from 'undici'
import { requestToken } from '../../../../src/core/auth/token.js'
import { OicHttpError } from '../../../../src/core/errors.js'
import { HttpClient } from '../../../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'
import { activateIntegrations } from '../../../../src/core/oic/activation.js'
import { listPage } from '../../../../src/core/oic/api.js'
import { getConnection, testConnection, updateConnection } from '../../../../src/core/oic/connections.js'
import {
  createDeployment,
  getDeployment,
  listDeployments,
  updateDeployment
} from '../../../../src/core/oic/deployments.js'
import {
  getActivationStatus,
  setIntegrationStatus,
  type Integration
} from '../../../../src/core/oic/integrations.js'
import { listErrors, resubmitErrors } from '../../../../src/core/oic/monitoring/error-instances.js'
import { importProject, listAllProjects } from '../../../../src/core/oic/projects.js'

/** One recorded answer (see test/fixtures/oracle/README.md). */
interface Fixture {
  source: string
  notes?: string
  request?: { method?: string; path?: string; headers?: Record<string, string> }
  status: number
  headers?: Record<string, string>
  body: unknown
  shape: { open: string[]; optional: string[] }
}

const DIR = join(process.cwd(), 'test', 'fixtures', 'oracle')
const ORIGIN = 'https://design.example.com'
const IDCS = 'https://idcs-test.identity.example.com'

const load = (name: string): Fixture => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Fixture
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- recorded bodies are read field by field
const bodyOf = (name: string): any => load(name).body

let agent: MockAgent

beforeEach(() => {
  agent = new MockAgent({ enableCallHistory: true })
  agent.disableNetConnect()
})
afterEach(async () => {
  await agent.close()
})

function client(origin = ORIGIN): HttpClient {
  return new HttpClient({
    baseUrl: new URL(origin),
    instance: 'dev',
    token: 'tok-123456',
    timeoutMs: 5000,
    retry: defaultRetryPolicy(0),
    dispatcher: agent,
    sleep: async () => undefined,
    random: () => 0.5
  })
}

const replyOf = (
  f: Fixture
): {
  statusCode: number
  data: string
  responseOptions: { headers: Record<string, string> }
} => ({
  statusCode: f.status,
  data: f.body === null ? '' : JSON.stringify(f.body),
  responseOptions: { headers: { 'content-type': 'application/json', ...f.headers } }
})

/** Answers the next `method` request to `origin` with the recorded answer `name`. */
function serve(name: string, method: string, origin = ORIGIN): void {
  const r = replyOf(load(name))
  agent
    .get(origin)
    .intercept({ path: () => true, method })
    .reply(r.statusCode, r.data, r.responseOptions)
}

/** The requests sent so far: method, URL and body. */
function sent(): Array<{ method: string; url: URL; headers: Record<string, unknown>; body: unknown }> {
  return (agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    url: new URL(c.fullUrl),
    headers: c.headers ?? {},
    body: c.body
  }))
}

const header = (headers: Record<string, unknown>, name: string): unknown =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1]

async function httpFailure(promise: Promise<unknown>): Promise<OicHttpError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(OicHttpError)
  return error as OicHttpError
}

/** A scratch `.car` on disk (its content is irrelevant: the answer is mocked). */
async function withCar<T>(run: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'oracle-fixtures-'))
  try {
    const file = join(dir, 'LAB-DEVOPS-DEPLOY001.car')
    writeFileSync(file, 'PK\u0005\u0006')
    return await run(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Replays of each fixture, by file name: what the client must make of the recorded answer. */
const REPLAYS: Record<string, () => Promise<void>> = {
  'token-client-credentials': async () => {
    serve('token-client-credentials', 'POST', IDCS)
    const masked: string[] = []
    const token = await requestToken(
      client(IDCS),
      {
        tokenUrl: new URL(`${IDCS}/oauth2/v1/token`),
        clientId: 'app-client',
        clientSecret: 'app-secret',
        scope: 'https://abc.integration.us-phoenix-1.ocp.oraclecloud.com:443/ic/api/',
        grantType: 'client_credentials',
        clientAuth: 'client_secret_basic',
        assertionAudience: [IDCS]
      },
      { now: Date.UTC(2022, 6, 4, 18, 26, 48), mask: v => void masked.push(v) }
    )
    const body = bodyOf('token-client-credentials')
    expect(token).toMatchObject({ accessToken: body.access_token, tokenType: 'Bearer', expiresIn: 3600 })
    expect(token.refreshToken).toBeUndefined()
    expect(token.expiresAt.toISOString()).toBe('2022-07-04T19:26:48.000Z')
    expect(masked).toContain(body.access_token)
  },

  'project-import-response': async () => {
    serve('project-import-response', 'POST')
    const project = await withCar(file => importProject(client(), file, 'add'))
    expect(project).toMatchObject({
      code: 'LAB-DEVOPS',
      id: 'LAB-DEVOPS',
      name: 'labDevOps',
      type: 'DEVELOPED'
    })
    expect(project?.state?.status).toBe('DRAFT')
    expect(project?.state?.lockStatus).toBeUndefined()
    expect(project?.state?.assets?.labelsRs?.items).toEqual([
      {
        code: 'DEPLOY001',
        integrations: [{ code: 'INT001', version: '01.00.0000' }],
        lastUpdated: '2026-09-17T19:23:49.887+0000',
        name: 'deploy001'
      }
    ])
    expect(sent()).toHaveLength(1)
    expect(sent()[0]?.url.pathname).toBe('/ic/api/integration/v1/projects/archive')
  },

  'projects-list-excerpt': async () => {
    serve('projects-list-excerpt', 'GET')
    const projects = await listAllProjects(client())
    expect(projects).toHaveLength(1)
    expect(projects[0]).toMatchObject({ code: 'AA_DRAFT', name: 'AA-DRAFT', type: 'DEVELOPED' })
    expect(projects[0]?.state).toMatchObject({ status: 'DRAFT', lockStatus: false, projectRevisionId: 6 })
    // A root without hasMore and a short page: one request, no second page.
    expect(sent()).toHaveLength(1)
  },

  'deployments-list': async () => {
    serve('deployments-list', 'GET')
    const deployments = await listDeployments(client(), 'MY_PROJECT')
    // `items` only: no hasMore/totalResults, and a code that looks like a version is a deployment code.
    expect(deployments).toEqual(bodyOf('deployments-list').items)
    expect(deployments[0]).toMatchObject({ code: '01.00.0002', name: '1.0.2' })
    expect(deployments[0]?.integrations?.[0]).toMatchObject({ version: '01.00.0002', status: 'CONFIGURED' })
    expect(sent()).toHaveLength(1)
    expect(sent()[0]?.url.pathname).toBe('/ic/api/integration/v1/projects/MY_PROJECT/deployments')
  },

  'deployment-get': async () => {
    serve('deployment-get', 'GET')
    const deployment = await getDeployment(client(), 'MY_PROJECT', '01.00.0002')
    expect(deployment).toEqual(bodyOf('deployment-get'))
    expect(sent()[0]?.url.pathname).toBe('/ic/api/integration/v1/projects/MY_PROJECT/deployments/01.00.0002')
  },

  'deployment-create-201': async () => {
    serve('deployment-create-201', 'POST')
    const created = await createDeployment(client(), 'MY_PROJECT', {
      name: 'Patch-100000002',
      code: '100000002',
      description: 'Patch 100000002'
    })
    // 201 is a success, and its body has no integrations list.
    expect(created).toEqual(bodyOf('deployment-create-201'))
    expect(created?.integrations).toBeUndefined()
  },

  'deployment-update': async () => {
    serve('deployment-update', 'POST')
    const updated = await updateDeployment(client(), 'MY_PROJECT', {
      name: 'Patch-100000004',
      code: '100000004',
      description: 'Patch 100000004',
      integrations: [{ code: 'ORDER_NOTIFY', version: '01.00.0002' }]
    })
    expect(updated).toMatchObject({ code: '100000004', name: 'Patch-100000004' })
    expect(updated?.integrations).toBeUndefined()
    expect(header(sent()[0]?.headers ?? {}, 'x-http-method-override')).toBe('PATCH')
  },

  'integrations-list-page': async () => {
    serve('integrations-list-page', 'GET')
    const page = await listPage<Integration>(client(), '/ic/api/integration/v1/integrations', 'list', {
      offset: 0,
      limit: 100
    })
    // Design-time collections do carry hasMore and totalResults (unlike monitoring ones, K4).
    expect(page).toMatchObject({ hasMore: true, limit: 100, totalResults: 337 })
    expect(page.items?.[0]).toMatchObject({
      id: 'POB_REST_DEMOHCM|01.00.0001',
      code: 'POB_REST_DEMOHCM',
      version: '01.00.0001',
      status: 'ACTIVATED'
    })
  },

  'activation-reply-inprogress': async () => {
    serve('activation-reply-inprogress', 'POST')
    const reply = await setIntegrationStatus(client(), 'LAB-DEVOPS', 'INT001', '01.00.0000', 'ACTIVATED')
    expect(reply?.status).toBe('ACTIVATION_INPROGRESS')
    const [req] = sent()
    expect(req?.url.pathname).toBe(
      '/ic/api/integration/v1/projects/LAB-DEVOPS/integrations/INT001%7C01.00.0000'
    )
    expect(header(req?.headers ?? {}, 'x-http-method-override')).toBe('PATCH')
    expect(JSON.parse(String(req?.body))).toEqual({ status: 'ACTIVATED' })
  },

  'deactivation-reply-inprogress': async () => {
    serve('deactivation-reply-inprogress', 'POST')
    const reply = await setIntegrationStatus(client(), undefined, 'ORDER_NOTIFY', '01.00.0000', 'CONFIGURED')
    expect(reply?.status).toBe('DEACTIVATION_INPROGRESS')
    expect(JSON.parse(String(sent()[0]?.body))).toEqual({ status: 'CONFIGURED' })
  },

  'activation-status-activated': async () => {
    serve('activation-status-activated', 'GET')
    await expect(getActivationStatus(client(), 'LAB-DEVOPS', 'INT001', '01.00.0000')).resolves.toBe(
      'ACTIVATED'
    )
    expect(sent()[0]?.url.pathname).toBe(
      '/ic/api/integration/v1/projects/LAB-DEVOPS/integrations/INT001%7C01.00.0000/activationStatus'
    )
  },

  'activation-status-configured': async () => {
    serve('activation-status-configured', 'GET')
    await expect(getActivationStatus(client(), 'TEST_PROJECT', 'HELLO_WORLD', '01.02.0000')).resolves.toBe(
      'CONFIGURED'
    )
  },

  'connection-test-success': async () => {
    serve('connection-test-success', 'POST')
    const result = await testConnection(client(), 'LAB-DEVOPS', 'BUCKET')
    expect(result).toEqual({
      details: 'Test of BUCKET connection succeeded.',
      id: 'BUCKET',
      status: 'SUCCESS'
    })
    const [req] = sent()
    expect(req?.url.pathname).toBe('/ic/api/integration/v1/projects/LAB-DEVOPS/connections/BUCKET/test')
    // "There's no request body for this operation" (K11).
    expect(req?.body ?? '').toBe('')
  },

  'connection-get-security-policy-info': async () => {
    serve('connection-get-security-policy-info', 'GET')
    const connection = await getConnection(client(), undefined, 'POB_OICTOOPA_INVOKE')
    expect(connection).toMatchObject({
      id: 'POB_OICTOOPA_INVOKE',
      role: 'TARGET',
      securityPolicy: 'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS',
      adapterType: { name: 'rest', displayName: 'REST' }
    })
    expect(connection.connectionProperties?.map(p => p.propertyName)).toEqual([
      'connectionType',
      'connectionUrl'
    ])
    const info = (connection as { securityPolicyInfo?: Array<{ securityPolicy: string }> }).securityPolicyInfo
    expect(info?.map(i => i.securityPolicy)).toEqual([
      'OCI_SIGNATURE_VERSION1',
      'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS'
    ])
  },

  'connection-get-project': async () => {
    serve('connection-get-project', 'GET')
    const connection = await getConnection(client(), 'ORDERS', 'ORCL-BRT-ERP-CLOUD_CONN')
    expect(connection).toMatchObject({
      id: 'ORCL-BRT-ERP-CLOUD_CONN',
      status: 'CONFIGURED',
      lockedFlag: true
    })
    // The password comes back masked: "*****" is not a value to send anywhere.
    const password = connection.securityProperties?.find(p => p.propertyName === 'password')
    expect(password).toMatchObject({ propertyType: 'PASSWORD', propertyValue: '*****' })
    expect(sent()[0]?.url.pathname).toBe(
      '/ic/api/integration/v1/projects/ORDERS/connections/ORCL-BRT-ERP-CLOUD_CONN'
    )
  },

  'connection-update-response': async () => {
    serve('connection-update-response', 'POST')
    const updated = await updateConnection(client(), undefined, 'POB_OICTOOPA_INVOKE', {
      securityPolicy: 'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS'
    })
    expect(updated).toMatchObject({ status: 'CONFIGURED', name: 'pob-OICtoOPA-Invoke', lockedFlag: false })
    // Secrets come back without a value.
    const secrets = updated?.securityProperties?.filter(p => p.propertyType === 'PASSWORD') ?? []
    expect(secrets.map(p => p.propertyName)).toEqual(['oauth.client.secret', 'password'])
    expect(secrets.every(p => p.propertyValue === undefined)).toBe(true)
    expect(header(sent()[0]?.headers ?? {}, 'x-http-method-override')).toBe('PATCH')
  },

  'monitoring-integrations-list': async () => {
    serve('monitoring-integrations-list', 'GET')
    const page = await listPage<{ id: string; noOfErrors?: number }>(
      client(),
      '/ic/api/integration/v1/monitoring/integrations',
      'monitoring integrations',
      { offset: 0, limit: 999 }
    )
    // A monitoring collection: totalResults, no hasMore (K4); timeWindow is a string.
    expect(page.hasMore).toBeUndefined()
    expect(page).toMatchObject({ totalResults: 1, timeWindow: '24' })
    expect(page.items?.[0]).toMatchObject({ id: 'PROCESSORDERSBATCH|01.00.0000', noOfErrors: 0 })
  },

  'errors-list-excerpt': async () => {
    serve('errors-list-excerpt', 'GET')
    const page = await listErrors(
      client(),
      { timewindow: '1h', code: 'ASYNC_MAIN' },
      { offset: 0, limit: 50 }
    )
    expect(page.dataFetchTime).toBe('2026-04-23T14:13:26.594+0000')
    expect(page.hasMore).toBeUndefined()
    expect(page.items?.[0]).toMatchObject({ creationDate: '2026-04-23T14:10:50.525+0000', errorCode: '500' })
  },

  'errors-resubmit-async-empty': async () => {
    serve('errors-resubmit-async-empty', 'POST')
    const ids = ['2HVm-j8dEfG8Ab8Y-P4nAQ', 'O6f-Sj8eEfGQlVci_IGJCQ']
    const result = await resubmitErrors(client(), ids)
    // An empty 202 accepted the request: the answer must never read as "0 resubmitted" (K2).
    expect(result?.acceptedIds === undefined || result.acceptedIds.length === ids.length).toBe(true)
    expect(
      result?.resubmittedInstancesCount === undefined || result.resubmittedInstancesCount === ids.length
    ).toBe(true)
    expect(sent()).toHaveLength(1)
  },

  'errors-resubmit-sync': async () => {
    serve('errors-resubmit-sync', 'POST')
    const ids = ['BhYp_G7OEfGJYpvwjtaODQ', '_qQwUm7NEfGj4tHFvE-1xw']
    const result = await resubmitErrors(client(), ids)
    expect(result).toMatchObject({
      acceptedIds: ids,
      recoveryJobId: 'wT50027OEfG_or0gmGmhLg',
      resubmitRequested: true,
      resubmittedInstancesCount: 2
    })
    const [req] = sent()
    expect(req?.url.pathname).toBe('/ic/api/integration/v1/monitoring/errors/resubmit')
    // The body above only comes back when it is asked for (K2).
    expect(req?.url.searchParams.get('return')).toBe('sync')
    expect(JSON.parse(String(req?.body))).toMatchObject({ ids })
  },

  'error-412-schedule-cancelled': async () => {
    serve('error-412-schedule-cancelled', 'POST')
    const error = await httpFailure(
      client().json({
        method: 'POST',
        path: '/ic/api/integration/v1/projects/P/integrations/SCHEDULED_RATES%7C01.00.0000/schedule/stop',
        json: {},
        label: 'stop schedule'
      })
    )
    const body = bodyOf('error-412-schedule-cancelled')
    // title carries the message; there is no detail, and status is a string.
    expect({ status: error.status, title: error.title, detail: error.detail }).toEqual({
      status: 412,
      title: body.title,
      detail: undefined
    })
    expect(error.message).toContain(body.title)
  },

  'error-412-schedule-not-defined': async () => {
    serve('error-412-schedule-not-defined', 'DELETE')
    const error = await httpFailure(
      client().json({
        method: 'DELETE',
        path: '/ic/api/integration/v1/projects/P/integrations/SCHEDULED_RATES%7C01.00.0000/schedule',
        headers: { 'x-http-method-override': 'PATCH' },
        label: 'delete schedule'
      })
    )
    expect(error.status).toBe(412)
    expect(error.title).toBe('Schedule is not defined for this integration.')
    expect(error.message).toContain('Schedule is not defined for this integration.')
  },

  'rest-adapter-error-pre-20-4-2': async () => {
    serve('rest-adapter-error-pre-20-4-2', 'GET')
    const error = await httpFailure(client().json({ method: 'GET', path: '/ic/api/x', label: 'call' }))
    expect(error).toMatchObject({ status: 500, title: 'Internal Server Error', errorCode: '400' })
    expect(error.detail).toMatch(/^An internal error occurred/)
    expect(error.errorDetails?.[0]).toMatch(/^Not Found: <!\[CDATA\[GET http:\/\/api\.zippopotam\.us/)
  },

  'rest-adapter-error-20-4-2': async () => {
    serve('rest-adapter-error-20-4-2', 'GET')
    const error = await httpFailure(client().json({ method: 'GET', path: '/ic/api/x', label: 'call' }))
    expect(error).toMatchObject({ status: 500, title: 'Internal Server Error', errorCode: '404' })
    expect(error.errorDetails?.[0]).toMatch(/^Not Found: <!\[CDATA\[GET http:\/\/api\.zippopotam\.us/)
  },

  'rest-adapter-error-api-invocation': async () => {
    serve('rest-adapter-error-api-invocation', 'GET')
    const error = await httpFailure(client().json({ method: 'GET', path: '/ic/api/x', label: 'call' }))
    expect(error).toMatchObject({ status: 500, title: 'Internal Server Error', errorCode: '500' })
    expect(error.errorDetails?.[0]).toMatch(/^Bad Request: GET http:\/\/maps\.googleapis\.com/)
    expect(error.message).toContain('Bad Request')
  }
}

describe('recorded Oracle answers through the client', () => {
  for (const [name, replay] of Object.entries(REPLAYS)) it(name, replay)

  it('activation: CONFIGURED after the request means "not started yet", then ACTIVATED (K5)', async () => {
    // The documented sequence, from recorded answers: status CONFIGURED before, the POST answers
    // ACTIVATION_INPROGRESS, the first polls may still say CONFIGURED, then ACTIVATED.
    const statuses = [
      'activation-status-configured',
      'activation-status-configured',
      'activation-status-configured'
    ]
    let polls = 0
    agent
      .get(ORIGIN)
      .intercept({ path: p => p.includes('/activationStatus'), method: 'GET' })
      .reply(() => replyOf(load(statuses[polls++] ?? 'activation-status-activated')))
      .persist()
    serve('activation-reply-inprogress', 'POST')
    let now = 0
    const [outcome] = await activateIntegrations(
      client(),
      'TEST_PROJECT',
      [{ code: 'HELLO_WORLD', version: '01.02.0000' }],
      600_000,
      { sleep: async ms => void (now += ms), now: () => now, log: () => undefined }
    )
    expect(outcome?.status).toBe('ACTIVATED')
    expect(sent().filter(r => r.method === 'POST')).toHaveLength(1)
  })
})

describe('the corpus', () => {
  const files = readdirSync(DIR).filter(f => f.endsWith('.json'))

  it('has a replay for every fixture, and a fixture for every replay', () => {
    expect(files.map(f => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(REPLAYS).sort())
  })

  it.each(files)('%s names its source and is a well-formed recorded answer', file => {
    const f = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture
    expect(typeof f.source).toBe('string')
    expect(f.source.length).toBeGreaterThan(40)
    expect(f.source).toMatch(/https?:\/\/|github\.com\/[^@\s]+@[0-9a-f]{40}:|\.\.\/shared\/seeds\//)
    expect(Number.isInteger(f.status) && f.status >= 200 && f.status < 600).toBe(true)
    expect(f).toHaveProperty('body')
    expect(Array.isArray(f.shape?.open) && Array.isArray(f.shape?.optional)).toBe(true)
  })

  it('is listed file by file in its README', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8')
    for (const file of files) expect(readme).toContain(`\`${file}\``)
  })

  it('copies no credential: tokens and e-mail addresses are replaced by placeholders', () => {
    for (const file of files) {
      const text = readFileSync(join(DIR, file), 'utf8')
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}/)
      expect(text).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|org|net|io)\b/)
    }
  })
})
