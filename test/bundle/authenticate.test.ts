// Verify dist/authenticate.js run exactly as a runner runs it: every grant, the main failures, outputs, exit code,
// one ::error:: line, masks before any line with the secret, and no secret anywhere unmasked.
import { describe, expect, it } from '@jest/globals'
import {
  authenticateInputs,
  PASSWORD_GRANT,
  TEST_CLIENT,
  testKeys,
  useEmulator
} from '../support/emulator.js'
import { runStep, type StepResult } from '../support/runner.js'
import { findLeaks, maskedFirst } from '../support/secrets.js'

const env = useEmulator()

const base = (): Record<string, string> => authenticateInputs(env.emu)
const SENTINELS = [TEST_CLIENT.clientSecret, TEST_CLIENT.password, testKeys().privateKey.trim()]

function expectClean(step: StepResult, extra: string[] = []): void {
  const token = step.outputs['access-token']
  const refresh = step.outputs['refresh-token']
  const secrets = [...SENTINELS, ...extra, ...(token ? [token] : []), ...(refresh ? [refresh] : [])]
  expect(
    findLeaks(step, secrets, { outputs: ['access-token', 'refresh-token'], env: ['OIC_ACCESS_TOKEN'] })
  ).toEqual([])
  if (token) expect(maskedFirst(step, token)).toBe(true)
  if (refresh) expect(maskedFirst(step, refresh)).toBe(true)
}

describe('dist/authenticate.js', () => {
  it('client_credentials: outputs, GITHUB_ENV and summary, masked', async () => {
    const step = await runStep('authenticate', { ...base(), 'oic-url': env.emu.url, instance: 'dev' })
    expect(step.exitCode).toBe(0)
    expect(step.errors).toEqual([])
    expect(step.outputs['token-type']).toBe('Bearer')
    expect(step.outputs['expires-in']).toBe('3600')
    expect(step.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(step.env).toEqual({
      OIC_ACCESS_TOKEN: step.outputs['access-token'],
      OIC_URL: env.emu.url,
      OIC_INSTANCE: 'dev'
    })
    expect(step.summary).toMatch(/### OIC authenticate/)
    expect(maskedFirst(step, TEST_CLIENT.clientSecret)).toBe(true)
    expectClean(step)
  })

  it('jwt-bearer with a refresh token, then refresh_token', async () => {
    const step = await runStep('authenticate', {
      ...base(),
      'grant-type': 'jwt-bearer',
      username: TEST_CLIENT.username,
      'private-key': testKeys().privateKey,
      'key-id': TEST_CLIENT.keyId
    })
    expect(step.exitCode).toBe(0)
    expect(step.outputs['refresh-token']).toMatch(/^rt-/)
    expectClean(step)
    const refreshed = await runStep('authenticate', {
      ...base(),
      'grant-type': 'refresh_token',
      'refresh-token': step.outputs['refresh-token']!
    })
    expect(refreshed.exitCode).toBe(0)
    expectClean(refreshed, [step.outputs['refresh-token']!])
  })

  it('private_key_jwt and password', async () => {
    const pkjwt = await runStep('authenticate', {
      ...base(),
      'client-secret': '',
      'client-auth': 'private_key_jwt',
      'private-key': testKeys().privateKey,
      'key-id': TEST_CLIENT.keyId
    })
    expect(pkjwt.exitCode).toBe(0)
    expectClean(pkjwt)
    const password = await runStep('authenticate', {
      ...base(),
      ...PASSWORD_GRANT
    })
    expect(password.exitCode).toBe(0)
    expect(maskedFirst(password, TEST_CLIENT.password)).toBe(true)
    expectClean(password)
  })

  it.each([
    ['missing client-id', { 'client-id': '' }, /^Input 'client-id' is required/],
    [
      'bad grant-type',
      { 'grant-type': 'implicit' },
      /^Input 'grant-type' must be one of client_credentials, jwt-bearer, password, refresh_token, got 'implicit'\.$/
    ],
    ['http token-url', { 'token-url': 'http://idcs.example.com' }, /^Input 'token-url' must use https:\/\//],
    ['bad export-env', { 'export-env': 'yes' }, /^Input 'export-env' must be true or false, got 'yes'\.$/],
    [
      'garbage private key',
      { 'grant-type': 'jwt-bearer', username: 'u', 'private-key': 'garbage' },
      /^Input 'private-key' is not a PEM private key/
    ],
    [
      'wrong secret',
      { 'client-secret': 'sentinel-wrong-secret' },
      /invalid_client.*Check client-id 'ci-client' and client-secret/
    ],
    [
      'wrong scope',
      { scope: 'https://x.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all' },
      /invalid_scope/
    ]
  ])('fails with exit 1 and exactly one ::error:: line: %s', async (_case, inputs, pattern) => {
    const step = await runStep('authenticate', { ...base(), ...inputs })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toMatch(pattern)
    expect(step.stdout).not.toMatch(/\bat .*\.js:\d+/)
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
    expect(step.summary).toMatch(/❌/)
    expectClean(step, ['sentinel-wrong-secret'])
  })

  it('prints the stack only when OIC_ACTIONS_DEBUG is set', async () => {
    const step = await runStep(
      'authenticate',
      { ...base(), 'client-secret': 'sentinel-wrong-secret' },
      { env: { OIC_ACTIONS_DEBUG: 'true' } }
    )
    expect(step.exitCode).toBe(1)
    expect(step.stdout).toMatch(/ConfigurationError: The identity domain refused/)
    expectClean(step, ['sentinel-wrong-secret'])
  })
})
