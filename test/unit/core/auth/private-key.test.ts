// Verify that every way a pasted private key goes wrong is a ConfigurationError naming private-key, never echoing the key.
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { loadPrivateKey, normalisePem } from '../../../../src/core/auth/private-key.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { testKeys } from '../../../support/emulator.js'

const rsa = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits })

function rejects(pem: string, pattern: RegExp): void {
  let error: unknown
  try {
    loadPrivateKey(pem)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(ConfigurationError)
  expect((error as ConfigurationError).input).toBe('private-key')
  expect((error as Error).message).toMatch(pattern)
  expect((error as Error).message).not.toContain(pem.split('\n')[1] ?? '###')
}

describe('loadPrivateKey', () => {
  it('accepts PKCS#8 and PKCS#1 RSA keys, also with literal \\n or base64-wrapped', () => {
    const { privateKey } = rsa(2048)
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
    expect(loadPrivateKey(pkcs8).asymmetricKeyType).toBe('rsa')
    expect(loadPrivateKey(pkcs1).asymmetricKeyType).toBe('rsa')
    expect(loadPrivateKey(pkcs8.replace(/\n/g, '\\n')).asymmetricKeyType).toBe('rsa')
    expect(loadPrivateKey(Buffer.from(pkcs8).toString('base64')).asymmetricKeyType).toBe('rsa')
    expect(normalisePem('a\r\nb')).toBe('a\nb')
  })

  it('rejects garbage', () => rejects('not a key at all', /is not a PEM private key/))

  it('rejects a damaged PEM body', () =>
    rejects(
      '-----BEGIN PRIVATE KEY-----\nMIIBroken0000000000000000000000000000\n-----END PRIVATE KEY-----',
      /could not be parsed/
    ))

  it('rejects an encrypted key', () => {
    const pem = rsa(2048)
      .privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString()
    rejects(pem, /is an encrypted key: export it without a passphrase/)
  })

  it('rejects a public key or certificate instead of the private key', () =>
    rejects(testKeys().publicKey, /holds a public key or certificate, not the private key/))

  it('rejects a non-RSA key (RS256 needs RSA)', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    rejects(ec, /is a ec key, but assertions are signed with RS256/)
  })

  it('rejects RSA keys below 2048 bits', () => {
    const small = rsa(1024).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    rejects(small, /is a 1024-bit RSA key; RS256 needs at least 2048 bits/)
  })
})
