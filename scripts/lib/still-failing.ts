/**
 * Why instances still fail after `npm start`: read from the emulator's monitoring state (built from the demo seed,
 * emulator/seeds/demo.yaml), never from a count written here, and compared with what resubmit-errors reported.
 */
import { inError, type MonitoringStore } from '../../emulator/src/monitoring/store.js'
import type { StepResult } from './run-step.js'

/** The errored instances of a project left in an instance after resubmit-errors, by cause. */
export interface StillFailing {
  /** Seeded as not recoverable (a data or mapping fault): resubmit-errors must leave them alone. */
  nonRecoverable: number
  /** Resubmitted by the run and failed again (the seed's `recovery:` odds). */
  failedAgain: number
  /** Recoverable, in the window, yet never resubmitted: the run missed them. */
  missed: number
}

/** Counts the errored instances of `project` whose last update is at or after `from` (the run's time window). */
export function stillFailing(store: MonitoringStore, project: string, from: number): StillFailing {
  const count: StillFailing = { nonRecoverable: 0, failedAgain: 0, missed: 0 }
  for (const inst of store.instances.values()) {
    if (!inError(inst) || inst.projectCode !== project) continue
    if (inst.resubmitCount > 0) count.failedAgain++
    else if (inst.lastTrackedTime < from) continue
    else if (inst.error?.recoverable) count.missed++
    else count.nonRecoverable++
  }
  return count
}

function reported(step: StepResult | undefined): { stillFailing: number; notRecoverable: number } {
  const results = JSON.parse(step?.outputs.results ?? '{}') as { leftAlone?: Record<string, number> }
  return {
    stillFailing: Number(step?.outputs['still-failing'] ?? NaN),
    notRecoverable: results.leftAlone?.['not-recoverable'] ?? 0
  }
}

/** The lines `npm start` ends with about what still fails in `where`, given resubmit-errors' step. */
export function explainStillFailing(
  counts: StillFailing,
  step: StepResult | undefined,
  where: { instance: string; project: string; window: string }
): string[] {
  const total = counts.nonRecoverable + counts.failedAgain + counts.missed
  const scope = `of ${where.project} in ${where.instance} (last ${where.window})`
  if (total === 0) return [`Nothing still fails: every errored instance ${scope} was recovered.`]
  const lines = [
    `${total} errored instance(s) ${scope} still fail, as the demo seed (emulator/seeds/demo.yaml) makes them:`
  ]
  if (counts.nonRecoverable)
    lines.push(
      `  - ${counts.nonRecoverable} are the seed's non-recoverable errors (its recoverable: shares below 1 and recoverable: false):` +
        ' data or mapping faults a resubmission cannot fix, so resubmit-errors leaves them alone.'
    )
  if (counts.failedAgain)
    lines.push(
      `  - ${counts.failedAgain} were resubmitted and failed again (the seed's recovery: { recover: … } odds); a later run retries them.`
    )
  if (counts.missed)
    lines.push(`  - ${counts.missed} are recoverable but were not resubmitted: that is a bug.`)
  const said = reported(step)
  const agrees = said.stillFailing === counts.failedAgain && said.notRecoverable === counts.nonRecoverable
  lines.push(
    agrees
      ? `  resubmit-errors reported the same: still-failing ${said.stillFailing}, ${said.notRecoverable} left alone as not recoverable. Nothing to fix.`
      : `  resubmit-errors reported still-failing ${said.stillFailing} and ${said.notRecoverable} left alone as not recoverable, which differs from the emulator's state: worth a look.`
  )
  return lines
}
