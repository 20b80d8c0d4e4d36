/** Runs `oic-actions login` in-process over a mocked token endpoint, with a scripted browser. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Interceptable, MockAgent } from 'undici'
import { login } from '../../../src/cli/login.js'
import type { LoginDeps } from '../../../src/cli/login-flow.js'

/** The mocked identity domain. */
export const IDP = 'https://idcs-unit.identity.oraclecloud.com'
export const SCOPE =
  'https://unit.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all offline_access'
export const SECRET = 'sentinel-unit-client-secret-31ab'
export const ACCESS = 'sentinel-access-token-9f8e7d6c'
export const REFRESH = 'sentinel-refresh-token-1a2b3c4d'

/** What a browser does with the authorization URL: the query it lands on at the redirect URI (or nothing). */
export type Browser = (authorize: URL) => Record<string, string> | undefined

/** One login run. */
export interface LoginRun {
  code: number
  stdout: string
  stderr: string
  /** The authorization URL the login printed. */
  authorize?: URL
  session: string
  opened: string[]
}

/** A fresh session path in a new folder. */
export function sessionPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'login-')), 'session.json')
}

/** Lands on the redirect URI with the login's own state and a code: what an identity domain does on consent. */
export const consenting: Browser = url => ({ code: 'code-123', state: url.searchParams.get('state') ?? '' })

/** Runs login; the browser is scripted through the printed URL (whether or not --no-browser is given). */
export async function runLogin(
  agent: MockAgent,
  flags: string[],
  options: { browser?: Browser; deps?: Partial<LoginDeps>; session?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<LoginRun> {
  const session = options.session ?? sessionPath()
  const run: LoginRun = { code: -1, stdout: '', stderr: '', session, opened: [] }
  const browser = options.browser ?? consenting
  const visit = (text: string): void => {
    const found = /(https:\/\/\S+\/oauth2\/v1\/authorize\S*)/.exec(text)
    if (!found?.[1] || run.authorize) return
    const url = new URL(found[1])
    run.authorize = url
    const query = browser(url)
    if (query)
      void fetch(`${url.searchParams.get('redirect_uri') ?? ''}?${new URLSearchParams(query).toString()}`)
        .then(res => res.text())
        .catch(() => undefined)
  }
  const streams = {
    stdout: (text: string) => void (run.stdout += text),
    stderr: (text: string) => {
      run.stderr += text
      visit(text)
    }
  }
  run.code = await login(['login', '--session', session, ...flags], streams, options.env ?? {}, {
    dispatcher: agent,
    sleep: () => new Promise<void>(() => undefined),
    open: url => void run.opened.push(url),
    ...options.deps
  })
  return run
}

/** Flags of a confidential client. */
export const CONFIDENTIAL = [
  '--token-url',
  IDP,
  '--client-id',
  'cli-app',
  '--client-secret',
  SECRET,
  '--scope',
  SCOPE
]

/** Declares the token endpoint's answer; returns the captured request. */
export function tokenReply(
  idp: Interceptable,
  body: Record<string, unknown> = {
    access_token: ACCESS,
    token_type: 'Bearer',
    expires_in: 3600,
    refresh_token: REFRESH
  },
  status = 200
): { form?: URLSearchParams; authorization?: string } {
  const seen: { form?: URLSearchParams; authorization?: string } = {}
  idp.intercept({ method: 'POST', path: '/oauth2/v1/token' }).reply(
    status,
    opts => {
      seen.form = new URLSearchParams(opts.body as string)
      seen.authorization = (opts.headers as Record<string, string>).authorization
      return body
    },
    { headers: { 'content-type': 'application/json' } }
  )
  return seen
}
