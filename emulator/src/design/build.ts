/** Constructors of design-time resources with their defaults, shared by the seed and by archive imports. */
import { needsConsent } from './security-policies.js'
import type {
  Acl,
  Connection,
  ConnectionProperty,
  Health,
  Integration,
  IntegrationStatus,
  Project,
  Schedule,
  ScheduleState,
  Space,
  Stamp
} from './model.js'

/** Style of an integration when none is given (an app-driven orchestration). */
export const DEFAULT_STYLE = 'freeform_mapmydata'

/** Fields an integration can be created with; the rest take defaults. */
export interface IntegrationInit {
  code: string
  version: string
  name?: string
  description?: string
  style?: string
  status?: IntegrationStatus
  locked?: boolean
  scheduled?: boolean
  /** A schedule definition (seed): state (default ACTIVE when `scheduled`, else CANCELLED), iCal, time zone. */
  schedule?: ScheduleInit
  payloadBytes?: number
  connections?: string[]
  lookups?: string[]
  libraries?: string[]
}

/** Fields a schedule can be seeded with. */
export interface ScheduleInit {
  state?: ScheduleState
  icalExpression?: string
  frequency?: Record<string, unknown>
  startDate?: string
  scheduleTZ?: string
  description?: string
}

/** The iCal expression of a schedule defined without one (the emulator's archives say hourly, car-xml.ts). */
export const DEFAULT_ICAL = 'FREQ=HOURLY;INTERVAL=1;'

/** A schedule definition. */
export function newSchedule(init: ScheduleInit, state: ScheduleState, stamp: Stamp): Schedule {
  const schedule: Schedule = {
    state: init.state ?? state,
    scheduleTZ: init.scheduleTZ ?? 'UTC',
    description: init.description ?? '',
    runs: 0,
    created: stamp,
    updated: stamp
  }
  if (init.frequency) schedule.frequency = { ...init.frequency }
  else schedule.icalExpression = init.icalExpression ?? DEFAULT_ICAL
  if (init.startDate) schedule.startDate = init.startDate
  return schedule
}

/** A new integration version (CONFIGURED unless told otherwise). */
export function newIntegration(init: IntegrationInit, stamp: Stamp): Integration {
  const integration = buildIntegration(init, stamp)
  if (init.schedule || init.scheduled)
    integration.schedule = newSchedule(init.schedule ?? {}, init.scheduled ? 'ACTIVE' : 'CANCELLED', stamp)
  if (integration.schedule) integration.scheduled = integration.schedule.state === 'ACTIVE'
  return integration
}

function buildIntegration(init: IntegrationInit, stamp: Stamp): Integration {
  return {
    code: init.code,
    version: init.version,
    name: init.name ?? init.code,
    description: init.description ?? '',
    style: init.style ?? DEFAULT_STYLE,
    status: init.status ?? 'CONFIGURED',
    locked: init.locked ?? false,
    scheduled: init.scheduled ?? false,
    payloadBytes: init.payloadBytes ?? 0,
    connections: [...(init.connections ?? [])],
    lookups: [...(init.lookups ?? [])],
    libraries: [...(init.libraries ?? [])],
    tracingEnabled: false,
    payloadTracingEnabled: false,
    created: stamp,
    updated: stamp
  }
}

/** Fields a connection property can be declared with. */
export interface PropertyInit {
  propertyName: string
  propertyType?: string
  propertyGroup?: string
  required?: boolean
  displayName?: string
  value?: string
}

/** A property with defaults: STRING, required, group by list. */
export function newProperty(init: PropertyInit, security: boolean, withValue: boolean): ConnectionProperty {
  const property: ConnectionProperty = {
    propertyName: init.propertyName,
    propertyType: init.propertyType ?? 'STRING',
    propertyGroup: init.propertyGroup ?? (security ? 'CREDENTIALS' : 'CONNECTION_PROPS'),
    required: init.required ?? true
  }
  if (init.displayName) property.displayName = init.displayName
  if (withValue && init.value !== undefined && init.value !== null) property.value = String(init.value)
  return property
}

/** Fields a connection can be created with. */
export interface ConnectionInit {
  id: string
  name?: string
  description?: string
  adapterType?: string
  role?: Connection['role']
  securityPolicy?: string
  agentGroupId?: string
  properties?: PropertyInit[]
  securityProperties?: PropertyInit[]
  health?: Health
  locked?: boolean
  /** Consent given in the console (for policies that need it); default not given. */
  consent?: 'granted' | 'needed'
}

/**
 * A new connection; `withValues` keeps seeded values (an import never carries them). `consentBlocksStatus`: a
 * connection waiting for consent stays a draft (switch `consentState: draft`, the default).
 */
export function newConnection(
  init: ConnectionInit,
  stamp: Stamp,
  withValues: boolean,
  consentBlocksStatus = true
): Connection {
  const connection: Connection = {
    id: init.id,
    name: init.name ?? init.id,
    description: init.description ?? '',
    adapterType: init.adapterType ?? 'rest',
    role: init.role ?? 'SOURCE_AND_TARGET',
    securityPolicy: init.securityPolicy ?? 'NONE',
    properties: (init.properties ?? []).map(p => newProperty(p, false, withValues)),
    securityProperties: (init.securityProperties ?? []).map(p => newProperty(p, true, withValues)),
    status: 'INPROGRESS',
    locked: init.locked ?? false,
    created: stamp,
    updated: stamp
  }
  if (init.agentGroupId) connection.agentGroupId = init.agentGroupId
  if (init.health !== undefined) connection.health = init.health
  // Console consent (RAG ch. 3, see security-policies.ts): a seed may say it was given.
  if (needsConsent(connection.securityPolicy))
    connection.consent = init.consent === 'granted' ? 'GRANTED' : 'NEEDED'
  if (withValues && isComplete(connection) && (connection.consent !== 'NEEDED' || !consentBlocksStatus))
    connection.status = 'CONFIGURED'
  return connection
}

/** True when every required property of a connection has a value. */
export function isComplete(connection: Connection): boolean {
  for (const p of [...connection.properties, ...connection.securityProperties])
    if (p.required && !p.value) return false
  return true
}

/** Names of required properties without a value. */
export function missingProperties(connection: Connection): string[] {
  return [...connection.properties, ...connection.securityProperties]
    .filter(p => p.required && !p.value)
    .map(p => p.propertyName)
}

/** An empty space. */
export function newSpace(): Space {
  return { integrations: new Map(), connections: new Map(), lookups: new Map(), libraries: new Map() }
}

/** The ACL of a new project: every role open to all. */
export function defaultAcl(stamp: Stamp): Acl {
  const open = (): Acl['editors'] => ({ allowAll: true, allowed: [] })
  return {
    administrators: open(),
    editors: open(),
    viewers: open(),
    monitors: open(),
    created: stamp,
    updated: stamp
  }
}

/** Fields a project can be created with. */
export interface ProjectInit {
  code: string
  name?: string
  description?: string
  keyword?: string
  type?: string
  builtBy?: string
}

/** A new, empty project. */
export function newProject(init: ProjectInit, stamp: Stamp): Project {
  const project: Project = {
    ...newSpace(),
    code: init.code,
    name: init.name ?? init.code,
    description: init.description ?? '',
    keyword: (init.keyword ?? '').toLowerCase(),
    type: init.type ?? 'DEVELOPED',
    builtBy: init.builtBy ?? '',
    deployments: new Map(),
    acl: defaultAcl(stamp),
    created: stamp,
    updated: stamp,
    revision: 0
  }
  project.project = project
  return project
}
