/**
 * OAuth 2.0 token requests to an OCI IAM identity domain (`/oauth2/v1/token`) for every supported grant and
 * client authentication, with RFC 6749 errors turned into lines that say what to fix.
 */
import { basicAuthorization } from './basic.js'
import type { KeyObject } from 'node:crypto'
import { ConfigurationError, OicActionError, OicHttpError } from '../errors.js'
import type { HttpClient } from '../http/client.js'
import { describeJson } from '../oic/shape.js'
import { signAssertion } from './assertion.js'
import { lifetime, tokenTypeOf } from './token-response.js'

/** Grant types of the `grant-type` input. */
export const GRANT_TYPES = ['client_credentials', 'jwt-bearer', 'password', 'refresh_token'] as const
export type GrantType = (typeof GRANT_TYPES)[number]

/** Client authentication methods of the `client-auth` input. */
export const CLIENT_AUTH_METHODS = ['client_secret_basic', 'private_key_jwt'] as const
export type ClientAuth = (typeof CLIENT_AUTH_METHODS)[number]

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'
const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** Path of the token endpoint below an identity domain URL. */
export const TOKEN_PATH = '/oauth2/v1/token'

/** What a token request needs. Secrets are masked by the caller before this is built. */
export interface TokenRequest {
  /** The token endpoint (`…/oauth2/v1/token`). */
  tokenUrl: URL
  clientId: string
  /** For `client_secret_basic`. */
  clientSecret?: string
  /** Audience + `urn:opc:resource:consumer::all` or audience + `/ic/api/`. */
  scope: string
  grantType: GrantType
  clientAuth: ClientAuth
  /** User of `jwt-bearer` (assertion subject) or `password`. */
  username?: string
  password?: string
  /** Parsed signing key for `jwt-bearer` and `private_key_jwt`. */
  privateKey?: KeyObject
  /** `kid` header of assertions. */
  keyId?: string
  /** `x5t` header of assertions (from the certificate given with the key). */
  x5t?: string
  /** `aud` values of assertions (the identity domain URL among them by default). */
  assertionAudience: string[]
  refreshToken?: string
}

/** A token as the identity domain issued it. */
export interface IssuedToken {
  accessToken: string
  tokenType: string
  expiresIn: number
  expiresAt: Date
  refreshToken?: string
}

interface TokenResponse {
  access_token?: unknown
  token_type?: unknown
  expires_in?: unknown
  refresh_token?: unknown
}

/** The identity domain URL or the full endpoint, as the token endpoint URL. */
export function tokenEndpoint(url: URL): URL {
  const endpoint = new URL(url.toString())
  const path = endpoint.pathname.replace(/\/+$/, '')
  endpoint.pathname = path.endsWith(TOKEN_PATH) ? path : `${path}${TOKEN_PATH}`
  endpoint.search = ''
  endpoint.hash = ''
  return endpoint
}

async function grantFields(
  req: TokenRequest,
  nowMs: number,
  mask: (v: string) => void
): Promise<Record<string, string>> {
  switch (req.grantType) {
    case 'client_credentials':
      return { grant_type: 'client_credentials', scope: req.scope }
    case 'password':
      return {
        grant_type: 'password',
        username: req.username ?? '',
        password: req.password ?? '',
        scope: req.scope
      }
    case 'refresh_token':
      return { grant_type: 'refresh_token', refresh_token: req.refreshToken ?? '', scope: req.scope }
    case 'jwt-bearer': {
      const assertion = await signAssertion(
        req.privateKey as KeyObject,
        {
          issuer: req.clientId,
          subject: req.username ?? '',
          audience: req.assertionAudience,
          keyId: req.keyId,
          x5t: req.x5t
        },
        nowMs
      )
      mask(assertion)
      return { grant_type: JWT_BEARER, assertion, scope: req.scope }
    }
  }
}

async function clientAuthentication(
  req: TokenRequest,
  nowMs: number,
  mask: (v: string) => void
): Promise<{ headers: Record<string, string>; fields: Record<string, string> }> {
  if (req.clientAuth === 'private_key_jwt') {
    const assertion = await signAssertion(
      req.privateKey as KeyObject,
      {
        issuer: req.clientId,
        subject: req.clientId,
        audience: req.assertionAudience,
        keyId: req.keyId,
        x5t: req.x5t
      },
      nowMs
    )
    mask(assertion)
    return {
      headers: {},
      fields: {
        client_id: req.clientId,
        client_assertion_type: CLIENT_ASSERTION_TYPE,
        client_assertion: assertion
      }
    }
  }
  return {
    headers: { authorization: basicAuthorization(req.clientId, req.clientSecret ?? '', mask) },
    fields: {}
  }
}

/**
 * Requests a token; every secret it creates (assertions, the token itself) is passed to `mask` first. Each attempt
 * signs fresh assertions: an identity domain may refuse a replayed `jti`, which would make every retry fail.
 */
