// Verify the emulator's authorization endpoint and the authorization code grant: every refusal (answered at the
// endpoint for a bad client or redirect URI, redirected with error= otherwise), PKCE S256 only, single-use codes
// bound to client and redirect URI, refresh tokens only with offline_access, id_token with the nonce for openid.
import { createHash, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import type { Emulator } from '../../emulator/index.js'
import { CODE_TTL_MS } from '../../emulator/src/authorization-codes.js'
import { scopeOf, startEmulator, testSeed } from '../support/emulator.js'

const CALLBACK = 'http://127.0.0.1/callback'
const SECRET = 'sentinel-login-secret-77c1'
let emu: Emulator

beforeAll(async () => {
  const seed = testSeed()
  seed.identity?.clients?.push(
    { clientId: 'cli-conf', clientSecret: SECRET, redirectUris: [CALLBACK] },
    {
      clientId: 'cli-public',
      public: true,
      redirectUris: [CALLBACK],
      grants: ['authorization_code', 'refresh_token']
    },
    { clientId: 'cli-exact', clientSecret: SECRET, redirectUris: ['http://127.0.0.1:8765/callback'] },
    { clientId: 'cli-cc', clientSecret: SECRET, redirectUris: [CALLBACK], grants: ['client_credentials'] }
  )
  emu = await startEmulator({ seed, switches: { authorizeLoopbackAnyPort: true } })
})
afterAll(() => emu.stop())

const verifier = randomBytes(32).toString('base64url')
const challenge = createHash('sha256').update(verifier).digest('base64url')
const redirect = 'http://127.0.0.1:49152/callback'

function params(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const all: Record<string, string | undefined> = {
    client_id: 'cli-conf',
    response_type: 'code',
    redirect_uri: redirect,
    scope: `${scopeOf(emu, 'dev')} offline_access`,
    state: 'st-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides
  }
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Record<string, string>
}

async function authorize(
  overrides: Record<string, string | undefined> = {}
): Promise<{ status: number; location?: URL; body: string }> {
  const res = await fetch(
    `${emu.url}/oauth2/v1/authorize?${new URLSearchParams(params(overrides)).toString()}`,
    {
      redirect: 'manual'
    }
  )
  const location = res.headers.get('location')
  return { status: res.status, location: location ? new URL(location) : undefined, body: await res.text() }
}

async function codeFor(overrides: Record<string, string | undefined> = {}): Promise<string> {
  const { status, location } = await authorize(overrides)
  expect(status).toBe(302)
  return location?.searchParams.get('code') ?? ''
}

async function token(
  form: Record<string, string>,
  basic: string | null
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${emu.url}/oauth2/v1/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(basic ? { authorization: `Basic ${Buffer.from(basic).toString('base64')}` } : {})
    },
    body: new URLSearchParams(form)
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const exchange = (code: string, extra: Record<string, string> = {}, basic: string | null = null) =>
  token(
    { grant_type: 'authorization_code', code, redirect_uri: redirect, code_verifier: verifier, ...extra },
    basic
  )

describe('GET /oauth2/v1/authorize refusals answered at the endpoint (never redirected)', () => {
  it.each([
    ['an unknown client', { client_id: 'nobody' }, 'invalid_client'],
    ['no redirect_uri', { redirect_uri: undefined }, 'invalid_request'],
    ['an unregistered path', { redirect_uri: 'http://127.0.0.1:49152/elsewhere' }, 'invalid_request'],
    ['another host', { redirect_uri: 'http://evil.example.com/callback' }, 'invalid_request'],
    ['https instead of http', { redirect_uri: 'https://127.0.0.1:49152/callback' }, 'invalid_request']
  ])('%s: 400 %s, no Location', async (_what, overrides, error) => {
    const res = await authorize(overrides)
    expect(res.status).toBe(400)
    expect(res.location).toBeUndefined()
    expect(JSON.parse(res.body)).toMatchObject({ error })
  })

  it('without the loopback switch the redirect_uri must equal a registered one, port included', async () => {
    emu.switches.authorizeLoopbackAnyPort = false
    try {
      expect((await authorize()).status).toBe(400)
      const exact = 'http://127.0.0.1:8765/callback'
      expect((await authorize({ client_id: 'cli-exact', redirect_uri: exact })).status).toBe(302)
      expect(
        (await authorize({ client_id: 'cli-exact', redirect_uri: 'http://127.0.0.1:8766/callback' })).status
      ).toBe(400)
    } finally {
      emu.switches.authorizeLoopbackAnyPort = true
    }
  })
})

describe('GET /oauth2/v1/authorize refusals redirected with error= and the state', () => {
  it.each([
    ['response_type token', { response_type: 'token' }, 'unsupported_response_type'],
    ['plain PKCE', { code_challenge_method: 'plain', code_challenge: verifier }, 'invalid_request'],
    ['no code_challenge_method', { code_challenge_method: undefined }, 'invalid_request'],
    ['no code_challenge', { code_challenge: undefined }, 'invalid_request'],
    ['a malformed challenge', { code_challenge: 'short' }, 'invalid_request'],
    [
      'an unknown scope',
      { scope: 'https://other.example.com:443urn:opc:resource:consumer::all' },
      'invalid_scope'
    ],
    ['a client without the grant', { client_id: 'cli-cc' }, 'unauthorized_client']
  ])('%s: error=%s', async (_what, overrides, error) => {
    const res = await authorize(overrides)
    expect(res.status).toBe(302)
    expect(res.location?.origin + (res.location?.pathname ?? '')).toBe(redirect)
    expect(res.location?.searchParams.get('error')).toBe(error)
    expect(res.location?.searchParams.get('state')).toBe('st-123')
    expect(res.location?.searchParams.has('code')).toBe(false)
  })

  it('the user declines when auto-consent is off: error=access_denied', async () => {
    emu.switches.authorizeAutoConsent = false
    try {
      const res = await authorize()
      expect(res.location?.searchParams.get('error')).toBe('access_denied')
    } finally {
      emu.switches.authorizeAutoConsent = true
    }
  })
})

describe('authorization code grant at the token endpoint', () => {
  it('issues a user token for the instance, a refresh token with offline_access, the state echoed', async () => {
    const res = await authorize()
    expect(res.location?.searchParams.get('state')).toBe('st-123')
    const { status, body } = await exchange(
      res.location?.searchParams.get('code') ?? '',
      {},
      `cli-conf:${SECRET}`
    )
    expect(status).toBe(200)
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 })
    expect(typeof body.refresh_token).toBe('string')
    expect(body.id_token).toBeUndefined()
    expect(decodeJwt(String(body.access_token))).toMatchObject({
      sub: 'alice@example.com',
      kind: 'user',
      inst: 'dev'
    })
    const api = await fetch(`${emu.url}/ic/api/integration/v1/projects?integrationInstance=dev`, {
      headers: { authorization: `Bearer ${String(body.access_token)}` }
    })
    expect(api.status).toBe(200)
  })

  it('no refresh token without offline_access; an id_token with the nonce with openid', async () => {
    const code = await codeFor({ scope: `openid ${scopeOf(emu, 'dev')}`, nonce: 'n-42' })
    const { body } = await exchange(code, {}, `cli-conf:${SECRET}`)
    expect(body.refresh_token).toBeUndefined()
    expect(decodeJwt(String(body.id_token))).toMatchObject({
      nonce: 'n-42',
      aud: 'cli-conf',
      sub: 'alice@example.com'
    })
  })

  it.each([
    ['a wrong verifier', { code_verifier: randomBytes(32).toString('base64url') }, `cli-conf:${SECRET}`],
    ['no verifier', { code_verifier: '' }, `cli-conf:${SECRET}`],
    ['another redirect_uri', { redirect_uri: 'http://127.0.0.1:49153/callback' }, `cli-conf:${SECRET}`],
    ['another client', {}, `cli-exact:${SECRET}`]
  ])('refuses %s with invalid_grant, and the code is spent', async (_what, extra, basic) => {
    const code = await codeFor()
    expect(await exchange(code, extra, basic)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' }
    })
    expect(await exchange(code, {}, `cli-conf:${SECRET}`)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' }
    })
  })

  it('a code is single-use and short-lived', async () => {
    const code = await codeFor()
    expect((await exchange(code, {}, `cli-conf:${SECRET}`)).status).toBe(200)
    expect(await exchange(code, {}, `cli-conf:${SECRET}`)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' }
    })
    const late = await codeFor()
    emu.clock.advance(CODE_TTL_MS)
    expect(await exchange(late, {}, `cli-conf:${SECRET}`)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'The authorization code has expired.' }
    })
  })

  it('a confidential client must authenticate; a public one sends client_id and PKCE alone', async () => {
    const code = await codeFor()
    expect(await exchange(code, { client_id: 'cli-conf' })).toMatchObject({
      status: 401,
      body: { error: 'invalid_client' }
    })
    const pub = await codeFor({ client_id: 'cli-public' })
    const issued = await exchange(pub, { client_id: 'cli-public' })
    expect(issued.status).toBe(200)
    const refreshed = await token(
      {
        grant_type: 'refresh_token',
        refresh_token: String(issued.body.refresh_token),
        client_id: 'cli-public'
      },
      null
    )
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.refresh_token).not.toBe(issued.body.refresh_token)
    expect(
      await token(
        { grant_type: 'client_credentials', scope: scopeOf(emu, 'dev'), client_id: 'cli-public' },
        null
      )
    ).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } })
  })
})
