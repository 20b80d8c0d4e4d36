/**
 * Replacing a project safely: the instances in flight are noted (monitoring API), the active integrations are
 * deactivated in a stated order — scheduled ones first, so nothing new starts, then the rest by code — the archive
 * is uploaded, a rollback converges the project on the archive (other versions of its integrations are removed, and
 * — for a whole-project archive — integrations it does not hold), and the integrations to reactivate are returned in
 * the reverse order. Replacing is not a documented Oracle operation (contract K8): the integrations are read back,
 * and an archive integration the replacement did not visibly change fails the step unless the user accepts it.
 */
import type { HttpClient } from '../../core/http/client.js'
import type { Collaborators } from '../../core/collaborators.js'
import {
  activateIntegrations,
  deactivateInGroups,
  deactivateIntegrations
} from '../../core/oic/activation.js'
import { integrationId } from '../../core/oic/api.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { deleteIntegration, listIntegrations, type Integration } from '../../core/oic/integrations.js'
import { listInstances } from '../../core/oic/monitoring/instances.js'
import { newestByCode } from '../../core/oic/versions.js'
import { ConfigurationError, errorMessage, withContext } from '../../core/errors.js'
import { restartSchedules, stopSchedules } from './schedules-step.js'

/** What a replacement did around the upload. */
export interface ReplaceOutcome {
  deactivated: VersionRef[]
  /** Versions to activate again, in order (reverse of deactivation; the archive's version of each code). */
  reactivate: VersionRef[]
  /** Instances running when the integrations were deactivated, by `CODE|VERSION`. */
  inFlight: Map<string, string[]>
  /** Why the in-flight instances could not be read, when they could not. */
  inFlightUnknown?: string
  /** Versions removed to converge on the archive (rollback). */
  pruned: VersionRef[]
  /** Integrations a rollback left in place because a deployment's archive does not cover them. */
  kept: VersionRef[]
  /** Archive integrations the replacement did not visibly change, accepted by the user (`accept-unchanged`). */
  unchanged: Unchanged[]
  /** Scheduled integrations whose running schedule was stopped before deactivation (started again after activation). */
  schedulesStopped?: VersionRef[]
}

/** An archive integration a replacement did not visibly change, and how that was seen (contract K8). */
export interface Unchanged extends VersionRef {
  reason: string
}

/** The collaborators a replacement uses (activation's). */
type Deps = Pick<Collaborators, 'sleep' | 'now' | 'log'>

/** Options of {@link replaceProject}. */
export interface ReplaceOptions {
  prune: boolean
  wholeProject: boolean
  upload: () => Promise<void>
  deps: Deps
  /** Accept archive integrations the replacement did not visibly change instead of failing (`accept-unchanged`). */
  acceptUnchanged?: boolean
  /** Most activations in progress at once, and deactivations in flight (`activation-concurrency`). */
  concurrency?: number
}

const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS'])
/** `CODE|VERSION, …` of `refs`. */
const idList = (refs: readonly VersionRef[]): string => refs.map(r => integrationId(r)).join(', ')
/** How long a failed replacement waits for the integrations it puts back. */
const REACTIVATE_TIMEOUT_MS = 120_000
const isScheduled = (i: Integration): boolean =>
  /scheduled/i.test(i.style ?? '') || i.scheduleDefinedFlag === true

/** The order integrations are deactivated in: scheduled first, then the rest, each by code. */
export function deactivationOrder(integrations: readonly Integration[]): Integration[] {
  return [...integrations].sort(
    (a, b) =>
      Number(isScheduled(b)) - Number(isScheduled(a)) ||
      a.code.localeCompare(b.code) ||
      a.version.localeCompare(b.version)
  )
}

