/**
 * One interactive login: PKCE, state and nonce made fresh; the redirect listener started; the authorization URL
 * printed (and opened in a browser unless told not to); the code exchanged at the token endpoint with the client's
 * authentication; the id_token's nonce checked when one comes back.
 */
import type { Dispatcher } from 'undici'
import { authorizeUrl, exchangeCode, wantsOpenId, type LoginToken } from '../core/auth/authorization-code.js'
import { checkIdToken } from '../core/auth/id-token.js'
import { authorizationSecrets, type AuthorizationSecrets } from '../core/auth/pkce.js'
import { USER_AGENT } from '../core/constants.js'
import { HttpClient } from '../core/http/client.js'
import { defaultRetryPolicy } from '../core/http/retry.js'
import { registerSecret } from '../core/secrets/registry.js'
import type { LoginSettings } from './login-inputs.js'
import { listenForRedirect } from './login-listener.js'

/** What a login needs from outside: time, a place for lines, a browser; all injectable. */
export interface LoginDeps {
  now: () => number
  /** Waits `ms` (the redirect timeout). */
  sleep: (ms: number) => Promise<void>
  /** A line for the user (stderr), secrets redacted. */
  log: (line: string) => void
  /**
   * Prints the authorization URL as it is: the log's redaction would hide `code_challenge` (a parameter whose name
   * says "code"), and the URL holds nothing secret — the challenge is a hash, the state a one-time value.
   */
  showUrl: (url: string) => void
  /** Opens a URL in a browser; never throws. */
  open: (url: string) => void
  /** An undici dispatcher for the token request (a MockAgent in unit tests). */
  dispatcher?: Dispatcher
  /** The one-time values (tests pass fixed ones). */
  secrets?: () => AuthorizationSecrets
}

/** Runs the login; resolves with the issued token (every secret in it already masked). */
export async function performLogin(settings: LoginSettings, deps: LoginDeps): Promise<LoginToken> {
  const secrets = (deps.secrets ?? authorizationSecrets)()
  registerSecret(secrets.verifier)
  const openid = wantsOpenId(settings.scope)
  const listener = await listenForRedirect({
    state: secrets.state,
    port: settings.redirectPort,
    timeoutMs: settings.timeoutMs,
    sleep: deps.sleep
  })
  try {
    const url = authorizeUrl(settings.tokenUrl, {
      clientId: settings.clientId,
      redirectUri: listener.redirectUri,
      scope: settings.scope,
      state: secrets.state,
      challenge: secrets.challenge,
      nonce: openid ? secrets.nonce : undefined
    })
    deps.log(
      `Log in with your browser (waiting ${Math.round(settings.timeoutMs / 1000)} s for the redirect to ${listener.redirectUri}):`
    )
    deps.showUrl(url.toString())
    if (settings.openBrowser) deps.open(url.toString())
    const code = await listener.code
    registerSecret(code)
    const token = await exchange(settings, deps, {
      code,
      redirectUri: listener.redirectUri,
      verifier: secrets.verifier
    })
    if (openid && token.idToken)
      checkIdToken(token.idToken, { nonce: secrets.nonce, clientId: settings.clientId })
    return token
  } finally {
    await listener.close()
  }
}

async function exchange(
  settings: LoginSettings,
  deps: LoginDeps,
  grant: { code: string; redirectUri: string; verifier: string }
): Promise<LoginToken> {
  const http = new HttpClient({
    baseUrl: new URL(settings.tokenUrl.origin),
    timeoutMs: settings.transport.timeoutMs,
    retry: defaultRetryPolicy(settings.transport.retries),
    caCertificate: settings.transport.caCertificate,
    dispatcher: deps.dispatcher,
    now: deps.now,
    sleep: deps.sleep,
    log: deps.log,
    userAgent: USER_AGENT,
    urlInput: 'token-url'
  })
  try {
    return await exchangeCode(http, settings, grant, { now: deps.now(), mask: registerSecret })
  } finally {
    await http.close()
  }
}
