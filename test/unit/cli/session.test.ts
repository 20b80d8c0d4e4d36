// Verify openSession: a missing file is an input error (except for a command that replaces the session), a login's
// token expiring within 60 s is refreshed (rotated refresh token kept, file rewritten 600) and one that is not is
// used as it is; a confidential client's refresh needs the secret, which is never written.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from '@jest/globals'
import { exitCodeOf } from '../../../src/cli/exit.js'
import { openSession, REFRESH_MARGIN_MS, type SessionData } from '../../../src/cli/session.js'
import { InputError } from '../../../src/core/errors.js'
import { clearSecrets } from '../../../src/core/secrets/registry.js'
import { useMockNetwork } from '../../support/http-mock.js'
import { ACCESS, IDP, REFRESH, SECRET, sessionPath, tokenReply } from './login-support.js'

const net = useMockNetwork()
afterAll(() => clearSecrets())
const NOW = Date.parse('2026-12-01T12:00:00Z')

function saved(expiresInMs: number, login: Partial<SessionData['login']> = {}): string {
  const file = sessionPath()
  const data: SessionData = {
    OIC_ACCESS_TOKEN: 'old-access-token-1111',
    OIC_URL: 'https://design.example.com',
    OIC_INSTANCE: 'dev',
    login: {
      tokenUrl: `${IDP}/oauth2/v1/token`,
      clientId: 'cli-app',
      clientAuth: 'client_secret_basic',
      scope: 'aud offline_access',
      expiresAt: new Date(NOW + expiresInMs).toISOString(),
      refreshToken: 'old-refresh-token-2222',
      ...login
    }
  }
  writeFileSync(file, JSON.stringify(data), { mode: 0o600 })
  return file
}

async function open(
  file: string,
  options: { replacing?: boolean; clientSecret?: string } = {},
  env: NodeJS.ProcessEnv = {}
): Promise<{ env: NodeJS.ProcessEnv; lines: string[] }> {
  const lines: string[] = []
  await openSession(
    file,
    env,
    { now: () => NOW, log: l => void lines.push(l), dispatcher: net.agent },
    options
  )
  return { env, lines }
}

describe('openSession', () => {
  it('refuses a session file that does not exist (exit 2), unless the command replaces it', async () => {
    const file = sessionPath()
    const failure = await open(file).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(InputError)
    expect(exitCodeOf(failure)).toBe(2)
    expect((failure as Error).message).toBe(
      `Session file ${file} does not exist: run 'oic-actions login --session ${file}' (or authenticate --session ${file}) first, or correct the path.`
    )
    await expect(open(file, { replacing: true })).resolves.toEqual({ env: {}, lines: [] })
  })

  it('uses a token that is valid beyond the margin as it is', async () => {
    const { env, lines } = await open(saved(REFRESH_MARGIN_MS + 1000))
    expect(env).toEqual({
      OIC_ACCESS_TOKEN: 'old-access-token-1111',
      OIC_URL: 'https://design.example.com',
      OIC_INSTANCE: 'dev'
    })
    expect(lines).toEqual([])
    expect(net.agent.getCallHistory()?.calls()).toEqual([])
  })

  it('refreshes a token expiring within 60 s with the secret, storing the rotated refresh token (600)', async () => {
    const seen = tokenReply(net.agent.get(IDP))
    const file = saved(REFRESH_MARGIN_MS - 1000)
    const { env, lines } = await open(file, { clientSecret: SECRET })
    expect(Object.fromEntries(seen.form ?? [])).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'old-refresh-token-2222'
    })
    expect(seen.authorization).toBe(`Basic ${Buffer.from(`cli-app:${SECRET}`).toString('base64')}`)
    expect(env.OIC_ACCESS_TOKEN).toBe(ACCESS)
    const data = JSON.parse(readFileSync(file, 'utf8')) as SessionData
    expect(data.OIC_ACCESS_TOKEN).toBe(ACCESS)
    expect(data.login?.refreshToken).toBe(REFRESH)
    expect(data.login?.expiresAt).toBe(new Date(NOW + 3600_000).toISOString())
    expect(readFileSync(file, 'utf8')).not.toContain(SECRET)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(lines.join('\n')).toMatch(
      /^Token refreshed, valid until 2026-12-01T13:00:00.000Z; kept in .* \(not printed\)\.$/
    )
    expect(lines.join('\n')).not.toContain(ACCESS)
  })

  it('keeps the old refresh token when none comes back; a public client sends its client_id', async () => {
    const seen = tokenReply(net.agent.get(IDP), { access_token: ACCESS, expires_in: 600 })
    const file = saved(-1000, { clientAuth: 'none' })
    await open(file)
    expect(seen.authorization).toBeUndefined()
    expect(seen.form?.get('client_id')).toBe('cli-app')
    expect((JSON.parse(readFileSync(file, 'utf8')) as SessionData).login?.refreshToken).toBe(
      'old-refresh-token-2222'
    )
  })

  it('takes the secret from OIC_CLIENT_SECRET; without any, a confidential refresh is an input error', async () => {
    tokenReply(net.agent.get(IDP))
    await open(saved(0), {}, { OIC_CLIENT_SECRET: SECRET })
    const failure = await open(saved(0)).catch((e: unknown) => e)
    expect(failure).toMatchObject({ input: 'client-secret' })
    expect(exitCodeOf(failure)).toBe(2)
  })

  it('an expired login without a refresh token says to log in again with offline_access', async () => {
    const failure = await open(saved(-5000, { refreshToken: undefined })).catch((e: unknown) => e)
    expect((failure as Error).message).toMatch(
      /holds no refresh token \(the login's scope had no offline_access\)/
    )
  })

  it('a refused refresh is exit 1 and leaves the file as it was', async () => {
    tokenReply(net.agent.get(IDP), { error: 'invalid_grant' }, 400)
    const file = saved(0)
    const before = readFileSync(file, 'utf8')
    const failure = await open(file, { clientSecret: SECRET }).catch((e: unknown) => e)
    expect(exitCodeOf(failure)).toBe(1)
    expect((failure as Error).message).toMatch(/refresh token is expired, revoked or already used/)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('an access token already in the environment wins: no refresh', async () => {
    const { env } = await open(saved(-1000), {}, { OIC_ACCESS_TOKEN: 'given' })
    expect(env.OIC_ACCESS_TOKEN).toBe('given')
    expect(net.agent.getCallHistory()?.calls()).toEqual([])
  })

  it('refuses a login record without its fields', async () => {
    const file = sessionPath()
    writeFileSync(file, JSON.stringify({ login: { clientId: 'x' } }))
    await expect(open(file)).rejects.toThrow(/holds a login without its token URL/)
  })
})
