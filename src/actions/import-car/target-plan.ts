/**
 * What `import-car` will do to the target, decided before anything changes: the target read, the activation target
 * and the connections file (connections, lookups, certificates, schedules) checked against it, the archive diffed
 * with it.
 */
import { diffArchive, type ArchiveDiff, type TargetState } from '../../core/archive/diff.js'
import { missingConnectionNotes } from '../../core/archive/diff-report.js'
import type { Host } from '../../core/host.js'
import type { HttpClient } from '../../core/http/client.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { checkAgainstTarget } from './configure.js'
import type { ConnectionSettings } from './connections-file.js'
import type { ImportCarSettings } from './inputs.js'
import { planCertificates, type CertificatePlan } from './certificates-plan.js'
import { planLookups, type LookupPlan } from './lookups-plan.js'
import { planSchedules, type SchedulePlan } from './schedules-plan.js'
import type { SourceLocation } from '../../core/errors.js'
import { applicableSettings } from './plan.js'
import type { Prepared } from './prepare.js'
import { checkActivationTarget } from './activation-set.js'
import { readTarget } from './steps.js'
import { allInOrder } from '../../core/pool.js'

/** The target as found and what the import will change in it. */
export interface TargetPlan {
  /** The instance, for messages. */
  instance: string
  target: TargetState
  /** The connections-file entries that apply to this archive and target. */
  settings: ConnectionSettings[]
  diff: ArchiveDiff
  /** Connections the integrations need that neither the archive nor the target has (also logged as warnings). */
  notes: string[]
  /** The integrations the archive brings. */
  imported: VersionRef[]
  /** The connections file's lookups, checked, with the rows they would replace. */
  lookups: LookupPlan[]
  /** The connections file's certificates against the aliases the target holds. */
  certificates: CertificatePlan[]
  /** The schedules to stop, define or start (shown by a dry run; the steps decide again on what they find). */
  schedules: SchedulePlan[]
}

/** Reads the target and checks everything against it; the one step a dry run shares with a real run. */
export async function planTarget(
  host: Pick<Host, 'warning' | 'env'>,
  client: HttpClient,
  s: ImportCarSettings,
  { archive, car, expected, file }: Prepared
): Promise<TargetPlan> {
  const instance = s.connection.instance ?? 'the OIC 2 instance'
  // The target and the deployment to activate are read together; a failure of the target's read comes first.
  const reading = readTarget(client, expected, car)
  const [target] = await allInOrder([reading, checkActivationTarget(client, s, car, reading, expected)])
  const settings = applicableSettings(host, car, target, file?.connections ?? [])
  if (target.exists) await checkAgainstTarget(client, expected, settings, target.connections)
  const warn = (line: string, at: SourceLocation): void =>
    host.warning(line, { file: at.file, startLine: at.line })
  const lookups = await planLookups(warn, client, expected, { ...archive, car }, target, file?.lookups ?? [])
  const diff = diffArchive(car, target, s.ifExists, new Set(settings.map(c => c.id)))
  const notes = missingConnectionNotes(diff, instance)
  for (const note of notes) host.warning(note)
  const imported = car.integrations.map(({ code, version }) => ({ code, version }))
  const certificates = await planCertificates(client, file?.certificates ?? [], host.env, {
    dryRun: s.dryRun,
    instance
  })
  const schedules = planSchedules(s, car, target, file?.schedules ?? [])
  return { instance, target, settings, diff, notes, imported, lookups, certificates, schedules }
}
