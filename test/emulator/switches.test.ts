// Verify the emulator's switches and fault rules: 429 + Retry-After, 502/503, HTML pages, resets before and after
// the effect, truncated JSON, slow bodies, hangs, latency, OIC 2 mode, the 307 instance host, token TTL and counters.
import { afterEach, describe, expect, it } from '@jest/globals'
import { request } from 'undici'
import type { Emulator } from '../../emulator/index.js'
import { createPrivateKey } from 'node:crypto'
import { SignJWT } from 'jose'
import { scopeOf, startEmulator, TEST_CLIENT, testKeys, tokenFor } from '../support/emulator.js'

let emu: Emulator | undefined
afterEach(async () => {
  await emu?.stop()
  emu = undefined
})

const PROJECTS = '/ic/api/integration/v1/projects'
async function boot(switches: Record<string, unknown> = {}): Promise<Emulator> {
  emu = await startEmulator({ switches })
  return emu
}
async function get(e: Emulator, path = PROJECTS, instance = 'dev', token?: string) {
  const url = new URL(path, e.url)
  if (instance) url.searchParams.set('integrationInstance', instance)
  return request(url, { headers: { authorization: `Bearer ${token ?? (await tokenFor(e, 'dev'))}` } })
}

describe('fault rules', () => {
  it('answers 429 with Retry-After, then lets requests through (times)', async () => {
    const e = await boot()
    e.switches.faults.push({ path: '/projects', kind: 'status', status: 429, retryAfter: 7, times: 1 })
    const first = await get(e)
    expect(first.statusCode).toBe(429)
    expect(first.headers['retry-after']).toBe('7')
    expect(await first.body.json()).toMatchObject({ title: 'Too Many Requests', status: 'HTTP 429' })
    expect((await get(e)).statusCode).toBe(200)
  })

  it('answers 502/503 as JSON, and a load balancer HTML page', async () => {
    const e = await boot()
    e.switches.faults.push({ kind: 'status', status: 503, times: 1 }, { kind: 'html', status: 502, times: 1 })
    expect((await get(e)).statusCode).toBe(503)
    const html = await get(e)
    expect(html.statusCode).toBe(502)
    expect(html.headers['content-type']).toBe('text/html')
    expect(await html.body.text()).toMatch(/<title>502 Bad Gateway<\/title>/)
  })

  it('skips the first N matches', async () => {
    const e = await boot()
    e.switches.faults.push({ kind: 'status', status: 503, skip: 1, times: 1 })
    expect((await get(e)).statusCode).toBe(200)
    expect((await get(e)).statusCode).toBe(503)
    expect((await get(e)).statusCode).toBe(200)
  })

  it('resets before the handler (no effect) and after it (effect done, answer lost)', async () => {
    const e = await boot()
    const token = await tokenFor(e, 'dev')
    const create = (code: string) =>
      request(new URL(`${PROJECTS}?integrationInstance=dev`, e.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ code, name: code })
      })
    e.switches.faults.push({ method: 'POST', kind: 'reset', phase: 'before', times: 1 })
    await expect(create('A1')).rejects.toThrow()
    expect(e.counters.mutationCount(`POST ${PROJECTS}`)).toBe(0)
    e.switches.faults.push({ method: 'POST', kind: 'reset', phase: 'after', times: 1 })
    await expect(create('A2').then(r => r.body.text())).rejects.toThrow()
    expect(e.counters.mutationCount(`POST ${PROJECTS}`)).toBe(1)
    expect((await get(e, `${PROJECTS}/A2`)).statusCode).toBe(200)
  })

  it('truncates JSON bodies and sends slow bodies', async () => {
    const e = await boot()
    e.switches.faults.push({ kind: 'truncate', times: 1 })
    const truncated = await (await get(e)).body.text()
    expect(() => JSON.parse(truncated)).toThrow()
    e.switches.faults.push({ kind: 'slow-body', delayMs: 20, times: 1 })
    const started = Date.now()
    const slow = await (await get(e)).body.json()
    expect(slow).toHaveProperty('items')
    // 1 ms less: libuv measures timers from its cached loop time, which may be up to 1 ms older than Date.now().
    expect(Date.now() - started).toBeGreaterThanOrEqual(19)
  })

  it('hangs until the client gives up, and adds latency', async () => {
    const e = await boot({ latency: { '/projects': 30 } })
    const started = Date.now()
    await get(e)
    expect(Date.now() - started).toBeGreaterThanOrEqual(29)
    e.switches.faults.push({ kind: 'hang', times: 1 })
    const url = new URL(`${PROJECTS}?integrationInstance=dev`, e.url)
    await expect(
      request(url, { headers: { authorization: `Bearer ${await tokenFor(e, 'dev')}` }, headersTimeout: 200 })
    ).rejects.toThrow(/Headers Timeout/)
  })
})

