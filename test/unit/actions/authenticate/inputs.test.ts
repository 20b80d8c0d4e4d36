// Verify authenticate's inputs: every check is an InputError naming the input, the value (never a secret's) and the
// fix; for signed assertions (contract K9) key-id (or a certificate's x5t) is required before any request, and aud
// holds the identity domain URL by default.
import { describe, expect, it } from '@jest/globals'
import { assertionAudience, getSettings } from '../../../../src/actions/authenticate/inputs.js'
import { InputError } from '../../../../src/core/errors.js'
import { testKeys } from '../../../support/emulator.js'
import { FakeHost } from '../../../support/fake-host.js'
import { expectInputError } from '../../../support/input-error.js'

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

describe('authenticate input checks', () => {
  const read = (inputs: Record<string, string>) => () => getSettings(new FakeHost(inputs))
  const without = (name: keyof typeof BASE): Record<string, string> => {
    const rest: Record<string, string> = { ...BASE }
    delete rest[name]
    return rest
  }

  it.each([
    ['token-url', /^Input 'token-url' is required: the identity domain URL/],
    ['client-id', /^Input 'client-id' is required: the confidential application's client id\.$/],
    ['scope', /^Input 'scope' is required: the OIC instance's audience/],
    ['client-secret', /^Input 'client-secret' is required: client-auth 'client_secret_basic'/]
  ] as const)('requires %s', (input, message) => {
    expectInputError(read(without(input)), { input, value: '', message })
  })

  it.each([
    ['jwt-bearer', 'username', { 'private-key': testKeys().privateKey, 'key-id': 'k' }],
    ['password', 'username', { password: 'pw' }],
    ['password', 'password', { username: 'alice' }],
    ['refresh_token', 'refresh-token', {}]
  ] as const)('grant-type %s requires %s', (grant, input, extra) => {
    expectInputError(read({ ...BASE, 'grant-type': grant, ...extra }), {
      input,
      value: '',
      message: new RegExp(`^Input '${input}' is required: grant-type '${grant}'`)
    })
  })

  it('requires private-key for jwt-bearer and private_key_jwt', () => {
    expectInputError(read({ ...BASE, 'grant-type': 'jwt-bearer', username: 'alice' }), {
      input: 'private-key',
      value: '',
      message: /^Input 'private-key' is required: grant-type 'jwt-bearer' signs an assertion/
    })
    expectInputError(read({ ...BASE, 'client-auth': 'private_key_jwt' }), {
      input: 'private-key',
      value: '',
      message: /^Input 'private-key' is required: client-auth 'private_key_jwt' signs/
    })
  })

  it('refuses a private key it cannot use without carrying the key', () => {
    const error = expectInputError(read({ ...JWT, 'private-key': 'not a key', 'key-id': 'k' }), {
      input: 'private-key',
      message: /^Input 'private-key' is not a PEM private key/
    })
    expect(error.value).toBeUndefined()
  })

  it('key-id: the field says what to set', () => {
    expectInputError(read(JWT), {
      input: 'key-id',
      value: '',
      message: /^Input 'key-id' is required with grant-type 'jwt-bearer'/,
      fix: /^set key-id to the certificate alias/
    })
  })

  it.each([
    ['grant-type', 'implicit', /^Input 'grant-type' must be one of client_credentials, .*got 'implicit'\.$/],
    ['client-auth', 'none', /^Input 'client-auth' must be one of client_secret_basic, .*got 'none'\.$/],
    ['token-url', 'http://idcs.example.com', /^Input 'token-url' must use https:\/\//],
    [
      'token-url',
      'idcs.example.com',
      /^Input 'token-url' must be an absolute https:\/\/ URL, got 'idcs\.example\.com'\.$/
    ],
    ['token-url', 'ftp://idcs.example.com', /^Input 'token-url' must be an https:\/\/ URL/],
    ['oic-url', 'https://design.example.com/ic/home', /^Input 'oic-url' must be the host of the REST API/],
    ['export-env', 'yes', /^Input 'export-env' must be true or false, got 'yes'\.$/],
    ['request-timeout', '2d', /^Input 'request-timeout' must be a duration from 1 to 3600 seconds/],
    ['retries', '11', /^Input 'retries' must be a whole number from 0 to 10, got '11'\.$/],
    [
      'ca-certificate',
      '/no/such/ca.pem',
      /^Input 'ca-certificate' must be PEM text or the path of a PEM file/
    ]
  ])('refuses %s %j', (input, value, message) => {
    expectInputError(read({ ...BASE, [input]: value }), { input, value, message })
  })

  it('refuses credentials in oic-url without carrying them', () => {
    const error = expectInputError(read({ ...BASE, 'oic-url': 'https://u:pw@design.example.com' }), {
      input: 'oic-url',
      message: "Input 'oic-url' must not contain credentials; use access-token."
    })
    expect(error.value).toBeUndefined()
  })

  it('refuses a ca-certificate without a certificate block, or with a damaged one', () => {
    const block = '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----'
    expectInputError(read({ ...BASE, 'ca-certificate': '-----BEGIN PRIVATE KEY-----' }), {
      input: 'ca-certificate',
      message: /holds no '-----BEGIN CERTIFICATE-----' block/
    })
    expectInputError(read({ ...BASE, 'ca-certificate': block }), {
      input: 'ca-certificate',
      value: block,
      message: /holds a certificate that cannot be parsed/
    })
  })
})
