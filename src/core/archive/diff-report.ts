/** The archive diff as a job summary: one row per integration, connection, lookup and library, in the suite's grammar. */
import type { Report } from '../job-summary.js'
import { integrationId } from '../oic/api.js'
import type { CarContents } from './contents.js'
import type { ArchiveDiff, DependencyDiff } from './diff.js'

const IMPORTABLE: Record<string, string> = {
  ok: 'yes',
  '409': 'no: project exists (409) — set if-exists: replace',
  '412': 'after deactivation (412 while active or locked)',
  skipped: 'skipped (if-exists: skip)'
}

const FOUND: Record<DependencyDiff['found'], string> = {
  'target project': 'in the target project',
  'target instance': 'in the target instance',
  missing: 'MISSING: in neither archive nor target',
  unknown: 'not in the archive: the target must have it'
}

/** Headers of the diff table. */
export const DIFF_HEADERS = ['Kind', 'Id', 'Archive', 'Target', 'Change', 'Importable']

/** The diff table's rows. */
export function diffRows(diff: ArchiveDiff): string[][] {
  const rows = diff.integrations.map(i => [
    'integration',
    i.code,
    `${i.version || '—'}${i.scheduled ? ' (scheduled)' : ''}`,
    i.targetVersions.length
      ? `${i.targetVersions.join(', ')}${i.targetStatus ? ` (${i.targetStatus})` : ''}`
      : '—',
    i.change,
    IMPORTABLE[i.importable] ?? i.importable
  ])
  for (const c of diff.connections)
    rows.push([
      'connection',
      c.id,
      [c.adapterType, c.securityPolicy].filter(Boolean).join(', ') || 'definition',
      c.targetStatus ?? '—',
      c.configuredByFile ? 'configured by connections-file' : 'stays draft: no credentials in the archive',
      ''
    ])
  for (const e of diff.externalConnections)
    rows.push([
      'connection (dependency)',
      e.id,
      '—',
      FOUND[e.found],
      `used by ${e.integrations.join(', ')}`,
      ''
    ])
  for (const l of diff.lookups) rows.push(['lookup', l.id, 'definition', '', l.change, ''])
  for (const l of diff.libraries) rows.push(['library', l.id, 'definition', '', l.change, ''])
  return rows
}

/** One line per connection missing from both archive and target, naming the integrations that need it. */
export function missingConnectionNotes(diff: ArchiveDiff, target: string): string[] {
  return diff.missingConnections.map(
    m =>
      `Connection ${m.id} is in neither the archive nor ${target}: ${m.integrations.join(', ')} depend${m.integrations.length === 1 ? 's' : ''} on it and cannot be activated until it exists there.`
  )
}

/** Notes about the archive itself: kind, deployments, scheduled integrations, assets, unknown folders, warnings. */
export function contentNotes(car: CarContents, diff: ArchiveDiff): string[] {
  const list = (what: string, items: string[]): string[] =>
    items.length ? [`${what}: ${items.join(', ')}.`] : []
  return [
    ...list(
      'Deployments',
      car.deployments.map(d => `${d.code} (${d.integrations.length})`)
    ),
    ...(diff.scheduled.length
      ? [`Scheduled integrations (start their schedules after activation): ${diff.scheduled.join(', ')}.`]
      : []),
    ...list(
      'Templates',
      car.templates.map(t => integrationId(t))
    ),
    ...list(
      'Queues',
      car.queues.map(q => q.code)
    ),
    ...list(
      'AI agents',
      car.agents.map(a => `${a.kind}/${integrationId(a)}`)
    ),
    ...list('Unknown folders (not read)', car.unknownFolders),
    ...car.warnings.map(w => `Archive: ${w}.`)
  ]
}

const KIND: Record<CarContents['kind'], string> = {
  project: 'whole project',
  deployment: 'deployment',
  'integration-archive': 'integration archive (.iar)'
}

/** A report of the archive's contents and, with a target, the diff against it. */
export function diffReport(car: CarContents, diff: ArchiveDiff, target: string | undefined): Report {
  const what = car.project?.code ?? car.integrations.map(i => integrationId(i)).join(', ')
  const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`
  const needs = diff.connections.filter(c => c.needsConfiguration).map(c => c.id)
  return {
    title: `OIC archive ${what} (${car.deployment ? `deployment ${car.deployment}` : KIND[car.kind]})`,
    status: diff.missingConnections.length ? 'warning' : 'planned',
    statusLine: target
      ? `Against ${target}: the project ${diff.projectExists ? 'exists' : 'is new'}; ${counts}.`
      : `${car.integrations.length} integration(s), ${car.connections.length} connection(s), ${car.lookups.length} lookup(s), ${car.libraries.length} librar${car.libraries.length === 1 ? 'y' : 'ies'}, ${car.entries} entries (${car.uncompressedBytes} bytes).`,
    table: { headers: DIFF_HEADERS, rows: diffRows(diff) },
    notes: [
      ...missingConnectionNotes(diff, target ?? 'the target'),
      ...(needs.length
        ? [`Connections that need their credentials configured after the import: ${needs.join(', ')}.`]
        : []),
      ...contentNotes(car, diff)
    ]
  }
}
