// Verify signed assertions: RS256 with kid, and the claims sub/iss/aud/iat/exp/jti, checked with jose against the public key.
import { createPublicKey } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { decodeProtectedHeader, jwtVerify } from 'jose'
import { ASSERTION_LIFETIME_S, signAssertion } from '../../../../src/core/auth/assertion.js'
import { loadPrivateKey } from '../../../../src/core/auth/private-key.js'
import { testKeys } from '../../../support/emulator.js'

describe('signAssertion', () => {
  it('signs the user assertion claims with RS256 and the kid header', async () => {
    const now = Date.parse('2026-11-22T10:00:00Z')
    const jwt = await signAssertion(
      loadPrivateKey(testKeys().privateKey),
      {
        issuer: 'client-1',
        subject: 'alice@example.com',
        audience: 'https://identity.oraclecloud.com/',
        keyId: 'alias-1'
      },
      now
    )
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'alias-1' })
    const { payload } = await jwtVerify(jwt, createPublicKey(testKeys().publicKey), {
      algorithms: ['RS256'],
      issuer: 'client-1',
      audience: 'https://identity.oraclecloud.com/',
      subject: 'alice@example.com',
      currentDate: new Date(now)
    })
    expect(payload.iat).toBe(now / 1000)
    expect(payload.exp).toBe(now / 1000 + ASSERTION_LIFETIME_S)
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('does not verify against another key, and uses a fresh jti each time', async () => {
    const key = loadPrivateKey(testKeys().otherPrivateKey)
    const a = await signAssertion(key, { issuer: 'c', subject: 'c', audience: 'x' }, Date.now())
    const b = await signAssertion(key, { issuer: 'c', subject: 'c', audience: 'x' }, Date.now())
    await expect(jwtVerify(a, createPublicKey(testKeys().publicKey))).rejects.toThrow(/signature/)
    expect(JSON.parse(Buffer.from(a.split('.')[1]!, 'base64url').toString()).jti).not.toBe(
      JSON.parse(Buffer.from(b.split('.')[1]!, 'base64url').toString()).jti
    )
    expect(decodeProtectedHeader(a).kid).toBeUndefined()
  })

  it('sends x5t when given, and several aud values', async () => {
    const now = Date.now()
    const jwt = await signAssertion(
      loadPrivateKey(testKeys().privateKey),
      { issuer: 'c', subject: 'c', audience: ['https://idcs-1.identity.oraclecloud.com', 'x'], x5t: 'thumb' },
      now
    )
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', typ: 'JWT', x5t: 'thumb' })
    expect(JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()).aud).toEqual([
      'https://idcs-1.identity.oraclecloud.com',
      'x'
    ])
  })
})
