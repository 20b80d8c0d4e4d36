/** The archive diff as a job summary: one row per integration and connection, in the suite's report grammar. */
import type { Report } from '../report.js'
import type { CarContents } from './car.js'
import type { ArchiveDiff } from './diff.js'

const IMPORTABLE: Record<string, string> = {
  ok: 'yes',
  '409': 'no: project exists (409) — set if-exists: replace',
  '412': 'after deactivation (412 while active or locked)',
  skipped: 'skipped (if-exists: skip)'
}

/** Headers of the diff table. */
export const DIFF_HEADERS = ['Kind', 'Id', 'Archive', 'Target', 'Change', 'Importable']

/** The diff table's rows. */
export function diffRows(diff: ArchiveDiff): string[][] {
  const rows = diff.integrations.map(i => [
    'integration',
    i.code,
    i.version || '—',
    i.targetVersions.length
      ? `${i.targetVersions.join(', ')}${i.targetStatus ? ` (${i.targetStatus})` : ''}`
      : '—',
    i.change,
    IMPORTABLE[i.importable] ?? i.importable
  ])
  for (const c of diff.connections) {
    rows.push([
      'connection',
      c.id,
      'definition',
      c.targetStatus ?? '—',
      c.configuredByFile
        ? 'configured by connections-file'
        : c.needsConfiguration
          ? 'needs configuration'
          : 'kept',
      ''
    ])
  }
  return rows
}

/** A report of the archive's contents and, with a target, the diff against it. */
export function diffReport(car: CarContents, diff: ArchiveDiff, target: string | undefined): Report {
  const project = car.project?.code ?? 'unknown project'
  const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`
  const needs = diff.connections.filter(c => c.needsConfiguration).map(c => c.id)
  return {
    title: `OIC archive ${project}${car.label ? ` (deployment ${car.label})` : ''}`,
    status: 'planned',
    statusLine: target
      ? `Against ${target}: the project ${diff.projectExists ? 'exists' : 'is new'}; ${counts}.`
      : `${car.integrations.length} integration(s), ${car.connections.length} connection(s), ${car.lookups.length} lookup(s), ${car.libraries.length} librar${car.libraries.length === 1 ? 'y' : 'ies'}, ${car.entries} entries (${car.uncompressedBytes} bytes).`,
    table: { headers: DIFF_HEADERS, rows: diffRows(diff) },
    notes: [
      ...(car.deployments.length
        ? [`Deployments: ${car.deployments.map(d => `${d.code} (${d.integrations.length})`).join(', ')}.`]
        : []),
      ...(car.lookups.length ? [`Lookups: ${car.lookups.map(l => l.name).join(', ')}.`] : []),
      ...(car.libraries.length
        ? [`Libraries: ${car.libraries.map(l => `${l.code}|${l.version}`).join(', ')}.`]
        : []),
      ...(target && needs.length
        ? [`Connections that will need configuration after the import: ${needs.join(', ')}.`]
        : []),
      ...car.warnings.map(w => `Archive: ${w}.`)
    ]
  }
}
