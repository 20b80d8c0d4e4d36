/**
 * Authorization codes of the emulated identity domain (RFC 6749 §4.1.2: short-lived, single-use, bound to the
 * client and the redirect URI) with their PKCE challenge (RFC 7636 §4.4), and the id_token of an `openid` login
 * (OpenID Connect Core §2, §3.1.3.6: `nonce` echoed when the request had one).
 */
import { createHash, randomBytes } from 'node:crypto'
import { SignJWT } from 'jose'

/**
 * Lifetime of a code: RFC 6749 §4.1.2 recommends at most 10 minutes; Oracle's authorize page states none, so the
 * emulator takes the recommended bound.
 */
export const CODE_TTL_MS = 10 * 60 * 1000
/** A PKCE verifier: 43 to 128 unreserved characters (RFC 7636 §4.1). */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/

/** What a code was issued for. */
export interface IssuedCode {
  clientId: string
  redirectUri: string
  /** S256 challenge (plain is refused at the authorization endpoint). */
  challenge: string
  scope: string
  instance: string
  /** The user who consented. */
  subject: string
  nonce?: string
  expiresAt: number
}

/** Codes issued and not yet redeemed. */
export class AuthorizationCodes {
  private readonly codes = new Map<string, IssuedCode>()
  private readonly idTokenKey = randomBytes(32)

  constructor(private readonly now: () => number) {}

  /** Issues a code. */
  issue(grant: Omit<IssuedCode, 'expiresAt'>): string {
    const code = `ac-${randomBytes(24).toString('base64url')}`
    this.codes.set(code, { ...grant, expiresAt: this.now() + CODE_TTL_MS })
    return code
  }

  /**
   * Redeems a code: it is gone after the first attempt, whatever the outcome (RFC 6749 §4.1.2: a code used twice
   * is refused). Returns the grant, or the reason it is refused (an `invalid_grant` description).
   */
  redeem(
    code: string,
    request: { clientId: string; redirectUri: string; verifier: string }
  ): IssuedCode | string {
    const issued = this.codes.get(code)
    this.codes.delete(code)
    if (!issued) return 'The authorization code is unknown or was already used.'
    if (issued.expiresAt <= this.now()) return 'The authorization code has expired.'
    if (issued.clientId !== request.clientId) return 'The authorization code was issued to another client.'
    if (issued.redirectUri !== request.redirectUri)
      return 'The redirect_uri differs from the one of the authorization request.'
    if (!VERIFIER.test(request.verifier)) return 'The code_verifier is missing or malformed.'
    const challenge = createHash('sha256').update(request.verifier, 'ascii').digest('base64url')
    if (challenge !== issued.challenge) return 'The code_verifier does not match the code_challenge.'
    return issued
  }

  /** An id_token for a redeemed `openid` code (HS256 with the emulator's own key). */
  async idToken(issued: IssuedCode, issuer: string, ttlSeconds: number): Promise<string> {
    const iat = Math.floor(this.now() / 1000)
    const jwt = new SignJWT(issued.nonce === undefined ? {} : { nonce: issued.nonce })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(issuer)
      .setSubject(issued.subject)
      .setAudience(issued.clientId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
    return jwt.sign(this.idTokenKey)
  }
}
