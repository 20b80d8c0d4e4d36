/**
 * The token requests of an interactive login: the authorization URL (RFC 6749 §4.1.1 with PKCE, RFC 7636 §4.3),
 * the code exchange (§4.1.3, `code_verifier` per RFC 7636 §4.5) and the refresh (§6), each with the client's
 * authentication: HTTP Basic with the client secret for a confidential application (OCI IAM's token examples),
 * or `client_id` in the form for a public client, whose proof is PKCE alone (RFC 6749 §2.3, §3.2.1).
 */
import { basicAuthorization } from './basic.js'
import { ConfigurationError, OicActionError, OicHttpError } from '../errors.js'
import type { HttpClient } from '../http/client.js'
import { describeJson } from '../oic/shape.js'
import { lifetime, tokenTypeOf } from './token-response.js'

/** Path of the authorization endpoint below an identity domain URL (Oracle: "Generate Authorization Code …"). */
export const AUTHORIZE_PATH = '/oauth2/v1/authorize'

/** Who the client is at the token endpoint. */
export interface LoginClient {
  /** The token endpoint (`…/oauth2/v1/token`). */
  tokenUrl: URL
  clientId: string
  /** The secret of a confidential application (sent with HTTP Basic); absent for a public client. */
  clientSecret?: string
}

/** What the token endpoint issued to a login or a refresh. */
export interface LoginToken {
  accessToken: string
  tokenType: string
  expiresIn: number
  expiresAt: Date
  refreshToken?: string
  idToken?: string
}

/** The authorization request a browser opens. */
export function authorizeUrl(
  tokenUrl: URL,
  request: {
    clientId: string
    redirectUri: string
    scope: string
    state: string
    challenge: string
    nonce?: string
  }
): URL {
  const url = new URL(tokenUrl.toString())
  url.pathname = url.pathname.replace(/\/oauth2\/v1\/token$/, AUTHORIZE_PATH)
  const params: Record<string, string | undefined> = {
    client_id: request.clientId,
    response_type: 'code',
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
    nonce: request.nonce
  }
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value)
  return url
}

/** True when the scope asks for an id_token (OpenID Connect). */
export function wantsOpenId(scope: string): boolean {
  return scope.split(/\s+/).includes('openid')
}

/** Exchanges an authorization code; never repeated (a code is single-use, RFC 6749 §4.1.2). */
export function exchangeCode(
  http: HttpClient,
  client: LoginClient,
  grant: { code: string; redirectUri: string; verifier: string },
  options: { now: number; mask: (value: string) => void }
): Promise<LoginToken> {
  return postToken(
    http,
    client,
    {
      grant_type: 'authorization_code',
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.verifier
    },
    { ...options, step: 'authorization code' }
  )
}

/** Refreshes an access token; not repeated either: a rotated refresh token would fail the second attempt. */
export function refreshLogin(
  http: HttpClient,
  client: LoginClient,
  refreshToken: string,
  options: { now: number; mask: (value: string) => void }
): Promise<LoginToken> {
  return postToken(
    http,
    client,
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    { ...options, step: 'refresh token' }
  )
}

interface TokenBody {
  access_token?: unknown
  token_type?: unknown
  expires_in?: unknown
  refresh_token?: unknown
  id_token?: unknown
}

async function postToken(
  http: HttpClient,
  client: LoginClient,
  fields: Record<string, string>,
  options: { now: number; mask: (value: string) => void; step: 'authorization code' | 'refresh token' }
): Promise<LoginToken> {
  const headers: Record<string, string> = {}
  const form = { ...fields }
  if (client.clientSecret !== undefined) {
    headers.authorization = basicAuthorization(client.clientId, client.clientSecret, options.mask)
  } else form.client_id = client.clientId
  let body: TokenBody | undefined
  try {
    const res = await http.json<TokenBody>({
      method: 'POST',
      path: client.tokenUrl.pathname,
      form,
      headers,
      safeToRetry: false,
      label: `${options.step} exchange`
    })
    body = res.body
  } catch (error) {
    throw explainLoginError(error, client, options.step)
  }
  return readToken(body, client.tokenUrl.origin, options)
}

function readToken(
  body: TokenBody | undefined,
  origin: string,
  options: { now: number; mask: (value: string) => void }
): LoginToken {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new OicActionError(
      `The identity domain at ${origin} answered ${describeJson(body)} where a token object ({access_token, expires_in}) was expected.`
    )
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value && !/[\s\u0000-\u001f\u007f]/.test(value) ? value : undefined
  const accessToken = text(body.access_token)
  if (!accessToken)
    throw new OicActionError(`The identity domain at ${origin} answered without a usable access_token.`)
  options.mask(accessToken)
  const refreshToken = text(body.refresh_token)
  if (refreshToken) options.mask(refreshToken)
  const idToken = text(body.id_token)
  if (idToken) options.mask(idToken)
  const expiresIn = lifetime(body.expires_in, origin)
  return {
    accessToken,
    tokenType: tokenTypeOf(body.token_type, origin),
    expiresIn,
    expiresAt: new Date(options.now + expiresIn * 1000),
    refreshToken,
    idToken
  }
}

/** An RFC 6749 §5.2 refusal as one line that says what to do; anything else passes through. */
function explainLoginError(
  error: unknown,
  client: LoginClient,
  step: 'authorization code' | 'refresh token'
): Error {
  if (!(error instanceof OicHttpError) || error.status < 400 || error.status >= 500 || error.status === 429)
    return error instanceof Error ? error : new OicActionError(String(error))
  const code = error.title ?? ''
  const said = error.detail ? ` (${error.detail})` : ''
  const again = "run 'oic-actions login' again"
  const fixes: Record<string, string> = {
    invalid_grant:
      step === 'refresh token'
        ? `The refresh token is expired, revoked or already used: ${again}.`
        : `The code expired, was already used, or was issued for another client or redirect URI: ${again}.`,
    invalid_client:
      client.clientSecret === undefined
        ? `Client '${client.clientId}' was sent as a public client (no secret): pass --client-secret (or OIC_CLIENT_SECRET) if the application is confidential.`
        : `Check --client-id '${client.clientId}' and --client-secret (the application's credentials).`,
    unauthorized_client: `The application '${client.clientId}' may not use this grant: allow Authorization Code${step === 'refresh token' ? ' and Refresh Token' : ''} in its OAuth configuration.`,
    invalid_scope: 'Check --scope: the instance audience followed by urn:opc:resource:consumer::all.'
  }
  const fix = fixes[code] ?? ''
  return new ConfigurationError(
    `The identity domain refused the ${step}: ${code || `HTTP ${error.status}`}${said}. ${fix}`.trim(),
    { cause: error, fix: fix || undefined }
  )
}
