/** Constructors of design-time resources with their defaults, shared by the seed and by archive imports. */
import type {
  Acl,
  Connection,
  ConnectionProperty,
  Health,
  Integration,
  IntegrationStatus,
  Project,
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
  payloadBytes?: number
  connections?: string[]
  lookups?: string[]
  libraries?: string[]
}

/** A new integration version (CONFIGURED unless told otherwise). */
export function newIntegration(init: IntegrationInit, stamp: Stamp): Integration {
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
}

/** A new connection; `withValues` keeps seeded values (an import never carries them). */
export function newConnection(init: ConnectionInit, stamp: Stamp, withValues: boolean): Connection {
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
  if (withValues && isComplete(connection)) connection.status = 'CONFIGURED'
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
