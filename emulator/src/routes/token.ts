/**
 * `POST /oauth2/v1/token`: every grant `authenticate` supports and the authorization code grant of `login` (RFC 6749
 * §4.1.3 with PKCE, RFC 7636 §4.5), with RFC 6749 error bodies.
 */
import type { AssertionRules } from '../assertion-check.js'
import type { IssuedCode } from '../authorization-codes.js'
import type { IdentityDomain, ClientSeed, Grant } from '../identity.js'
import { readForm } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { Switches } from '../switches.js'

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'
const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const ALL_GRANTS = ['client_credentials', 'password', JWT_BEARER, 'refresh_token', 'authorization_code']
/** Grants a public client may use: it has no secret, PKCE is its proof (RFC 6749 §2.1, RFC 7636). */
const PUBLIC_GRANTS = ['authorization_code', 'refresh_token']
const SCOPE_SUFFIXES = ['urn:opc:resource:consumer::all', '/ic/api/']
const BARE_CONSUMER_SCOPE = 'urn:opc:resource:consumer::all'

/** An RFC 6749 §5.2 error. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string
  ) {
    super(description)
  }
}

/** Throws an {@link OAuthError}. */
export function oauthFail(status: number, error: string, description: string): never {
  throw new OAuthError(status, error, description)
}

/** How assertions are checked: the domain URL is this emulator's origin (contract K9). */
function assertionRules(ctx: RequestContext, switches: Switches): AssertionRules {
  return {
    domainUrl: new URL(ctx.href('/')).origin,
    keyRefOptional: switches.assertionKeyRefOptional,
    genericAudience: switches.assertionGenericAudience
  }
}

async function authenticateClient(
  ctx: RequestContext,
  form: URLSearchParams,
  idp: IdentityDomain,
  switches: Switches
): Promise<ClientSeed> {
  const basic = /^Basic\s+(\S+)$/i.exec(ctx.req.headers.authorization ?? '')?.[1]
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8')
    const sep = decoded.indexOf(':')
    const id = sep < 0 ? decoded : decoded.slice(0, sep)
    const secret = sep < 0 ? '' : decoded.slice(sep + 1)
    const client = idp.clients.get(id)
    if (!client || !client.clientSecret || client.clientSecret !== secret) {
      oauthFail(401, 'invalid_client', 'Client authentication failed.')
    }
    return client
  }
  const assertion = form.get('client_assertion')
  if (form.get('client_assertion_type') === CLIENT_ASSERTION_TYPE && assertion) {
    const id = form.get('client_id') ?? ''
    const client = idp.clients.get(id)
    if (!client) oauthFail(401, 'invalid_client', 'Client authentication failed.')
    try {
      await idp.verifyAssertion(client, assertion, { ...assertionRules(ctx, switches), subject: id })
    } catch (error) {
      oauthFail(401, 'invalid_client', `Client assertion rejected: ${(error as Error).message}.`)
    }
    return client
  }
  const named = idp.clients.get(form.get('client_id') ?? '')
  if (named?.public) return named
  return oauthFail(401, 'invalid_client', 'Client authentication is required.')
}

/** The instance a scope names (and an `urn:opc:resource:expiry` lifetime); `invalid_scope` otherwise. */
export function instanceForScope(
  scope: string,
  idp: IdentityDomain,
  switches: Switches
): { instance: string; ttl?: number } {
  let ttl: number | undefined
  let instance: string | undefined
  for (const part of scope.split(/\s+/).filter(Boolean)) {
    const expiry = /^urn:opc:resource:expiry=(\d+)$/.exec(part)
    if (expiry) {
      ttl = Number(expiry[1])
      continue
    }
    if (part === 'offline_access' || part === 'openid') continue
    if (part === BARE_CONSUMER_SCOPE && switches.acceptBareConsumerScope) {
      instance = [...idp.audiences.keys()][0]
      continue
    }
    const match = [...idp.audiences].find(([, aud]) =>
      SCOPE_SUFFIXES.some(suffix => part === `${aud}${suffix}`)
    )
    if (!match) oauthFail(400, 'invalid_scope', `Invalid scope '${part}'.`)
    instance = match[0]
  }
  if (!instance) oauthFail(400, 'invalid_scope', 'The scope parameter is required.')
  return { instance, ttl }
}

