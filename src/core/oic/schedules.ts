/**
 * Schedules of scheduled integrations (the API of Oracle's CI/CD quick-start collection, folder
 * Integrations/Schedules, and the op pages "Retrieve a Schedule in a Project", "Update a Schedule", "Start / Stop an
 * Integration Schedule in a Project", "Run a Scheduled Integration Now"): `…/integrations/{id}/schedule` GET, POST
 * (define), PUT (change), `/schedule/start`, `/schedule/stop`, `/schedule/jobs` (run now).
 *
 * Repeat-safety of each call: GET and PUT (the whole definition again) may be repeated; POST define is settled by
 * reading the schedule back; start and stop are settled by the state: a 412 on start/stop means "already in that
 * state" (recorded: "Schedule is in CANCELLED state. It can be stopped only when in ACTIVE or HOLD state.",
 * test/fixtures/oracle/error-412-schedule-cancelled.json) when the schedule read back says so, and a lost answer is
 * settled the same way; run now is never repeated (a second request would be a second run).
 */
import { withContext } from '../errors.js'
import type { HttpClient } from '../http/client.js'
import { answerLost, settleLostWrite } from '../settle-lost-write.js'
import { getJson, integrationId } from './api.js'
import type { VersionRef } from './deployments.js'
import { integrationsPath, type Integration } from './integrations.js'
import { orUndefined } from './not-found.js'

/** What a schedule is defined with: an iCal expression or a simple recurrence (`frequency`), as Oracle names them. */
export interface ScheduleDefinition {
  icalExpression?: string
  /** ScheduleDefinitionRs: the simple recurrence. */
  frequency?: Record<string, unknown>
  scheduleTZ?: string
  startDate?: string
  endDate?: string
  description?: string
}

/** The schedule object (D:Retrieve a Schedule in a Project); `state` ACTIVE (running), HOLD (paused), CANCELLED. */
export interface Schedule extends ScheduleDefinition {
  name?: string
  state?: string
  status?: string
  scheduleType?: string
  lockedFlag?: boolean
}

/** Schedule states in which runs start by themselves (stop is allowed "only when in ACTIVE or HOLD state"). */
export const SCHEDULE_RUNNING = new Set(['ACTIVE', 'HOLD'])

/**
 * True for a scheduled integration: `scheduleApplicableFlag` (true on every scheduled item of the recorded
 * integrations list, PM, even when `scheduleDefinedFlag` is false), `scheduleDefinedFlag`, `pattern: Scheduled`, or
 * a style naming it (`freeform_scheduled`, contract §4.3).
 */
export function isScheduledIntegration(
  i: Pick<Integration, 'style' | 'scheduleDefinedFlag'> & {
    scheduleApplicableFlag?: boolean
    pattern?: string
  }
): boolean {
  return (
    i.scheduleApplicableFlag === true ||
    i.scheduleDefinedFlag === true ||
    /schedul/i.test(i.pattern ?? '') ||
    /schedul/i.test(i.style ?? '')
  )
}

const path = (project: string | undefined, ref: VersionRef, ...rest: string[]): string =>
  integrationsPath(project, integrationId(ref), 'schedule', ...rest)

/** `GET …/integrations/{id}/schedule`; undefined when there is none (404). */
export const getSchedule = (
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef
): Promise<Schedule | undefined> =>
  orUndefined(getJson<Schedule>(client, path(project, ref), `get schedule of ${integrationId(ref)}`))

/** True when `schedule` is defined as `definition` says (the fields the definition gives). */
export function sameDefinition(schedule: Schedule | undefined, definition: ScheduleDefinition): boolean {
  if (!schedule) return false
  return (Object.keys(definition) as Array<keyof ScheduleDefinition>).every(
    k => JSON.stringify(schedule[k]) === JSON.stringify(definition[k])
  )
}

/**
 * Defines (`create`: POST) or changes (PUT) the schedule. A lost answer to the POST is settled by reading the
 * schedule back: defined as asked, it arrived.
 */
export async function defineSchedule(
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef,
  definition: ScheduleDefinition,
  mode: 'create' | 'update'
): Promise<void> {
  const what = `${mode === 'create' ? 'define' : 'change'} the schedule of ${integrationId(ref)}`
  await settleLostWrite({
    what,
    send: () =>
      client.json<Schedule>({
        method: mode === 'create' ? 'POST' : 'PUT',
        path: path(project, ref),
        json: definition,
        safeToRetry: mode === 'update',
        label: what
      }),
    readBack: async () => {
      const after = await getSchedule(client, project, ref)
      return sameDefinition(after, definition) ? after : undefined
    }
  })
}

/** How a start or stop ended: `done`, or `already` in that state (412 or a lost answer, settled by the state). */
export type Transition = 'done' | 'already'

async function transition(
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef,
  verb: 'start' | 'stop'
): Promise<Transition> {
  const what = `${verb} the schedule of ${integrationId(ref)}`
  const written = await settleLostWrite({
    what,
    send: () =>
      client.json({
        method: 'POST',
        path: path(project, ref, verb),
        json: {},
        safeToRetry: false,
        label: what
      }),
    alsoSettle: error => error.status === 412,
    readBack: async () => {
      const after = await getSchedule(client, project, ref)
      const running = SCHEDULE_RUNNING.has(after?.state ?? '')
      if (verb === 'start') return after?.state === 'ACTIVE' ? after.state : undefined
      return running ? undefined : (after?.state ?? 'not defined')
    }
  })
  return written.answered ? 'done' : 'already'
}

/** `POST …/schedule/start`: 412 or a lost answer with the schedule ACTIVE is `already`; otherwise the failure. */
export const startSchedule = (
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef
): Promise<Transition> => transition(client, project, ref, 'start')

/**
 * `POST …/schedule/stop` with body `{}` (SCHED-SH): 412 or a lost answer with the schedule not running (or not
 * defined) is `already`.
 */
export const stopSchedule = (
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef
): Promise<Transition> => transition(client, project, ref, 'stop')

/**
 * `POST …/schedule/jobs` `{"action":"NOW"}` (D:Run a Scheduled Integration Now: 204). Never repeated: a lost answer
 * fails, saying the run may have started.
 */
export async function runScheduleNow(
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef
): Promise<void> {
  try {
    await client.json({
      method: 'POST',
      path: path(project, ref, 'jobs'),
      json: { action: 'NOW' },
      safeToRetry: false,
      label: `run ${integrationId(ref)} now`
    })
  } catch (error) {
    if (answerLost(error))
      throw withContext(
        `The run of ${integrationId(ref)} may have started (its answer was lost; not requested again)`,
        error
      )
    throw error
  }
}
