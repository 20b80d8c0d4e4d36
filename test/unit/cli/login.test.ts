// Verify `oic-actions login` over a mocked token endpoint and a scripted browser: the authorization request (PKCE
// S256, state, nonce with openid), the code exchange with the client's authentication, the session file (mode 600,
// the tokens never printed, the secret never stored), and every way it fails: state mismatch, error=, timeout.
import { readFileSync, statSync, existsSync } from 'node:fs'
import { afterAll, describe, expect, it } from '@jest/globals'
import { SignJWT } from 'jose'
import { s256Challenge } from '../../../src/core/auth/pkce.js'
import { clearSecrets } from '../../../src/core/secrets/registry.js'
import { useMockNetwork } from '../../support/http-mock.js'
import { ACCESS, CONFIDENTIAL, IDP, REFRESH, runLogin, SCOPE, SECRET, tokenReply } from './login-support.js'

const net = useMockNetwork()
afterAll(() => clearSecrets())

describe('login: the happy path', () => {
  it('sends PKCE S256 and state, exchanges the code with HTTP Basic, keeps the tokens in a 600 file, prints none', async () => {
    const seen = tokenReply(net.agent.get(IDP))
    const run = await runLogin(net.agent, [
      ...CONFIDENTIAL,
      '--oic-url',
      'https://design.example.com',
      '--instance',
      'dev'
    ])
    expect(run.stderr).not.toMatch(/^error/m)
    expect(run.code).toBe(0)
    const q = run.authorize?.searchParams
    expect(q?.get('code_challenge_method')).toBe('S256')
    expect(q?.get('response_type')).toBe('code')
    expect(q?.get('client_id')).toBe('cli-app')
    expect(q?.get('scope')).toBe(SCOPE)
    expect(q?.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(q?.has('nonce')).toBe(false)
    expect(q?.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/)
    expect(Object.fromEntries(seen.form ?? [])).toEqual({
      grant_type: 'authorization_code',
      code: 'code-123',
      redirect_uri: q?.get('redirect_uri'),
      code_verifier: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/)
    })
    expect(s256Challenge(seen.form?.get('code_verifier') ?? '')).toBe(q?.get('code_challenge'))
    expect(seen.authorization).toBe(`Basic ${Buffer.from(`cli-app:${SECRET}`).toString('base64')}`)
    expect(run.opened).toEqual([run.authorize?.toString()])

    expect(statSync(run.session).mode & 0o777).toBe(0o600)
    const saved = JSON.parse(readFileSync(run.session, 'utf8')) as Record<string, unknown>
    expect(saved).toEqual({
      OIC_ACCESS_TOKEN: ACCESS,
      OIC_URL: 'https://design.example.com',
      OIC_INSTANCE: 'dev',
      login: {
        tokenUrl: `${IDP}/oauth2/v1/token`,
        clientId: 'cli-app',
        clientAuth: 'client_secret_basic',
        scope: SCOPE,
        expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        refreshToken: REFRESH
      }
    })
    expect(readFileSync(run.session, 'utf8')).not.toContain(SECRET)
    for (const secret of [ACCESS, REFRESH, SECRET, seen.form?.get('code_verifier') ?? 'x'])
      expect(run.stdout + run.stderr).not.toContain(secret)
    expect(run.stderr).toContain(`kept in ${run.session} (not printed)`)
  })

  it('a public client sends client_id and PKCE only, and the session says so', async () => {
    const seen = tokenReply(net.agent.get(IDP))
    const run = await runLogin(net.agent, ['--token-url', IDP, '--client-id', 'cli-pub', '--scope', SCOPE])
    expect(run.code).toBe(0)
    expect(seen.authorization).toBeUndefined()
    expect(seen.form?.get('client_id')).toBe('cli-pub')
    expect(JSON.parse(readFileSync(run.session, 'utf8')).login.clientAuth).toBe('none')
  })

  it('--no-browser opens nothing and prints the URL on stderr', async () => {
    tokenReply(net.agent.get(IDP))
    const run = await runLogin(net.agent, [...CONFIDENTIAL, '--no-browser'])
    expect(run.code).toBe(0)
    expect(run.opened).toEqual([])
    expect(run.stderr).toContain(run.authorize?.toString())
    expect(run.stdout).toBe('')
  })

  it('warns that no refresh token comes without offline_access', async () => {
    tokenReply(net.agent.get(IDP), { access_token: ACCESS, expires_in: 3600 })
    const run = await runLogin(net.agent, ['--token-url', IDP, '--client-id', 'a', '--scope', 'aud/ic/api/'])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/warning: scope has no offline_access/)
    expect(run.stderr).toContain('no refresh token')
  })
})