async function grantFor(
  client: ClientSeed,
  form: URLSearchParams,
  idp: IdentityDomain,
  switches: Switches,
  rules: AssertionRules
): Promise<{
  grant: Omit<Grant, 'instance' | 'scope'>
  refresh: boolean
  scope?: string
  instance?: string
  code?: IssuedCode
}> {
  const type = form.get('grant_type') ?? ''
  if (!ALL_GRANTS.includes(type))
    oauthFail(400, 'unsupported_grant_type', `Unsupported grant type '${type}'.`)
  const allowed = (client.grants ?? ALL_GRANTS).map(g => (g === 'jwt-bearer' ? JWT_BEARER : g))
  if (!allowed.includes(type))
    oauthFail(400, 'unauthorized_client', `The client may not use grant type '${type}'.`)
  if (client.public && !PUBLIC_GRANTS.includes(type))
    oauthFail(400, 'unauthorized_client', `A public client may not use grant type '${type}'.`)
  const userRefresh = client.refreshTokens !== false
  switch (type) {
    case 'client_credentials':
      return {
        grant: { clientId: client.clientId, subject: client.clientId, kind: 'client' },
        refresh: false
      }
    case 'password': {
      const user = idp.users.get(form.get('username') ?? '')
      if (!user || user.password === undefined || user.password !== form.get('password')) {
        oauthFail(400, 'invalid_grant', 'Invalid user name or password.')
      }
      return {
        grant: { clientId: client.clientId, subject: user.username, kind: 'user' },
        refresh: userRefresh
      }
    }
    case JWT_BEARER: {
      let payload: Record<string, unknown>
      try {
        payload = await idp.verifyAssertion(client, form.get('assertion') ?? '', rules)
      } catch (error) {
        oauthFail(400, 'invalid_grant', `User assertion rejected: ${(error as Error).message}.`)
      }
      const user = idp.users.get(String(payload.sub))
      if (!user)
        oauthFail(400, 'invalid_grant', `User assertion rejected: unknown subject '${String(payload.sub)}'.`)
      return {
        grant: { clientId: client.clientId, subject: user.username, kind: 'user' },
        refresh: userRefresh
      }
    }
    case 'authorization_code':
      return codeGrant(client, form, idp, allowed.includes('refresh_token') && userRefresh)
    default: {
      const previous = idp.takeRefreshToken(form.get('refresh_token') ?? '', switches.rotateRefreshTokens)
      if (!previous || previous.clientId !== client.clientId)
        oauthFail(400, 'invalid_grant', 'Invalid refresh token.')
      return { grant: previous, refresh: true, scope: previous.scope, instance: previous.instance }
    }
  }
}

/** The code grant: a refresh token only with offline_access (Oracle, "Using Refresh Tokens": "you must add …"). */
function codeGrant(
  client: ClientSeed,
  form: URLSearchParams,
  idp: IdentityDomain,
  mayRefresh: boolean
): {
  grant: Omit<Grant, 'instance' | 'scope'>
  refresh: boolean
  scope: string
  instance: string
  code: IssuedCode
} {
  const code = idp.codes.redeem(form.get('code') ?? '', {
    clientId: client.clientId,
    redirectUri: form.get('redirect_uri') ?? '',
    verifier: form.get('code_verifier') ?? ''
  })
  if (typeof code === 'string') oauthFail(400, 'invalid_grant', code)
  return {
    grant: { clientId: client.clientId, subject: code.subject, kind: 'user' },
    refresh: mayRefresh && code.scope.split(/\s+/).includes('offline_access'),
    scope: code.scope,
    instance: code.instance,
    code
  }
}

/** The token endpoint route. */
export function tokenRoutes(idp: IdentityDomain, switches: Switches): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/oauth2/v1/token',
      permission: 'public',
      handler: async ctx => {
        try {
          if (!/application\/x-www-form-urlencoded/i.test(ctx.req.headers['content-type'] ?? '')) {
            oauthFail(400, 'invalid_request', 'The request must be application/x-www-form-urlencoded.')
          }
          const form = await readForm(ctx.req)
          const client = await authenticateClient(ctx, form, idp, switches)
          const {
            grant,
            refresh,
            scope: kept,
            instance: keptInstance,
            code
          } = await grantFor(client, form, idp, switches, assertionRules(ctx, switches))
          const scope = form.get('scope') || kept || ''
          const { instance, ttl } =
            keptInstance && !form.get('scope')
              ? { instance: keptInstance, ttl: undefined }
              : instanceForScope(scope, idp, switches)
          const body = await idp.issue({ ...grant, instance, scope }, refresh, ttl)
          // OpenID Connect Core §3.1.3.3: an `openid` code's token response carries an id_token.
          if (code && code.scope.split(/\s+/).includes('openid'))
            body.id_token = await idp.codes.idToken(
              code,
              new URL(ctx.href('/')).origin,
              Number(body.expires_in)
            )
          await ctx.json(200, body, {
            'cache-control': 'no-store'
          })
        } catch (error) {
          if (!(error instanceof OAuthError)) throw error
          const headers: Record<string, string> =
            error.status === 401 ? { 'www-authenticate': 'Basic realm="oauth"' } : {}
          await ctx.json(error.status, { error: error.error, error_description: error.description }, headers)
        }
      }
    }
  ]
}
