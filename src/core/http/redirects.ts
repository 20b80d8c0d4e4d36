/** Following redirects without ever carrying the bearer token (or any credential) to another host. */
import { OicHttpError } from '../errors.js'
import { redactUrl } from '../secrets/redact.js'
import type { TransportResponse } from './transport.js'

const MAX_REDIRECTS = 5

/** What {@link redirectTarget} needs of the client's settings. */
export interface RedirectPolicy {
  baseUrl: URL
  token?: string
  urlInput?: string
  redirects?: 'same-host' | 'any-host'
}

/** One redirect answer. */
export interface RedirectHop {
  method: string
  from: URL
  res: TransportResponse
  /** Redirects followed so far. */
  hops: number
}

/** The next URL of a redirect, refusing hops to another host: the bearer token must never leave its host. */
export function redirectTarget(policy: RedirectPolicy, hop: RedirectHop): URL {
  const { method, from, res } = hop
  const target = new URL(String(res.headers.location), from)
  const foreign = target.host !== policy.baseUrl.host || target.protocol !== policy.baseUrl.protocol
  const downgrade = from.protocol === 'https:' && target.protocol !== 'https:'
  if (foreign && (policy.redirects !== 'any-host' || downgrade)) {
    throw new OicHttpError({
      status: res.statusCode,
      method,
      url: redactUrl(from),
      detail: `redirected to ${target.origin}`,
      hint: `${policy.token ? 'The token is' : 'Credentials are'} not sent to another host: set ${policy.urlInput ?? 'oic-url'} to ${target.origin} if that is your ${policy.urlInput === 'token-url' ? 'identity domain' : 'OIC design-time host'}`
    })
  }
  if (hop.hops >= MAX_REDIRECTS) {
    throw new OicHttpError({
      status: res.statusCode,
      method,
      url: redactUrl(from),
      detail: 'too many redirects'
    })
  }
  return target
}
