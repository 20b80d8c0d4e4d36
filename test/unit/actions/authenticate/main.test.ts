// Verify authenticate's main in-process against a mocked identity domain: every grant and client authentication, the
// exact outputs, exported variables and job summary, masking, and one actionable line for every refusal.
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { decodeProtectedHeader, jwtVerify } from 'jose'
import type { Interceptable } from 'undici'
import { run } from '../../../../src/actions/authenticate/index.js'
import { runInProcess } from '../../../support/actions.js'
import { mockNetwork, OIC_INSTANCE, OIC_ORIGIN, type UnitRun } from '../../../support/http-mock.js'
import { answer, recorded, recordedHeaders, sent, tableRows } from '../../../support/recorded-replies.js'

const IDCS = 'https://idcs-x.identity.oraclecloud.com'
const TOKEN_PATH = '/oauth2/v1/token'
const SCOPE =
  'https://0123abcd.integration.us-phoenix-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all'
const CLIENT_ID = 'ci-client-0001'
const CLIENT_SECRET = 'ci-secret-7f3a9b'
const ACCESS = 'eyJhbGciOiJSUzI1NiJ9.unit-access-token-4471.c2lnbmF0dXJl'
/** The clock runInProcess gives a mocked run. */
const NOW = Date.parse('2026-12-01T12:00:00Z')

const BASE = { 'token-url': IDCS, 'client-id': CLIENT_ID, 'client-secret': CLIENT_SECRET, scope: SCOPE }

/** The token answer recorded from a real identity domain, with our token in place of the elided one. */
const tokenAnswer = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...recorded('token-client-credentials'),
  access_token: ACCESS,
  ...extra
})

let net: UnitRun
let idcs: Interceptable

beforeEach(() => {
  net = mockNetwork()
  idcs = net.agent.get(IDCS)
})
afterEach(async () => {
  net.agent.assertNoPendingInterceptors()
  await net.agent.close()
})

const replyToken = (status: number, body: unknown, times?: number): void =>
  answer(idcs, 'POST', TOKEN_PATH, status, body, {
    times,
    headers: status === 200 ? recordedHeaders('token-client-credentials') : undefined
  })

const form = (body: string | undefined): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(body ?? ''))

let keys: { privateKey: string; publicKey: string } | undefined
/** An RSA key pair made for this test file. */
function testKey(): { privateKey: string; publicKey: string } {
  if (!keys) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    keys = {
      privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()
    }
  }
  return keys
}

