/** JSON renderings of design-time resources, camelCase with Oracle dates (contract §5–§8). */
import { oracleDate } from '../http-kit.js'
import type { RequestContext } from '../router.js'
import { projectStatus } from './lifecycle.js'
import {
  type Connection,
  type ConnectionProperty,
  type Deployment,
  type DesignState,
  type Integration,
  type Project,
  type Space,
  type Stamp
} from './model.js'
import { newProperty } from './build.js'
import { linksOf, spacePath, V1 } from './route-kit.js'
import { otherPoliciesOf, type PolicyNames } from './security-policies.js'

/** Where `securityPolicyInfo` takes the adapter's policies from: the seed's catalogue and the name switch. */
export interface PolicyCatalogue {
  design: Pick<DesignState, 'policyCatalogue'>
  names: PolicyNames
}

const stampView = (s: Stamp): { by: string; date: string } => ({ by: s.by, date: oracleDate(s.at) })
const enc = encodeURIComponent

/** Path of a project. */
export function projectPath(project: Project): string {
  return `${V1}/projects/${enc(project.code)}`
}

/**
 * A deployment as LabelRs (contract §5.8): no `links`, no `lastUpdatedBy` (test/fixtures/oracle/deployment-get.json,
 * deployments-list.json, deployment-create-201.json, PM); with `envelope` (switch deploymentsEnvelope) both, the
 * older reading.
 */
export function deploymentView(
  ctx: RequestContext,
  project: Project,
  d: Deployment,
  envelope = false
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    code: d.code,
    name: d.name,
    description: d.description,
    integrations: d.integrations.map(i => ({ ...i })),
    robots: d.robots.map(r => ({ ...r })),
    decisions: d.decisions.map(r => ({ ...r })),
    b2btradingpartners: d.b2btradingpartners.map(r => ({ ...r })),
    lastUpdated: oracleDate(d.updated.at)
  }
  if (envelope) {
    view.lastUpdatedBy = d.updated.by
    view.links = linksOf(ctx, `${projectPath(project)}/deployments/${enc(d.code)}`)
  }
  return view
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

/**
 * A property for output (test/fixtures/oracle/connection-get-project.json, source PM): `requiredFlag` (not
 * `required`), `displayName` (the name when none was declared), `hasAttachment` (true once a file was uploaded
 * for an ATTACHMENT property [I]) and `hiddenFlag`. Values of PASSWORD properties are never returned.
 */
function propertyView(p: ConnectionProperty): Record<string, unknown> {
  const type = p.propertyType.toUpperCase()
  const view: Record<string, unknown> = {
    displayName: p.displayName ?? p.propertyName,
    hasAttachment: type === 'ATTACHMENT' && p.value !== undefined,
    hiddenFlag: false,
    propertyGroup: p.propertyGroup,
    propertyName: p.propertyName,
    propertyType: p.propertyType,
    requiredFlag: p.required
  }
  if (p.value !== undefined && type !== 'PASSWORD') view.propertyValue = p.value
  return view
}

/**
 * `securityPolicyInfo`: the policies the connection's adapter offers, each `{scope, securityPolicy,
 * securityProperties}` with value-less property definitions — its own policy first
 * (test/fixtures/oracle/connection-get-security-policy-info.json, connection-get-project.json, source PM).
 */
function securityPolicyInfo(c: Connection, catalogue?: PolicyCatalogue): Array<Record<string, unknown>> {
  const definition = (p: ConnectionProperty): Record<string, unknown> =>
    propertyView({ ...p, value: undefined })
  return [
    { policy: c.securityPolicy, properties: c.securityProperties },
    ...otherPoliciesOf(c.adapterType, c.securityPolicy, catalogue?.design, catalogue?.names).map(o => ({
      policy: o.policy,
      properties: o.properties.map(p => newProperty(p, true, false))
    }))
  ].map(({ policy, properties }) => ({
    scope: c.role,
    securityPolicy: policy,
    securityProperties: properties.map(definition)
  }))
}

/**
 * A connection (contract §6.1); `usage` = integrations of its space using it. `adapterType.links`,
 * `agentSupported` and `securityPolicyInfo` as recorded (test/fixtures/oracle/connection-get-project.json, PM);
 * `afterUpdate`: the answer to an update, whose `securityPolicyInfo` is empty
 * (test/fixtures/oracle/connection-update-response.json, PM).
 */
export function connectionView(
  ctx: RequestContext,
  space: Space,
  c: Connection,
  usage: number,
  afterUpdate = false,
  catalogue?: PolicyCatalogue
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: c.id,
    name: c.name,
    description: c.description,
    adapterType: { name: c.adapterType, displayName: c.adapterType, links: [], type: 'PREINSTALLED' },
    role: c.role,
    status: c.status,
    percentageComplete: c.status === 'CONFIGURED' ? 100 : 85,
    securityPolicy: c.securityPolicy,
    securityPolicyInfo: afterUpdate ? [] : securityPolicyInfo(c, catalogue),
    // [U] Consent state of a policy that needs console consent (no recorded answer shows one): NEEDED or GRANTED.
    ...(c.consent ? { consentState: c.consent } : {}),
    connectionProperties: c.properties.map(propertyView),
    securityProperties: c.securityProperties.map(propertyView),
    agentRequired: false,
    // REST true, ERP Cloud false as recorded (PM); other adapters assumed to support the agent [I].
    agentSupported: c.adapterType.toLowerCase() !== 'erp',
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
    scheduleDefinedFlag: i.scheduled || Boolean(i.schedule),
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

/**
 * The activate/deactivate response (contract §7.2): no `code`, `id` or `version`, as recorded
 * (test/fixtures/oracle/activation-reply-inprogress.json, source RCH §5; deactivation-reply-inprogress.json, PM).
 */
export function activationView(i: Integration): Record<string, unknown> {
  return {
    apiDeploymentInprogress: false,
    compatible: true,
    links: [],
    lockedFlag: i.locked,
    scheduleApplicableFlag: i.scheduled || /schedul/i.test(i.style),
    scheduleDefinedFlag: i.scheduled || Boolean(i.schedule),
    softDeactivated: false,
    status: i.status,
    tempCopyExists: false,
    totalEndPoints: 0
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
