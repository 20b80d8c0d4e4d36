/**
 * The JSON, YAML and `.properties` files of OIC's archives (`../shared/oic-car-format.md` §2, §3, §5):
 * `project.yaml`, `oic_project.properties`, `labels/<CODE>.json`, an integration's `info.json` and
 * `analysis.json`, a library's `.properties`, and an `.iar`'s `ics_project_attributes.properties`.
 */
import { stringify } from 'yaml'
import { carDate, digestOf, ICS_VERSION, propertiesText } from './car-format.js'
import { projectStatus } from './lifecycle.js'
import type { Connection, Deployment, Integration, Library, Lookup, Project, Stamp } from './model.js'

/** What goes into a project archive. */
export interface CarContent {
  project: Project
  /** The exported deployment, or '' for the whole project. */
  label: string
  deployments: Deployment[]
  integrations: Integration[]
  connections: Connection[]
  lookups: Lookup[]
  libraries: Library[]
}

/** True for an integration that has a schedule (its style, or a running schedule). */
export function isScheduled(i: Integration): boolean {
  return i.scheduled || /schedul/i.test(i.style)
}

/** `smartTags` of an integration: one comma-separated string (format file §3). */
export function smartTagsOf(i: Integration): string {
  return `style:${isScheduled(i) ? 'scheduled' : 'app driven orchestration'}`
}

const asset = (id: string, name: string, updated: Stamp): Record<string, unknown> => ({
  id,
  name,
  revision: 1,
  updatedBy: updated.by,
  updatedDate: carDate(updated.at)
})

/** The `assets` of `project.yaml`, only the kinds the archive holds; `{}` for an empty project (§3). */
function assetsOf(c: CarContent): Record<string, unknown> {
  const kinds: Record<string, Array<Record<string, unknown>>> = {
    integrations: c.integrations.map(i => asset(`${i.code}|${i.version}`, i.name, i.updated)),
    connections: c.connections.map(x => asset(x.id, x.name, x.updated)),
    lookups: c.lookups.map(l => asset(l.name, l.name, l.updated)),
    libraries: c.libraries.map(l => asset(`${l.code}|${l.version}`, l.name, l.updated)),
    labels: c.deployments.map(d => asset(d.code, d.name, d.updated)),
    schedules: c.integrations.filter(isScheduled).map(i => asset(`${i.code}|${i.version}`, i.name, i.updated))
  }
  return Object.fromEntries(Object.entries(kinds).filter(([, list]) => list.length > 0))
}

/** `project.yaml`: YAML starting with `---`, the top-level keys of format file §3. */
export function projectYaml(c: CarContent): string {
  const p = c.project
  const doc = {
    id: p.code,
    code: p.code,
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    type: p.type,
    revision: p.revision + 1,
    projectRevision: p.revision + 1,
    status: projectStatus(p) === 'DRAFT' ? 'DRAFT' : 'CONFIGURED',
    createdBy: p.created.by,
    createdDate: carDate(p.created.at),
    updatedBy: p.updated.by,
    updatedDate: carDate(p.updated.at),
    latestBy: p.updated.by,
    latestDate: carDate(p.updated.at),
    CAV: 1,
    simplifiedMode: false,
    assets: assetsOf(c),
    origin: {
      tenantOCID: 'ocid1.tenancy.oc1..emulator',
      serviceInstanceOCID: 'ocid1.integration.oc1..emulator'
    }
  }
  return `---\n${stringify(doc)}`
}

/** `oic_project.properties`: a timestamp comment and `mod=<base64>` (format file §2). */
export function projectProperties(c: CarContent, now: number): string {
  const ids = c.integrations.map(i => `${i.code}|${i.version}`).join(',')
  return propertiesText({ mod: digestOf(`${c.project.code}|${c.label}|${ids}|${now}`) }, now)
}

/** `labels/<CODE>.json`: one line; `integrations` absent when the deployment is empty (format file §3). */
export function labelJson(d: Deployment): string {
  return JSON.stringify({
    name: d.name,
    code: d.code,
    revision: 1,
    ...(d.integrations.length
      ? { integrations: d.integrations.map(r => ({ code: r.code, version: r.version })) }
      : {}),
    ...(d.description ? { description: d.description } : {})
  })
}

/** An integration's persisted state as `info.json` names it (format file §3). */
function persistedState(i: Integration): string {
  if (i.status === 'ACTIVATED') return 'ACTIVATED'
  return i.status === 'INPROGRESS' ? 'INPROGRESS' : 'CONFIGURED'
}

/** `integrations/<CODE>_<VER>/info.json`: dependencies and properties (format file §3). */
export function infoJson(i: Integration): string {
  return JSON.stringify({
    dependencies: { connections: [...i.connections], lookups: [...i.lookups], templates: [] },
    properties: {
      code: i.code,
      name: i.name,
      version: i.version,
      type: 'DEVELOPED',
      mepType: isScheduled(i) ? 'ASYNC_ONE_WAY' : 'SYNC',
      persistedState: persistedState(i),
      transientState: i.locked ? 'LOCKED' : 'UNLOCKED',
      scope: 'Private',
      smartTags: smartTagsOf(i),
      mod: digestOf(`${i.code}|${i.version}|${i.updated.at}`),
      CAV: 1,
      validity: 'VALID',
      originalICSVersion: ICS_VERSION,
      lastUpdatedICSVersion: ICS_VERSION
    }
  })
}

/** `PROJECT-INF/analysis.json`: a summary of the integration (content not recorded; the emulator's own). */
export function analysisJson(i: Integration): string {
  return JSON.stringify({
    code: i.code,
    version: i.version,
    connections: i.connections.length,
    lookups: i.lookups.length,
    libraries: i.libraries.length
  })
}

/** A library's `<name>_properties.properties` (format file §3). */
export function libraryProperties(l: Library, now: number): string {
  return propertiesText(
    { code: l.code, librarytype: l.type, name: l.name, type: 'PRIVATE', version: l.version },
    now
  )
}

/** An `.iar`'s `ics_project_attributes.properties` (format file §5). */
export function iarAttributes(i: Integration, now: number): string {
  return propertiesText(
    {
      CAV: '1',
      lastUpdatedICSVersion: ICS_VERSION,
      mep_type: isScheduled(i) ? 'ASYNC_ONE_WAY' : 'SYNC',
      modelType: 'FREEFORM',
      originalICSVersion: ICS_VERSION,
      project_code: i.code,
      project_name: i.name,
      project_persisted_state: persistedState(i),
      project_transient_state: i.locked ? 'LOCKED' : 'UNLOCKED',
      project_type: 'DEVELOPED',
      project_version: i.version,
      smartTags: smartTagsOf(i)
    },
    now
  )
}
