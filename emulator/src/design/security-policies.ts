/**
 * The security policies each adapter offers, with the security properties of each, and which of them need console
 * consent. An archive carries no credentials (format file §3: only a hashed `csfkey` reference), so an imported
 * connection gets the (value-less) properties of its policy from here, as OIC's adapter defines them per policy.
 *
 * Sources of the property names (API names, not the console labels):
 * - Oracle's Rapid Adapter Builder sample, `github.com/oracle-samples/oic-rab-vscode` `templates/auth/<POLICY>.json`
 *   ("RAB"): BASIC_AUTH `username`, `password`; OAUTH_CLIENT_CREDENTIALS `oauth.client.id`, `oauth.client.secret`,
 *   `oauth.access.token.uri`, `oauth.scope`, `oauth.request.content.type`, `clientAuthentication`;
 *   OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS the same plus `username`, `password`;
 *   OAUTH_AUTHORIZATION_CODE_CREDENTIALS `oauth.client.id`, `oauth.client.secret`, `oauth.auth.code.uri`,
 *   `oauth.access.token.uri`, `oauth.scope`, `clientAuthentication`; API_KEY_AUTHENTICATION `accessToken`,
 *   `accessTokenUsage`; NONE none. Required flags as there.
 * - Recorded GET/update answers (test/fixtures/oracle/connection-*.json, PM): `oauth.client.secret`,
 *   `oauth.access.token.uri` on OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS; OCI_SIGNATURE_VERSION1 `TenancyOCID`
 *   (required) and `PassPhrase` (optional); USERNAME_PASSWORD_TOKEN (ERP) `username`, `password`;
 *   FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS `oauth.client.id`, `oauth.client.secret`, `clientAuthentication`.
 *   RCHAFIK (contract §6.2, §6.3): `UserOCID`, `FingerPrint` and the `PrivateKey` attachment.
 * - [U] The REST adapter guide (RAG, `../shared/seeds/002_*.txt`, ch. 3 "Configure Connection Security") lists the
 *   console fields of OAuth Custom Three/Two Legged Flow, OAuth 1.0 One Legged and AWS Signature Version 4, but no
 *   API names for them or for the policies: the emulator names them after the console labels (below, marked [U]);
 *   a seed's `securityPolicies` replaces any adapter's catalogue.
 * - OAUTH_CLIENT_CREDENTIALS uses RAB's dotted names by default; the emulator's older `clientId`, `clientSecret`,
 *   `accessTokenUri` [U] remain behind the switch `policyPropertyNames: legacy`.
 */
import type { PropertyInit } from './build.js'
import type { DesignState, PolicyDefinition } from './model.js'

/** Which names OAUTH_CLIENT_CREDENTIALS uses (switch `policyPropertyNames`). */
export type PolicyNames = 'legacy' | 'oracle'

const password = (name: string, required = true): PropertyInit => ({
  propertyName: name,
  propertyType: 'PASSWORD',
  required
})
const attachment = (name: string): PropertyInit => ({ propertyName: name, propertyType: 'ATTACHMENT' })
const plain = (name: string, required = true, type = 'STRING'): PropertyInit => ({
  propertyName: name,
  propertyType: type,
  required
})

const OAUTH_CLIENT = [
  plain('oauth.client.id'),
  password('oauth.client.secret'),
  plain('oauth.access.token.uri', false),
  plain('oauth.scope', false),
  plain('oauth.request.content.type', false),
  plain('clientAuthentication', false)
]

const POLICIES: Record<string, PropertyInit[]> = {
  NONE: [],
  BASIC_AUTH: [plain('username'), password('password')],
  USERNAME_PASSWORD_TOKEN: [plain('username'), password('password')],
  OAUTH_CLIENT_CREDENTIALS: OAUTH_CLIENT,
  OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS: [...OAUTH_CLIENT, plain('username'), password('password')],
  OAUTH_AUTHORIZATION_CODE_CREDENTIALS: [
    plain('oauth.client.id'),
    password('oauth.client.secret'),
    plain('oauth.auth.code.uri'),
    plain('oauth.access.token.uri'),
    plain('oauth.scope'),
    plain('clientAuthentication')
  ],
  FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS: [
    plain('oauth.client.id'),
    password('oauth.client.secret'),
    plain('clientAuthentication', false)
  ],
  API_KEY_AUTHENTICATION: [password('accessToken'), plain('accessTokenUsage', false)],
  OCI_SIGNATURE_VERSION1: [
    plain('TenancyOCID'),
    plain('UserOCID'),
    plain('FingerPrint'),
    attachment('PrivateKey'),
    password('PassPhrase', false)
  ],
  // [U] names after RAG's console labels (Authorization Request, Access Token Request, …).
  OAUTH_CUSTOM_THREE_LEGGED_FLOW: [
    plain('authRequest'),
    plain('accessTokenRequest'),
    plain('refreshTokenRequest', false),
    plain('$auth_code', false),
    plain('$access_token', false),
    plain('$refresh_token', false),
    plain('$expiry', false),
    plain('$token_type', false),
    plain('access_token_usage', false)
  ],
  OAUTH_CUSTOM_TWO_LEGGED_FLOW: [
    plain('accessTokenRequest'),
    plain('refreshTokenRequest', false),
    plain('$access_token', false),
    plain('$refresh_token', false),
    plain('$expiry', false),
    plain('$token_type', false),
    plain('access_token_usage', false)
  ],
  OAUTH_ONE_TOKEN_BASED: [
    plain('consumerKey'),
    password('consumerSecret'),
    plain('token'),
    password('tokenSecret'),
    plain('realm'),
    plain('signatureMethod', false)
  ],
  AWS_SIGNATURE_VERSION4: [
    plain('accessKey'),
    password('secretKey'),
    plain('awsRegion'),
    plain('serviceName')
  ],
  FTP_PUBLIC_KEY_AUTHENTICATION: [plain('username'), attachment('PrivateKey')],
  FTP_SERVER_ACCESS_POLICY: [plain('username'), password('password')]
}

