/** Connection configuration (contract §6.2) and connection tests decided by the seeded endpoint health (§6.4). */
import { ApiError } from '../http-kit.js'
import type { Switches } from '../switches.js'
import { isComplete, missingProperties, newProperty } from './build.js'
import type { Connection, ConnectionProperty, DesignState, Health, Stamp } from './model.js'
import { needsConsent, policiesOf, propertiesFor } from './security-policies.js'

/** One property value change. */
interface Change {
  property: ConnectionProperty
  value: string | undefined
}

/**
 * Applies an update body: only `connectionProperties`, `securityProperties` (arrays or a single object),
 * `securityPolicy` and `agentGroupId`; everything else is ignored (D:Update a Connection in a Project). A new
 * `securityPolicy` is applied first and the body's `securityProperties` are checked against the properties of the
 * **chosen** policy (RCHAFIK's body sets the policy and its properties in one request, contract §6.2); the old
 * policy's values do not carry over [U]. With `policyChange: separate` a body that changes the policy may carry no
 * security properties (400) [U]. Validates everything before changing anything.
 */
export function applyUpdate(
  connection: Connection,
  body: Record<string, unknown>,
  switches: Switches,
  stamp: Stamp,
  design?: Pick<DesignState, 'policyCatalogue'>
): void {
  const policy = body.securityPolicy
  if (policy !== undefined && (typeof policy !== 'string' || !policy))
    throw new ApiError(
      400,
      `securityPolicy must be a non-empty string such as BASIC_AUTH or OAUTH_CLIENT_CREDENTIALS.`
    )
  const changing = typeof policy === 'string' && policy !== connection.securityPolicy
  let security = connection.securityProperties
  const offered = policiesOf(design, connection.adapterType, switches.policyPropertyNames)
  // Only a seed can give a connection a policy its adapter does not offer (or an adapter without a catalogue): the
  // emulator then knows nothing of that adapter's policies and keeps the older reading — the policy is taken as
  // sent and the properties are checked against the connection's current ones.
  const catalogued = offered.some(d => d.policy === connection.securityPolicy)
  if (changing && catalogued) {
    const properties = propertiesFor(design, connection.adapterType, policy, switches.policyPropertyNames)
    if (!properties)
      throw new ApiError(
        400,
        `Security policy ${policy} is not offered by the ${connection.adapterType} adapter of connection ${connection.id} (offered: ${offered.map(d => d.policy).join(', ')}).`
      )
    if (switches.policyChange === 'separate' && hasEntries(body.securityProperties))
      throw new ApiError(
        400,
        `Change the security policy of connection ${connection.id} to ${policy} first, then send its security properties in a second update.`
      )
    security = properties.map(p => newProperty(p, true, false))
  }
  const changes = [
    ...changesOf(
      connection,
      connection.properties,
      body.connectionProperties,
      'connectionProperties',
      switches
    ),
    ...changesOf(
      connection,
      security,
      body.securityProperties,
      'securityProperties',
      switches,
      catalogued ? policy : undefined
    )
  ]
  const agent = body.agentGroupId
  if (agent !== undefined && agent !== null && typeof agent !== 'string')
    throw new ApiError(400, 'agentGroupId must be a string.')
  if (changing) {
    connection.securityPolicy = policy
    connection.securityProperties = security
  }
  for (const change of changes) {
    if (change.value === undefined) delete change.property.value
    else change.property.value = change.value
  }
  if (typeof agent === 'string') connection.agentGroupId = agent
  else if (agent === null) delete connection.agentGroupId
  // Consent is given for the credentials in place: a new policy or new security values need it again [U].
  if (changing || changes.some(c => security.includes(c.property))) delete connection.consent
  settleConsent(connection)
  connection.updated = stamp
  settleStatus(connection, switches)
}

function hasEntries(raw: unknown): boolean {
  return Array.isArray(raw) ? raw.length > 0 : raw !== undefined && raw !== null
}

/** Marks a connection whose policy needs console consent as NEEDED (unless GRANTED); clears it otherwise. */
export function settleConsent(connection: Connection): void {
  if (!needsConsent(connection.securityPolicy)) delete connection.consent
  else if (connection.consent !== 'GRANTED') connection.consent = 'NEEDED'
}

/**
 * Recomputes a connection's status after a change: a draft once a required value is missing; otherwise
 * CONFIGURED, except that with `testConfiguresConnection` a draft stays a draft until a test passes.
 */
export function settleStatus(connection: Connection, switches: Switches): void {
  if (!isComplete(connection)) connection.status = 'INPROGRESS'
  else if (connection.consent === 'NEEDED' && switches.consentState === 'draft')
    connection.status = 'INPROGRESS'
  else if (!switches.testConfiguresConnection) connection.status = 'CONFIGURED'
}