describe('switches', () => {
  it('OIC 2 mode serves the first instance without integrationInstance', async () => {
    const e = await boot({ gen2Mode: true })
    expect((await get(e, PROJECTS, '')).statusCode).toBe(200)
  })

  it('requires integrationInstance otherwise (400, or 404 with the switch)', async () => {
    const e = await boot()
    const missing = await get(e, PROJECTS, '')
    expect(missing.statusCode).toBe(400)
    expect(await missing.body.json()).toMatchObject({
      title: 'The query parameter integrationInstance is required.'
    })
    e.switches.missingInstanceStatus = 404
    expect((await get(e, PROJECTS, 'nope')).statusCode).toBe(404)
  })

  it('serves a 307 instance host that redirects to the design host', async () => {
    const e = await boot({ instanceHostRedirect: true })
    const res = await request(new URL(`${PROJECTS}?integrationInstance=dev`, e.instanceUrl), {})
    expect(res.statusCode).toBe(307)
    expect(res.headers.location).toBe(`${e.url}${PROJECTS}?integrationInstance=dev`)
  })

  it('expires tokens after tokenTtlSeconds on the emulator clock', async () => {
    const e = await boot({ tokenTtlSeconds: 60 })
    const token = await tokenFor(e, 'dev')
    expect((await get(e, PROJECTS, 'dev', token)).statusCode).toBe(200)
    e.clock.advance(61_000)
    const expired = await get(e, PROJECTS, 'dev', token)
    expect(expired.statusCode).toBe(401)
    expect(await expired.body.json()).toMatchObject({ title: 'The access token has expired.' })
  })

  it('counts requests and mutations per route', async () => {
    const e = await boot()
    await get(e)
    await get(e)
    expect(e.counters.requests.get(`GET ${PROJECTS}`)).toBe(2)
    expect(e.counters.totalMutations()).toBe(0)
    e.counters.reset()
    expect(e.counters.requestCount()).toBe(0)
  })
})

