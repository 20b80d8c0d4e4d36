// Verify the HTTP client over MockAgent: integrationInstance and bearer on every call, retries with a fake sleep
// (429 + Retry-After, 503, ECONNRESET, truncated JSON), no retry of POST, redirects, and the typed error.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { MockAgent } from 'undici'
import { OicHttpError } from '../../../../src/core/errors.js'
import { HttpClient, tokenSecondsLeft } from '../../../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'

const ORIGIN = 'https://design.example.com'
let agent: MockAgent
let sleeps: number[]
let logs: string[]

function client(overrides: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}): HttpClient {
  return new HttpClient({
    baseUrl: new URL(ORIGIN),
    instance: 'dev',
    token: 'tok-123456',
    timeoutMs: 5000,
    retry: defaultRetryPolicy(3),
    dispatcher: agent,
    sleep: async ms => void sleeps.push(ms),
    random: () => 0.5,
    log: m => void logs.push(m),
    ...overrides
  })
}

beforeEach(() => {
  agent = new MockAgent({ enableCallHistory: true })
  agent.disableNetConnect()
  sleeps = []
  logs = []
})
afterEach(async () => {
  agent.assertNoPendingInterceptors()
  await agent.close()
})

const pool = (): ReturnType<MockAgent['get']> => agent.get(ORIGIN)
const projects = { path: '/ic/api/integration/v1/projects?integrationInstance=dev&limit=5', method: 'GET' }

