// Verify the ca-certificate input: PEM text or a file path, every certificate block parsed before any connection,
// and one line naming the input for a missing file, a file without a certificate, or a damaged certificate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generate } from 'selfsigned'
import { ConfigurationError } from '../../../src/core/errors.js'
import { readCaCertificate } from '../../../src/core/tls-input.js'

let dir: string
let certA: string
let certB: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oic-ca-'))
  certA = (await generate([{ name: 'commonName', value: 'ca-a' }], { keySize: 2048 })).cert.trim()
  certB = (await generate([{ name: 'commonName', value: 'ca-b' }], { keySize: 2048 })).cert.trim()
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

const failure = (fn: () => unknown): ConfigurationError => {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error('expected a ConfigurationError')
}

describe('readCaCertificate', () => {
  it('is undefined when not given', () => {
    expect(readCaCertificate(undefined)).toBeUndefined()
    expect(readCaCertificate('')).toBeUndefined()
  })

  it('keeps only the certificate blocks of PEM text, joined by newlines', () => {
    expect(readCaCertificate(`# corporate bundle\n${certA}\nnoise\n${certB}\n`)).toBe(`${certA}\n${certB}`)
  })

  it('reads a PEM file named by its path', () => {
    const file = join(dir, 'bundle.pem')
    writeFileSync(file, `${certB}\n`)
    expect(readCaCertificate(file)).toBe(certB)
  })

  it('names the input and the path when no file exists there', () => {
    const error = failure(() => readCaCertificate(join(dir, 'missing.pem'), 'proxy-ca'))
    expect(error.input).toBe('proxy-ca')
    expect(error.message).toBe(
      `Input 'proxy-ca' must be PEM text or the path of a PEM file; no file exists at '${join(dir, 'missing.pem')}'.`
    )
  })

  it('refuses a file or text without a certificate block, and a block that cannot be parsed', () => {
    const file = join(dir, 'key.pem')
    writeFileSync(file, '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')
    expect(failure(() => readCaCertificate(file)).message).toBe(
      "Input 'ca-certificate' holds no '-----BEGIN CERTIFICATE-----' block: give the CA certificate(s) in PEM form."
    )
    const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'
    const error = failure(() => readCaCertificate(`${certA}\n${broken}`))
    expect(error.input).toBe('ca-certificate')
    expect(error.message).toBe(
      "Input 'ca-certificate' holds a certificate that cannot be parsed: check its PEM text."
    )
  })
})
