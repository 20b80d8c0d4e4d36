/** The design-time world of one instance: projects, the global space, and the resources inside them. */

/** Integration lifecycle states (contract §7.1). INPROGRESS is a draft. */
export type IntegrationStatus =
  'INPROGRESS' | 'CONFIGURED' | 'ACTIVATION_INPROGRESS' | 'ACTIVATED' | 'FAILEDACTIVATION'

/** Connection states (contract §6.1): INPROGRESS is a draft. */
export type ConnectionStatus = 'CONFIGURED' | 'INPROGRESS'

/** Who changed something, and when (emulator ms). */
export interface Stamp {
  by: string
  at: number
}

/**
 * Endpoint health of a connection, deciding its test result: `ok`; `{fail: details}` always fails; `{expect:
 * {property: value}}` succeeds only when configured with those values.
 */
export type Health = 'ok' | { fail: string } | { expect: Record<string, string> }

/** A `{code, version}` reference (deployments, b2b trading partners). */
export interface CodeVersion {
  code: string
  version: string
}

/** An `{identifier, version}` reference (robots, decisions). */
export interface IdentifierVersion {
  identifier: string
  version: string
}

/** One integration version. */
export interface Integration {
  code: string
  version: string
  name: string
  description: string
  style: string
  status: IntegrationStatus
  locked: boolean
  scheduled: boolean
  /** Size of the generated `payload.bin` in archives (0: none). */
  payloadBytes: number
  /** Connection ids, lookup names and library ids (`CODE|VERSION`) it uses. */
  connections: string[]
  lookups: string[]
  libraries: string[]
  tracingEnabled: boolean
  payloadTracingEnabled: boolean
  created: Stamp
  updated: Stamp
  /**
   * An activation in flight: when it settles and how. While `configuredPolls` is above 0, `activationStatus`
   * answers CONFIGURED ("not started yet", contract K5) and each such answer counts one down.
   */
  activation?: {
    readyAt: number
    outcome: 'ACTIVATED' | 'FAILEDACTIVATION'
    configuredPolls: number
    /** The activation error of a FAILEDACTIVATION outcome. */
    error?: string
  }
  /** Why the last activation failed (`…/activationErrors`, contract K5); cleared by the next activation. */
  activationError?: string
  /**
   * The schedule of a scheduled integration (`…/schedule`, see schedules.ts); `scheduled` mirrors state ACTIVE.
   * Undefined: none yet (a scheduled-style integration gets a stopped one on first use); null: deleted.
   */
  schedule?: Schedule | null
}

/**
 * Schedule states: ACTIVE (running), HOLD (paused), CANCELLED (stopped) — the three the recorded 412 names
 * ("Schedule is in CANCELLED state. It can be stopped only when in ACTIVE or HOLD state.",
 * test/fixtures/oracle/error-412-schedule-cancelled.json, PM).
 */
export type ScheduleState = 'ACTIVE' | 'HOLD' | 'CANCELLED'

/** A schedule (the documented schedule object of D:Retrieve a Schedule in a Project). */
export interface Schedule {
  state: ScheduleState
  icalExpression?: string
  frequency?: Record<string, unknown>
  startDate?: string
  endDate?: string
  scheduleTZ: string
  description: string
  /** Ad-hoc runs requested with `…/schedule/jobs` (run now). */
  runs: number
  created: Stamp
  updated: Stamp
}

/** A certificate of the instance (D:Upload a Certificate, D:Retrieve a Certificate). */
export interface Certificate {
  /** `installedType|type|category|name`, e.g. `USER|X509|TRUST|MY_CA`. */
  id: string
  name: string
  type: string
  category: string
  installedType: string
  description: string
  fileName: string
  content: Buffer
  /** Keystore / key / PGP passwords as sent (never returned). */
  secrets: Record<string, string>
  issued?: string
  expires?: string
  hash: string
  created: Stamp
  updated: Stamp
}

/** One property of a connection (connection or security property). */
export interface ConnectionProperty {
  propertyName: string
  propertyType: string
  propertyGroup: string
  required: boolean
  displayName?: string
  value?: string
}

