/**
 * Scheduled integrations promoted with their schedules: stopped before a replace deactivates them (a schedule runs
 * only while its integration is active; ATHEEK and SCHED-SH stop it first, 412 "not running" is fine), and after
 * activation defined or changed as the connections file's `schedules:` section says, then started (or kept
 * stopped with `start: false`), optionally run once (`run-now`).
 */
import type { Collaborators } from '../../core/collaborators.js'
import { errorMessage } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import type { ActivationOutcome } from '../../core/oic/activation.js'
import { integrationId } from '../../core/oic/api.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { listIntegrations, type Integration } from '../../core/oic/integrations.js'
import {
  defineSchedule,
  getSchedule,
  isScheduledIntegration,
  runScheduleNow,
  sameDefinition,
  SCHEDULE_RUNNING,
  startSchedule,
  stopSchedule
} from '../../core/oic/schedules.js'
import type { ScheduleSetting } from './schedules-section.js'

/** What happened to one integration's schedule. */
export interface ScheduleOutcome extends VersionRef {
  /** `defined`, `changed` or `unchanged` when the file gives a definition. */
  definition?: 'defined' | 'changed' | 'unchanged'
  /** `started`, `already running`, `stopped`, `not running`, or `failed`. */
  status: string
  /** One run requested (`run-now`). */
  ranNow?: boolean
  /** Why it failed. */
  error?: string
}

type Deps = Pick<Collaborators, 'log'>

/** The file's setting for `ref`: the `CODE|VERSION` entry first, then the `CODE` one. */
export function settingFor(
  settings: readonly ScheduleSetting[],
  ref: VersionRef
): ScheduleSetting | undefined {
  return (
    settings.find(s => s.code === ref.code && s.version === ref.version) ??
    settings.find(s => s.code === ref.code && s.version === undefined)
  )
}

/**
 * Stops the schedules of the scheduled integrations among `integrations` (before they are deactivated); returns
 * those whose schedule was running. A 412 ("not running", "not defined") settled by the state is fine.
 */
export async function stopSchedules(
  client: HttpClient,
  project: string,
  integrations: readonly Integration[],
  deps: Deps
): Promise<VersionRef[]> {
  const stopped: VersionRef[] = []
  for (const i of integrations.filter(isScheduledIntegration)) {
    const ref = { code: i.code, version: i.version }
    const how = await stopSchedule(client, project, ref)
    deps.log(
      `Schedule of ${integrationId(ref)} ${how === 'done' ? 'stopped' : 'was not running'} before deactivation`
    )
    if (how === 'done') stopped.push(ref)
  }
  return stopped
}

/** Defines or changes the schedule as the file says; a running schedule is stopped for the change and said so. */
async function define(
  client: HttpClient,
  project: string,
  ref: VersionRef,
  setting: ScheduleSetting
): Promise<ScheduleOutcome['definition']> {
  const definition = setting.definition
  if (!definition) return undefined
  const current = await getSchedule(client, project, ref)
  if (sameDefinition(current, definition)) return 'unchanged'
  // Whether a running schedule may be changed is not documented: it is stopped first, and started below.
  if (SCHEDULE_RUNNING.has(current?.state ?? '')) await stopSchedule(client, project, ref)
  await defineSchedule(client, project, ref, definition, current ? 'update' : 'create')
  return current ? 'changed' : 'defined'
}

async function apply(
  client: HttpClient,
  project: string,
  ref: VersionRef,
  setting: ScheduleSetting | undefined,
  deps: Deps
): Promise<ScheduleOutcome> {
  const id = integrationId(ref)
  try {
    const definition = setting ? await define(client, project, ref, setting) : undefined
    if (definition && definition !== 'unchanged')
      deps.log(`Schedule of ${id} ${definition} as ${setting?.location.file ?? 'the file'} says`)
    const base = { ...ref, ...(definition ? { definition } : {}) }
    if (setting && !setting.start) {
      const how = await stopSchedule(client, project, ref)
      deps.log(`Schedule of ${id} left stopped (start: false)`)
      return { ...base, status: how === 'done' ? 'stopped' : 'not running' }
    }
    const how = await startSchedule(client, project, ref)
    deps.log(`Schedule of ${id} ${how === 'done' ? 'started' : 'was already running'}`)
    const status = how === 'done' ? 'started' : 'already running'
    if (!setting?.runNow) return { ...base, status }
    await runScheduleNow(client, project, ref)
    deps.log(`Run of ${id} requested (run-now)`)
    return { ...base, status, ranNow: true }
  } catch (error) {
    return { ...ref, status: 'failed', error: errorMessage(error) }
  }
}

