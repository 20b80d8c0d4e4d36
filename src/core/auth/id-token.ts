/**
 * The checks a login makes on an id_token (OpenID Connect Core 1.0 §3.1.3.7): `nonce` equals the one sent (item
 * 11) and `aud` names the client (item 3). The signature is not verified: the token came straight from the token
 * endpoint over the identity domain's TLS connection, which item 6 allows in place of a signature check.
 */
import { decodeJwt } from 'jose'
import { OicActionError } from '../errors.js'

/** Throws unless the id_token carries `nonce` and is addressed to `clientId`. */
export function checkIdToken(idToken: string, expected: { nonce: string; clientId: string }): void {
  let claims: Record<string, unknown>
  try {
    claims = decodeJwt(idToken)
  } catch {
    throw new OicActionError(
      'The identity domain answered an id_token that is not a JWT: the login was refused.'
    )
  }
  if (claims.nonce !== expected.nonce)
    throw new OicActionError(
      'The id_token does not carry the nonce this login sent (a replayed or substituted answer): the login was refused; run it again.'
    )
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audience.includes(expected.clientId))
    throw new OicActionError(
      `The id_token was issued to another client than '${expected.clientId}': the login was refused.`
    )
}
