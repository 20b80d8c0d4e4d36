/** Outputs and job summary of `resubmit-errors`: counts, recovery jobs, per-integration table, notes. */
import { errorMessage, OicActionError } from '../../core/errors.js'
import { integrationId } from '../../core/oic/api.js'
import type { ErrorInstance } from '../../core/oic/monitoring/error-instances.js'
import { integrationKey, type LeftAloneReason } from '../../core/oic/monitoring/selection.js'
import type { ActionContext } from '../../core/run-action.js'
import type { BatchTotals } from './batches.js'
import { followedJob, type FollowedJob } from './follow.js'
import type { ResubmitErrorsSettings } from './inputs.js'
import { countReasons, leftAloneNote } from './select.js'

/** What a listing found. */
export interface Found {
  /** Taken: they match the selection. */
  items: ErrorInstance[]
  /** Listed but not shown to match. */
  leftAlone: Array<{ item: ErrorInstance; reason: LeftAloneReason }>
  /** Matching beyond `max-instances`, or counted by the server and not read. */
  left: number
  requests: number
}

/** What a run did, for {@link reportRun}. */
export interface RunOutcome {
  found: Found
  totals: BatchTotals
  followed: { jobs: FollowedJob[]; timedOut: boolean; requests: number }
  /** The re-query after the jobs. */
  after: Found
  projectListError?: string
}

const HEADERS = ['Integration', 'Matched', 'Resubmitted', 'Non-recoverable', 'Invalid', 'Still failing']

function scopeOf(s: ResubmitErrorsSettings): string {
  const which = s.integrations.length
    ? s.integrations.map(i => (i.version ? integrationId(i.code, i.version) : i.code)).join(', ')
    : 'all integrations'
  return `${which}${s.project ? ` of project ${s.project}` : ''}, last ${s.timeWindow}`
}

function table(
  matched: ErrorInstance[],
  totals: BatchTotals | undefined,
  still: ErrorInstance[]
): string[][] {
  const keys = [...new Set([...matched, ...still].map(integrationKey))].sort()
  const keyOf = new Map(matched.map(m => [m.id, integrationKey(m)]))
  const count = (list: readonly string[], key: string): string =>
    totals ? String(list.filter(id => keyOf.get(id) === key).length) : '—'
  return keys.map(key => [
    key,
    String(matched.filter(m => integrationKey(m) === key).length),
    count(totals?.accepted ?? [], key),
    count(totals?.nonRecoverable ?? [], key),
    count(totals?.invalid ?? [], key),
    String(still.filter(e => integrationKey(e) === key).length)
  ])
}

function commonNotes(s: ResubmitErrorsSettings, found: Found, projectListError?: string): string[] {
  const maybe = found.leftAlone.length ? 'up to ' : ''
  return [
    ...(found.left
      ? [
          `${maybe}${found.left} more errored instance(s) matched but were left for a later run (max-instances: ${s.maxInstances}).`
        ]
      : []),
    ...(leftAloneNote(found.leftAlone) ? [leftAloneNote(found.leftAlone) as string] : []),
    ...(projectListError
      ? [`The integrations of project ${s.project} could not be read (${projectListError}).`]
      : [])
  ]
}

const leftAloneCounts = (found: Found): Record<string, number> =>
  Object.fromEntries(countReasons(found.leftAlone))

/** Outputs and summary of a dry run. */
export async function reportDryRun(
  ctx: ActionContext,
  s: ResubmitErrorsSettings,
  found: Found,
  projectListError?: string
): Promise<void> {
  const { host } = ctx
  const matched = found.items.length + found.left
  host.setOutput('matched', String(matched))
  for (const name of ['resubmitted', 'non-recoverable', 'invalid']) host.setOutput(name, '0')
  host.setOutput('left-alone', String(found.leftAlone.length))
  host.setOutput('recovery-jobs', '[]')
  host.setOutput('still-failing', String(matched))
  host.setOutput(
    'results',
    JSON.stringify({
      dryRun: true,
      matched,
      leftAlone: leftAloneCounts(found),
      wouldResubmit: found.items.map(i => ({ id: i.id, integration: integrationKey(i) }))
    })
  )
  await ctx.report({
    title: 'OIC resubmit-errors',
    status: 'planned',
    statusLine: `Dry run: ${found.items.length} of ${matched} errored instance(s) would be resubmitted (${scopeOf(s)}). Nothing was resubmitted.`,
    table: { headers: HEADERS, rows: table(found.items, undefined, found.items) },
    notes: commonNotes(s, found, projectListError)
  })
}

