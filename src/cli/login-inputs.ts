/** Inputs of `oic-actions login`, read once, the secret masked at once, validated into {@link LoginSettings}. */
import { tokenEndpoint } from '../core/auth/token.js'
import type { Host } from '../core/host.js'
import { InputReader, parseHttpsUrl } from '../core/inputs.js'
import {
  oicOrigin,
  readTransportSettings,
  TRANSPORT_INPUTS,
  type TransportSettings
} from '../core/oic-instance.js'

/** Every input of `login` (flags, or `OIC_<NAME>` variables); the names mean what they mean for `authenticate`. */
export const LOGIN_INPUTS = [
  'token-url',
  'client-id',
  'client-secret',
  'scope',
  'oic-url',
  'instance',
  'redirect-port',
  'timeout',
  'no-browser',
  ...TRANSPORT_INPUTS
] as const

/** Seconds `login` waits for the browser's redirect by default. */
export const DEFAULT_LOGIN_TIMEOUT_S = 300

/** Validated settings of one login. */
export interface LoginSettings {
  /** The token endpoint; the authorization endpoint is beside it. */
  tokenUrl: URL
  clientId: string
  /** The secret of a confidential application; absent for a public client (PKCE only). */
  clientSecret?: string
  scope: string
  oicUrl?: URL
  instance?: string
  /** Port of the redirect listener on 127.0.0.1; 0 picks a free one. */
  redirectPort: number
  timeoutMs: number
  openBrowser: boolean
  transport: TransportSettings
  /** Non-fatal remarks (a scope without offline_access). */
  warnings: string[]
}

/** Reads and validates the inputs of `login`. */
export function getLoginSettings(host: Pick<Host, 'getInput' | 'setSecret'>): LoginSettings {
  const inputs = new InputReader(name => host.getInput(name), LOGIN_INPUTS)
  const clientSecret = inputs.optional('client-secret')
  if (clientSecret) host.setSecret(clientSecret)
  const tokenUrl = tokenEndpoint(
    parseHttpsUrl(
      inputs.required(
        'token-url',
        'the identity domain URL, e.g. https://idcs-<guid>.identity.oraclecloud.com.'
      ),
      'token-url'
    )
  )
  const clientId = inputs.required('client-id', 'the client id of the application registered for the login.')
  const scope = inputs.required(
    'scope',
    "the OIC instance's audience + urn:opc:resource:consumer::all, plus offline_access for a refresh token."
  )
  const warnings: string[] = []
  if (!scope.split(/\s+/).includes('offline_access'))
    warnings.push(
      "scope has no offline_access: the identity domain issues no refresh token, so the login ends when the access token expires (add ' offline_access' to --scope)."
    )
  const oicUrl = inputs.optional('oic-url')
  return {
    tokenUrl,
    clientId,
    clientSecret,
    scope,
    oicUrl: oicUrl ? oicOrigin(oicUrl, 'oic-url') : undefined,
    instance: inputs.optional('instance'),
    redirectPort: inputs.integer('redirect-port', { fallback: 0, min: 0, max: 65535 }),
    timeoutMs: inputs.seconds('timeout', { fallback: DEFAULT_LOGIN_TIMEOUT_S, min: 1, max: 3600 }) * 1000,
    openBrowser: !inputs.boolean('no-browser', false),
    transport: readTransportSettings(inputs),
    warnings
  }
}
