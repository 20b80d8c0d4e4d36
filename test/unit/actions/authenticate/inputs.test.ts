// Verify authenticate's inputs for signed assertions (contract K9): key-id (or a certificate's x5t) required before
// any request, and aud holding the identity domain URL by default.
import { describe, expect, it } from '@jest/globals'
import { assertionAudience, getSettings } from '../../../src/actions/authenticate/inputs.js'
import { InputError } from '../../../src/core/errors.js'
import { testKeys } from '../../support/emulator.js'
import { FakeHost } from '../../support/fake-host.js'

const BASE = {
  'token-url': 'https://idcs-abc.identity.oraclecloud.com',
  'client-id': 'ci-client',
  'client-secret': 'ci-secret',
  scope: 'https://x.integration.us-phoenix-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all'
}
const JWT = { ...BASE, 'grant-type': 'jwt-bearer', username: 'alice', 'private-key': testKeys().privateKey }

describe('authenticate inputs for signed assertions', () => {
  it('requires key-id for jwt-bearer and private_key_jwt with an InputError naming the fix', () => {
    for (const inputs of [
      JWT,
      { ...BASE, 'client-auth': 'private_key_jwt', 'private-key': testKeys().privateKey }
    ]) {
      const attempt = () => getSettings(new FakeHost(inputs))
      expect(attempt).toThrow(InputError)
      expect(attempt).toThrow(/^Input 'key-id' is required with .*set key-id to the certificate alias/)
    }
  })

  it('needs no key-id for the other grants', () => {
    expect(getSettings(new FakeHost(BASE)).keyId).toBeUndefined()
  })

  it('puts the identity domain URL and the generic audience in aud by default', () => {
    const s = getSettings(new FakeHost({ ...JWT, 'key-id': 'alias-1' }))
    expect(s.assertionAudience).toEqual([
      'https://idcs-abc.identity.oraclecloud.com',
      'https://identity.oraclecloud.com/'
    ])
    expect(s.warnings).toEqual([])
  })

  it('takes given aud values as a list, and warns when the domain URL is missing', () => {
    expect(assertionAudience('a, b c', new URL('https://d'))).toEqual(['a', 'b', 'c'])
    const s = getSettings(
      new FakeHost({ ...JWT, 'key-id': 'alias-1', 'assertion-audience': 'https://identity.oraclecloud.com/' })
    )
    expect(s.warnings.join('\n')).toMatch(/does not include the identity domain URL/)
  })
})