describe('HttpClient', () => {
  it('adds integrationInstance, query and bearer token', async () => {
    pool()
      .intercept({ ...projects, headers: { authorization: 'Bearer tok-123456' } })
      .reply(200, { items: [] }, { headers: { 'content-type': 'application/json' } })
    const res = await client().json<{ items: unknown[] }>({
      method: 'GET',
      path: '/ic/api/integration/v1/projects',
      query: { limit: 5, offset: undefined },
      label: 'list'
    })
    expect(res.body.items).toEqual([])
    expect(
      agent
        .getCallHistory()
        ?.calls()
        .map(c => c.fullUrl)
    ).toEqual([`${ORIGIN}/ic/api/integration/v1/projects?integrationInstance=dev&limit=5`])
  })

  it('omits integrationInstance in OIC 2 mode', async () => {
    pool().intercept({ path: '/ic/api/integration/v1/projects', method: 'GET' }).reply(200, {})
    await client({ instance: undefined }).json({
      method: 'GET',
      path: '/ic/api/integration/v1/projects',
      label: 'list'
    })
  })

  it('honours Retry-After on 429 and retries 503, logging one labelled line per retry', async () => {
    pool()
      .intercept(projects)
      .reply(429, { title: 'Too Many Requests' }, { headers: { 'retry-after': '7' } })
    pool().intercept(projects).reply(503, 'busy')
    pool().intercept(projects).reply(200, { ok: true })
    const res = await client().json({
      method: 'GET',
      path: '/ic/api/integration/v1/projects',
      query: { limit: 5 },
      label: 'list projects'
    })
    expect(res.body).toEqual({ ok: true })
    expect(sleeps).toEqual([7000, 500])
    expect(logs).toHaveLength(2)
    expect(logs[0]).toMatch(
      /^Retry list projects: attempt 1 of 4 failed: GET .* HTTP 429 Too Many Requests.*retrying in 7000 ms$/
    )
  })

  it('retries a connection reset and a truncated JSON body on GET', async () => {
    pool()
      .intercept(projects)
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    pool()
      .intercept(projects)
      .reply(200, '{"items": [', { headers: { 'content-type': 'application/json' } })
    pool()
      .intercept(projects)
      .reply(200, { items: [1] })
    const res = await client().json({
      method: 'GET',
      path: '/ic/api/integration/v1/projects',
      query: { limit: 5 },
      label: 'list'
    })
    expect(res.body).toEqual({ items: [1] })
    expect(sleeps).toHaveLength(2)
  })

  it('gives up after the configured retries with the last error', async () => {
    for (let i = 0; i < 4; i++)
      pool()
        .intercept(projects)
        .reply(502, '<html><title>502 Bad Gateway</title></html>', {
          headers: { 'content-type': 'text/html' }
        })
    const error = await client()
      .json({ method: 'GET', path: '/ic/api/integration/v1/projects', query: { limit: 5 }, label: 'list' })
      .catch(e => e)
    expect(error).toBeInstanceOf(OicHttpError)
    expect(error.status).toBe(502)
    expect(error.message).toMatch(/HTTP 502: an HTML page \("502 Bad Gateway"\) instead of an API response/)
    expect(sleeps).toHaveLength(3)
  })

  it('never repeats a POST that is not marked safe', async () => {
    pool()
      .intercept({ path: '/ic/api/integration/v1/projects/archive?integrationInstance=dev', method: 'POST' })
      .reply(503, {})
    const error = await client()
      .json({ method: 'POST', path: '/ic/api/integration/v1/projects/archive', json: {}, label: 'import' })
      .catch(e => e)
    expect(error.status).toBe(503)
    expect(sleeps).toEqual([])
    pool()
      .intercept({ path: '/ic/api/integration/v1/projects/archive?integrationInstance=dev', method: 'POST' })
      .replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))
    const reset = await client()
      .json({ method: 'POST', path: '/ic/api/integration/v1/projects/archive', json: {}, label: 'import' })
      .catch(e => e)
    expect(reset.status).toBe(0)
    expect(reset.code).toBe('ECONNRESET')
    expect(sleeps).toEqual([])
  })

  it('retries a POST marked safe', async () => {
    const path = '/ic/api/integration/v1/connections/X/test?integrationInstance=dev'
    pool().intercept({ path, method: 'POST' }).reply(503, {})
    pool().intercept({ path, method: 'POST' }).reply(200, { status: 'SUCCESS' })
    const res = await client().json({
      method: 'POST',
      path: '/ic/api/integration/v1/connections/X/test',
      safeToRetry: true,
      label: 'test'
    })
    expect(res.body).toEqual({ status: 'SUCCESS' })
  })

  it('fails instead of waiting for a Retry-After beyond the cap', async () => {
    pool()
      .intercept(projects)
      .reply(429, {}, { headers: { 'retry-after': '3600' } })
    const error = await client()
      .json({ method: 'GET', path: '/ic/api/integration/v1/projects', query: { limit: 5 }, label: 'list' })
      .catch(e => e)
    expect(error.status).toBe(429)
    expect(sleeps).toEqual([])
  })

  it('builds the error from Oracle problem documents with o:errorDetails and opc-request-id', async () => {
    pool()
      .intercept(projects)
      .reply(
        409,
        {
          type: 'x',
          title: 'Conflict',
          detail: 'Project SALES already exists.',
          status: 'HTTP 409 Conflict',
          'o:errorCode': 'OIC-409',
          'o:errorDetails': [{ title: 'Duplicate', instance: 'SALES' }]
        },
        { headers: { 'content-type': 'application/json', 'opc-request-id': 'req-42' } }
      )
    const error: OicHttpError = await client()
      .json({ method: 'GET', path: '/ic/api/integration/v1/projects', query: { limit: 5 }, label: 'list' })
      .catch(e => e)
    expect(error.status).toBe(409)
    expect(error.title).toBe('Conflict')
    expect(error.detail).toBe('Project SALES already exists.')
    expect(error.errorCode).toBe('OIC-409')
    expect(error.errorDetails).toEqual(['Duplicate: SALES'])
    expect(error.requestId).toBe('req-42')
    expect(error.message).toBe(
      `GET ${ORIGIN}/ic/api/integration/v1/projects?integrationInstance=dev&limit=5 failed: HTTP 409 Conflict: Project SALES already exists. details: Duplicate: SALES. opc-request-id req-42`
    )
  })

  it('adds actionable hints for 401 and 403 and says when the token expired', async () => {
    pool().intercept(projects).reply(403, {})
    const e403 = await client()
      .json({ method: 'GET', path: '/ic/api/integration/v1/projects', query: { limit: 5 }, label: 'l' })
      .catch(e => e)
    expect(e403.message).toMatch(/assign ServiceDeveloper/)
    const expired = `x.${Buffer.from(JSON.stringify({ exp: 1000 })).toString('base64url')}.y`
    pool().intercept(projects).reply(401, {})
    const e401 = await client({ token: expired, now: () => 1_060_000 })
      .json({ method: 'GET', path: '/ic/api/integration/v1/projects', query: { limit: 5 }, label: 'l' })
      .catch(e => e)
    expect(e401.message).toMatch(/The access token expired 60 s ago/)
    expect(tokenSecondsLeft('not-a-jwt', 0)).toBeUndefined()
  })

  it('follows a same-host redirect but refuses to carry the token to another host', async () => {
    pool()
      .intercept(projects)
      .reply(307, '', { headers: { location: '/ic/api/integration/v1/projects2?integrationInstance=dev' } })
    pool()
      .intercept({
        path: '/ic/api/integration/v1/projects2?integrationInstance=dev',
        method: 'GET',
        headers: { authorization: 'Bearer tok-123456' }
      })
      .reply(200, { moved: true })
    const res = await client().json({
      method: 'GET',
      path: '/ic/api/integration/v1/projects',
      query: { limit: 5 },
      label: 'l'
    })
    expect(res.body).toEqual({ moved: true })

    pool()
      .intercept(projects)
      .reply(307, '', { headers: { location: 'https://evil.example.net/steal' } })
    const error = await client()
      .json({ method: 'GET', path: '/ic/api/integration/v1/projects', query: { limit: 5 }, label: 'l' })
      .catch(e => e)
    expect(error.message).toMatch(
      /redirected to https:\/\/evil\.example\.net.*The token is not sent to another host: set oic-url/
    )
    expect(
      agent
        .getCallHistory()
        ?.calls()
        .filter(c => c.origin.includes('evil'))
    ).toEqual([])
  })

  it('redacts secret query parameters in errors', async () => {
    pool().intercept({ path: '/x?integrationInstance=dev&access_token=leak', method: 'GET' }).reply(404, {})
    const error = await client()
      .json({ method: 'GET', path: '/x', query: { access_token: 'leak' }, label: 'l' })
      .catch(e => e)
    expect(error.message).not.toMatch(/leak/)
    expect(error.url).toMatch(/access_token=\*\*\*/)
  })

  it('streams bodies to a consumer and retries the whole exchange when the stream breaks', async () => {
    const path = '/ic/api/integration/v1/projects/P/archive?integrationInstance=dev'
    pool().intercept({ path, method: 'POST' }).reply(200, 'PK-partial')
    pool().intercept({ path, method: 'POST' }).reply(200, 'PK-complete')
    let attempts = 0
    const text = await client().stream(
      {
        method: 'POST',
        path: '/ic/api/integration/v1/projects/P/archive',
        json: {},
        safeToRetry: true,
        label: 'export'
      },
      async body => {
        attempts++
        let data = ''
        for await (const c of body) data += String(c)
        if (attempts === 1) throw Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })
        return data
      }
    )
    expect(text).toBe('PK-complete')
    expect(attempts).toBe(2)
  })
})
