/**
 * The one-time values of an authorization code request: the PKCE verifier and its S256 challenge (RFC 7636 §4.1,
 * §4.2), `state` (RFC 6749 §10.12) and the OpenID Connect `nonce` (OIDC Core §3.1.2.1).
 */
import { createHash, randomBytes } from 'node:crypto'

/** 32 random bytes: a 43-character base64url verifier, the shortest RFC 7636 §4.1 allows, with 256 bits of entropy. */
const RANDOM_BYTES = 32

/** The values one login sends and checks. */
export interface AuthorizationSecrets {
  /** PKCE `code_verifier` (kept; sent only to the token endpoint). */
  verifier: string
  /** `code_challenge`: BASE64URL(SHA256(verifier)). */
  challenge: string
  /** `state`, echoed by the redirect and compared. */
  state: string
  /** `nonce`, echoed in the id_token and compared (sent when `openid` is in the scope). */
  nonce: string
}

/** A random base64url string of {@link RANDOM_BYTES} bytes. */
export function randomToken(bytes: number = RANDOM_BYTES): string {
  return randomBytes(bytes).toString('base64url')
}

/** The S256 `code_challenge` of a verifier (RFC 7636 §4.2). */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url')
}

/** Fresh verifier, challenge, state and nonce; `random` is injectable for tests. */
export function authorizationSecrets(random: () => string = randomToken): AuthorizationSecrets {
  const verifier = random()
  return { verifier, challenge: s256Challenge(verifier), state: random(), nonce: random() }
}
