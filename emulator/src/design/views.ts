/** JSON renderings of design-time resources, camelCase with Oracle dates (contract §5–§8). */
import { oracleDate } from '../http-kit.js'
import type { RequestContext } from '../router.js'
import { projectStatus } from './lifecycle.js'
import {
  type Connection,
  type ConnectionProperty,
  type Deployment,
  type Integration,
  type Project,
  type Space,
  type Stamp
} from './model.js'
import { linksOf, spacePath, V1 } from './route-kit.js'

const stampView = (s: Stamp): { by: string; date: string } => ({ by: s.by, date: oracleDate(s.at) })
const enc = encodeURIComponent

/** Path of a project. */
export function projectPath(project: Project): string {
  return `${V1}/projects/${enc(project.code)}`
}

/** A deployment as LabelRs (contract §5.8). */
export function deploymentView(
  ctx: RequestContext,
  project: Project,
  d: Deployment
): Record<string, unknown> {
  return {
    code: d.code,
    name: d.name,
    description: d.description,
    integrations: d.integrations.map(i => ({ ...i })),
    robots: d.robots.map(r => ({ ...r })),
    decisions: d.decisions.map(r => ({ ...r })),
    b2btradingpartners: d.b2btradingpartners.map(r => ({ ...r })),
    lastUpdated: oracleDate(d.updated.at),
    lastUpdatedBy: d.updated.by,
    links: linksOf(ctx, `${projectPath(project)}/deployments/${enc(d.code)}`)
  }
}

/** Project state common to the list item and the full object. */
function stateView(p: Project): Record<string, unknown> {
  return {
    created: stampView(p.created),
    latest: stampView(p.updated),
    updated: stampView(p.updated),
    lockStatus: false,
    locked: {},
    projectRevisionId: p.revision,
    serviceInstanceId: 0,
    status: projectStatus(p)
  }
}

/** A project list item (NIAL1109 fields plus description and links). */
export function projectSummary(ctx: RequestContext, p: Project): Record<string, unknown> {
  return {
    cloneRestrict: 'NONE',
    code: p.code,
    description: p.description,
    id: p.code,
    links: linksOf(ctx, projectPath(p)),
    name: p.name,
    state: stateView(p),
    type: p.type,
    viewRestricted: false
  }
}

/** A full project (contract §5.1 / §5.6, the union of the create and import responses). */
export function projectView(ctx: RequestContext, p: Project): Record<string, unknown> {
  const labels = [...p.deployments.values()].map(d => ({
    code: d.code,
    name: d.name,
    description: d.description,
    integrations: d.integrations.map(i => ({ ...i })),
    lastUpdated: oracleDate(d.updated.at)
  }))
  return {
    builtBy: p.builtBy,
    cloneRestrict: 'NONE',
    code: p.code,
    description: p.description,
    id: p.code,
    keyword: p.keyword,
    links: linksOf(ctx, projectPath(p)),
    mcpEnabled: false,
    name: p.name,
    origin: {},
    simplifiedMode: false,
    smartTags: [],
    state: { assets: { labelsRs: { items: labels } }, ...stateView(p) },
    type: p.type,
    viewRestricted: false
  }
}

/** A property for output: values of PASSWORD properties are never returned. */
function propertyView(p: ConnectionProperty): Record<string, unknown> {
  const view: Record<string, unknown> = {
    propertyGroup: p.propertyGroup,
    propertyName: p.propertyName,
    propertyType: p.propertyType,
    required: p.required
  }
  if (p.displayName) view.displayName = p.displayName
  if (p.value !== undefined && p.propertyType.toUpperCase() !== 'PASSWORD') view.propertyValue = p.value
  return view
}

