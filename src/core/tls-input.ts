/** The `ca-certificate` input: PEM text or a path to a PEM file, checked before any connection is made. */
import { X509Certificate } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { inputError } from './errors.js'

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

/** Returns the PEM bundle, or an input error naming the input when it holds no valid certificate. */
export function readCaCertificate(value: string | undefined, input = 'ca-certificate'): string | undefined {
  if (!value) return undefined
  let pem = value
  if (!value.includes('-----BEGIN')) {
    if (!existsSync(value)) {
      throw inputError(
        `Input '${input}' must be PEM text or the path of a PEM file; no file exists at '${value}'.`,
        {
          input,
          value,
          fix: `Give the CA certificate(s) in PEM form, or the path of a PEM file, in ${input}.`
        }
      )
    }
    pem = readFileSync(value, 'utf8')
  }
  const blocks = pem.match(PEM_BLOCK) ?? []
  if (blocks.length === 0) {
    throw inputError(
      `Input '${input}' holds no '-----BEGIN CERTIFICATE-----' block: give the CA certificate(s) in PEM form.`,
      { input, value, fix: `Give the CA certificate(s) in PEM form in ${input}.` }
    )
  }
  for (const block of blocks) {
    try {
      new X509Certificate(block)
    } catch {
      throw inputError(`Input '${input}' holds a certificate that cannot be parsed: check its PEM text.`, {
        input,
        value,
        fix: `Check the PEM text of the certificates in ${input}.`
      })
    }
  }
  return blocks.join('\n')
}