/**
 * After activation: the schedule of every activated scheduled integration (scheduled in the archive, or flagged by
 * the target) is defined or changed as the file says and started, or left stopped with `start: false`. A failure is
 * recorded for the report, not thrown, so the other schedules are still handled. `listed` is the project's
 * integrations when already read (the target's scheduled flags).
 */
export async function schedulesStep(
  deps: Deps,
  client: HttpClient,
  project: string,
  activations: readonly ActivationOutcome[],
  settings: readonly ScheduleSetting[],
  scheduledInArchive: readonly string[],
  listed?: readonly Integration[]
): Promise<ScheduleOutcome[]> {
  const activated = activations.filter(a => a.status === 'ACTIVATED')
  if (!activated.length) return []
  // Whether the target flags one scheduled does not change with its activation: a list read before it serves.
  const present = activated.some(a => !scheduledInArchive.includes(integrationId(a)))
    ? (listed ?? (await listIntegrations(client, project)))
    : []
  const scheduled = activated.filter(
    a =>
      scheduledInArchive.includes(integrationId(a)) ||
      present.some(p => integrationId(p) === integrationId(a) && isScheduledIntegration(p))
  )
  const outcomes: ScheduleOutcome[] = []
  for (const a of scheduled) {
    const ref = { code: a.code, version: a.version }
    outcomes.push(await apply(client, project, ref, settingFor(settings, ref), deps))
  }
  return outcomes
}

/**
 * After a failed replacement put its integrations back: starts again the schedules it stopped, of those that are
 * active again. Best effort: the replacement's own failure is what the step reports, each failure here is logged.
 */
export async function restartSchedules(
  client: HttpClient,
  project: string,
  stopped: readonly VersionRef[],
  outcomes: readonly ActivationOutcome[],
  deps: Deps
): Promise<void> {
  for (const ref of stopped) {
    if (!outcomes.some(o => integrationId(o) === integrationId(ref) && o.status === 'ACTIVATED')) continue
    const how = await startSchedule(client, project, ref).catch((e: unknown) => errorMessage(e))
    deps.log(
      `Schedule of ${integrationId(ref)} ${how === 'done' ? 'started again' : how === 'already' ? 'was already running' : `could not be started again: ${how}`}`
    )
  }
}

/** Summary rows of the schedules handled: kind, id, version, change, status, blocked by. */
export function scheduleRows(outcomes: readonly ScheduleOutcome[] = []): string[][] {
  return outcomes.map(o => [
    'schedule',
    o.code,
    o.version,
    o.definition ?? '',
    `${o.status}${o.ranNow ? ', run requested' : ''}`,
    o.error ?? ''
  ])
}

/**
 * Summary notes: the scheduled integrations whose schedule this run did not handle (not activated), and the
 * schedules that failed.
 */
export function scheduleNotes(
  scheduled: readonly string[],
  outcomes: readonly ScheduleOutcome[] = []
): string[] {
  const left = scheduled.filter(id => !outcomes.some(o => integrationId(o) === id))
  return [
    ...(left.length
      ? [`Scheduled integrations: start their schedules after activation: ${left.join(', ')}.`]
      : []),
    ...outcomes
      .filter(o => o.status === 'failed')
      .map(o => `The schedule of ${integrationId(o)} could not be handled: ${o.error ?? 'unknown error'}`)
  ]
}

/** The failure line when a schedule failed, or undefined. */
export function scheduleFailure(outcomes: readonly ScheduleOutcome[] = []): string | undefined {
  const failed = outcomes.filter(o => o.status === 'failed')
  if (!failed.length) return undefined
  return `Schedules failed for ${failed.length} of ${outcomes.length} scheduled integrations: ${failed.map(o => `${integrationId(o)} (${o.error ?? 'unknown error'})`).join(', ')}.`
}