function runNotes(s: ResubmitErrorsSettings, o: RunOutcome): string[] {
  const running = o.followed.jobs.filter(j => j.status === 'IN_PROGRESS').length
  const unseen = o.followed.jobs.filter(j => j.status === 'NOT_FOUND').length
  return [
    ...commonNotes(s, o.found, o.projectListError),
    ...(o.followed.timedOut
      ? [
          `Recovery jobs still running after wait-timeout (${s.waitTimeoutMs / 1000} s): ${running}${unseen ? `; ${unseen} never found in the recovery-job list (their instances were submitted)` : ''}.`
        ]
      : []),
    ...(!s.wait
      ? [
          'Recovery jobs were not followed (wait: false); still-failing counts what was errored right after resubmitting.'
        ]
      : []),
    ...(o.totals.emptyAnswers
      ? [
          `${o.totals.emptyAnswers} bulk answer(s) were 202 without a body: their ids count as resubmitted (the service did not say which were invalid or not recoverable), and their jobs were looked up in the recovery-job list.`
        ]
      : []),
    ...(o.totals.settled
      ? [
          `${o.totals.settled} batch answer(s) were lost and settled by reading the instances' state; nothing was resubmitted twice.`
        ]
      : [])
  ]
}

/** Outputs and summary of a run; fails it with `fail-on: remaining` when errors remain. */
export async function reportRun(ctx: ActionContext, s: ResubmitErrorsSettings, o: RunOutcome): Promise<void> {
  const { host } = ctx
  const { found, totals, followed, after } = o
  const matched = found.items.length + found.left
  const stillFailing = after.items.length + after.left
  const rows = table(found.items, totals, after.items)
  host.setOutput('matched', String(matched))
  host.setOutput('resubmitted', String(totals.accepted.length))
  host.setOutput('non-recoverable', String(totals.nonRecoverable.length))
  host.setOutput('invalid', String(totals.invalid.length))
  host.setOutput('left-alone', String(found.leftAlone.length))
  host.setOutput('recovery-jobs', JSON.stringify(followed.jobs))
  host.setOutput('still-failing', String(stillFailing))
  host.setOutput(
    'results',
    JSON.stringify({
      matched,
      taken: found.items.length,
      left: found.left,
      leftAlone: leftAloneCounts(found),
      resubmitted: totals.accepted.length,
      nonRecoverable: totals.nonRecoverable,
      invalid: totals.invalid,
      recoveryJobs: followed.jobs,
      stillFailing,
      requests: {
        list: found.requests,
        resubmit: totals.requests,
        jobs: followed.requests,
        requery: after.requests
      },
      perIntegration: rows.map(r => Object.fromEntries(HEADERS.map((h, i) => [h, r[i]])))
    })
  )
  await ctx.report({
    title: 'OIC resubmit-errors',
    status: stillFailing ? 'warning' : 'success',
    statusLine: `${totals.accepted.length} of ${found.items.length} resubmitted in ${followed.jobs.length} recovery job(s); ${totals.nonRecoverable.length} non-recoverable, ${totals.invalid.length} invalid; ${found.leftAlone.length} left alone; ${stillFailing} still failing (${scopeOf(s)}).`,
    table: { headers: HEADERS, rows },
    notes: runNotes(s, o)
  })
  if (s.failOn === 'remaining' && stillFailing > 0) {
    throw new OicActionError(
      `${stillFailing} errored instance(s) remain after resubmitting (${scopeOf(s)}) (fail-on: remaining).`
    )
  }
}

/**
 * Outputs and summary when following the recovery failed after the service accepted the resubmission: the step
 * fails, but what was resubmitted and the jobs to look at are not lost. `still-failing` is not set: nobody knows.
 */
export async function reportInterrupted(
  ctx: ActionContext,
  s: ResubmitErrorsSettings,
  o: Pick<RunOutcome, 'found' | 'totals' | 'projectListError'>,
  error: unknown
): Promise<void> {
  const { host } = ctx
  const { found, totals } = o
  const matched = found.items.length + found.left
  const jobs = totals.jobs.map(r => followedJob(r, false))
  host.setOutput('matched', String(matched))
  host.setOutput('resubmitted', String(totals.accepted.length))
  host.setOutput('non-recoverable', String(totals.nonRecoverable.length))
  host.setOutput('invalid', String(totals.invalid.length))
  host.setOutput('left-alone', String(found.leftAlone.length))
  host.setOutput('recovery-jobs', JSON.stringify(jobs))
  host.setOutput(
    'results',
    JSON.stringify({
      matched,
      taken: found.items.length,
      resubmitted: totals.accepted.length,
      resubmittedIds: totals.accepted,
      nonRecoverable: totals.nonRecoverable,
      invalid: totals.invalid,
      recoveryJobs: jobs,
      followFailed: errorMessage(error)
    })
  )
  await ctx.report({
    title: 'OIC resubmit-errors',
    status: 'failure',
    statusLine: `${totals.accepted.length} of ${found.items.length} resubmitted in ${jobs.length} recovery job(s), then following them failed: ${errorMessage(error)}`,
    table: { headers: HEADERS.slice(0, -1), rows: table(found.items, totals, []).map(r => r.slice(0, -1)) },
    notes: [
      ...commonNotes(s, found, o.projectListError),
      `Resubmitted instances: ${totals.accepted.join(', ') || 'none'}. Recovery jobs: ${jobs.map(j => j.id).join(', ') || 'none'}.`
    ]
  })
}
