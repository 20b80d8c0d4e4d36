// Verify which proxy a URL is routed through (the rules of undici's EnvHttpProxyAgent).
import { describe, expect, it } from '@jest/globals'
import { proxyFor } from '../../../../src/core/http/proxy-env.js'

const oic = new URL('https://design.integration.eu-frankfurt-1.ocp.oraclecloud.com/ic/api/')
const local = new URL('http://127.0.0.1:8080/x')

describe('proxyFor', () => {
  it('uses the proxy of the scheme, lower-case first, and lets https fall back to the HTTP proxy', () => {
    expect(proxyFor(oic, {})).toBeUndefined()
    expect(proxyFor(oic, { HTTPS_PROXY: 'http://p:3128' })).toEqual({
      url: 'http://p:3128/',
      variable: 'HTTPS_PROXY'
    })
    expect(proxyFor(oic, { https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' })?.variable).toBe(
      'https_proxy'
    )
    expect(proxyFor(oic, { HTTP_PROXY: 'http://p:3128' })?.variable).toBe('HTTP_PROXY')
    expect(proxyFor(local, { HTTPS_PROXY: 'http://p:3128' })).toBeUndefined()
  })

  it('removes credentials from the proxy URL', () => {
    expect(proxyFor(oic, { HTTPS_PROXY: 'http://user:s3cret@p:3128' })?.url).not.toContain('s3cret')
  })

  it('honours NO_PROXY: exact hosts, suffixes with . or *, ports, and * for all', () => {
    const env = (noProxy: string) => ({
      HTTPS_PROXY: 'http://p:3128',
      HTTP_PROXY: 'http://p:3128',
      NO_PROXY: noProxy
    })
    expect(proxyFor(oic, env('*'))).toBeUndefined()
    expect(proxyFor(oic, env('.oraclecloud.com'))).toBeUndefined()
    expect(proxyFor(oic, env('*.ocp.oraclecloud.com'))).toBeUndefined()
    expect(proxyFor(oic, env('oraclecloud.com'))).toBeDefined()
    expect(proxyFor(oic, env('design.integration.eu-frankfurt-1.ocp.oraclecloud.com:443'))).toBeUndefined()
    expect(proxyFor(oic, env('design.integration.eu-frankfurt-1.ocp.oraclecloud.com:8443'))).toBeDefined()
    expect(proxyFor(local, env('localhost, 127.0.0.1'))).toBeUndefined()
    expect(
      proxyFor(local, { HTTP_PROXY: 'http://p:3128', no_proxy: '127.0.0.1', NO_PROXY: '' })
    ).toBeUndefined()
  })
})
