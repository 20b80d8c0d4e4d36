/**
 * Schedules of scheduled integrations, in a project and in the global space — the API Oracle's CI/CD Postman
 * collection uses (folder Integrations/Schedules, PM): `…/integrations/{id}/schedule` (GET, POST, PUT, DELETE),
 * `/schedule/start`, `/schedule/stop`, `/schedule/pause`, `/schedule/resume` and `/schedule/jobs` (run now).
 *
 * Evidence: D:Retrieve a Schedule in a Project (200 schedule object `{created, createdBy, description, endDate,
 * frequency, icalExpression, lockedFlag, name, scheduleType, scheduleTZ, scheduleTZDisplayName, startDate, state,
 * status, updated, updatedBy}`; 404 "schedule not found"); D:Update a Schedule (PUT, same object); D:Start / Stop /
 * Pause / Resume an Integration Schedule [in a Project] (200; 202 "Request accepted" with `async=true` — "Link in
 * the location header can be used to monitor the state"; 404); D:Run a Scheduled Integration Now [in a Project]
 * (`{"action":"NOW"}`, 204; the project page also lists 200); the recorded 412s
 * (test/fixtures/oracle/error-412-schedule-cancelled.json: "Schedule is in CANCELLED state. It can be stopped only
 * when in ACTIVE or HOLD state."; error-412-schedule-not-defined.json: "Schedule is not defined for this
 * integration.", PM). Everything else is [U] and strict, see emulator/README.md.
 */
import { ApiError, oracleDate, readJson } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { newSchedule, type ScheduleInit } from './build.js'
import { integrationOf } from './integrations.js'
import { touch } from './lifecycle.js'
import type { DesignState, Integration, Schedule, ScheduleState, Space, Stamp } from './model.js'
import { asObject, designRoute, spaceOf, spacePath, stampOf, type DesignHandler } from './route-kit.js'

const NOT_DEFINED = 'Schedule is not defined for this integration.'
const ICAL = /^FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[^;]*)*;?$/

/** True for an integration whose style is scheduled (`freeform_scheduled`, smart tag `style:scheduled`). */
export function isScheduledStyle(i: Integration): boolean {
  return /schedul/i.test(i.style) || i.schedule !== undefined
}

/**
 * The schedule of an integration, or undefined. A scheduled-style integration without one (imported: the
 * archive's `schedules/` file, format file §3) gets a stopped (CANCELLED) definition on first use [I]; a deleted
 * one (null) stays absent.
 */
export function scheduleOf(i: Integration, stamp: Stamp): Schedule | undefined {
  if (i.schedule === null) return undefined
  if (!i.schedule && /schedul/i.test(i.style)) i.schedule = newSchedule({}, 'CANCELLED', stamp)
  return i.schedule ?? undefined
}

function idOf(i: Integration): string {
  return `${i.code}|${i.version}`
}

function requireSchedule(i: Integration, stamp: Stamp): Schedule {
  if (!isScheduledStyle(i)) throw new ApiError(412, `Integration ${idOf(i)} is not a scheduled integration.`)
  const schedule = scheduleOf(i, stamp)
  if (!schedule) throw new ApiError(412, NOT_DEFINED)
  return schedule
}

function setState(i: Integration, schedule: Schedule, state: ScheduleState, stamp: Stamp): void {
  schedule.state = state
  schedule.updated = stamp
  i.scheduled = state === 'ACTIVE'
}

/** The documented schedule object. */
function scheduleView(i: Integration, s: Schedule): Record<string, unknown> {
  const view: Record<string, unknown> = {
    created: oracleDate(s.created.at),
    createdBy: s.created.by,
    description: s.description,
    lockedFlag: i.locked,
    name: `Schedule_${i.code}_${i.version}`,
    scheduleType: s.frequency ? 'BASIC' : 'ICAL',
    scheduleTZ: s.scheduleTZ,
    scheduleTZDisplayName: s.scheduleTZ,
    state: s.state,
    status: 'CONFIGURED',
    updated: oracleDate(s.updated.at),
    updatedBy: s.updated.by
  }
  if (s.icalExpression !== undefined) view.icalExpression = s.icalExpression
  if (s.frequency) view.frequency = s.frequency
  if (s.startDate) view.startDate = s.startDate
  if (s.endDate) view.endDate = s.endDate
  return view
}

/** A schedule definition from a request body: an iCal expression (`FREQ=…`) or a `frequency` object. */
function definitionOf(body: Record<string, unknown>): ScheduleInit {
  const ical = body.icalExpression
  const frequency = body.frequency
  if (ical === undefined && frequency === undefined)
    throw new ApiError(
      400,
      'A schedule needs an icalExpression (e.g. FREQ=HOURLY;INTERVAL=1;) or a frequency.'
    )
  if (ical !== undefined && (typeof ical !== 'string' || !ICAL.test(ical.trim())))
    throw new ApiError(
      400,
      `icalExpression ${JSON.stringify(ical)} is not an iCal recurrence such as FREQ=DAILY;BYHOUR=2;`
    )
  if (frequency !== undefined && (!frequency || typeof frequency !== 'object' || Array.isArray(frequency)))
    throw new ApiError(400, 'frequency must be an object.')
  const init: ScheduleInit = {}
  if (typeof ical === 'string') init.icalExpression = ical.trim()
  else init.frequency = frequency as Record<string, unknown>
  for (const key of ['startDate', 'scheduleTZ', 'description'] as const) {
    const value = body[key]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') throw new ApiError(400, `${key} must be a string.`)
    init[key] = value
  }
  return init
}