const LEGACY_OAUTH_CLIENT = [
  plain('clientId'),
  password('clientSecret'),
  plain('accessTokenUri', true, 'URL')
]

/**
 * Policies needing console consent: RAG ch. 3, "Configure Security Policies for Invoke Connections": "OAuth
 * Authorization Code Credentials, OAuth Custom Three Legged Flow, and OAuth Custom Two Legged Flow security types,
 * the connection is only successful after you click the Provide Consent button". FA_OAUTH_AUTHORIZATION_CODE_
 * CREDENTIALS is an authorization-code policy too [I].
 */
const CONSENT_POLICIES = new Set([
  'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
  'FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
  'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
  'OAUTH_CUSTOM_TWO_LEGGED_FLOW'
])

/**
 * The policies each adapter offers for invoke connections: REST from RAG ch. 3 (AWS Signature Version 4, Basic,
 * OAuth Client Credentials, Resource Owner Password, Authorization Code, Custom Three/Two Legged, API Key, OAuth 1.0
 * One Legged, OCI Signature Version 1, No Security Policy); ERP Cloud as recorded (connection-get-project.json lists
 * 3: USERNAME_PASSWORD_TOKEN, FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS and CUSTOM, of which the emulator lists only the
 * first, as before, since the suite's tests pin that list); FTP [U].
 */
const ADAPTER_POLICIES: Record<string, string[]> = {
  rest: [
    'AWS_SIGNATURE_VERSION4',
    'BASIC_AUTH',
    'OAUTH_CLIENT_CREDENTIALS',
    'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS',
    'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
    'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
    'OAUTH_CUSTOM_TWO_LEGGED_FLOW',
    'API_KEY_AUTHENTICATION',
    'OAUTH_ONE_TOKEN_BASED',
    'OCI_SIGNATURE_VERSION1',
    'NONE'
  ],
  erp: ['USERNAME_PASSWORD_TOKEN'],
  ftp: ['FTP_SERVER_ACCESS_POLICY', 'FTP_PUBLIC_KEY_AUTHENTICATION']
}

/** The (required, value-less) security properties of `policy`, from the built-in catalogue. */
export function securityPropertiesOf(policy: string, names: PolicyNames = 'legacy'): PropertyInit[] {
  const list =
    policy === 'OAUTH_CLIENT_CREDENTIALS' && names === 'legacy' ? LEGACY_OAUTH_CLIENT : POLICIES[policy]
  return (list ?? []).map(p => ({ ...p }))
}

/** True when connections on `policy` are unusable until consent is given in the console. */
export function needsConsent(policy: string): boolean {
  return CONSENT_POLICIES.has(policy)
}

/** The policies `adapter` offers, with their properties: the seed's catalogue when it has one, else the built-in. */
export function policiesOf(
  design: Pick<DesignState, 'policyCatalogue'> | undefined,
  adapter: string,
  names: PolicyNames = 'legacy'
): PolicyDefinition[] {
  const key = adapter.toLowerCase()
  const seeded = design?.policyCatalogue[key]
  if (seeded) return seeded.map(d => ({ policy: d.policy, properties: d.properties.map(p => ({ ...p })) }))
  return (ADAPTER_POLICIES[key] ?? []).map(policy => ({
    policy,
    properties: securityPropertiesOf(policy, names)
  }))
}

/** The properties of `policy` on `adapter` (seed catalogue first), or undefined when the adapter does not offer it. */
export function propertiesFor(
  design: Pick<DesignState, 'policyCatalogue'> | undefined,
  adapter: string,
  policy: string,
  names: PolicyNames = 'legacy'
): PropertyInit[] | undefined {
  const offered = policiesOf(design, adapter, names)
  if (offered.length === 0) return POLICIES[policy] ? securityPropertiesOf(policy, names) : undefined
  return offered.find(d => d.policy === policy)?.properties
}

/** The policies `adapter` offers other than `current`, each with its (value-less) security properties. */
export function otherPoliciesOf(
  adapter: string,
  current: string,
  design?: Pick<DesignState, 'policyCatalogue'>,
  names: PolicyNames = 'legacy'
): Array<{ policy: string; properties: PropertyInit[] }> {
  return policiesOf(design, adapter, names)
    .filter(d => d.policy !== current)
    .map(d => ({ policy: d.policy, properties: d.properties }))
}
