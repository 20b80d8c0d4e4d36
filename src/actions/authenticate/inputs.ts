/** Inputs of `authenticate`, read once, masked at once, validated into {@link AuthenticateSettings}. */
import { x5tFromPem } from '../../core/auth/certificate.js'
import { loadPrivateKey } from '../../core/auth/private-key.js'
import { inputError } from '../../core/errors.js'
import { CLIENT_AUTH_METHODS, GRANT_TYPES, tokenEndpoint, type TokenRequest } from '../../core/auth/token.js'
import type { Host } from '../../core/host.js'
import { InputReader, parseHttpsUrl } from '../../core/inputs.js'
import {
  oicOrigin,
  readTransportSettings,
  TRANSPORT_INPUTS,
  type TransportSettings
} from '../../core/oic-instance.js'

/** Every input `actions/authenticate/action.yml` declares. */
export const INPUTS = [
  'token-url',
  'client-id',
  'client-secret',
  'scope',
  'grant-type',
  'client-auth',
  'username',
  'password',
  'private-key',
  'key-id',
  'assertion-audience',
  'refresh-token',
  'oic-url',
  'instance',
  'export-env',
  ...TRANSPORT_INPUTS
] as const

/** The `aud` of Oracle's OIC JWT-assertion walkthrough, sent beside the identity domain URL by default. */
export const DEFAULT_ASSERTION_AUDIENCE = 'https://identity.oraclecloud.com/'
const SECRET_INPUTS = ['client-secret', 'password', 'private-key', 'refresh-token'] as const
const SCOPE_SUFFIXES = ['urn:opc:resource:consumer::all', '/ic/api/']

/** Validated settings of one `authenticate` run: the token request plus what to hand on to later steps. */
export interface AuthenticateSettings extends TokenRequest {
  /** OIC REST host to pass on to later steps. */
  oicUrl?: URL
  /** `integrationInstance` to pass on to later steps. */
  instance?: string
  /** Export `OIC_ACCESS_TOKEN` (and `OIC_URL`/`OIC_INSTANCE`) to later steps. */
  exportEnv: boolean
  transport: TransportSettings
  /** Non-fatal remarks on the inputs (e.g. an unusual scope). */
  warnings: string[]
}

/** Reads and validates the inputs; every secret input is masked before anything else happens. */
export function getSettings(host: Pick<Host, 'getInput' | 'setSecret'>): AuthenticateSettings {
  const inputs = new InputReader(name => host.getInput(name), INPUTS)
  for (const name of SECRET_INPUTS) {
    const value = inputs.value(name)
    if (value) host.setSecret(value)
  }
  const needs = (name: (typeof INPUTS)[number], why: string): string => inputs.required(name, why)
  const tokenUrl = tokenEndpoint(
    parseHttpsUrl(
      needs('token-url', 'the identity domain URL, e.g. https://idcs-<guid>.identity.oraclecloud.com.'),
      'token-url'
    )
  )
  const clientId = needs('client-id', "the confidential application's client id.")
  const scope = needs(
    'scope',
    "the OIC instance's audience + urn:opc:resource:consumer::all (or + /ic/api/)."
  )
  const grantType = inputs.choice('grant-type', GRANT_TYPES, 'client_credentials')
  const clientAuth = inputs.choice('client-auth', CLIENT_AUTH_METHODS, 'client_secret_basic')

  const clientSecret =
    clientAuth === 'client_secret_basic'
      ? needs(
          'client-secret',
          "client-auth 'client_secret_basic' sends the client id and secret; pass the secret from a GitHub secret."
        )
      : inputs.optional('client-secret')
  const username =
    grantType === 'jwt-bearer' || grantType === 'password'
      ? needs('username', `grant-type '${grantType}' acts for a user; give the user name.`)
      : inputs.optional('username')
  const password =
    grantType === 'password'
      ? needs('password', "grant-type 'password' needs the user's password.")
      : inputs.optional('password')
  const refreshToken =
    grantType === 'refresh_token'
      ? needs('refresh-token', "grant-type 'refresh_token' needs the refresh token.")
      : inputs.optional('refresh-token')
  const keyNeeded = grantType === 'jwt-bearer' || clientAuth === 'private_key_jwt'
  const pem = keyNeeded
    ? needs(
        'private-key',
        `${grantType === 'jwt-bearer' ? "grant-type 'jwt-bearer'" : "client-auth 'private_key_jwt'"} signs an assertion with it; pass the PEM private key from a GitHub secret.`
      )
    : undefined
  const privateKey = pem ? loadPrivateKey(pem) : undefined
  const keyId = inputs.optional('key-id')
  const x5t = pem && privateKey ? x5tFromPem(pem, privateKey) : undefined
  if (keyNeeded && !keyId && !x5t) {
    const what = grantType === 'jwt-bearer' ? "grant-type 'jwt-bearer'" : "client-auth 'private_key_jwt'"
    const fix =
      "set key-id to the certificate alias registered on the confidential application (or append that certificate's PEM to private-key to send its x5t)."
    throw inputError(
      `Input 'key-id' is required with ${what}: OCI IAM refuses an assertion without a kid or x5t header; ${fix}`,
      { input: 'key-id', value: '', fix }
    )
  }
  const audience = assertionAudience(inputs.optional('assertion-audience'), tokenUrl)

  const warnings: string[] = []
  if (keyNeeded && !audience.some(a => sameUrl(a, tokenUrl.origin))) {
    warnings.push(
      `assertion-audience does not include the identity domain URL ${tokenUrl.origin}; OCI IAM requires it among the aud values.`
    )
  }
  if (!SCOPE_SUFFIXES.some(suffix => scope.split(' ').some(part => part.endsWith(suffix)))) {
    warnings.push(
      `scope '${scope}' does not end with urn:opc:resource:consumer::all or /ic/api/; OIC usually rejects tokens without the instance audience.`
    )
  }
  const oicUrlRaw = inputs.optional('oic-url')
  return {
    tokenUrl,
    clientId,
    clientSecret,
    scope,
    grantType,
    clientAuth,
    username,
    password,
    privateKey,
    keyId,
    x5t,
    assertionAudience: audience,
    refreshToken,
    oicUrl: oicUrlRaw ? oicOrigin(oicUrlRaw, 'oic-url') : undefined,
    instance: inputs.optional('instance'),
    exportEnv: inputs.boolean('export-env', true),
    transport: readTransportSettings(inputs),
    warnings
  }
}

const sameUrl = (a: string, b: string): boolean => a.replace(/\/+$/, '') === b.replace(/\/+$/, '')

/**
 * The `aud` values of signed assertions (contract K9): the given ones (comma- or space-separated), else the
 * identity domain URL — which OCI IAM requires among them — and Oracle's generic audience.
 */
export function assertionAudience(given: string | undefined, tokenUrl: URL): string[] {
  const values = (given ?? '').split(/[\s,]+/).filter(Boolean)
  return values.length ? values : [tokenUrl.origin, DEFAULT_ASSERTION_AUDIENCE]
}
