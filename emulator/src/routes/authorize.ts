/**
 * `GET /oauth2/v1/authorize`: the authorization endpoint of the authorization code grant. Parameters as Oracle's
 * identity REST reference lists them ("Generate Authorization Code and Identity Token (3-legged OAuth Flow)",
 * idcsa/op-oauth2-v1-authorize-get.html: client_id, redirect_uri and scope required, response_type, state, nonce;
 * errors as `{error, error_description}`), PKCE per RFC 7636 §4.3–4.4, refusals per RFC 6749 §4.1.2.1: a bad
 * client or redirect URI is answered here (400, never redirected), anything else is redirected with `error=`.
 * There is no login page: with `authorizeAutoConsent` (default) the user `authorizeUser` consents at once.
 */
import type { ClientSeed, IdentityDomain } from '../identity.js'
import type { RequestContext, Route } from '../router.js'
import type { Switches } from '../switches.js'
import { instanceForScope, OAuthError } from './token.js'

/** A base64url SHA-256 digest: 43 characters (RFC 7636 §4.2). */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/
const LOOPBACK_HOSTS = ['127.0.0.1', '[::1]']

function parseUri(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** True when `given` equals a registered redirect URI (or, with the switch, differs from a loopback one by port). */
export function redirectAllowed(client: ClientSeed, given: string, loopbackAnyPort: boolean): boolean {
  const uri = parseUri(given)
  if (!uri || uri.hash) return false
  return (client.redirectUris ?? []).some(registered => {
    if (registered === given) return true
    const reg = parseUri(registered)
    if (!loopbackAnyPort || !reg || reg.protocol !== 'http:' || !LOOPBACK_HOSTS.includes(reg.hostname))
      return false
    return (
      uri.protocol === 'http:' &&
      uri.hostname === reg.hostname &&
      uri.pathname === reg.pathname &&
      uri.search === reg.search
    )
  })
}

/** The client and redirect URI, or a 400 answered here (RFC 6749 §4.1.2.1: never redirect to an unchecked URI). */
function checkClient(
  q: URLSearchParams,
  idp: IdentityDomain,
  switches: Switches
): { client: ClientSeed; uri: URL } {
  const client = idp.clients.get(q.get('client_id') ?? '')
  if (!client) throw new OAuthError(400, 'invalid_client', `Unknown client_id '${q.get('client_id') ?? ''}'.`)
  const given = q.get('redirect_uri') ?? ''
  if (!given) throw new OAuthError(400, 'invalid_request', 'The redirect_uri parameter is required.')
  if (!redirectAllowed(client, given, switches.authorizeLoopbackAnyPort))
    throw new OAuthError(
      400,
      'invalid_request',
      `The redirect_uri '${given}' is not registered for this client.`
    )
  return { client, uri: new URL(given) }
}

/** The code for a valid request; an OAuthError (to redirect) otherwise. */
function issueCode(q: URLSearchParams, client: ClientSeed, idp: IdentityDomain, switches: Switches): string {
  const fail = (error: string, description: string): never => {
    throw new OAuthError(302, error, description)
  }
  if (q.get('response_type') !== 'code')
    fail('unsupported_response_type', `Unsupported response_type '${q.get('response_type') ?? ''}'.`)
  if (client.grants && !client.grants.includes('authorization_code'))
    fail('unauthorized_client', 'The client may not use the authorization code grant.')
  const method = q.get('code_challenge_method')
  if (method !== 'S256')
    fail('invalid_request', `code_challenge_method must be S256 (got '${method ?? ''}'; plain is refused).`)
  const challenge = q.get('code_challenge') ?? ''
  if (!S256_CHALLENGE.test(challenge)) fail('invalid_request', 'The code_challenge is missing or malformed.')
  const scope = q.get('scope') ?? ''
  let instance: string
  try {
    instance = instanceForScope(scope, idp, switches).instance
  } catch (error) {
    return fail('invalid_scope', (error as Error).message)
  }
  const user = switches.authorizeUser ?? [...idp.users.keys()][0]
  if (!switches.authorizeAutoConsent || !user || !idp.users.has(user))
    fail('access_denied', 'The user denied the request.')
  return idp.codes.issue({
    clientId: client.clientId,
    redirectUri: q.get('redirect_uri') ?? '',
    challenge,
    scope,
    instance,
    subject: user as string,
    nonce: q.get('nonce') ?? undefined
  })
}

async function authorize(ctx: RequestContext, idp: IdentityDomain, switches: Switches): Promise<void> {
  const q = ctx.query
  let target: URL
  try {
    target = checkClient(q, idp, switches).uri
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error
    await ctx.json(error.status, { error: error.error, error_description: error.description })
    return
  }
  const client = idp.clients.get(q.get('client_id') ?? '') as ClientSeed
  try {
    target.searchParams.set('code', issueCode(q, client, idp, switches))
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error
    target.searchParams.set('error', error.error)
    target.searchParams.set('error_description', error.description)
  }
  const state = q.get('state')
  if (state !== null) target.searchParams.set('state', state)
  await ctx.empty(302, { location: target.toString(), 'cache-control': 'no-store' })
}

/** The authorization endpoint route. */
export function authorizeRoutes(idp: IdentityDomain, switches: Switches): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/oauth2/v1/authorize',
      permission: 'public',
      handler: ctx => authorize(ctx, idp, switches)
    }
  ]
}