export async function requestToken(
  client: HttpClient,
  req: TokenRequest,
  options: { now: number; mask: (value: string) => void }
): Promise<IssuedToken> {
  const signed = req.clientAuth === 'private_key_jwt'
  const { headers } = signed ? { headers: {} } : await clientAuthentication(req, options.now, options.mask)
  const form = async (): Promise<Record<string, string>> => ({
    ...(await grantFields(req, options.now, options.mask)),
    ...(signed ? (await clientAuthentication(req, options.now, options.mask)).fields : {})
  })
  let body: TokenResponse | undefined
  try {
    // Minting a token has no side effect, so a lost response may be retried; a rotated refresh token would
    // fail the retry with invalid_grant, which is reported below with its meaning.
    const res = await client.json<TokenResponse>({
      method: 'POST',
      path: req.tokenUrl.pathname,
      form,
      headers,
      safeToRetry: true,
      label: 'token request'
    })
    body = res.body
  } catch (error) {
    throw explainTokenError(error, req)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new OicActionError(
      `The identity domain at ${req.tokenUrl.origin} answered ${describeJson(body)} where a token object ({access_token, expires_in}) was expected.`
    )
  const accessToken = typeof body.access_token === 'string' ? body.access_token : ''
  if (!accessToken) {
    throw new OicActionError(
      `The identity domain at ${req.tokenUrl.origin} answered without an access_token.`
    )
  }
  if (/[\s\u0000-\u001f\u007f]/.test(accessToken))
    throw new OicActionError(
      `The identity domain at ${req.tokenUrl.origin} answered an access_token with spaces or control characters where a token was expected.`
    )
  options.mask(accessToken)
  const refreshToken =
    typeof body?.refresh_token === 'string' && body.refresh_token ? body.refresh_token : undefined
  if (refreshToken) options.mask(refreshToken)
  const expiresIn = lifetime(body?.expires_in, req.tokenUrl.origin)
  const tokenType = tokenTypeOf(body?.token_type, req.tokenUrl.origin)
  return {
    accessToken,
    tokenType,
    expiresIn,
    expiresAt: new Date(options.now + expiresIn * 1000),
    refreshToken
  }
}

const SCOPE_FORMAT =
  "The scope is the instance's primary audience followed directly by urn:opc:resource:consumer::all or /ic/api/, e.g. https://<id>.integration.<region>.ocp.oraclecloud.com:443urn:opc:resource:consumer::all (copy the audience from the OIC instance's application in the identity domain)"

/** Turns an RFC 6749 error response into an actionable ConfigurationError; other failures pass through. */
export function explainTokenError(error: unknown, req: TokenRequest): Error {
  if (!(error instanceof OicHttpError) || error.status < 400 || error.status >= 500 || error.status === 429) {
    return error instanceof Error ? error : new OicActionError(String(error))
  }
  const code = error.title ?? ''
  const said = error.detail ? ` (${error.detail})` : ''
  const prefix = `The identity domain refused the token request: ${code || `HTTP ${error.status}`}${said}.`
  const fix: Record<string, string> = {
    invalid_scope: `Scope '${req.scope}' is not valid. ${SCOPE_FORMAT}.`,
    invalid_client:
      req.clientAuth === 'private_key_jwt'
        ? `Check client-id '${req.clientId}', and that private-key matches the certificate registered on the app under ${req.keyId ? `key-id '${req.keyId}'` : `x5t '${req.x5t ?? ''}'`}.`
        : `Check client-id '${req.clientId}' and client-secret (the confidential application's credentials).`,
    invalid_grant:
      req.grantType === 'jwt-bearer'
        ? `Check the user assertion: sub='${req.username ?? ''}' must be an existing user, iss='${req.clientId}', aud='${req.assertionAudience.join(' ')}' (must include the identity domain URL), the runner's clock, and that key-id names the certificate alias registered for this app.`
        : req.grantType === 'password'
          ? `Check username '${req.username ?? ''}' and password.`
          : req.grantType === 'refresh_token'
            ? 'The refresh-token is expired, revoked or already used: authenticate with another grant to get a new one.'
            : 'Check that the client credentials grant is allowed for this application.',
    unauthorized_client: `The application '${req.clientId}' may not use grant type '${req.grantType}': allow it in the confidential application's OAuth configuration.`,
    unsupported_grant_type: `The identity domain does not accept grant type '${req.grantType}' for this application.`
  }
  const remedy =
    fix[code] ??
    (error.status === 404
      ? 'Check token-url: it must be the identity domain URL (https://idcs-<guid>.identity.oraclecloud.com).'
      : '')
  return new ConfigurationError(`${prefix} ${remedy}`.trim(), {
    input: code === 'invalid_scope' ? 'scope' : undefined,
    cause: error
  })
}