describe('authenticate: client_credentials with client_secret_basic', () => {
  it('writes the exact outputs, exports the env, masks every secret and summarises without the token', async () => {
    replyToken(200, tokenAnswer())
    const host = await runInProcess(run, BASE, { net })

    expect(host.failed).toBeUndefined()
    expect(host.outputs).toEqual({
      'access-token': ACCESS,
      'token-type': 'Bearer',
      'expires-in': '3600',
      'expires-at': '2026-12-01T13:00:00.000Z',
      results: JSON.stringify({
        grantType: 'client_credentials',
        clientAuth: 'client_secret_basic',
        scope: SCOPE,
        tokenType: 'Bearer',
        expiresIn: 3600,
        expiresAt: '2026-12-01T13:00:00.000Z',
        refreshToken: false,
        exported: ['OIC_ACCESS_TOKEN', 'OIC_URL', 'OIC_INSTANCE']
      })
    })
    expect(host.exported).toEqual({
      OIC_ACCESS_TOKEN: ACCESS,
      OIC_URL: OIC_ORIGIN,
      OIC_INSTANCE: OIC_INSTANCE
    })
    expect(host.secrets).toEqual(
      expect.arrayContaining([CLIENT_SECRET, `${CLIENT_ID}:${CLIENT_SECRET}`, ACCESS])
    )
    // The token is masked before it is written anywhere.
    expect(host.secrets.indexOf(ACCESS)).toBeGreaterThanOrEqual(0)

    const requests = sent(net)
    expect(requests).toHaveLength(1)
    const [req] = requests
    expect(req?.origin).toBe(IDCS)
    expect(req?.path).toBe(TOKEN_PATH)
    expect(req?.method).toBe('POST')
    expect(req?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`
    )
    expect(req?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/)
    expect(form(req?.body)).toEqual({ grant_type: 'client_credentials', scope: SCOPE })

    expect(host.summaries).toHaveLength(1)
    expect(host.summaries[0]?.status).toBe('success')
    const md = host.summaryText
    expect(md).toContain('### OIC authenticate')
    expect(md).toContain(`Token issued for client ${CLIENT_ID}, valid until 2026-12-01T13:00:00.000Z.`)
    expect(tableRows(md)).toEqual([
      `| Identity domain | ${IDCS} |`,
      '| Grant type | client_credentials |',
      '| Client authentication | client_secret_basic |',
      `| Scope | ${SCOPE} |`,
      '| Token type | Bearer |',
      '| Expires in | 3600 s |',
      '| Refresh token | none |',
      '| Exported to env | OIC_ACCESS_TOKEN, OIC_URL, OIC_INSTANCE |'
    ])
    for (const secret of [ACCESS, CLIENT_SECRET]) {
      expect(md).not.toContain(secret)
      expect(host.logText).not.toContain(secret)
    }
    expect(host.logText).toContain(
      `Requesting a client_credentials token from ${IDCS} for client ${CLIENT_ID}`
    )
  })

  it('accepts the full token endpoint as token-url and exports nothing with export-env false', async () => {
    replyToken(200, tokenAnswer({ expires_in: '1800', token_type: undefined }))
    const host = await runInProcess(
      run,
      {
        ...BASE,
        'token-url': `${IDCS}/oauth2/v1/token/`,
        'export-env': 'false',
        'oic-url': '',
        instance: ''
      },
      { net }
    )
    expect(host.failed).toBeUndefined()
    expect(host.exported).toEqual({})
    // expires_in as a string is read as seconds; a missing token_type means Bearer.
    expect(host.outputs['expires-in']).toBe('1800')
    expect(host.outputs['expires-at']).toBe('2026-12-01T12:30:00.000Z')
    expect(host.outputs['token-type']).toBe('Bearer')
    expect(JSON.parse(host.outputs.results ?? '{}').exported).toEqual([])
    expect(host.summaryText).toContain('| Exported to env | nothing (export-env: false) |')
  })

  it('assumes the documented hour when expires_in is absent', async () => {
    replyToken(200, { access_token: ACCESS, token_type: 'Bearer' })
    const host = await runInProcess(run, BASE, { net })
    expect(host.outputs['expires-in']).toBe('3600')
  })

  it('warns about a scope without the instance audience suffix, and still asks for the token', async () => {
    replyToken(200, tokenAnswer())
    const host = await runInProcess(
      run,
      { ...BASE, scope: 'https://0123abcd.integration.example.com' },
      { net }
    )
    expect(host.failed).toBeUndefined()
    expect(host.logs.filter(l => l.level === 'warning').map(l => l.message)).toEqual([
      "scope 'https://0123abcd.integration.example.com' does not end with urn:opc:resource:consumer::all or /ic/api/; OIC usually rejects tokens without the instance audience."
    ])
  })

  it('retries a 503 of the token endpoint (minting a token changes nothing) and then succeeds', async () => {
    replyToken(503, '<html><title>Service Unavailable</title></html>')
    replyToken(200, tokenAnswer())
    const host = await runInProcess(run, BASE, { net })
    expect(host.failed).toBeUndefined()
    expect(host.outputs['access-token']).toBe(ACCESS)
    expect(sent(net)).toHaveLength(2)
    expect(net.slept).toHaveLength(1)
    expect(host.logText).toMatch(/Retry token request: attempt 1 of 5 failed: .*HTTP 503/)
  })

  it('gives up after the retries input is spent and writes no token output', async () => {
    replyToken(503, '', 3)
    const host = await runInProcess(run, { ...BASE, retries: '2' }, { net })
    expect(sent(net)).toHaveLength(3)
    expect(net.slept).toHaveLength(2)
    expect(host.failed?.message).toBe(`POST ${IDCS}/oauth2/v1/token failed: HTTP 503`)
    expect(host.outputs).toEqual({})
    expect(host.exported).toEqual({})
    expect(host.summaries[0]?.status).toBe('failure')
  })

  it('does not repeat a 500 and reports it in one line', async () => {
    replyToken(500, recorded('rest-adapter-error-20-4-2'))
    const host = await runInProcess(run, BASE, { net })
    expect(sent(net)).toHaveLength(1)
    expect(net.slept).toEqual([])
    expect(host.failed?.message).toMatch(
      new RegExp(`^POST ${IDCS}/oauth2/v1/token failed: HTTP 500 Internal Server Error: An internal error`)
    )
    expect(host.outputs).toEqual({})
  })
})

describe('authenticate: refusals of the identity domain name what to fix', () => {
  const refusals: Array<[string, Record<string, string>, number, Record<string, string>, RegExp]> = [
    [
      'invalid_client',
      {},
      401,
      { error: 'invalid_client', error_description: 'Client authentication failed.' },
      new RegExp(
        `^The identity domain refused the token request: invalid_client \\(Client authentication failed\\.\\)\\. Check client-id '${CLIENT_ID}' and client-secret`
      )
    ],
    [
      'invalid_scope',
      {},
      400,
      { error: 'invalid_scope', error_description: 'Invalid scope.' },
      /^The identity domain refused the token request: invalid_scope \(Invalid scope\.\)\. Scope '.*' is not valid\. The scope is the instance's primary audience/
    ],
    [
      'invalid_grant of a refresh token',
      { 'grant-type': 'refresh_token', 'refresh-token': 'rt-old-0000' },
      400,
      { error: 'invalid_grant' },
      /^The identity domain refused the token request: invalid_grant\. The refresh-token is expired, revoked or already used/
    ],
    [
      'invalid_grant of a password',
      { 'grant-type': 'password', username: 'alice', password: 'pw-s3cret-99' },
      400,
      { error: 'invalid_grant' },
      /^The identity domain refused the token request: invalid_grant\. Check username 'alice' and password\.$/
    ],
    [
      'unauthorized_client',
      {},
      400,
      { error: 'unauthorized_client' },
      new RegExp(`The application '${CLIENT_ID}' may not use grant type 'client_credentials'`)
    ],
    [
      'unsupported_grant_type',
      { 'grant-type': 'password', username: 'alice', password: 'pw-s3cret-99' },
      400,
      { error: 'unsupported_grant_type' },
      /does not accept grant type 'password' for this application\.$/
    ]
  ]
  it.each(refusals)('%s', async (_name, inputs, status, body, message) => {
    replyToken(status, body)
    const host = await runInProcess(run, { ...BASE, ...inputs }, { net })
    expect(host.failed?.message).toMatch(message)
    expect(host.outputs).toEqual({})
    expect(host.exported).toEqual({})
    expect(sent(net)).toHaveLength(1)
    expect(host.summaries).toEqual([
      { title: 'OIC authenticate', status: 'failure', statusLine: host.failed?.message }
    ])
  })

  it('says to check token-url on a 404 (not the token endpoint)', async () => {
    replyToken(404, '<html><head><title>404 Not Found</title></head></html>')
    const host = await runInProcess(run, BASE, { net })
    expect(host.failed?.message).toBe(
      'The identity domain refused the token request: HTTP 404 (an HTML page ("404 Not Found") instead of an API response). Check token-url: it must be the identity domain URL (https://idcs-<guid>.identity.oraclecloud.com).'
    )
  })

  it('keeps an echoed secret and hostile server text out of the failure line and summary', async () => {
    replyToken(401, {
      error: 'invalid_client',
      error_description: `bad secret ${CLIENT_SECRET}\n::stop-commands::pwned | x`
    })
    const host = await runInProcess(run, BASE, { net })
    const message = host.failed?.message ?? ''
    expect(message).toMatch(/^The identity domain refused the token request: invalid_client/)
    expect(message).not.toContain(CLIENT_SECRET)
    expect(message).toContain('***')
    expect(message).not.toContain('\n')
    expect(host.summaryText).not.toContain(CLIENT_SECRET)
    expect(host.summaryText.split('\n').some(l => l.trimStart().startsWith('::'))).toBe(false)
  })
})

describe('authenticate: a broken or hostile token answer writes nothing', () => {
  const answers: Array<[string, unknown, RegExp]> = [
    [
      'an array',
      [ACCESS],
      /answered an array of 1 where a token object \(\{access_token, expires_in\}\) was expected/
    ],
    ['no access_token', { token_type: 'Bearer', expires_in: 3600 }, /answered without an access_token\.$/],
    [
      'a token with a line break',
      { access_token: `${ACCESS}\n::add-mask::x`, expires_in: 3600 },
      /answered an access_token with spaces or control characters/
    ],
    [
      'an infinite lifetime',
      `{"access_token":"${ACCESS}","expires_in":1e400}`,
      /answered expires_in Infinity where a number of seconds/
    ],
    [
      'a negative lifetime',
      { access_token: ACCESS, expires_in: -5 },
      /answered expires_in -5 where a number of seconds/
    ],
    [
      'a token type with markup',
      { access_token: ACCESS, expires_in: 3600, token_type: 'Bearer <img src=x>' },
      /answered token_type "Bearer <img src=x>" where a token type such as Bearer was expected/
    ],
    ['an empty body', '', /answered an empty body where a token object/]
  ]
  it.each(answers)('%s', async (_name, body, message) => {
    replyToken(200, body)
    const host = await runInProcess(run, BASE, { net })
    expect(host.failed?.message).toMatch(message)
    expect(host.failed?.message).toContain(IDCS)
    expect(host.outputs).toEqual({})
    expect(host.exported).toEqual({})
    expect(host.failed?.message).not.toContain(ACCESS)
  })
})

describe('authenticate: signed assertions', () => {
  /** A run with private_key_jwt client authentication (no client secret), signed with `privateKey`. */
  const runPrivateKeyJwt = (privateKey: string) =>
    runInProcess(
      run,
      {
        'token-url': IDCS,
        'client-id': CLIENT_ID,
        scope: SCOPE,
        'client-auth': 'private_key_jwt',
        'private-key': privateKey,
        'key-id': 'alias-ci'
      },
      { net }
    )

  it('private_key_jwt: a client assertion signed with the key, no Basic header, key and assertion masked', async () => {
    const { privateKey, publicKey } = testKey()
    replyToken(200, tokenAnswer())
    const host = await runPrivateKeyJwt(privateKey)
    expect(host.failed).toBeUndefined()
    expect(host.outputs['access-token']).toBe(ACCESS)
    const [req] = sent(net)
    expect(req?.headers.authorization).toBeUndefined()
    const fields = form(req?.body)
    expect(Object.keys(fields).sort()).toEqual(
      ['client_assertion', 'client_assertion_type', 'client_id', 'grant_type', 'scope'].sort()
    )
    expect(fields).toMatchObject({
      grant_type: 'client_credentials',
      scope: SCOPE,
      client_id: CLIENT_ID,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    })
    const assertion = fields.client_assertion ?? ''
    expect(decodeProtectedHeader(assertion)).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'alias-ci' })
    const { payload } = await jwtVerify(assertion, createPublicKey(publicKey), {
      issuer: CLIENT_ID,
      subject: CLIENT_ID,
      audience: IDCS,
      currentDate: new Date(NOW)
    })
    expect(payload.aud).toEqual([IDCS, 'https://identity.oraclecloud.com/'])
    expect(host.secrets).toEqual(expect.arrayContaining([privateKey.trim(), assertion, ACCESS]))
    expect(host.summaryText).toContain('| Client authentication | private_key_jwt |')
  })

  it('jwt-bearer: a user assertion for the username, client authenticated with Basic', async () => {
    const { privateKey, publicKey } = testKey()
    replyToken(200, tokenAnswer())
    const host = await runInProcess(
      run,
      {
        ...BASE,
        'grant-type': 'jwt-bearer',
        username: 'alice@example.com',
        'private-key': privateKey,
        'key-id': 'alias-ci'
      },
      { net }
    )
    expect(host.failed).toBeUndefined()
    const [req] = sent(net)
    expect(req?.headers.authorization).toMatch(/^Basic /)
    const fields = form(req?.body)
    expect(fields.grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer')
    expect(fields.scope).toBe(SCOPE)
    const { payload } = await jwtVerify(fields.assertion ?? '', createPublicKey(publicKey), {
      issuer: CLIENT_ID,
      subject: 'alice@example.com',
      audience: IDCS,
      currentDate: new Date(NOW)
    })
    expect(payload.exp).toBe(NOW / 1000 + 300)
    expect(host.secrets).toContain(fields.assertion)
  })

  it('signs a fresh assertion for each attempt of a retried request', async () => {
    const { privateKey } = testKey()
    replyToken(502, '')
    replyToken(200, tokenAnswer())
    const host = await runPrivateKeyJwt(privateKey)
    expect(host.failed).toBeUndefined()
    const [first, second] = sent(net).map(r => form(r.body).client_assertion)
    expect(first).toBeTruthy()
    expect(second).toBeTruthy()
    expect(first).not.toBe(second)
  })

  it('names the user assertion in the fix for invalid_grant', async () => {
    const { privateKey } = testKey()
    replyToken(400, { error: 'invalid_grant', error_description: 'Invalid assertion.' })
    const host = await runInProcess(
      run,
      {
        ...BASE,
        'grant-type': 'jwt-bearer',
        username: 'alice',
        'private-key': privateKey,
        'key-id': 'alias-ci'
      },
      { net }
    )
    expect(host.failed?.message).toBe(
      `The identity domain refused the token request: invalid_grant (Invalid assertion.). Check the user assertion: sub='alice' must be an existing user, iss='${CLIENT_ID}', aud='${IDCS} https://identity.oraclecloud.com/' (must include the identity domain URL), the runner's clock, and that key-id names the certificate alias registered for this app.`
    )
  })

  it('names key-id in the fix for invalid_client with private_key_jwt', async () => {
    const { privateKey } = testKey()
    replyToken(401, { error: 'invalid_client' })
    const host = await runPrivateKeyJwt(privateKey)
    expect(host.failed?.message).toMatch(
      /Check client-id 'ci-client-0001', and that private-key matches the certificate registered on the app under key-id 'alias-ci'\.$/
    )
    expect(host.failed?.message).not.toContain('PRIVATE KEY')
  })
})

