/**
 * Verification of signed assertions (user assertions of the jwt-bearer grant, client assertions of
 * private_key_jwt) the way OCI IAM documents them (Identity domains, "Client/User JWT Assertion",
 * `Content/Identity/api-getstarted/ClientAssertion.htm`): RS256; "The x5t or kid claim must be present in the JWT
 * assertion header" (`kid` = the certificate alias, `x5t` = base64url SHA-1 thumbprint of the X.509 certificate);
 * "The identity domain URL (https://<domainURL>) must be one of the aud claim values".
 */
import { createHash, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose'

/** A certificate registered on a confidential application: a public key (PEM) or an X.509 certificate (PEM). */
export interface RegisteredCertificate {
  /** The certificate alias, matched against `kid`. */
  keyId: string
  /** SPKI public key PEM (no `x5t` can match it). */
  publicKey?: string
  /** X.509 certificate PEM: `x5t` matches its SHA-1 thumbprint. */
  certificate?: string
}

/** How strictly assertions are checked (the switches of the older readings). */
export interface AssertionRules {
  /** The identity domain URL (`https://<domainURL>`), required among the `aud` values. */
  domainUrl: string
  /** Older reading: `kid` optional (every registered certificate is tried). Default false. */
  keyRefOptional: boolean
  /** Older reading (Oracle's OIC JWT walkthrough): `aud` = `https://identity.oraclecloud.com/` suffices. */
  genericAudience: boolean
  /** `sub` the assertion must carry (client assertions: the client id). */
  subject?: string
}

/** The `aud` of Oracle's OIC JWT-assertion walkthrough (IU-JWT). */
export const GENERIC_AUDIENCE = 'https://identity.oraclecloud.com/'

/** Base64url SHA-1 thumbprint of a PEM certificate (the `x5t` header value). */
export function x5tOf(certificatePem: string): string {
  return createHash('sha1').update(new X509Certificate(certificatePem).raw).digest('base64url')
}

const keyOf = (cert: RegisteredCertificate): KeyObject =>
  cert.certificate ? new X509Certificate(cert.certificate).publicKey : createPublicKey(cert.publicKey ?? '')

/** The certificates an assertion's header names (by `kid` or `x5t`); throws the IAM wording when it names none. */
function certificatesFor(
  certificates: readonly RegisteredCertificate[],
  assertion: string,
  rules: AssertionRules
): RegisteredCertificate[] {
  let header: { kid?: string; x5t?: unknown }
  try {
    header = decodeProtectedHeader(assertion)
  } catch {
    throw new Error('the assertion is not a JWT')
  }
  const x5t = typeof header.x5t === 'string' ? header.x5t : undefined
  if (!header.kid && !x5t) {
    if (!rules.keyRefOptional)
      throw new Error('The x5t or kid claim must be present in the JWT assertion header')
    return [...certificates]
  }
  const named = certificates.filter(
    c => (header.kid && c.keyId === header.kid) || (x5t && c.certificate && x5tOf(c.certificate) === x5t)
  )
  if (named.length === 0)
    throw new Error(
      header.kid
        ? `no certificate with alias '${header.kid}' is registered`
        : `no certificate with x5t '${x5t}' is registered`
    )
  return named
}

/** Whether `aud` holds the domain URL (with or without a trailing slash), or the generic audience when allowed. */
function audienceOk(aud: JWTPayload['aud'], rules: AssertionRules): boolean {
  const values = (Array.isArray(aud) ? aud : [aud]).filter((v): v is string => typeof v === 'string')
  const domain = rules.domainUrl.replace(/\/+$/, '')
  return values.some(
    v => v.replace(/\/+$/, '') === domain || (rules.genericAudience && v === GENERIC_AUDIENCE)
  )
}

/** Verifies an assertion of `clientId` against its certificates; returns its payload or throws why not. */
export async function checkAssertion(
  clientId: string,
  certificates: readonly RegisteredCertificate[],
  assertion: string,
  rules: AssertionRules,
  now: number
): Promise<JWTPayload> {
  let lastError: unknown = new Error('assertion rejected')
  for (const cert of certificatesFor(certificates, assertion, rules)) {
    try {
      const { payload } = await jwtVerify(assertion, keyOf(cert), {
        algorithms: ['RS256'],
        issuer: clientId,
        currentDate: new Date(now),
        clockTolerance: 30,
        requiredClaims: ['exp', 'iat', 'sub']
      })
      if (!audienceOk(payload.aud, rules))
        throw new Error(`the identity domain URL ${rules.domainUrl} must be one of the aud claim values`)
      if (rules.subject !== undefined && payload.sub !== rules.subject) throw new Error('unexpected sub')
      return payload
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}