/** Schedule routes for both `/projects/:p/integrations/:id/schedule…` and `/integrations/:id/schedule…`. */
export function scheduleRoutes(deps: RouteDeps): Route[] {
  const { switches } = deps
  const target = (ctx: RequestContext, space: Space): Integration => integrationOf(space, ctx.params.id ?? '')
  const accepted = async (ctx: RequestContext, space: Space, i: Integration): Promise<void> => {
    // D:Start/Stop/Pause/Resume …: 202 "Request accepted" with async=true, the Location header to follow.
    if (ctx.query.get('async') === 'true')
      await ctx.empty(202, {
        location: ctx.href(`${spacePath(space)}/integrations/${encodeURIComponent(idOf(i))}/schedule`)
      })
    else await ctx.empty(200)
  }
  const define =
    (create: boolean) =>
    async (ctx: RequestContext, design: DesignState): Promise<void> => {
      const space = spaceOf(ctx, design)
      const i = target(ctx, space)
      const init = definitionOf(asObject(await readJson(ctx.req), 'schedule'))
      const stamp = stampOf(ctx)
      if (!isScheduledStyle(i))
        throw new ApiError(412, `Integration ${idOf(i)} is not a scheduled integration.`)
      if (i.locked) throw new ApiError(412, `Integration ${idOf(i)} is locked.`)
      const current = scheduleOf(i, stamp)
      if (!create && !current) throw new ApiError(412, NOT_DEFINED)
      if (current && current.state !== 'CANCELLED' && switches.scheduleUpdateWhileActive === 'reject')
        throw new ApiError(
          412,
          `Schedule is in ${current.state} state. Stop it before changing its definition.`
        )
      const next = newSchedule(init, current?.state ?? 'CANCELLED', current?.created ?? stamp)
      next.runs = current?.runs ?? 0
      next.updated = stamp
      i.schedule = next
      i.updated = stamp
      touch(space.project, stamp)
      await ctx.json(200, scheduleView(i, next))
    }
  const transition =
    (verb: 'start' | 'stop' | 'pause' | 'resume', from: ScheduleState[], to: ScheduleState): DesignHandler =>
    async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const i = target(ctx, space)
      const stamp = stampOf(ctx)
      const schedule = requireSchedule(i, stamp)
      if (verb === 'start' && i.status !== 'ACTIVATED')
        throw new ApiError(
          412,
          `Integration ${idOf(i)} is ${i.status}; activate it before starting its schedule.`
        )
      if (!from.includes(schedule.state))
        throw new ApiError(
          412,
          `Schedule is in ${schedule.state} state. It can be ${verb === 'stop' ? 'stopped' : `${verb}${verb === 'start' ? 'ed' : 'd'}`} only when in ${from.join(' or ')} state.`
        )
      setState(i, schedule, to, stamp)
      touch(space.project, stamp)
      await accepted(ctx, space, i)
    }
  const forBase = (base: string): Route[] => [
    designRoute('GET', `${base}/:id/schedule`, 'read', async (ctx, design) => {
      const i = target(ctx, spaceOf(ctx, design))
      const schedule = scheduleOf(i, stampOf(ctx))
      if (!schedule) throw new ApiError(404, `Schedule of integration ${idOf(i)} was not found.`)
      await ctx.json(200, scheduleView(i, schedule))
    }),
    designRoute('POST', `${base}/:id/schedule`, 'write', define(true)),
    designRoute('PUT', `${base}/:id/schedule`, 'write', define(false)),
    // Recorded: 200 with an empty body, or 412 "Schedule is not defined for this integration." (PM).
    designRoute('DELETE', `${base}/:id/schedule`, 'write', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const i = target(ctx, space)
      const stamp = stampOf(ctx)
      const schedule = scheduleOf(i, stamp)
      if (!schedule) throw new ApiError(412, NOT_DEFINED)
      if (schedule.state !== 'CANCELLED')
        throw new ApiError(412, `Schedule is in ${schedule.state} state. Stop it before deleting it.`)
      i.schedule = null
      i.scheduled = false
      i.updated = stamp
      touch(space.project, stamp)
      await ctx.empty(200)
    }),
    // "It can be stopped only when in ACTIVE or HOLD state" (recorded 412).
    designRoute('POST', `${base}/:id/schedule/start`, 'write', transition('start', ['CANCELLED'], 'ACTIVE')),
    designRoute(
      'POST',
      `${base}/:id/schedule/stop`,
      'write',
      transition('stop', ['ACTIVE', 'HOLD'], 'CANCELLED')
    ),
    designRoute('POST', `${base}/:id/schedule/pause`, 'write', transition('pause', ['ACTIVE'], 'HOLD')),
    designRoute('POST', `${base}/:id/schedule/resume`, 'write', transition('resume', ['HOLD'], 'ACTIVE')),
    // D:Run a Scheduled Integration Now: body {"action":"NOW"} (allowed values NOW, now); 204.
    designRoute('POST', `${base}/:id/schedule/jobs`, 'write', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const i = target(ctx, space)
      const body = asObject(await readJson(ctx.req), 'run now')
      if (body.action !== undefined && body.action !== 'NOW' && body.action !== 'now')
        throw new ApiError(400, `action must be NOW; got ${JSON.stringify(body.action)}.`)
      const stamp = stampOf(ctx)
      const schedule = requireSchedule(i, stamp)
      if (i.status !== 'ACTIVATED')
        throw new ApiError(412, `Integration ${idOf(i)} is ${i.status}; activate it before running it.`)
      schedule.runs += 1
      await ctx.empty(204)
    })
  ]
  return [...forBase('/projects/:p/integrations'), ...forBase('/integrations')]
}
