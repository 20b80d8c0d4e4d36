// Verify the x5t taken from a certificate appended to private-key (contract K9): the base64url SHA-1 thumbprint of
// the DER certificate, nothing without a certificate, and one actionable line for a damaged or foreign certificate.
import { createHash, X509Certificate } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { generate } from 'selfsigned'
import { x5tFromPem } from '../../../../src/core/auth/certificate.js'
import { loadPrivateKey } from '../../../../src/core/auth/private-key.js'
import { InputError } from '../../../../src/core/errors.js'
import { testKeys } from '../../../support/emulator.js'

describe('x5tFromPem', () => {
  it('returns the thumbprint of the certificate that follows the key, and nothing without one', async () => {
    const pems = await generate([{ name: 'commonName', value: 'x5t-unit' }], { keySize: 2048 })
    const key = loadPrivateKey(`${pems.private}\n${pems.cert}`)
    const expected = createHash('sha1').update(new X509Certificate(pems.cert).raw).digest('base64url')
    expect(x5tFromPem(`${pems.private}\n${pems.cert}`, key)).toBe(expected)
    expect(x5tFromPem(pems.private, key)).toBeUndefined()
  })

  it('refuses the certificate of another key, and a damaged one, naming the input', async () => {
    const pems = await generate([{ name: 'commonName', value: 'x5t-other' }], { keySize: 2048 })
    const key = loadPrivateKey(testKeys().privateKey)
    expect(() => x5tFromPem(`${testKeys().privateKey}\n${pems.cert}`, key)).toThrow(
      /^Input 'private-key' holds a certificate of another key/
    )
    const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'
    expect(() => x5tFromPem(`${testKeys().privateKey}\n${broken}`, key)).toThrow(InputError)
  })
})