/** A connection. */
export interface Connection {
  id: string
  name: string
  description: string
  adapterType: string
  role: 'SOURCE' | 'TARGET' | 'SOURCE_AND_TARGET'
  securityPolicy: string
  agentGroupId?: string
  properties: ConnectionProperty[]
  securityProperties: ConnectionProperty[]
  status: ConnectionStatus
  locked: boolean
  health?: Health
  /**
   * Console consent of a policy that needs it (RAG ch. 3: authorization code, custom three- and two-legged flows
   * work "only … after you click the Provide Consent button"); undefined for policies that need none.
   */
  consent?: 'NEEDED' | 'GRANTED'
  created: Stamp
  updated: Stamp
}

/** A deployment ("label", LabelRs, contract §5.8). */
export interface Deployment {
  code: string
  name: string
  description: string
  integrations: CodeVersion[]
  robots: IdentifierVersion[]
  decisions: IdentifierVersion[]
  b2btradingpartners: CodeVersion[]
  updated: Stamp
}

/** A lookup (DVM). */
export interface Lookup {
  name: string
  description: string
  columns: string[]
  rows: string[][]
  locked: boolean
  created: Stamp
  updated: Stamp
}

/** A registered library (JavaScript API library). */
export interface Library {
  code: string
  version: string
  name: string
  description: string
  type: string
  fileName: string
  content: Buffer
  created: Stamp
  updated: Stamp
}

/** One role of a project ACL (contract §5.7). */
export interface AclRole {
  allowAll: boolean
  allowed: Array<{ id: string; displayName: string; type: string }>
}

/** A project ACL. */
export interface Acl {
  administrators: AclRole
  editors: AclRole
  viewers: AclRole
  monitors: AclRole
  created: Stamp
  updated: Stamp
}

/** The names of the ACL roles. */
export const ACL_ROLES = ['administrators', 'editors', 'viewers', 'monitors'] as const

/** A space holding integrations and connections: a project or the global space. */
export interface Space {
  integrations: Map<string, Integration>
  connections: Map<string, Connection>
  lookups: Map<string, Lookup>
  libraries: Map<string, Library>
  /** The project, when the space is one. */
  project?: Project
}

/** A project (contract §5.1). */
export interface Project extends Space {
  code: string
  name: string
  description: string
  keyword: string
  type: string
  builtBy: string
  deployments: Map<string, Deployment>
  acl: Acl
  created: Stamp
  updated: Stamp
  revision: number
}

/** Design-time state of one instance. */
export interface DesignState {
  projects: Map<string, Project>
  /** The global (non-project) space. */
  global: Space
  /** Health of connections by id, for connections without their own (e.g. imported ones). */
  connectionHealth: Record<string, Health>
  /** Groups listed by `/identifies`, besides the identity domain's users. */
  groups: string[]
  /** Integrations with an activation in flight, and their space. */
  pending: Map<Integration, Space>
  /** The most activations ever in flight at once (tests and the bench check `activationConcurrencyLimit`). */
  peakPending?: number
  /** Certificates of the instance by id (`installedType|type|category|name`). */
  certificates: Map<string, Certificate>
  /** Security policies per adapter, overriding the built-in catalogue (seed `securityPolicies`). */
  policyCatalogue: Record<string, PolicyDefinition[]>
}

/** A security policy an adapter offers, with its (value-less) security properties. */
export interface PolicyDefinition {
  policy: string
  properties: Array<{
    propertyName: string
    propertyType?: string
    required?: boolean
    displayName?: string
  }>
}

/** `CODE|VERSION`. */
export function integrationId(code: string, version: string): string {
  return `${code}|${version}`
}

/** Identifiers (codes, connection ids, lookup names): they become archive paths, so no `/`, `..` or spaces. */
export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/

/** The integration version format `NN.NN.NNNN`. */
export const VERSION_PATTERN = /^\d{2}\.\d{2}\.\d{4}$/

/** The major part of a version (`01` of `01.00.0002`). */
export function majorOf(version: string): string {
  return version.split('.')[0] ?? version
}

/** True when an integration is active or becoming active. */
export function isActive(integration: Integration): boolean {
  return integration.status === 'ACTIVATED' || integration.status === 'ACTIVATION_INPROGRESS'
}
