/**
 * What a dry run says about schedules, decided offline from the archive, the target as read and the file: the
 * running schedules a replace would stop before deactivating, and the schedules that would be defined or changed
 * and started (or kept stopped) after activation.
 */
import type { CarContents } from '../../core/archive/car.js'
import type { TargetState } from '../../core/archive/diff.js'
import { integrationId } from '../../core/oic/api.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { isScheduledIntegration } from '../../core/oic/schedules.js'
import { newestByCode } from '../../core/oic/versions.js'
import type { ImportCarSettings } from './inputs.js'
import type { ScheduleSetting } from './schedules-section.js'
import { settingFor } from './schedules-step.js'

/** One schedule in the plan. */
export interface SchedulePlan extends VersionRef {
  /** Stopped before a replace deactivates it. */
  stop: boolean
  /** After activation: `start`, `keep stopped` (start: false), or undefined (not activated by this run). */
  after?: 'start' | 'keep stopped'
  /** The definition the file gives, as written (iCal expression or `frequency`). */
  definition?: string
  runNow?: boolean
}

const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS'])

/** The archive's scheduled versions the run would activate (`activate` all, or a deployment the archive names). */
function activatedScheduled(s: ImportCarSettings, car: CarContents): VersionRef[] {
  const scheduled = car.integrations.filter(i => i.scheduled)
  if (s.activate.kind === 'none') return []
  const code = s.activate.kind === 'deployment' ? s.activate.code : undefined
  const pinned = code ? car.deployments.find(d => d.code === code)?.integrations : undefined
  const chosen = code
    ? scheduled.filter(i => pinned?.some(p => integrationId(p) === integrationId(i)))
    : scheduled
  return [...newestByCode(chosen.map(({ code: c, version }) => ({ code: c, version }))).values()]
}

/** The schedule plan of a dry run. */
export function planSchedules(
  s: ImportCarSettings,
  car: CarContents,
  target: TargetState,
  settings: readonly ScheduleSetting[]
): SchedulePlan[] {
  const replacing = target.exists && s.ifExists === 'replace'
  const stopped = replacing
    ? target.integrations.filter(i => ACTIVE.has(String(i.status)) && isScheduledIntegration(i))
    : []
  const newest = newestByCode(car.integrations.map(({ code, version }) => ({ code, version })))
  const reactivated = stopped.map(i => newest.get(i.code)).filter((r): r is VersionRef => r !== undefined)
  const activated = [...activatedScheduled(s, car), ...reactivated].filter(
    (r, n, all) => all.findIndex(o => integrationId(o) === integrationId(r)) === n
  )
  const plans: SchedulePlan[] = stopped.map(i => ({ code: i.code, version: i.version, stop: true }))
  for (const ref of activated) {
    const setting = settingFor(settings, ref)
    const d = setting?.definition
    const plan: SchedulePlan = {
      ...ref,
      stop: false,
      after: setting && !setting.start ? 'keep stopped' : 'start',
      ...(d ? { definition: d.icalExpression ?? `frequency ${JSON.stringify(d.frequency)}` } : {}),
      ...(setting?.runNow && setting.start ? { runNow: true } : {})
    }
    const same = plans.find(p => integrationId(p) === integrationId(ref))
    if (same) Object.assign(same, { ...plan, stop: true })
    else plans.push(plan)
  }
  return plans
}

/** One line per planned schedule. */
export function scheduleLines(plans: readonly SchedulePlan[]): string[] {
  return plans.map(p => {
    const steps = [
      ...(p.stop ? ['stopped before the replace deactivates it'] : []),
      ...(p.definition ? [`defined or changed to ${p.definition}`] : []),
      ...(p.after === 'start' ? ['started after activation'] : []),
      ...(p.after === 'keep stopped' ? ['kept stopped after activation (start: false)'] : []),
      ...(p.runNow ? ['run once (run-now)'] : [])
    ]
    return `Schedule of ${integrationId(p)} would be ${steps.join(', then ')}.`
  })
}

/** Summary rows of the planned schedules. */
export function plannedScheduleRows(plans: readonly SchedulePlan[]): string[][] {
  return plans.map(p => [
    'schedule',
    p.code,
    p.version,
    p.definition ? `would define or change: ${p.definition}` : '',
    [p.stop ? 'would stop' : '', p.after === 'start' ? 'would start' : p.after ? 'would stay stopped' : '']
      .filter(Boolean)
      .join(', then '),
    ''
  ])
}
