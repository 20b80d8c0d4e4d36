/** Loading the PEM private key that signs assertions, with a clear error for every way a pasted key goes wrong. */
import { createPrivateKey, type KeyObject } from 'node:crypto'
import { inputError } from '../errors.js'

/** RS256 keys shorter than this are refused by jose and by identity domains. */
export const MIN_RSA_BITS = 2048

/** Undoes the usual damage of storing a PEM in a secret or env var: literal `\n`, CRLF, base64-wrapped PEM. */
export function normalisePem(value: string): string {
  let pem = value.trim().replace(/\\n/g, '\n').replace(/\r\n/g, '\n')
  if (!pem.includes('-----BEGIN') && /^[A-Za-z0-9+/=\s]+$/.test(pem)) {
    const decoded = Buffer.from(pem, 'base64').toString('utf8')
    if (decoded.includes('-----BEGIN')) pem = decoded.trim()
  }
  return pem
}

/** Parses a PKCS#8 or PKCS#1 RSA private key of at least 2048 bits, or throws an input error naming `input` (never the key). */
export function loadPrivateKey(value: string, input = 'private-key'): KeyObject {
  const pem = normalisePem(value)
  const fail = (
    why: string,
    fix = 'Give the unencrypted PEM RSA private key (at least 2048 bits).'
  ): never => {
    throw inputError(`Input '${input}' ${why}`, { input, fix })
  }
  if (/ENCRYPTED/.test(pem)) {
    fail(
      'is an encrypted key: export it without a passphrase (openssl pkcs8 -topk8 -nocrypt) and store that in the secret.'
    )
  }
  if (!/-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(pem)) {
    if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem)) {
      fail(
        'holds a public key or certificate, not the private key: give the PEM private key whose certificate is registered on the app.'
      )
    }
    fail(
      "is not a PEM private key: expected '-----BEGIN PRIVATE KEY-----' (PKCS#8) or '-----BEGIN RSA PRIVATE KEY-----' (PKCS#1)."
    )
  }
  let key: KeyObject | undefined
  try {
    key = createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    fail(
      'could not be parsed: the PEM text is damaged (check that the whole key, with its BEGIN/END lines, is in the secret).'
    )
  }
  if (!key) return fail('could not be parsed.')
  if (key.asymmetricKeyType !== 'rsa') {
    fail(
      `is a ${key.asymmetricKeyType ?? 'non-RSA'} key, but assertions are signed with RS256: give an RSA private key.`
    )
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_RSA_BITS) fail(`is a ${bits}-bit RSA key; RS256 needs at least ${MIN_RSA_BITS} bits.`)
  return key
}
