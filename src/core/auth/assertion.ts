/**
 * Signed JWT assertions (RS256, via jose): the user assertion of the jwt-bearer grant and the client assertion. OCI
 * IAM requires a `kid` or `x5t` header and the identity domain URL among the `aud` values (contract K9).
 */
import { randomUUID, type KeyObject } from 'node:crypto'

/** Lifetime of an assertion: long enough for clock skew, short enough to be useless if it leaked. */
export const ASSERTION_LIFETIME_S = 300

/** Claims of a signed assertion. */
export interface AssertionClaims {
  /** `iss`: the client id. */
  issuer: string
  /** `sub`: the user (user assertion) or the client id (client assertion). */
  subject: string
  /** `aud`: one value or several; OCI IAM requires the identity domain URL among them (contract K9). */
  audience: string | string[]
  /** `kid` header: the certificate alias registered on the confidential application. */
  keyId?: string
  /** `x5t` header: base64url SHA-1 thumbprint of the registered certificate. */
  x5t?: string
}

/** Signs an assertion with `iat` = now, `exp` = now + {@link ASSERTION_LIFETIME_S}, and a fresh `jti`. */
export async function signAssertion(key: KeyObject, claims: AssertionClaims, nowMs: number): Promise<string> {
  // jose is loaded only by the grants that sign something.
  const { SignJWT } = await import('jose')
  const iat = Math.floor(nowMs / 1000)
  return new SignJWT({})
    .setProtectedHeader({
      alg: 'RS256',
      typ: 'JWT',
      ...(claims.keyId ? { kid: claims.keyId } : {}),
      ...(claims.x5t ? { x5t: claims.x5t } : {})
    })
    .setIssuer(claims.issuer)
    .setSubject(claims.subject)
    .setAudience(claims.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ASSERTION_LIFETIME_S)
    .setJti(randomUUID())
    .sign(key)
}