async function inFlight(
  client: HttpClient,
  project: string,
  refs: VersionRef[]
): Promise<{ byIntegration: Map<string, string[]>; unknown?: string }> {
  const byIntegration = new Map<string, string[]>()
  if (!refs.length) return { byIntegration }
  try {
    const page = await listInstances(
      client,
      { status: 'IN_PROGRESS', projectCode: project, timewindow: '1d' },
      { offset: 0, limit: 100 }
    )
    for (const inst of page.items ?? []) {
      const id = integrationId(inst.integrationId ?? '', inst.integrationVersion ?? '')
      if (refs.some(r => integrationId(r) === id))
        byIntegration.set(id, [...(byIntegration.get(id) ?? []), inst.id])
    }
    return { byIntegration }
  } catch (error) {
    return { byIntegration, unknown: errorMessage(error) }
  }
}

/**
 * The archive's integrations that a replacement did not visibly change: missing afterwards, or present before with
 * the same `lastUpdated` after (or no `lastUpdated` to tell). A version the target did not hold counts as changed.
 */
export function unchangedByReplace(
  before: readonly Integration[],
  after: readonly Integration[],
  imported: readonly VersionRef[]
): Unchanged[] {
  const unchanged: Unchanged[] = []
  for (const ref of imported) {
    const now = after.find(i => integrationId(i) === integrationId(ref))
    const was = before.find(i => integrationId(i) === integrationId(ref))
    const at = (i: Integration | undefined): string | undefined => i?.lastUpdated || undefined
    if (!now) unchanged.push({ ...ref, reason: 'not in the project after the replacement' })
    else if (!was) continue
    else if (!at(was) || !at(now))
      unchanged.push({ ...ref, reason: 'no lastUpdated was reported, so a change cannot be shown' })
    else if (at(was) === at(now)) unchanged.push({ ...ref, reason: `lastUpdated is still ${at(now)}` })
  }
  return unchanged
}

/** Reactivates what this step deactivated (and is still there), then throws `error` with how many came back. */
async function restoreAndThrow(
  client: HttpClient,
  project: string,
  deactivated: VersionRef[],
  deps: Deps,
  error: unknown,
  what: string,
  schedulesStopped: readonly VersionRef[] = [],
  concurrency?: number
): Promise<never> {
  // Nothing may be left worse than it was: put back what this step switched off, then report the failure.
  const present = await listIntegrations(client, project).catch(() => [] as Integration[])
  const back = deactivated.filter(d => present.some(p => integrationId(p) === integrationId(d))).reverse()
  if (!back.length) throw error
  deps.log(`${what}: reactivating ${idList(back)} as they were`)
  const outcomes = await activateIntegrations(client, project, back, REACTIVATE_TIMEOUT_MS, deps, {
    concurrency
  }).catch(() => [])
  const restored = outcomes.filter(o => o.status === 'ACTIVATED').length
  await restartSchedules(client, project, schedulesStopped, outcomes, deps)
  throw withContext(
    `Replacing project ${project} failed (${restored} of ${back.length} deactivated integrations reactivated)`,
    error
  )
}

/** Removes what the release does not hold (a deployment's archive leaves other codes in place, reported). */
async function prune(
  client: HttpClient,
  project: string,
  present: readonly Integration[],
  imported: readonly VersionRef[],
  wholeProject: boolean,
  deps: Deps
): Promise<{ pruned: VersionRef[]; kept: VersionRef[] }> {
  const pruned: VersionRef[] = []
  const kept: VersionRef[] = []
  const keep = new Set(imported.map(r => integrationId(r)))
  const codes = new Set(imported.map(i => i.code))
  for (const extra of present.filter(i => !keep.has(integrationId(i)))) {
    if (!codes.has(extra.code) && !wholeProject) {
      kept.push({ code: extra.code, version: extra.version })
      continue
    }
    if (ACTIVE.has(String(extra.status))) await stopSchedules(client, project, [extra], deps)
    await deactivateIntegrations(client, project, [extra], deps)
    await deleteIntegration(client, project, extra.code, extra.version)
    deps.log(`Removed ${integrationId(extra)}: the release does not hold it`)
    pruned.push({ code: extra.code, version: extra.version })
  }
  return { pruned, kept }
}

/**
 * Deactivates, uploads (through `upload`), reads the integrations back (K8), prunes when asked, and says what to
 * reactivate. An archive integration left unchanged fails the replacement (after putting back what was
 * deactivated) unless `acceptUnchanged`.
 */