describe('authenticate: password and refresh_token grants', () => {
  it('password: sends user and password, masks the password', async () => {
    replyToken(200, tokenAnswer())
    const host = await runInProcess(
      run,
      { ...BASE, 'grant-type': 'password', username: 'alice', password: 'pw-s3cret-99' },
      { net }
    )
    expect(host.failed).toBeUndefined()
    expect(form(sent(net)[0]?.body)).toEqual({
      grant_type: 'password',
      username: 'alice',
      password: 'pw-s3cret-99',
      scope: SCOPE
    })
    expect(host.secrets).toContain('pw-s3cret-99')
    expect(host.logText).not.toContain('pw-s3cret-99')
  })

  it('refresh_token: sends the token, outputs and masks the new refresh token', async () => {
    replyToken(200, tokenAnswer({ refresh_token: 'rt-new-5555' }))
    const host = await runInProcess(
      run,
      { ...BASE, 'grant-type': 'refresh_token', 'refresh-token': 'rt-old-0000' },
      { net }
    )
    expect(host.failed).toBeUndefined()
    expect(form(sent(net)[0]?.body)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-old-0000',
      scope: SCOPE
    })
    expect(host.outputs['refresh-token']).toBe('rt-new-5555')
    expect(host.secrets).toEqual(expect.arrayContaining(['rt-old-0000', 'rt-new-5555']))
    expect(JSON.parse(host.outputs.results ?? '{}').refreshToken).toBe(true)
    expect(host.summaryText).toContain('| Refresh token | issued (masked output) |')
    expect(host.summaryText).not.toContain('rt-new-5555')
  })
})

