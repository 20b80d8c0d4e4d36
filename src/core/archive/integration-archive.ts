/**
 * Reading an integration archive (`.iar`, `oic-car-format.md` §5) for `inspect`: one integration version under
 * `icspackage/project/<CODE>_<VER>/`, its connections (`appinstances/`), lookups (`dvms/`) and schedule.
 */
import type { ArchiveIntegration, CarContents } from './contents.js'
import { splitVersioned, stem } from './layout.js'
import { parseProperties } from './metadata.js'
import { parseConnectionXml, parseLookupDvm, parseScheduleXml } from './xml-entries.js'
import { printable, type ZipListing } from './zip-reader.js'

const ATTRIBUTES = /^icspackage\/project\/([^/]+)\/ics_project_attributes\.properties$/

/** The integration folder of an `.iar` when `names` look like one (`…/ics_project_attributes.properties`). */
export function iarFolder(names: readonly string[]): string | undefined {
  for (const name of names) {
    const m = ATTRIBUTES.exec(name)
    if (m) return m[1]
  }
  return undefined
}

const directly = (names: readonly string[], dir: string, ext: string): string[] =>
  names.filter(n => n.startsWith(dir) && n.endsWith(ext) && !n.slice(dir.length).includes('/'))

/** Reads a listed `.iar`; `label` names it in messages. */
export async function readIntegrationArchive(zip: ZipListing, label: string): Promise<CarContents> {
  const names = zip.entries.map(e => e.name)
  const folder = iarFolder(names) as string
  const attributesEntry = `icspackage/project/${folder}/ics_project_attributes.properties`
  const attrs = parseProperties(await zip.read(attributesEntry))
  const fromFolder = splitVersioned(folder)
  const warnings: string[] = []
  const code = attrs.get('project_code') || fromFolder?.code || folder
  const version = attrs.get('project_version') || fromFolder?.version || ''
  if (!version) warnings.push(`the integration folder '${printable(folder)}' names no version`)
  const connections = []
  for (const name of directly(names, 'icspackage/appinstances/', '.xml'))
    connections.push(await parseConnectionXml(await zip.read(name), name, label, stem(name, '.xml')))
  const lookups = []
  for (const name of directly(names, 'icspackage/dvms/', '.dvm'))
    lookups.push(await parseLookupDvm(await zip.read(name), name, label, stem(name, '.dvm')))
  const schedules = []
  for (const name of directly(names, 'icspackage/schedule/', '.xml'))
    schedules.push(await parseScheduleXml(await zip.read(name), name, label, { code, version }))
  const integration: ArchiveIntegration = {
    code,
    version,
    name: attrs.get('project_name') || undefined,
    persistedState: attrs.get('project_persisted_state') || undefined,
    dependencies: {
      connections: connections.map(c => c.code),
      lookups: lookups.map(l => l.name),
      templates: []
    },
    scheduled: schedules.length > 0
  }
  return {
    kind: 'integration-archive',
    deployments: [],
    integrations: [integration],
    connections,
    lookups,
    libraries: [],
    schedules,
    queues: [],
    templates: [],
    agents: [],
    rpa: false,
    unknownFolders: [],
    warnings,
    entries: zip.entries.length,
    uncompressedBytes: zip.totalBytes
  }
}
