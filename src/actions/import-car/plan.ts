/**
 * The parts of `import-car` that decide before and explain after: which entries of the connections file apply,
 * the dry-run's outputs and summary, and why activation failed.
 */
import type { CarContents } from '../../core/archive/car.js'
import type { ArchiveDiff, TargetState } from '../../core/archive/diff.js'
import { diffReport } from '../../core/archive/diff-report.js'
import { ConfigurationError } from '../../core/errors.js'
import type { Host } from '../../core/host.js'
import type { ActivationOutcome } from '../../core/oic/activation.js'
import { integrationId } from '../../core/oic/api.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import type { ActionContext } from '../../core/run-action.js'
import type { ConnectionSettings } from './connections-file.js'
import type { ImportCarSettings } from './inputs.js'
import { describeChanges, lookupResult, type LookupPlan } from './lookups-plan.js'
import { plannedScheduleRows, scheduleLines, type SchedulePlan } from './schedules-plan.js'
import { plannedConsent, plannedConsentNotes } from './consent.js'
import { refusal, type CertificatePlan } from './certificates-plan.js'
import { certificateNotes, plannedCertificateRows, plannedCertificates } from './certificates-step.js'

/**
 * The connections-file entries that apply: those the archive or the target holds. A deployment's archive holds only
 * the connections its integrations use, so one file per environment may describe others too (skipped with a
 * warning); for a whole project an unknown id is a typo (an error at its line).
 */
export function applicableSettings(
  host: Pick<Host, 'warning'>,
  car: CarContents,
  target: TargetState,
  settings: ConnectionSettings[]
): ConnectionSettings[] {
  return settings.filter(setting => {
    const known =
      car.connections.length === 0 ||
      car.connections.some(c => c.code === setting.id) ||
      target.connections.some(c => c.id === setting.id)
    if (known) return true
    const where = `${setting.location.file}:${setting.location.line ?? '?'}`
    if (car.kind === 'deployment') {
      host.warning(
        `${where}: connection ${setting.id} is not in this deployment's archive nor in the target: skipped.`,
        { file: setting.location.file, startLine: setting.location.line }
      )
      return false
    }
    throw new ConfigurationError(
      `${where}: connection ${setting.id} is neither in the archive nor in the target (archive connections: ${car.connections.map(c => c.code).join(', ')}).`,
      { input: 'connections-file', location: setting.location }
    )
  })
}

/** What a dry run would do, in one sentence. */
function planned(s: ImportCarSettings, target: TargetState): string {
  if (!target.exists) return 'add the project'
  if (s.ifExists === 'replace') return 'replace the existing project'
  return s.ifExists === 'skip' ? 'be skipped (project exists)' : 'fail: the project exists (409)'
}

/** Writes the dry run's outputs and summary; nothing is changed. */
export async function reportDryRun(
  ctx: ActionContext,
  s: ImportCarSettings,
  run: {
    car: CarContents
    target: TargetState
    diff: ArchiveDiff
    expected?: string
    instance: string
    lookups?: LookupPlan[]
    /** Schedules a replace would stop and activation would define, change or start (./schedules-plan.ts). */
    schedules?: SchedulePlan[]
    certificates?: CertificatePlan[]
    /** The connections-file entries that apply (for the consent they would need). */
    settings?: ConnectionSettings[]
  }
): Promise<void> {
  const { car, target, diff, expected, instance } = run
  const { host } = ctx
  const imported: VersionRef[] = car.integrations.map(({ code, version }) => ({ code, version }))
  host.setOutput('project', expected ?? '')
  host.setOutput('result', 'planned')
  host.setOutput('integrations', JSON.stringify(imported.map(r => ({ ...r, status: 'planned' }))))
  host.setOutput(
    'connections',
    JSON.stringify(diff.connections.map(c => ({ id: c.id, status: c.targetStatus ?? 'INPROGRESS' })))
  )
  host.setOutput('diff', JSON.stringify(diff))
  const needsConsent = plannedConsent(car, run.settings ?? [], expected ?? '')
  host.setOutput('needs-consent', JSON.stringify(needsConsent))
  const lookups = (run.lookups ?? []).map(lookupResult)
  const certificates = run.certificates ?? []
  host.setOutput(
    'results',
    JSON.stringify({
      project: expected,
      result: 'planned',
      diff,
      lookups,
      schedules: run.schedules ?? [],
      certificates: plannedCertificates(certificates),
      needsConsent
    })
  )
  const plan = diffReport(car, diff, instance)
  const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`
  await ctx.report({
    ...plan,
    table: plan.table && {
      ...plan.table,
      rows: [
        ...plan.table.rows,
        ...plannedScheduleRows(run.schedules ?? []),
        ...plannedCertificateRows(certificates)
      ]
    },
    title: 'OIC import-car',
    statusLine: `Dry run: importing ${expected ?? 'the project'} into ${instance} would ${planned(s, target)} — ${counts}. Nothing was changed.`,
    notes: [
      ...(diff.integrations.some(i => i.importable === '409')
        ? ['The project exists: with if-exists: fail the import would be refused (409).']
        : []),
      ...diff.connections
        .filter(c => c.needsConfiguration)
        .map(
          c =>
            `Connection ${c.id} would stay draft (the archive carries no credentials): add it to the connections file.`
        ),
      ...(plan.notes ?? []).filter(n => !n.startsWith('Connections that need their credentials')),
      ...(run.lookups ?? []).map(l => describeChanges(l)),
      ...scheduleLines(run.schedules ?? []),
      ...plannedConsentNotes(car, run.settings ?? [], s.activateWithoutConsent),
      ...certificateNotes(plannedCertificates(certificates)),
      ...certificates
        .filter(c => c.action === 'refuse')
        .map(c => `Would fail: ${refusal(c, instance).message}`)
    ]
  })
}

/**
 * Why activation failed, as the end of the error line: connections in neither the archive nor the target that the
 * failed integrations depend on, connections still draft, or a timeout.
 */
export function activationHint(
  diff: ArchiveDiff,
  failed: ActivationOutcome[],
  draft: Array<{ id: string }>,
  s: ImportCarSettings,
  instance: string
): string {
  const blockedBy = diff.missingConnections.filter(m =>
    failed.some(f => m.integrations.includes(integrationId(f)))
  )
  const reasons = [
    ...(blockedBy.length
      ? [
          `connection(s) ${blockedBy.map(m => m.id).join(', ')} are in neither the archive nor the target: create them in ${instance} first`
        ]
      : []),
    ...(draft.length
      ? [
          `connection(s) ${draft.map(d => d.id).join(', ')} are still draft: configure them in connections-file`
        ]
      : [])
  ]
  if (reasons.length) return ` — ${reasons.join('; ')}`
  return s.activationTimeoutMs && failed.some(f => f.status === 'TIMEOUT')
    ? ' — raise activation-timeout'
    : ''
}