describe('authenticate: input errors stop before any request', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'no client-secret',
      { 'client-secret': '' },
      /^Input 'client-secret' is required: client-auth 'client_secret_basic'/
    ],
    ['an unknown grant', { 'grant-type': 'implicit' }, /^Input 'grant-type' must be one of/],
    ['a plain http token-url', { 'token-url': 'http://idcs-x.identity.oraclecloud.com' }, /token-url/],
    [
      'no private-key for private_key_jwt',
      { 'client-auth': 'private_key_jwt', 'private-key': '' },
      /^Input 'private-key' is required/
    ],
    [
      'a damaged private key',
      { 'grant-type': 'jwt-bearer', username: 'a', 'private-key': 'not a key' },
      /^Input 'private-key' is not a PEM private key/
    ]
  ]
  it.each(cases)('%s', async (_name, inputs, message) => {
    const host = await runInProcess(run, { ...BASE, ...inputs }, { net })
    expect(host.failed?.message).toMatch(message)
    expect(sent(net)).toEqual([])
    expect(host.outputs).toEqual({})
  })

  it('refuses a signing key without key-id (OCI IAM needs kid or x5t, K9)', async () => {
    const host = await runInProcess(
      run,
      { ...BASE, 'client-auth': 'private_key_jwt', 'private-key': testKey().privateKey },
      { net }
    )
    expect(host.failed?.message).toMatch(
      /^Input 'key-id' is required with client-auth 'private_key_jwt': OCI IAM refuses an assertion without a kid or x5t header/
    )
    expect(sent(net)).toEqual([])
  })

  it('points at the secret input by name without printing its value', async () => {
    const host = await runInProcess(
      run,
      {
        ...BASE,
        'client-auth': 'private_key_jwt',
        'private-key': '-----BEGIN PRIVATE KEY-----\nAAAAsecretbits\n-----END PRIVATE KEY-----'
      },
      { net }
    )
    expect(host.failed?.message).toMatch(/^Input 'private-key' could not be parsed/)
    expect(host.failed?.message).not.toContain('AAAAsecretbits')
  })
})
