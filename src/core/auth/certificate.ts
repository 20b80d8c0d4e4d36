/**
 * The certificate that identifies a signing key to OCI IAM by its `x5t` header (contract K9; OCI IAM, "Client/User
 * JWT Assertion": `x5t` = base64url X.509 certificate SHA-1 thumbprint; "The x5t or kid claim must be present").
 * It is taken from the `private-key` input when that PEM also holds the certificate registered on the app.
 */
import { createHash, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { inputError } from '../errors.js'
import { normalisePem } from './private-key.js'

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/

/**
 * The `x5t` of the certificate in `pem` (a PEM bundle), or undefined when it holds none. Throws an InputError naming
 * `input` when the certificate is damaged or is not the certificate of `key`.
 */
export function x5tFromPem(pem: string, key: KeyObject, input = 'private-key'): string | undefined {
  const block = CERTIFICATE_BLOCK.exec(normalisePem(pem))?.[0]
  if (!block) return undefined
  let certificate: X509Certificate
  try {
    certificate = new X509Certificate(block)
  } catch {
    throw inputError(
      `Input '${input}' holds a certificate that could not be parsed: paste the whole PEM certificate, or drop it and set key-id.`,
      { input, fix: 'Paste the whole PEM certificate, or drop it and set key-id.' }
    )
  }
  const spki = (k: KeyObject): Buffer => k.export({ type: 'spki', format: 'der' })
  if (!spki(certificate.publicKey).equals(spki(createPublicKey(key)))) {
    throw inputError(
      `Input '${input}' holds a certificate of another key: give the certificate of this private key (the one registered on the app).`,
      { input, fix: 'Give the certificate of this private key (the one registered on the app).' }
    )
  }
  return createHash('sha1').update(certificate.raw).digest('base64url')
}
