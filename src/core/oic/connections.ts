/** Connections in a project or global (contract §3.3, §6): list, get, update, test, delete, attachments. */
import type { HttpClient } from '../http/client.js'
import { multipart } from '../http/multipart.js'
import { apiPath, getJson, listAll, type Link, type ListOptions } from './api.js'

/**
 * One connection or security property. OIC names the flag `requiredFlag`
 * (test/fixtures/oracle/connection-get-project.json, source PM) and returns PASSWORD values as "*****" or not at all.
 */
export interface ConnectionProperty {
  propertyGroup?: string
  propertyName: string
  propertyType?: string
  propertyValue?: string
  requiredFlag?: boolean
  displayName?: string
  hasAttachment?: boolean
  hiddenFlag?: boolean
}

/** A security policy the connection's adapter offers, with its properties (`securityPolicyInfo`, PM). */
export interface SecurityPolicyInfo {
  scope?: string
  securityPolicy: string
  securityProperties?: ConnectionProperty[]
}

/** A connection. */
export interface Connection {
  id: string
  name?: string
  adapterType?: string | { name?: string; displayName?: string }
  /** SOURCE, TARGET or SOURCE_AND_TARGET. */
  role?: string
  /** CONFIGURED, or INPROGRESS (draft). */
  status?: string
  securityPolicy?: string
  /** Every policy the adapter offers (empty in the answer to an update, PM). */
  securityPolicyInfo?: SecurityPolicyInfo[]
  /**
   * [U] Whether the console consent its policy needs was given (`NEEDED` | `GRANTED`): no recorded answer shows it;
   * the emulator sends it. Absent means "not said".
   */
  consentState?: string
  agentGroupId?: string
  connectionProperties?: ConnectionProperty[]
  securityProperties?: ConnectionProperty[]
  lockedFlag?: boolean
  usage?: number
  links?: Link[]
}

/**
 * Policies whose connections work only after someone clicks Provide Consent in the console: REST adapter guide
 * ch. 3, "Configure Security Policies for Invoke Connections" ("OAuth Authorization Code Credentials, OAuth Custom
 * Three Legged Flow, and OAuth Custom Two Legged Flow … the connection is only successful after you click the
 * Provide Consent button"); the Fusion Applications authorization-code policy is one too [I].
 */
export const CONSENT_POLICIES: ReadonlySet<string> = new Set([
  'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
  'FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
  'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
  'OAUTH_CUSTOM_TWO_LEGGED_FLOW'
])

/**
 * The security properties `connection`'s adapter offers for `policy`, from `securityPolicyInfo` (one entry per
 * policy, each with its properties: test/fixtures/oracle/connection-get-*.json, PM); for its current policy (or when
 * the answer names none), its own `securityProperties` when `securityPolicyInfo` does not list it. Undefined when
 * the answer does not say (no `securityPolicyInfo`, e.g. the answer to an update, and another policy); `null` when
 * `securityPolicyInfo` lists the adapter's policies and `policy` is not among them.
 */
export function offeredSecurityProperties(
  connection: Connection,
  policy: string
): ConnectionProperty[] | null | undefined {
  const info = connection.securityPolicyInfo ?? []
  const entry = info.find(i => i.securityPolicy === policy)
  if (entry) return entry.securityProperties ?? []
  // An answer that names no policy is taken to hold the chosen one's properties: it is all there is to check against.
  const same = policy === connection.securityPolicy || connection.securityPolicy === undefined
  if (same && connection.securityProperties?.length) return connection.securityProperties
  return info.length ? null : undefined
}

/** The fields a connection update may carry (anything else is ignored by OIC). */
export interface ConnectionUpdate {
  connectionProperties?: ConnectionProperty[]
  securityProperties?: ConnectionProperty[]
  securityPolicy?: string
  agentGroupId?: string
}

/** Result of a connection test (200 answer). */
export interface ConnectionTestResult {
  id?: string
  status?: string
  details?: string
}

/** Where connections live: inside a project, or global when `project` is undefined. */
export const connectionsPath = (project: string | undefined, ...rest: string[]): string =>
  project ? apiPath('projects', project, 'connections', ...rest) : apiPath('connections', ...rest)

const where = (project: string | undefined): string => (project ? ` in ${project}` : '')

/** Every connection of a project (or global ones). */
export const listConnections = (
  client: HttpClient,
  project: string | undefined,
  options?: Pick<ListOptions, 'q' | 'orderBy'>
): Promise<Connection[]> =>
  listAll(client, connectionsPath(project), `list connections${where(project)}`, options)

/** `GET …/connections/{c}`. */
export const getConnection = (
  client: HttpClient,
  project: string | undefined,
  id: string
): Promise<Connection> =>
  getJson(client, connectionsPath(project, id), `get connection ${id}${where(project)}`)

/** Update = POST + `X-HTTP-Method-Override: PATCH`; applying the same values twice is harmless, so it may repeat. */
export async function updateConnection(
  client: HttpClient,
  project: string | undefined,
  id: string,
  update: ConnectionUpdate
): Promise<Connection | undefined> {
  return (
    await client.json<Connection>({
      method: 'POST',
      path: connectionsPath(project, id),
      headers: { 'x-http-method-override': 'PATCH' },
      json: update,
      safeToRetry: true,
      label: `configure connection ${id}`
    })
  ).body
}

/**
 * `POST …/connections/{c}/test` with no request body (contract K11: "There's no request body for this operation").
 * A test changes nothing, so it may be repeated. A failed test may answer 200 with a `status` other than SUCCESS or
 * an HTTP error (409 not configured, 412 locked, others): callers treat both as a failed test.
 */
export async function testConnection(
  client: HttpClient,
  project: string | undefined,
  id: string
): Promise<ConnectionTestResult> {
  const res = await client.json<ConnectionTestResult>({
    method: 'POST',
    path: connectionsPath(project, id, 'test'),
    safeToRetry: true,
    label: `test connection ${id}`
  })
  return res.body ?? {}
}

/** `DELETE …/connections/{c}`. */
export async function deleteConnection(
  client: HttpClient,
  project: string | undefined,
  id: string
): Promise<void> {
  await client.json({
    method: 'DELETE',
    path: connectionsPath(project, id),
    label: `delete connection ${id}`
  })
}

/** Uploads a file property (e.g. a private key or WSDL): `POST …/connections/{c}/attachments/{property}`. */
export async function uploadConnectionAttachment(
  client: HttpClient,
  project: string | undefined,
  id: string,
  propertyName: string,
  file: string
): Promise<void> {
  await client.json({
    method: 'POST',
    path: connectionsPath(project, id, 'attachments', propertyName),
    multipart: multipart([{ name: 'file', file }]),
    safeToRetry: true,
    label: `upload ${propertyName} of connection ${id}`
  })
}
