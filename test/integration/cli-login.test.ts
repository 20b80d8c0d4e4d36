// Verify issue 19's done-when through main(): `login --no-browser` against the emulator, the printed URL followed
// like a browser (the authorize endpoint's 302 to the redirect listener), then the next commands run on the stored
// token and, once the emulator's clock passes its expiry, refresh it and update the session file; a --session file
// that does not exist is exit 2 for every other command.
import { readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { main } from '../../src/cli/main.js'
import type { SessionData } from '../../src/cli/session.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { sessionPath } from '../unit/cli/login-support.js'
import { scopeOf, startEmulator, testSeed } from '../support/emulator.js'

const SECRET = 'sentinel-cli-login-secret-6d2f'
let emu: Emulator
let freePort = 0

async function pickPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

beforeAll(async () => {
  freePort = await pickPort()
  const seed = testSeed()
  seed.identity?.clients?.push(
    { clientId: 'cli-login', clientSecret: SECRET, redirectUris: ['http://127.0.0.1/callback'] },
    {
      clientId: 'cli-public',
      public: true,
      grants: ['authorization_code', 'refresh_token'],
      redirectUris: [`http://127.0.0.1:${freePort}/callback`]
    }
  )
  emu = await startEmulator({ seed, switches: { authorizeLoopbackAnyPort: true } })
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI on the emulator's clock; a printed authorization URL is followed like a browser. */
async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const run: Run = { code: -1, stdout: '', stderr: '' }
  let browsing: Promise<void> = Promise.resolve()
  const browse = async (url: string): Promise<void> => {
    const authorize = await fetch(url, { redirect: 'manual' })
    const location = authorize.headers.get('location')
    if (authorize.status !== 302 || !location) throw new Error(`authorize answered ${authorize.status}`)
    await (await fetch(location)).text()
  }
  const streams = {
    stdout: (t: string) => void (run.stdout += t),
    stderr: (t: string) => {
      run.stderr += t
      const url = /(http:\/\/127\.0\.0\.1:\d+\/oauth2\/v1\/authorize\?\S+)/.exec(t)?.[1]
      if (url) browsing = browse(url)
    }
  }
  run.code = await main(argv, streams, env, { now: () => emu.clock.now() })
  await browsing
  return run
}

const loginArgs = (session: string): string[] => [
  'login',
  '--no-browser',
  '--session',
  session,
  '--token-url',
  emu.url,
  '--client-id',
  'cli-login',
  '--client-secret',
  SECRET,
  '--scope',
  `${scopeOf(emu, 'dev')} offline_access`,
  '--oic-url',
  emu.url,
  '--instance',
  'dev'
]

const read = (file: string): SessionData => JSON.parse(readFileSync(file, 'utf8')) as SessionData

describe('oic-actions login against the emulator', () => {
  const session = sessionPath()

  it('logs in by the printed URL, keeping the tokens in a 600 file and printing none', async () => {
    const run = await cli(loginArgs(session))
    expect(run.stderr).not.toMatch(/^error/m)
    expect(run.code).toBe(0)
    expect(statSync(session).mode & 0o777).toBe(0o600)
    const saved = read(session)
    expect(saved).toMatchObject({ OIC_URL: emu.url, OIC_INSTANCE: 'dev', login: { clientId: 'cli-login' } })
    expect(saved.login?.refreshToken).toMatch(/^rt-/)
    for (const secret of [saved.OIC_ACCESS_TOKEN ?? 'x', saved.login?.refreshToken ?? 'x', SECRET])
      expect(run.stdout + run.stderr).not.toContain(secret)
    expect(readFileSync(session, 'utf8')).not.toContain(SECRET)
  })

  it('the next commands run on the stored token without refreshing it', async () => {
    const before = read(session)
    const list = await cli(['projects', 'list', '--session', session])
    expect(list.stderr).toBe('')
    expect(list.code).toBe(0)
    const action = await cli(['test-connections', '--session', session])
    expect(action.stderr).not.toMatch(/refreshed|^error/m)
    expect(action.code).toBe(0)
    expect(read(session)).toEqual(before)
  })

  it('after expiry the token is refreshed (with the secret from the environment) and the session updated', async () => {
    const before = read(session)
    emu.clock.advance(3600_000)
    const stale = await cli(['projects', 'list'], {
      OIC_ACCESS_TOKEN: before.OIC_ACCESS_TOKEN,
      OIC_URL: emu.url,
      OIC_INSTANCE: 'dev'
    })
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/401/)

    const noSecret = await cli(['test-connections', '--session', session])
    expect(noSecret.code).toBe(2)
    expect(noSecret.stderr).toMatch(
      /client 'cli-login' is confidential: pass --client-secret or set OIC_CLIENT_SECRET/
    )

    const run = await cli(['test-connections', '--session', session], { OIC_CLIENT_SECRET: SECRET })
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^Token refreshed, valid until .*; kept in .* \(not printed\)\.$/m)
    const after = read(session)
    expect(after.OIC_ACCESS_TOKEN).not.toBe(before.OIC_ACCESS_TOKEN)
    expect(after.login?.refreshToken).not.toBe(before.login?.refreshToken)
    // On the emulator's clock (an hour ahead of the real one): valid for the new token's hour from now.
    const expiresAt = Date.parse(after.login?.expiresAt ?? '')
    expect(expiresAt).toBeGreaterThan(emu.clock.now() + 3500_000)
    expect(expiresAt).toBeLessThanOrEqual(emu.clock.now() + 3600_000)

    emu.clock.advance(3600_000)
    const action = await cli(['test-connections', '--session', session, '--client-secret', SECRET])
    expect(action.code).toBe(0)
    expect(action.stderr).toMatch(/^Token refreshed/m)
    expect(read(session).login?.refreshToken).not.toBe(after.login?.refreshToken)
  })

  it('a public client logs in on a fixed --redirect-port registered exactly', async () => {
    emu.switches.authorizeLoopbackAnyPort = false
    try {
      const file = sessionPath()
      const run = await cli([
        'login',
        '--no-browser',
        '--session',
        file,
        '--token-url',
        emu.url,
        '--client-id',
        'cli-public',
        '--redirect-port',
        String(freePort),
        '--scope',
        `${scopeOf(emu, 'dev')} offline_access`
      ])
      expect(run.code).toBe(0)
      expect(read(file).login).toMatchObject({ clientId: 'cli-public', clientAuth: 'none' })
    } finally {
      emu.switches.authorizeLoopbackAnyPort = true
    }
  })

  it.each([
    ['an action command', ['test-connections']],
    ['a resource command', ['projects', 'list']],
    ['inspect', ['inspect', 'nothing.car']]
  ])('a --session file that does not exist is exit 2 for %s', async (_what, argv) => {
    const missing = sessionPath()
    const run = await cli([...argv, '--session', missing])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`Session file ${missing} does not exist`)
  })

  it('authenticate may create the session file', async () => {
    const file = sessionPath()
    const run = await cli([
      'authenticate',
      '--session',
      file,
      '--token-url',
      emu.url,
      '--client-id',
      'ci-client',
      '--client-secret',
      'sentinel-client-secret-5f1e9c',
      '--scope',
      scopeOf(emu, 'dev'),
      '--retries',
      '0'
    ])
    expect(run.code).toBe(0)
    expect(read(file).OIC_ACCESS_TOKEN).toBeTruthy()
  })
})
