// Verify the hint on network errors: the CA for TLS failures, the proxy when one was used, nothing otherwise.
import { describe, expect, it } from '@jest/globals'
import { hintForNetworkError } from '../../../../src/core/http/problem.js'

const oic = new URL('https://design.integration.eu-frankfurt-1.ocp.oraclecloud.com/ic/api/')

describe('hintForNetworkError', () => {
  it('points at the CA for TLS failures, at the proxy when one was used, and says nothing otherwise', () => {
    expect(hintForNetworkError(oic, 'SELF_SIGNED_CERT_IN_CHAIN', undefined)).toMatch(/ca-certificate/)
    expect(hintForNetworkError(oic, 'ECONNREFUSED', { url: 'http://p:3128/', variable: 'HTTPS_PROXY' })).toBe(
      'The request went through the proxy http://p:3128/ (HTTPS_PROXY): check that proxy, or list design.integration.eu-frankfurt-1.ocp.oraclecloud.com in NO_PROXY'
    )
    expect(hintForNetworkError(oic, 'ECONNREFUSED', undefined)).toBeUndefined()
  })
})
