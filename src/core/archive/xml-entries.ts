/**
 * The XML entries of an archive (`oic-car-format.md` §3): connections (`ApplicationInstance`), lookups (`dvm`),
 * schedules and libraries (`api-library`). Read namespace-blind; what is missing stays undefined.
 */
import type { ArchiveConnection, ArchiveLookup, ArchiveSchedule, ArchiveVersioned } from './contents.js'
import { child, childText, children, parseXml, text, type XmlNode } from './xml.js'

/** Connection property names that only reference stored credentials. */
const CREDENTIAL_REFERENCES = new Set(['csfkey', 'csfmap'])

/** The root element `name` of a document, or undefined. */
const root = (doc: XmlNode, name: string): XmlNode | undefined => {
  const r = child(doc, name)
  return r && typeof r === 'object' && !Array.isArray(r) ? r : undefined
}

/** Reads a connection's XML; `fallback` is the code from the file name. */
export async function parseConnectionXml(
  xml: string,
  entry: string,
  label: string,
  fallback: string
): Promise<ArchiveConnection> {
  const doc = await parseXml(xml, entry, label)
  const app = root(doc, 'ApplicationInstance')
  const names = children(child(app, 'connectionProperties'), 'connectionProperty')
    .map(p => childText(p, 'name') ?? text(child(p, '@name')))
    .filter((n): n is string => n !== undefined && !CREDENTIAL_REFERENCES.has(n.toLowerCase()))
  return {
    code: childText(app, 'instanceCode') ?? fallback,
    name: childText(app, 'displayName'),
    adapterType: childText(app, 'applicationTypeRef'),
    securityPolicy: childText(app, 'securityPolicy'),
    propertyNames: [...new Set(names)],
    status: childText(app, 'status')
  }
}

/** Reads a lookup (`.dvm`); `fallback` is the name from the file name. */
export async function parseLookupDvm(
  xml: string,
  entry: string,
  label: string,
  fallback: string
): Promise<ArchiveLookup> {
  const doc = await parseXml(xml, entry, label)
  const dvm = root(doc, 'dvm')
  return {
    name: text(child(dvm, '@name')) ?? fallback,
    description: childText(dvm, 'description'),
    columns: children(child(dvm, 'columns'), 'column')
      .map(c => text(child(c, '@name')))
      .filter((c): c is string => c !== undefined),
    rows: children(child(dvm, 'rows'), 'row').length
  }
}

/** Reads a schedule; `ref` is the integration version from the file name. */
export async function parseScheduleXml(
  xml: string,
  entry: string,
  label: string,
  ref: { code: string; version: string }
): Promise<ArchiveSchedule> {
  const doc = await parseXml(xml, entry, label)
  const schedule = root(doc, 'schedule')
  return {
    ...ref,
    name: childText(schedule, 'display-name'),
    timeZone: childText(schedule, 'time-zone'),
    recurrence: childText(child(schedule, 'recurrence'), 'ical-expression')
  }
}

/** Reads a library's `<api-library>` descriptor; `ref` is the code and version from the folder name. */
export async function parseLibraryXml(
  xml: string,
  entry: string,
  label: string,
  ref: { code: string; version: string }
): Promise<ArchiveVersioned> {
  const doc = await parseXml(xml, entry, label)
  const lib = root(doc, 'api-library')
  return { ...ref, name: childText(lib, 'name') }
}
