/**
 * Turning the files of an uploaded archive into what the emulator builds from them (format file §3, §5): a
 * connection's `ApplicationInstance`, a lookup's `.dvm`, a schedule, an integration's `project.xml`. Shared by the
 * `.car` and `.iar` readers. Invalid names answer 400.
 */
import { ApiError } from '../http-kit.js'
import type { ConnectionInit } from './build.js'
import { SAFE_NAME } from './model.js'
import { securityPropertiesOf } from './security-policies.js'
import { attrOf, childOf, listOf, parseXmlEntry, textOf } from './xml-read.js'

/** A lookup read from an archive. */
export interface LookupInit {
  name: string
  description: string
  columns: string[]
  rows: string[][]
}

/** What an integration's `PROJECT-INF/project.xml` tells. */
export interface ProjectXmlInfo {
  code: string
  version: string
  name: string
  description: string
  /** Libraries the flow calls (`CODE|VERSION`). */
  libraries: string[]
}

/** Checks that an identifier from an archive can become a path again (400 naming the entry). */
export function safeName(name: string, what: string, entry: string): string {
  if (!SAFE_NAME.test(name))
    throw new ApiError(400, `Archive entry ${entry}: ${what} '${name}' is not a valid identifier.`)
  return name
}

/** Credentials travel only as a hashed reference (format file §3): never a connection property. */
const CREDENTIAL_REFERENCES = new Set(['csfkey', 'csfmap'])
/** `integrationRole` in connection XML (the console's trigger/invoke names) and the REST API's roles. */
const ROLES: Record<string, ConnectionInit['role']> = {
  TRIGGER: 'SOURCE',
  INVOKE: 'TARGET',
  TRIGGER_AND_INVOKE: 'SOURCE_AND_TARGET',
  SOURCE: 'SOURCE',
  TARGET: 'TARGET',
  SOURCE_AND_TARGET: 'SOURCE_AND_TARGET'
}

/**
 * A connection from its `ApplicationInstance` XML: code, display name, adapter type, policy, role and the
 * connection properties with their values. Security properties come from the policy, without values.
 */
export function connectionFromXml(entry: string, data: Buffer): ConnectionInit {
  const node = parseXmlEntry(entry, data, 'ApplicationInstance')
  const id = safeName(textOf(node, 'instanceCode'), 'instanceCode', entry)
  const properties = listOf(childOf(node, 'connectionProperties'), 'connectionProperty')
    .map(p => ({ name: textOf(p, 'name'), value: textOf(p, 'value') }))
    .filter(p => p.name && !CREDENTIAL_REFERENCES.has(p.name.toLowerCase()))
    .map(p => ({
      propertyName: p.name,
      // The XML has no property types (format file §3); a URL is told by its name.
      propertyType: /url$/i.test(p.name) ? 'URL' : 'STRING',
      ...(p.value ? { value: p.value } : {})
    }))
  const role = textOf(node, 'integrationRole')
  const policy = textOf(node, 'securityPolicy') || 'NONE'
  return {
    id,
    name: textOf(node, 'displayName') || id,
    description: textOf(node, 'description'),
    adapterType: textOf(node, 'applicationTypeRef') || 'rest',
    role: ROLES[role] ?? 'SOURCE_AND_TARGET',
    securityPolicy: policy,
    properties,
    securityProperties: securityPropertiesOf(policy)
  }
}

/** A lookup from its `.dvm` (`<dvm name>` with `description`, `columns/column[@name]`, `rows/row/cell`). */
export function lookupFromDvm(entry: string, data: Buffer, fileName: string): LookupInit {
  const node = parseXmlEntry(entry, data, 'dvm')
  const name = safeName(attrOf(node, 'name') || fileName, 'lookup name', entry)
  const columns = listOf(childOf(node, 'columns'), 'column').map(c => attrOf(c, 'name'))
  const rows = listOf(childOf(node, 'rows'), 'row').map(r => listOf(r, 'cell').map(c => textOf(c, '#text')))
  for (const [n, row] of rows.entries())
    if (row.length !== columns.length)
      throw new ApiError(
        400,
        `Archive entry ${entry}: row ${n + 1} has ${row.length} cells for ${columns.length} columns.`
      )
  return { name, description: textOf(node, 'description'), columns, rows }
}

/** An integration's `PROJECT-INF/project.xml` (root `icsproject`, any default namespace). */
export function projectXmlInfo(entry: string, data: Buffer): ProjectXmlInfo {
  const node = parseXmlEntry(entry, data, 'icsproject')
  const flow = childOf(node, 'icsflow')
  return {
    code: textOf(node, 'projectCode'),
    version: textOf(node, 'projectVersion'),
    name: textOf(node, 'projectName'),
    description: textOf(node, 'projectDescription'),
    libraries: listOf(flow, 'processor')
      .map(p => attrOf(p, 'library'))
      .filter(id => id.includes('|'))
  }
}

/** A schedule file (root `schedule`, format file §3): its `recurrence/ical-expression` and `time-zone`. */
export function checkSchedule(entry: string, data: Buffer): { icalExpression?: string; scheduleTZ?: string } {
  const node = parseXmlEntry(entry, data, 'schedule')
  const ical = textOf(childOf(node, 'recurrence'), 'ical-expression')
  const zone = textOf(node, 'time-zone')
  return { ...(ical ? { icalExpression: ical } : {}), ...(zone ? { scheduleTZ: zone } : {}) }
}

/** A library's `<api-library>`: name, code, version. */
export function libraryFromXml(entry: string, data: Buffer): { name: string; code: string; version: string } {
  const node = parseXmlEntry(entry, data, 'api-library')
  return { name: textOf(node, 'name'), code: textOf(node, 'code'), version: textOf(node, 'version') }
}