describe('identity domain', () => {
  const form = (
    e: Emulator,
    body: Record<string, string>,
    auth = `${TEST_CLIENT.clientId}:${TEST_CLIENT.clientSecret}`
  ) =>
    request(new URL('/oauth2/v1/token', e.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(auth).toString('base64')}`
      },
      body: new URLSearchParams(body).toString()
    })

  it.each([
    [
      'a wrong secret',
      { grant_type: 'client_credentials', scope: 'x' },
      'ci-client:wrong',
      401,
      'invalid_client'
    ],
    ['an unknown grant', { grant_type: 'implicit', scope: 'x' }, undefined, 400, 'unsupported_grant_type'],
    [
      'a bad scope',
      { grant_type: 'client_credentials', scope: 'https://x:443/ic/api/' },
      undefined,
      400,
      'invalid_scope'
    ],
    [
      'a bare consumer scope (switch off)',
      { grant_type: 'client_credentials', scope: 'urn:opc:resource:consumer::all' },
      undefined,
      400,
      'invalid_scope'
    ],
    [
      'a wrong password',
      { grant_type: 'password', username: TEST_CLIENT.username, password: 'x', scope: 'S' },
      undefined,
      400,
      'invalid_grant'
    ]
  ])('answers RFC 6749 errors: %s', async (_n, body, auth, status, error) => {
    const e = await boot()
    const res = await form(e, { ...body, scope: body.scope === 'S' ? scopeOf(e, 'dev') : body.scope }, auth)
    expect(res.statusCode).toBe(status)
    expect(await res.body.json()).toMatchObject({ error, error_description: expect.any(String) })
  })

  it('honours urn:opc:resource:expiry and refuses another instance with the token', async () => {
    const e = await boot()
    const res = await form(e, {
      grant_type: 'client_credentials',
      scope: `${scopeOf(e, 'prod')} urn:opc:resource:expiry=120`
    })
    const body = (await res.body.json()) as { access_token: string; expires_in: number }
    expect(body.expires_in).toBe(120)
    expect((await get(e, PROJECTS, 'prod', body.access_token)).statusCode).toBe(200)
    expect((await get(e, PROJECTS, 'dev', body.access_token)).statusCode).toBe(401)
  })

  it('enforces roles: ServiceViewer reads, ServiceInvoker may not call the API', async () => {
    const e = await boot()
    expect((await get(e, PROJECTS, 'dev', await tokenFor(e, 'dev', 'viewer-client'))).statusCode).toBe(200)
    const invoker = await get(e, PROJECTS, 'dev', await tokenFor(e, 'dev', 'invoker-client'))
    expect(invoker.statusCode).toBe(403)
    expect(await invoker.body.json()).toMatchObject({
      title: expect.stringMatching(/has none of the roles/),
      status: 'HTTP 403 Forbidden'
    })
  })
})

describe('signed assertions (contract K9: OCI IAM, Client/User JWT Assertion)', () => {
  const assertion = (e: Emulator, header: Record<string, string>, aud: string | string[]) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...header })
      .setIssuer(TEST_CLIENT.clientId)
      .setSubject(TEST_CLIENT.username)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti(`${Math.random()}`)
      .sign(createPrivateKey(testKeys().privateKey))
  const userGrant = async (e: Emulator, jwt: string) => {
    const res = await request(new URL('/oauth2/v1/token', e.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${TEST_CLIENT.clientId}:${TEST_CLIENT.clientSecret}`).toString('base64')}`
      },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: jwt,
        scope: scopeOf(e, 'dev')
      }).toString()
    })
    return { status: res.statusCode, body: (await res.body.json()) as Record<string, string> }
  }

  it('refuses an assertion without kid or x5t (invalid_grant), accepts it with the switch', async () => {
    const e = await boot()
    const refused = await userGrant(e, await assertion(e, {}, e.url))
    expect(refused).toEqual({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description:
          'User assertion rejected: The x5t or kid claim must be present in the JWT assertion header.'
      }
    })
    e.switches.assertionKeyRefOptional = true
    expect((await userGrant(e, await assertion(e, {}, e.url))).status).toBe(200)
  })

  it('requires the identity domain URL among the aud values; the generic audience only with the switch', async () => {
    const e = await boot()
    const kid = { kid: TEST_CLIENT.keyId }
    expect(
      (await userGrant(e, await assertion(e, kid, [`${e.url}/`, 'https://identity.oraclecloud.com/']))).status
    ).toBe(200)
    const generic = await userGrant(e, await assertion(e, kid, 'https://identity.oraclecloud.com/'))
    expect(generic.status).toBe(400)
    expect(generic.body.error_description).toMatch(
      /identity domain URL .* must be one of the aud claim values/
    )
    e.switches.assertionGenericAudience = true
    expect((await userGrant(e, await assertion(e, kid, 'https://identity.oraclecloud.com/'))).status).toBe(
      200
    )
  })
})