function changesOf(
  connection: Connection,
  known: ConnectionProperty[],
  raw: unknown,
  field: string,
  switches: Switches,
  policy?: unknown
): Change[] {
  if (raw === undefined || raw === null) return []
  const list = Array.isArray(raw) ? (raw as unknown[]) : [raw]
  const changes: Change[] = []
  list.forEach((item, n) => {
    const entry = item as Record<string, unknown> | null
    if (!entry || typeof entry !== 'object' || typeof entry.propertyName !== 'string')
      throw new ApiError(400, `${field}[${n}] must be an object with a propertyName.`)
    const property = known.find(p => p.propertyName === entry.propertyName)
    if (!property) {
      if (!switches.rejectUnknownConnectionProperties) return
      const names = known.map(p => p.propertyName).join(', ') || 'none'
      throw new ApiError(
        400,
        field === 'securityProperties'
          ? `Security policy ${typeof policy === 'string' ? policy : connection.securityPolicy} of connection ${connection.id} has no security property '${entry.propertyName}' (its properties: ${names}).`
          : `Connection ${connection.id} has no connection property '${entry.propertyName}' (known: ${names}).`
      )
    }
    const value = entry.propertyValue
    // The GET answer sent back whole carries Oracle's mask "*****" on PASSWORD values and is answered 200 CONFIGURED
    // (test/fixtures/oracle/connection-get-project.json, connection-update-response.json, PM): the mask keeps the
    // stored value.
    if (value === '*****' && property.propertyType.toUpperCase() === 'PASSWORD') return
    if (value !== undefined && value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      throw new ApiError(400, `${field}[${n}].propertyValue of '${property.propertyName}' must be a string.`)
    const text = value === undefined || value === null || value === '' ? undefined : `${value as string}`
    changes.push({ property, value: text })
  })
  return changes
}

/** The result of a connection test (contract §6.4: HTTP 200 either way). */
export interface TestResult {
  id: string
  status: 'SUCCESS' | 'FAILED'
  details: string
}

/**
 * Tests a connection: 412 when locked, 409 when it is a draft (with `testConfiguresConnection`, only when a
 * required value is missing); the outcome follows its endpoint health. A pass may mark it CONFIGURED.
 */
export function testConnection(connection: Connection, health: Health, switches: Switches): TestResult {
  if (connection.locked)
    throw new ApiError(412, `Connection ${connection.id} is locked (open in an editor); try again later.`)
  const missing = missingProperties(connection)
  if (connection.consent === 'NEEDED' && connection.status !== 'CONFIGURED' && missing.length === 0)
    throw new ApiError(409, consentMessage(connection))
  if (connection.status !== 'CONFIGURED' && (!switches.testConfiguresConnection || missing.length))
    throw new ApiError(
      409,
      `Connection ${connection.id} is not configured${missing.length ? ` (missing: ${missing.join(', ')})` : ''}; configure it before testing.`
    )
  if (connection.consent === 'NEEDED')
    return {
      id: connection.id,
      status: 'FAILED',
      details: consentMessage(connection)
    }
  const failure = failureOf(connection, health)
  if (failure) return { id: connection.id, status: 'FAILED', details: failure }
  if (switches.testConfiguresConnection) connection.status = 'CONFIGURED'
  return { id: connection.id, status: 'SUCCESS', details: `Test of ${connection.id} connection succeeded.` }
}

/** Why a connection waiting for consent cannot be used, with the console path to give it. */
export function consentMessage(connection: Connection): string {
  return `Connection ${connection.id} uses security policy ${connection.securityPolicy}, which needs consent: open Design > Connections > ${connection.name} in the Oracle Integration console and click Provide Consent.`
}

/** Why a test fails, or undefined when it passes. */
function failureOf(connection: Connection, health: Health): string | undefined {
  if (health === 'ok') return undefined
  if ('fail' in health) return health.fail
  const all = [...connection.properties, ...connection.securityProperties]
  const endpoint = all.find(
    p => p.propertyType.toUpperCase() === 'URL' || /url|host/i.test(p.propertyName)
  )?.value
  for (const [name, expected] of Object.entries(health.expect)) {
    const actual =
      name === 'securityPolicy' ? connection.securityPolicy : all.find(p => p.propertyName === name)?.value
    if (actual === expected) continue
    const property = all.find(p => p.propertyName === name)
    if (property && (property.propertyType.toUpperCase() === 'URL' || /url|host/i.test(name))) {
      const host = hostOf(actual ?? '')
      return `Unable to connect to ${actual ?? '(no value)'}: java.net.UnknownHostException: ${host}. Verify the ${name} of connection ${connection.id}.`
    }
    return `Unable to connect to ${endpoint ?? connection.name}: 401 Unauthorized. The endpoint rejected the ${name === 'securityPolicy' ? 'security policy' : `value of ${name}`} configured on connection ${connection.id}.`
  }
  return undefined
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}

/**
 * Test hook: gives the console consent a connection's policy needs (what "Provide Consent" does in the console),
 * then recomputes its status. Throws when the connection is unknown or its policy needs no consent.
 */
export function grantConsent(
  design: DesignState,
  connectionId: string,
  projectCode: string | undefined,
  switches: Switches
): Connection {
  const space = projectCode === undefined ? design.global : design.projects.get(projectCode)
  const connection = space?.connections.get(connectionId)
  if (!connection)
    throw new Error(
      `grantConsent: no connection ${connectionId}${projectCode ? ` in project ${projectCode}` : ''}.`
    )
  if (!needsConsent(connection.securityPolicy))
    throw new Error(`grantConsent: policy ${connection.securityPolicy} of ${connectionId} needs no consent.`)
  connection.consent = 'GRANTED'
  settleStatus(connection, switches)
  return connection
}
