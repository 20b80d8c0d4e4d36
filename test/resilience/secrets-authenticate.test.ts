// Verify authenticate shows no client secret, key, password or token in any grant or failure path, masked first.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import {
  authenticateInputs,
  PASSWORD_GRANT,
  startEmulator,
  TEST_CLIENT,
  testKeys
} from '../support/emulator.js'
import { startHostileOic, type HostileOic } from '../support/hostile-oic.js'
import { expectSecretsClean } from '../support/resilience.js'
import { runStep, type StepResult } from '../support/runner.js'

let emu: Emulator
let hostile: HostileOic
const issued: string[] = []
beforeAll(async () => {
  emu = await startEmulator()
  hostile = await startHostileOic()
  const issue = emu.identity.issue.bind(emu.identity)
  emu.identity.issue = async (...args: Parameters<typeof issue>) => {
    const body = await issue(...args)
    issued.push(String(body.access_token))
    return body
  }
})
afterAll(async () => {
  await emu.stop()
  await hostile.stop()
})

const KEY = testKeys().privateKey.trim()
const OTHER_KEY = testKeys().otherPrivateKey.trim()
const WRONG_PASSWORD = 'sentinel-wrong-password-61f2'
const REFRESH_IN = 'rt-sentinel-unknown-refresh-7c1d'
const MASKED = { outputs: ['access-token', 'refresh-token'], env: ['OIC_ACCESS_TOKEN'] }

const base = (url = emu.url): Record<string, string> =>
  authenticateInputs(emu, { 'token-url': url, retries: '2' })
const JWT = {
  'grant-type': 'jwt-bearer',
  username: TEST_CLIENT.username,
  'private-key': KEY,
  'key-id': TEST_CLIENT.keyId
}
const tokens = (step: StepResult): string[] =>
  [step.outputs['access-token'], step.outputs['refresh-token']].filter((t): t is string => Boolean(t))

describe('authenticate: secret hygiene', () => {
  it('client_credentials with export-env: secret and token masked first, token only where promised', async () => {
    const step = await runStep('authenticate', { ...base(), 'oic-url': emu.url, instance: 'dev' })
    expect(step.exitCode).toBe(0)
    expect(Object.keys(step.env).sort()).toEqual(['OIC_ACCESS_TOKEN', 'OIC_INSTANCE', 'OIC_URL'])
    expectSecretsClean(step, [TEST_CLIENT.clientSecret, ...tokens(step)], { allowed: MASKED })
  })

  it('jwt-bearer, then refresh_token with the issued refresh token: key, tokens and refresh tokens', async () => {
    const first = await runStep('authenticate', {
      ...base(),
      'client-secret': '',
      'client-auth': 'private_key_jwt',
      ...JWT
    })
    expect(first.exitCode).toBe(0)
    expectSecretsClean(first, [KEY, ...tokens(first)], { allowed: MASKED })
    const refresh = first.outputs['refresh-token'] ?? ''
    const second = await runStep('authenticate', {
      ...base(),
      'grant-type': 'refresh_token',
      'refresh-token': refresh
    })
    expect(second.exitCode).toBe(0)
    expectSecretsClean(second, [TEST_CLIENT.clientSecret, refresh, ...tokens(second)], { allowed: MASKED })
  })

  it('password grant', async () => {
    const step = await runStep('authenticate', {
      ...base(),
      ...PASSWORD_GRANT
    })
    expect(step.exitCode).toBe(0)
    expectSecretsClean(step, [TEST_CLIENT.clientSecret, TEST_CLIENT.password, ...tokens(step)], {
      allowed: MASKED
    })
  })

  it.each([
    ['an unregistered private key', { ...JWT, 'private-key': OTHER_KEY }, OTHER_KEY, /invalid_grant/],
    [
      'a wrong password',
      { 'grant-type': 'password', username: TEST_CLIENT.username, password: WRONG_PASSWORD },
      WRONG_PASSWORD,
      /invalid_grant .*Check username 'alice@example\.com' and password\.$/
    ],
    [
      'an unknown refresh token',
      { 'grant-type': 'refresh_token', 'refresh-token': REFRESH_IN },
      REFRESH_IN,
      /invalid_grant .*refresh-token is expired, revoked or already used/
    ]
  ])('refused with %s: one line, no secret', async (_case, inputs, secret, pattern) => {
    const step = await runStep('authenticate', { ...base(), ...inputs })
    expect(step.errors).toEqual([expect.stringMatching(pattern)])
    expectSecretsClean(step, [TEST_CLIENT.clientSecret, secret], { allowed: MASKED })
  })

  it.each<[string, Record<string, string>]>([
    ['client_credentials', {}],
    ['password', { 'grant-type': 'password', username: 'u', password: TEST_CLIENT.password }],
    ['refresh_token', { 'grant-type': 'refresh_token', 'refresh-token': REFRESH_IN }],
    ['jwt-bearer with private_key_jwt', { ...JWT, 'client-auth': 'private_key_jwt', 'client-secret': '' }]
  ])(
    'an identity domain that echoes the credentials of %s in its error: redacted',
    async (_grant, inputs) => {
      const step = await runStep('authenticate', { ...base(hostile.url), ...inputs })
      expect(step.errors).toEqual([
        expect.stringMatching(/^The identity domain refused the token request: invalid_client \(refused /)
      ])
      const sent = Object.entries(inputs)
        .filter(([k]) => ['password', 'refresh-token', 'private-key'].includes(k))
        .map(([, v]) => v)
      const secrets = inputs['client-secret'] === '' ? sent : [TEST_CLIENT.clientSecret, ...sent]
      expectSecretsClean(step, secrets, { allowed: MASKED })
    }
  )

  it('a token response cut short shows no part of the token it carried, and the retry succeeds', async () => {
    issued.length = 0
    emu.switches.faults.push({ path: '/oauth2/v1/token', kind: 'truncate', times: 1 })
    const step = await runStep('authenticate', base())
    expect(step.exitCode).toBe(0)
    expect(issued).toHaveLength(2)
    expect(step.stdout).toMatch(
      /^Retry token request: attempt 1 of 3 failed: .*not valid JSON \(\d+ bytes, cut short/m
    )
    const lines = step.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
    // No 48-character piece of either token (the lost one included) may appear outside the masks.
    for (const token of issued)
      for (let i = 0; i + 48 <= token.length; i += 8)
        expect(lines.filter(l => l.includes(token.slice(i, i + 48)))).toEqual([])
    expectSecretsClean(step, [TEST_CLIENT.clientSecret, ...tokens(step)], { allowed: MASKED })
  })

  it('the stack trace under OIC_ACTIONS_DEBUG is redacted too', async () => {
    const step = await runStep(
      'authenticate',
      { ...base(), ...JWT, 'private-key': OTHER_KEY },
      {
        env: { OIC_ACTIONS_DEBUG: 'true' }
      }
    )
    expect(step.exitCode).toBe(1)
    expect(step.stdout).toMatch(/ConfigurationError: The identity domain refused/)
    expectSecretsClean(step, [TEST_CLIENT.clientSecret, OTHER_KEY], { allowed: MASKED })
  })
})
