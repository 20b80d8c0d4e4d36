// Verify authenticate end to end against the emulator's identity domain: every grant and client authentication,
// outputs and env, masking before use, and each RFC 6749 error turned into an actionable line.
import { afterAll, describe, expect, it } from '@jest/globals'
import { run } from '../../src/actions/authenticate/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import {
  authenticateInputs,
  PASSWORD_GRANT,
  TEST_CLIENT,
  testKeys,
  useEmulator
} from '../support/emulator.js'
import type { FakeHost } from '../support/fake-host.js'
import { runInProcess } from '../support/actions.js'

const env = useEmulator()
afterAll(() => clearSecrets())

const base = (): Record<string, string> => authenticateInputs(env.emu)

const authenticate = (inputs: Record<string, string>): Promise<FakeHost> => runInProcess(run, inputs, {})

async function apiStatus(token: string, instance: string): Promise<number> {
  const res = await fetch(`${env.emu.url}/ic/api/integration/v1/nothing?integrationInstance=${instance}`, {
    headers: { authorization: `Bearer ${token}` }
  })
  return res.status
}

describe('authenticate against the emulator', () => {
  it('client_credentials: outputs, env, masking and a token the API accepts', async () => {
    const host = await authenticate({ ...base(), 'oic-url': env.emu.url, instance: 'dev' })
    expect(host.failed).toBeUndefined()
    const token = host.outputs['access-token']!
    expect(token.split('.')).toHaveLength(3)
    expect(host.outputs['token-type']).toBe('Bearer')
    expect(host.outputs['expires-in']).toBe('3600')
    expect(Date.parse(host.outputs['expires-at']!) - Date.now()).toBeGreaterThan(3500_000)
    expect(host.outputs['refresh-token']).toBeUndefined()
    expect(host.exported).toEqual({ OIC_ACCESS_TOKEN: token, OIC_URL: env.emu.url, OIC_INSTANCE: 'dev' })
    expect(host.secrets[0]).toBe(TEST_CLIENT.clientSecret)
    expect(host.secrets).toContain(token)
    expect(host.summaryText).not.toContain(token)
    expect(host.summaryText).toMatch(/### OIC authenticate/)
    expect(await apiStatus(token, 'dev')).toBe(404)
    expect(await apiStatus(token, 'prod')).toBe(401)
  })

  it('accepts the full token endpoint URL and the /ic/api/ scope', async () => {
    const host = await authenticate({
      ...base(),
      'token-url': `${env.emu.url}/oauth2/v1/token`,
      scope: `${env.emu.audience('prod')}/ic/api/`
    })
    expect(host.failed).toBeUndefined()
    expect(await apiStatus(host.outputs['access-token']!, 'prod')).toBe(404)
  })

  it('export-env false exports nothing', async () => {
    const host = await authenticate({ ...base(), 'export-env': 'false' })
    expect(host.exported).toEqual({})
    expect(host.outputs['access-token']).toBeTruthy()
  })

  it('jwt-bearer user assertion with client secret, returning a refresh token that works once', async () => {
    const host = await authenticate({
      ...base(),
      'grant-type': 'jwt-bearer',
      username: TEST_CLIENT.username,
      'private-key': testKeys().privateKey,
      'key-id': TEST_CLIENT.keyId
    })
    expect(host.failed).toBeUndefined()
    const refresh = host.outputs['refresh-token']!
    expect(refresh).toMatch(/^rt-/)
    expect(host.secrets).toEqual(
      expect.arrayContaining([testKeys().privateKey.trim(), refresh, host.outputs['access-token']])
    )
    const again = await authenticate({ ...base(), 'grant-type': 'refresh_token', 'refresh-token': refresh })
    expect(again.failed).toBeUndefined()
    expect(again.outputs['refresh-token']).not.toBe(refresh)
    const reused = await authenticate({ ...base(), 'grant-type': 'refresh_token', 'refresh-token': refresh })
    expect(reused.failed?.message).toMatch(
      /invalid_grant.*The refresh-token is expired, revoked or already used/
    )
  })

  it('private_key_jwt client assertion with client_credentials', async () => {
    const host = await authenticate({
      ...base(),
      'client-secret': '',
      'client-auth': 'private_key_jwt',
      'private-key': testKeys().privateKey,
      'key-id': TEST_CLIENT.keyId
    })
    expect(host.failed).toBeUndefined()
    expect(await apiStatus(host.outputs['access-token']!, 'dev')).toBe(404)
  })

  it('password grant', async () => {
    const host = await authenticate({
      ...base(),
      ...PASSWORD_GRANT
    })
    expect(host.failed).toBeUndefined()
    expect(host.secrets).toContain(TEST_CLIENT.password)
    expect(host.outputs['refresh-token']).toMatch(/^rt-/)
  })

  it.each([
    [
      'wrong secret',
      { 'client-secret': 'wrong-secret-123' },
      /invalid_client.*Check client-id 'ci-client' and client-secret/
    ],
    [
      'unknown scope',
      { scope: 'https://other.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all' },
      /invalid_scope.*primary audience followed directly by urn:opc:resource:consumer::all or \/ic\/api\//
    ],
    [
      'bad password',
      { 'grant-type': 'password', username: TEST_CLIENT.username, password: 'nope-nope' },
      /invalid_grant.*Check username 'alice@example.com' and password/
    ],
    [
      'assertion signed with an unregistered key',
      {
        'grant-type': 'jwt-bearer',
        username: TEST_CLIENT.username,
        'private-key': testKeys().otherPrivateKey,
        'key-id': TEST_CLIENT.keyId
      },
      /invalid_grant.*key-id names the certificate alias/
    ],
    [
      'assertion for an unknown user',
      {
        'grant-type': 'jwt-bearer',
        username: 'mallory@example.com',
        'private-key': testKeys().privateKey,
        'key-id': TEST_CLIENT.keyId
      },
      /invalid_grant.*sub='mallory@example.com' must be an existing user/
    ],
    [
      'client assertion with an unknown kid',
      { 'client-auth': 'private_key_jwt', 'private-key': testKeys().privateKey, 'key-id': 'nope' },
      /invalid_client.*private-key matches the certificate registered on the app under key-id 'nope'/
    ],
    ['unknown identity path', { 'token-url': `${'http://127.0.0.1:1'}` }, /ECONNREFUSED/]
  ])('fails with one actionable line: %s', async (_name, inputs, pattern) => {
    const host = await authenticate({ ...base(), ...inputs })
    expect(host.failed?.message).toMatch(pattern)
    expect(host.failed?.message).not.toMatch(/\n/)
    expect(host.outputs).toEqual({})
    for (const secret of [TEST_CLIENT.clientSecret, TEST_CLIENT.password, 'wrong-secret-123'])
      expect(host.failed?.message).not.toContain(secret)
  })

  it('a token request that keeps failing with 503 is retried, then reported', async () => {
    env.emu.switches.faults.push({ path: '/oauth2/v1/token', kind: 'status', status: 503, times: 2 })
    const host = await authenticate({ ...base(), retries: '2' })
    expect(host.failed).toBeUndefined()
    expect(
      host.logs.filter(l => /^Retry token request: attempt \d of 3 failed/.test(l.message))
    ).toHaveLength(2)
    env.emu.switches.faults.length = 0
  })
})

describe('signed assertions name their certificate (contract K9)', () => {
  const TOKEN_ROUTE = 'POST /oauth2/v1/token'
  it.each([
    ['jwt-bearer', { 'grant-type': 'jwt-bearer', username: TEST_CLIENT.username }, "grant-type 'jwt-bearer'"],
    [
      'private_key_jwt',
      { 'client-auth': 'private_key_jwt', 'client-secret': '' },
      "client-auth 'private_key_jwt'"
    ]
  ])('%s without key-id fails on the input, before any request, naming the fix', async (_n, inputs, what) => {
    const before = env.emu.counters.snapshot().requests[TOKEN_ROUTE] ?? 0
    const host = await authenticate({ ...base(), ...inputs, 'private-key': testKeys().privateKey })
    expect(host.failed?.message).toBe(
      `Input 'key-id' is required with ${what}: OCI IAM refuses an assertion without a kid or x5t header; set key-id to the certificate alias registered on the confidential application (or append that certificate's PEM to private-key to send its x5t).`
    )
    expect(env.emu.counters.snapshot().requests[TOKEN_ROUTE] ?? 0).toBe(before)
  })

  it('sends the x5t of a certificate appended to private-key, without key-id', async () => {
    const { generate } = await import('selfsigned')
    const pems = await generate([{ name: 'commonName', value: 'oic-actions-x5t' }], { keySize: 2048 })
    env.emu.identity.clients
      .get(TEST_CLIENT.clientId)!
      .certificates!.push({ keyId: 'x5t-only', certificate: pems.cert })
    const host = await authenticate({
      ...base(),
      'client-secret': '',
      'client-auth': 'private_key_jwt',
      'private-key': `${pems.private}\n${pems.cert}`
    })
    expect(host.failed).toBeUndefined()
    expect(await apiStatus(host.outputs['access-token']!, 'dev')).toBe(404)
  })

  it('is refused by the identity domain when aud lacks the domain URL', async () => {
    const host = await authenticate({
      ...base(),
      'grant-type': 'jwt-bearer',
      username: TEST_CLIENT.username,
      'private-key': testKeys().privateKey,
      'key-id': TEST_CLIENT.keyId,
      'assertion-audience': 'https://identity.oraclecloud.com/'
    })
    expect(host.logs.map(l => l.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/assertion-audience does not include the identity domain URL/)
      ])
    )
    expect(host.failed?.message).toMatch(/invalid_grant.*must include the identity domain URL/)
  })
})
