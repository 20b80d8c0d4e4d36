/**
 * What a project export contains (whole project, or one deployment and what its integrations use, format file
 * §4), and how an imported archive lands in an instance: as a new project, merged into one, or replacing its
 * content.
 */
import { ApiError } from '../http-kit.js'
import { newConnection, newIntegration, newProject, type ConnectionInit } from './build.js'
import { propertiesFor, type PolicyNames } from './security-policies.js'
import type { CarContent } from './car-files.js'
import type { ParsedCar } from './car-reader.js'
import { touch } from './lifecycle.js'
import {
  integrationId,
  isActive,
  type DesignState,
  type Integration,
  type Project,
  type Stamp
} from './model.js'

/**
 * The content of an export: everything, or only deployment `label` and what its integrations use (404 unknown);
 * `withLibraries` adds the libraries they call to a deployment export (switch `deploymentExportLibraries`).
 */
export function selectContent(project: Project, label: string, withLibraries = false): CarContent {
  if (!label)
    return {
      project,
      label: '',
      deployments: [...project.deployments.values()],
      integrations: [...project.integrations.values()],
      connections: [...project.connections.values()],
      lookups: [...project.lookups.values()],
      libraries: [...project.libraries.values()]
    }
  const deployment = project.deployments.get(label)
  if (!deployment) throw new ApiError(404, `Deployment ${label} was not found in project ${project.code}.`)
  const integrations = deployment.integrations
    .map(ref => project.integrations.get(integrationId(ref.code, ref.version)))
    .filter((i): i is Integration => i !== undefined)
  const used = (pick: (i: Integration) => string[]): Set<string> => new Set(integrations.flatMap(pick))
  const connections = used(i => i.connections)
  const lookups = used(i => i.lookups)
  const libraries = used(i => i.libraries)
  return {
    project,
    label,
    deployments: [deployment],
    integrations,
    connections: [...project.connections.values()].filter(c => connections.has(c.id)),
    lookups: [...project.lookups.values()].filter(l => lookups.has(l.name)),
    // §4: a deployment export holds the connections, lookups and templates the pinned integrations depend on;
    // libraries are not among them (and info.json has no libraries key) unless the switch asks for them.
    libraries: withLibraries
      ? [...project.libraries.values()].filter(l => libraries.has(integrationId(l.code, l.version)))
      : []
  }
}

/** Integrations of `project` that are active or locked: all of them, or (`all` false) those the archive overwrites. */
export function blockedBy(project: Project, car: ParsedCar, all: boolean): string[] {
  const incoming = new Set(car.integrations.map(i => integrationId(i.code, i.version)))
  return [...project.integrations.values()]
    .filter(i => (all || incoming.has(integrationId(i.code, i.version))) && (isActive(i) || i.locked))
    .map(i => `${i.code}|${i.version} (${i.locked ? 'locked' : i.status})`)
}

/** Creates a new project from an archive: integrations CONFIGURED, connections draft (no credentials travel). */
export function importProject(
  design: DesignState,
  car: ParsedCar,
  stamp: Stamp,
  names: PolicyNames = 'legacy'
): Project {
  const project = newProject(car.project, stamp)
  upsert(project, car, stamp, design, names)
  project.revision = 0
  design.projects.set(project.code, project)
  return project
}

/**
 * Lands an archive in an existing project. `replace` with a whole-project archive first drops the project's
 * integrations, deployments, lookups and libraries; `merge` (and a one-deployment archive) only adds and
 * overwrites. Existing connections keep their configuration either way; new ones arrive as drafts.
 */
export function landInProject(
  design: DesignState,
  project: Project,
  car: ParsedCar,
  stamp: Stamp,
  mode: 'merge' | 'replace',
  names: PolicyNames = 'legacy'
): void {
  if (mode === 'replace' && !car.label) {
    for (const i of project.integrations.values()) design.pending.delete(i)
    project.integrations.clear()
    project.deployments.clear()
    project.lookups.clear()
    project.libraries.clear()
  }
  upsert(project, car, stamp, design, names)
  touch(project, stamp)
}

/**
 * An imported connection's security properties: those of its policy on its adapter (the seed's catalogue, else the
 * built-in one with the `policyPropertyNames` switch), as OIC's adapter defines them; an archive names none.
 */
export function withPolicyProperties(
  c: ConnectionInit,
  design: DesignState,
  names: PolicyNames
): ConnectionInit {
  const properties = propertiesFor(design, c.adapterType ?? 'rest', c.securityPolicy ?? 'NONE', names)
  return properties ? { ...c, securityProperties: properties } : c
}

/**
 * Adds the archive's content. A connection the project lacks arrives with the archive's connection property values
 * but as a draft (INPROGRESS): an archive never carries credentials, so OIC's imported connections need
 * configuring (format file §3, contract §5.5: NIAL1116, RCHAFIK). Dependencies that are in neither the archive nor
 * the project (pre-seeded, shared connections) are not created: the instance must already have them.
 */
function upsert(
  project: Project,
  car: ParsedCar,
  stamp: Stamp,
  design: DesignState,
  names: PolicyNames
): void {
  for (const c of car.connections)
    if (!project.connections.has(c.id)) {
      const connection = newConnection(withPolicyProperties(c, design, names), stamp, true)
      connection.status = 'INPROGRESS'
      project.connections.set(c.id, connection)
    }
  for (const l of car.lookups)
    project.lookups.set(l.name, { ...l, locked: false, created: stamp, updated: stamp })
  for (const l of car.libraries)
    project.libraries.set(integrationId(l.code, l.version), {
      ...l,
      description: '',
      created: stamp,
      updated: stamp
    })
  for (const init of car.integrations) {
    const integration = newIntegration({ ...init, status: 'CONFIGURED' }, stamp)
    project.integrations.set(integrationId(init.code, init.version), integration)
  }
  for (const d of car.deployments) {
    const integrations = d.integrations.filter(ref =>
      project.integrations.has(integrationId(ref.code, ref.version))
    )
    project.deployments.set(d.code, { ...d, integrations, updated: stamp })
  }
}
