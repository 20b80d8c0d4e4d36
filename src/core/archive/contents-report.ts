/**
 * What an archive holds, for a terminal or a job summary (`inspect` without a target) and as the stable JSON of
 * `inspect --json` (`docs/inspect-schema.md`).
 */
import type { Report } from '../job-summary.js'
import { integrationId } from '../oic/api.js'
import { CONTENTS_SCHEMA_VERSION, type CarContents } from './contents.js'
import { externalConnections, type ArchiveDiff } from './diff.js'
import { contentNotes } from './diff-report.js'

/** Headers of the contents table. */
export const CONTENTS_HEADERS = ['Kind', 'Id', 'Version', 'Details']

const join = (label: string, items: string[]): string[] =>
  items.length ? [`${label} ${items.join(', ')}`] : []

/** One row per integration, connection, lookup, library, schedule, queue, template and agent. */
function contentsRows(car: CarContents): string[][] {
  const rows = car.integrations.map(i => [
    'integration',
    i.code,
    i.version,
    [
      i.name && i.name !== i.code ? i.name : '',
      i.persistedState ?? '',
      i.scheduled ? 'scheduled' : '',
      ...join('connections:', i.dependencies.connections),
      ...join('lookups:', i.dependencies.lookups),
      ...join('templates:', i.dependencies.templates)
    ]
      .filter(Boolean)
      .join('; ')
  ])
  for (const c of car.connections)
    rows.push([
      'connection',
      c.code,
      '',
      [c.adapterType, c.securityPolicy, c.status, ...join('properties:', c.propertyNames)]
        .filter(Boolean)
        .join('; ')
    ])
  for (const [id, users] of externalConnections(car))
    rows.push(['connection (not in archive)', id, '', `the target must have it; used by ${users.join(', ')}`])
  for (const l of car.lookups) rows.push(['lookup', l.name, '', `${l.columns.join(', ')}; ${l.rows} row(s)`])
  for (const l of car.libraries) rows.push(['library', l.code, l.version, l.name ?? ''])
  for (const s of car.schedules)
    rows.push(['schedule', s.code, s.version, [s.recurrence, s.timeZone].filter(Boolean).join('; ')])
  for (const q of car.queues) rows.push(['queue', q.code, '', q.name ?? ''])
  for (const t of car.templates) rows.push(['template', t.code, t.version, t.name ?? ''])
  for (const a of car.agents) rows.push([`agent (${a.kind})`, a.code, a.version, ''])
  return rows
}

/** The contents as a report (no target). */
export function contentsReport(car: CarContents, diff: ArchiveDiff): Report {
  const what = car.project?.code ?? car.integrations.map(i => integrationId(i)).join(', ')
  const kind = car.deployment
    ? `deployment ${car.deployment}`
    : car.kind === 'project'
      ? 'whole project'
      : 'integration archive (.iar)'
  return {
    title: `OIC archive ${what} (${kind})`,
    status: car.warnings.length ? 'warning' : 'success',
    statusLine: `${car.integrations.length} integration(s), ${car.connections.length} connection(s), ${car.lookups.length} lookup(s), ${car.libraries.length} librar${car.libraries.length === 1 ? 'y' : 'ies'}, ${car.entries} entries (${car.uncompressedBytes} bytes).`,
    table: { headers: CONTENTS_HEADERS, rows: contentsRows(car) },
    notes: [
      ...(car.project?.name && car.project.name !== car.project.code
        ? [`Project name: ${car.project.name}.`]
        : []),
      ...(car.project?.status ? [`Project status: ${car.project.status}.`] : []),
      ...contentNotes(car, diff)
    ]
  }
}

/** The `inspect --json` document: schema version, file, the contents in a fixed order, and the diff with a target. */
export function contentsJson(file: string, car: CarContents, diff?: ArchiveDiff): Record<string, unknown> {
  return {
    schemaVersion: CONTENTS_SCHEMA_VERSION,
    file,
    kind: car.kind,
    project: car.project ?? null,
    deployment: car.deployment ?? null,
    deployments: car.deployments,
    integrations: car.integrations,
    connections: car.connections,
    externalConnections: [...externalConnections(car)].map(([code, integrations]) => ({
      code,
      integrations
    })),
    lookups: car.lookups,
    libraries: car.libraries,
    schedules: car.schedules,
    queues: car.queues,
    templates: car.templates,
    agents: car.agents,
    rpa: car.rpa,
    unknownFolders: car.unknownFolders,
    warnings: car.warnings,
    entries: car.entries,
    uncompressedBytes: car.uncompressedBytes,
    ...(diff ? { diff } : {})
  }
}
