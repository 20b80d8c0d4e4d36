// Verify the one-time values of a login: the S256 challenge (RFC 7636 appendix B vector), fresh values each time.
import { describe, expect, it } from '@jest/globals'
import { authorizationSecrets, randomToken, s256Challenge } from '../../../../src/core/auth/pkce.js'
import { authorizeUrl, wantsOpenId } from '../../../../src/core/auth/authorization-code.js'

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', () => {
    expect(s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
    )
  })

  it('makes a 43-character unreserved verifier, and new values every time', () => {
    const a = authorizationSecrets()
    const b = authorizationSecrets()
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(a.challenge).toBe(s256Challenge(a.verifier))
    expect(new Set([a.verifier, a.state, a.nonce, b.verifier, b.state, b.nonce]).size).toBe(6)
    expect(randomToken(16)).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it('builds the authorization URL beside the token endpoint, nonce only when given', () => {
    const url = authorizeUrl(new URL('https://idcs-1.identity.oraclecloud.com/oauth2/v1/token'), {
      clientId: 'app',
      redirectUri: 'http://127.0.0.1:5000/callback',
      scope: 'aud/ic/api/ offline_access',
      state: 's',
      challenge: 'c'
    })
    expect(url.origin + url.pathname).toBe('https://idcs-1.identity.oraclecloud.com/oauth2/v1/authorize')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'app',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:5000/callback',
      scope: 'aud/ic/api/ offline_access',
      state: 's',
      code_challenge: 'c',
      code_challenge_method: 'S256'
    })
    expect(wantsOpenId('openid x')).toBe(true)
    expect(wantsOpenId('x openid_like')).toBe(false)
  })
})
