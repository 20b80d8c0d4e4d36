/**
 * The security properties a connection has under each security policy. An archive carries none of them (format
 * file §3: only a hashed `csfkey` reference), yet a target must accept credentials for an imported connection:
 * like OIC, whose adapter defines the fields of each policy, the emulator derives them from the policy.
 * Sources: OCI_SIGNATURE_VERSION1 from RCHAFIK (contract §6.2, §6.3: TenancyOCID, UserOCID, FingerPrint and the
 * `PrivateKey` attachment). The others are [U]: no recorded answer lists their property names, so they keep the
 * names the demo seed uses. A recorded connection update (`test/fixtures/oracle/connection-update-response.json`)
 * names OAuth properties in Oracle's dotted form (`oauth.client.secret`, `oauth.access.token.uri`): the client must
 * not rely on these names, and a later change should move the OAuth rows to the recorded ones.
 * A policy not listed here has no security properties after an import.
 */
import type { PropertyInit } from './build.js'

const password = (name: string): PropertyInit => ({ propertyName: name, propertyType: 'PASSWORD' })
const attachment = (name: string): PropertyInit => ({ propertyName: name, propertyType: 'ATTACHMENT' })
const plain = (name: string, type = 'STRING'): PropertyInit => ({ propertyName: name, propertyType: type })

const POLICIES: Record<string, PropertyInit[]> = {
  BASIC_AUTH: [plain('username'), password('password')],
  USERNAME_PASSWORD_TOKEN: [plain('username'), password('password')],
  OAUTH_CLIENT_CREDENTIALS: [plain('clientId'), password('clientSecret'), plain('accessTokenUri', 'URL')],
  FTP_PUBLIC_KEY_AUTHENTICATION: [plain('username'), attachment('PrivateKey')],
  FTP_SERVER_ACCESS_POLICY: [plain('username'), password('password')],
  OCI_SIGNATURE_VERSION1: [
    plain('TenancyOCID'),
    plain('UserOCID'),
    plain('FingerPrint'),
    attachment('PrivateKey')
  ]
}

/** The (required, value-less) security properties of `policy`. */
export function securityPropertiesOf(policy: string): PropertyInit[] {
  return (POLICIES[policy] ?? []).map(p => ({ ...p }))
}

/**
 * The other policies each adapter offers in `securityPolicyInfo` (connection GET, [I]: OIC lists every policy of
 * the adapter — 14 for REST in test/fixtures/oracle/connection-get-security-policy-info.json, 3 for ERP Cloud in
 * connection-get-project.json, source PM); only the policies defined above are listed.
 */
const ADAPTER_POLICIES: Record<string, string[]> = {
  rest: ['BASIC_AUTH', 'OAUTH_CLIENT_CREDENTIALS', 'OCI_SIGNATURE_VERSION1'],
  erp: ['USERNAME_PASSWORD_TOKEN'],
  ftp: ['FTP_SERVER_ACCESS_POLICY', 'FTP_PUBLIC_KEY_AUTHENTICATION']
}

/** The policies `adapter` offers other than `current`, each with its (value-less) security properties. */
export function otherPoliciesOf(
  adapter: string,
  current: string
): Array<{ policy: string; properties: PropertyInit[] }> {
  return (ADAPTER_POLICIES[adapter.toLowerCase()] ?? [])
    .filter(policy => policy !== current)
    .map(policy => ({ policy, properties: securityPropertiesOf(policy) }))
}