export async function replaceProject(
  client: HttpClient,
  project: string,
  target: readonly Integration[],
  imported: readonly VersionRef[],
  options: ReplaceOptions
): Promise<ReplaceOutcome> {
  const { deps } = options
  const active = deactivationOrder(target.filter(i => ACTIVE.has(String(i.status))))
  const flight = await inFlight(client, project, active)
  if (active.length)
    deps.log(
      `Deactivating ${active.length} active integration(s) before replacing, scheduled first: ${idList(active)}`
    )
  const schedulesStopped = await stopSchedules(client, project, active, deps)
  // Every scheduled integration before any other, so nothing new starts; each group in parallel.
  const deactivated = await deactivateInGroups(
    client,
    project,
    [active.filter(isScheduled), active.filter(i => !isScheduled(i))],
    deps,
    { concurrency: options.concurrency }
  )
  const restore = (error: unknown, what: string): Promise<never> =>
    restoreAndThrow(client, project, deactivated, deps, error, what, schedulesStopped, options.concurrency)
  try {
    await options.upload()
  } catch (error) {
    return restore(error, 'The replacement failed')
  }
  const after = await listIntegrations(client, project)
  const unchanged = unchangedByReplace(target, after, imported)
  if (unchanged.length && !options.acceptUnchanged) {
    const list = unchanged.map(u => `${integrationId(u)} (${u.reason})`).join(', ')
    const error = new ConfigurationError(
      `The replacement did not change ${list}: replacing a project is not a documented Oracle operation and the service kept what it had; delete the project or those versions and import again, or set accept-unchanged: true to accept this.`,
      { input: 'accept-unchanged' }
    )
    return restore(error, 'The replacement changed nothing')
  }
  for (const u of unchanged)
    deps.log(`Not changed by the replacement (accepted): ${integrationId(u)} (${u.reason})`)
  const { pruned, kept } = options.prune
    ? await prune(client, project, after, imported, options.wholeProject, deps)
    : { pruned: [], kept: [] }
  // Pruning deleted some: only then is the list read again.
  const remaining = options.prune ? await listIntegrations(client, project) : after
  const newest = newestByCode(imported)
  const reactivate = [...deactivated]
    .reverse()
    .map(d => newest.get(d.code) ?? d)
    .filter(r => remaining.some(i => integrationId(i) === integrationId(r)))
  return {
    deactivated,
    reactivate,
    inFlight: flight.byIntegration,
    inFlightUnknown: flight.unknown,
    pruned,
    kept,
    unchanged,
    schedulesStopped
  }
}

/** Summary notes of a replacement: what was deactivated, what was in flight, what a rollback removed. */
export function replaceNotes(outcome: ReplaceOutcome): string[] {
  const notes: string[] = []
  if (outcome.deactivated.length) {
    notes.push(
      `Deactivated before replacing (scheduled first): ${idList(outcome.deactivated)}; reactivated after in reverse order: ${idList(outcome.reactivate) || 'none'}.`
    )
    if (outcome.inFlightUnknown)
      notes.push(`The instances in flight could not be read (${outcome.inFlightUnknown}).`)
    else if (outcome.inFlight.size === 0)
      notes.push('No instances of them were in flight when they were deactivated.')
    else
      for (const [integration, ids] of outcome.inFlight)
        notes.push(
          `In flight when ${integration} was deactivated: ${ids.length} instance(s) (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}).`
        )
  }
  if (outcome.unchanged.length)
    notes.push(
      `Not changed by the replacement, accepted (accept-unchanged): ${outcome.unchanged.map(u => `${integrationId(u)} (${u.reason})`).join(', ')}; these are not replaced.`
    )
  if (outcome.pruned.length) notes.push(`Removed to converge on the release: ${idList(outcome.pruned)}.`)
  if (outcome.kept.length) {
    notes.push(
      `Not part of the release's deployment, left in place: ${idList(outcome.kept)} (roll back a whole-project archive to remove them too).`
    )
  }
  return notes
}