describe('login: openid', () => {
  const idToken = (nonce: string, aud = 'cli-app'): Promise<string> =>
    new SignJWT({ nonce }).setProtectedHeader({ alg: 'HS256' }).setAudience(aud).sign(new Uint8Array(32))

  it('sends a nonce and accepts an id_token that carries it', async () => {
    let nonce = ''
    const idp = net.agent.get(IDP)
    idp
      .intercept({ method: 'POST', path: '/oauth2/v1/token' })
      .reply(200, async () => ({ access_token: ACCESS, expires_in: 3600, id_token: await idToken(nonce) }), {
        headers: { 'content-type': 'application/json' }
      })
    const run = await runLogin(net.agent, [...CONFIDENTIAL.slice(0, -1), `openid ${SCOPE}`], {
      browser: url => {
        nonce = url.searchParams.get('nonce') ?? ''
        return { code: 'c', state: url.searchParams.get('state') ?? '' }
      }
    })
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(run.code).toBe(0)
  })

  it('refuses an id_token with another nonce, writing nothing', async () => {
    tokenReply(net.agent.get(IDP), {
      access_token: ACCESS,
      expires_in: 3600,
      id_token: await idToken('other')
    })
    const run = await runLogin(net.agent, [...CONFIDENTIAL.slice(0, -1), `openid ${SCOPE}`])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: The id_token does not carry the nonce this login sent/m)
    expect(existsSync(run.session)).toBe(false)
  })
})

describe('login: failures', () => {
  it.each([
    [
      'another state',
      (url: URL) => ({ code: 'c', state: `${url.searchParams.get('state') ?? ''}x` }),
      /carried another state/
    ],
    ['no state', () => ({ code: 'c' }), /carried no state/],
    [
      'error=access_denied',
      (url: URL) => ({
        error: 'access_denied',
        error_description: 'The user denied',
        state: url.searchParams.get('state') ?? ''
      }),
      /^error: The identity domain refused the login: access_denied \(The user denied\)\.$/m
    ],
    [
      'no code',
      (url: URL) => ({ state: url.searchParams.get('state') ?? '' }),
      /carried no authorization code/
    ]
  ])('%s: exit 1 in one line, nothing exchanged or written', async (_what, browser, message) => {
    const run = await runLogin(net.agent, CONFIDENTIAL, { browser })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.match(/^error:/gm)).toHaveLength(1)
    expect(net.agent.getCallHistory()?.calls()).toEqual([])
    expect(existsSync(run.session)).toBe(false)
  })

  it('times out after --timeout seconds on the injected clock', async () => {
    const waited: number[] = []
    const run = await runLogin(net.agent, [...CONFIDENTIAL, '--timeout', '45'], {
      browser: () => undefined,
      deps: { sleep: async ms => void waited.push(ms) }
    })
    expect(waited).toEqual([45_000])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: No login redirect arrived within 45 s/m)
    expect(existsSync(run.session)).toBe(false)
  })

  it('a refused code is one line naming the fix (exit 1)', async () => {
    tokenReply(net.agent.get(IDP), { error: 'invalid_grant', error_description: 'Code expired' }, 400)
    const run = await runLogin(net.agent, CONFIDENTIAL)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: .*invalid_grant.*run 'oic-actions login' again/m)
  })

  it.each([
    ['no --session', ['login', '--token-url', IDP], /login needs --session FILE/],
    [
      'an unknown option',
      ['login', '--session', 's.json', '--project', 'X'],
      /Unknown option --project for 'login'/
    ],
    ['no client id', ['login', '--session', 's.json', '--token-url', IDP, '--scope', SCOPE], /client-id/],
    [
      'plain http to a remote host',
      ['login', '--session', 's.json', '--token-url', 'http://idp.example.com'],
      /https/
    ]
  ])('%s: exit 2', async (_what, argv, message) => {
    const { login } = await import('../../../src/cli/login.js')
    let stderr = ''
    const code = await login(argv, { stdout: () => undefined, stderr: t => void (stderr += t) }, {})
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  it('--help prints the options and exits 0', async () => {
    const { login } = await import('../../../src/cli/login.js')
    let stdout = ''
    expect(
      await login(['login', '--help'], { stdout: t => void (stdout += t), stderr: () => undefined }, {})
    ).toBe(0)
    expect(stdout).toMatch(/--no-browser/)
    expect(stdout).toMatch(/offline_access/)
  })
})