/** A connection (contract §6.1); `usage` = integrations of its space using it. */
export function connectionView(
  ctx: RequestContext,
  space: Space,
  c: Connection,
  usage: number
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: c.id,
    name: c.name,
    description: c.description,
    adapterType: { name: c.adapterType, displayName: c.adapterType, type: 'PREINSTALLED' },
    role: c.role,
    status: c.status,
    percentageComplete: c.status === 'CONFIGURED' ? 100 : 85,
    securityPolicy: c.securityPolicy,
    connectionProperties: c.properties.map(propertyView),
    securityProperties: c.securityProperties.map(propertyView),
    agentRequired: false,
    lockedFlag: c.locked,
    created: oracleDate(c.created.at),
    createdBy: c.created.by,
    lastUpdated: oracleDate(c.updated.at),
    lastUpdatedBy: c.updated.by,
    usage,
    links: linksOf(ctx, `${spacePath(space)}/connections/${enc(c.id)}`)
  }
  if (c.agentGroupId) view.agentGroupId = c.agentGroupId
  if (space.project) view.projectId = space.project.code
  return view
}

/** Path of an integration (`CODE%7CVERSION`). */
export function integrationPath(space: Space, i: Integration): string {
  return `${spacePath(space)}/integrations/${enc(`${i.code}|${i.version}`)}`
}

/** An integration list item (NIAL1110 fields). */
export function integrationSummary(
  ctx: RequestContext,
  space: Space,
  i: Integration
): Record<string, unknown> {
  return {
    id: `${i.code}|${i.version}`,
    code: i.code,
    version: i.version,
    name: i.name,
    description: i.description,
    status: i.status,
    style: i.style,
    projectType: 'DEVELOPED',
    compatible: true,
    percentageComplete: i.status === 'INPROGRESS' ? 80 : 100,
    lockedFlag: i.locked,
    scheduleApplicableFlag: i.scheduled || /schedul/i.test(i.style),
    scheduleDefinedFlag: i.scheduled,
    created: oracleDate(i.created.at),
    createdBy: i.created.by,
    lastUpdated: oracleDate(i.updated.at),
    lastUpdatedBy: i.updated.by,
    links: linksOf(ctx, integrationPath(space, i))
  }
}

/** A full integration: the summary plus flags and dependencies. */
export function integrationView(
  ctx: RequestContext,
  space: Space,
  i: Integration,
  shared?: Space
): Record<string, unknown> {
  return {
    ...integrationSummary(ctx, space, i),
    tracingEnabledFlag: i.tracingEnabled,
    payloadTracingEnabledFlag: i.payloadTracingEnabled,
    dependencies: {
      connections: i.connections.map(id => {
        // A dependency outside the project is a shared connection of the instance (format file §3).
        const c = space.connections.get(id) ?? shared?.connections.get(id)
        return { id, name: c?.name ?? id, status: c?.status ?? 'INPROGRESS', role: c?.role }
      }),
      lookups: i.lookups.map(name => ({ name })),
      libraries: i.libraries.map(id => ({ id, code: id.split('|')[0], version: id.split('|')[1] }))
    }
  }
}

/** The activate/deactivate response (contract §7.2, RCHAFIK). */
export function activationView(i: Integration): Record<string, unknown> {
  return {
    apiDeploymentInprogress: false,
    code: i.code,
    compatible: true,
    id: `${i.code}|${i.version}`,
    links: [],
    lockedFlag: i.locked,
    scheduleApplicableFlag: i.scheduled || /schedul/i.test(i.style),
    scheduleDefinedFlag: i.scheduled,
    softDeactivated: false,
    status: i.status,
    tempCopyExists: false,
    totalEndPoints: 0,
    version: i.version
  }
}

/**
 * `GET …/integrations/{id}/activationErrors` (D:Retrieve Integration Activation Errors in a Project, schema
 * IntegrationActivationErrorRs: `code`, `version`, `hasErrors`, `errorMessage`, `shortSummaryMessage`).
 */
export function activationErrorsView(i: Integration): Record<string, unknown> {
  const message = i.status === 'FAILEDACTIVATION' ? (i.activationError ?? 'Activation failed.') : ''
  return {
    code: i.code,
    version: i.version,
    hasErrors: message !== '',
    errorMessage: message,
    shortSummaryMessage: message.split('\n')[0] ?? ''
  }
}
