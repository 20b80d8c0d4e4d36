/** `resubmit-errors`: finds errored instances, resubmits the recoverable ones in batches, follows the recovery. */
import { OicActionError } from '../../core/errors.js'
import { createOicClient } from '../../core/oic-connection.js'
import { collectErrors } from '../../core/oic/monitoring/collect.js'
import type { ErrorInstance } from '../../core/oic/monitoring/errors.js'
import type { MonitoringFilter } from '../../core/oic/monitoring/q.js'
import type { ActionContext } from '../../core/run-action.js'
import { resubmitInBatches, type BatchTotals } from './batches.js'
import { followJobs } from './follow.js'
import { getSettings, type ResubmitErrorsSettings } from './inputs.js'

/** Page size of monitoring queries. */
export const PAGE_SIZE = 100

const integrationOf = (e: ErrorInstance): string =>
  `${e.integration?.code ?? '?'}|${e.integration?.version ?? '?'}`

async function collect(
  ctx: ActionContext,
  client: ReturnType<typeof createOicClient>,
  s: ResubmitErrorsSettings,
  max: number
): Promise<{ items: ErrorInstance[]; total: number }> {
  const filters: MonitoringFilter[] = (
    s.integrations.length ? s.integrations : [{ code: undefined, version: undefined }]
  ).map(i => ({
    timewindow: s.timeWindow,
    code: i.code,
    version: i.version,
    projectCode: s.project,
    recoverable: true
  }))
  const all = new Map<string, ErrorInstance>()
  let total = 0
  for (const filter of filters) {
    const found = await collectErrors(client, filter, {
      max: Math.max(0, max - all.size),
      pageSize: PAGE_SIZE,
      now: () => ctx.now(),
      log: l => ctx.host.info(l)
    })
    total += found.total
    for (const item of found.items) all.set(item.id, item)
    if (all.size >= max) break
  }
  return { items: [...all.values()], total: Math.max(total, all.size) }
}

function table(
  matched: ErrorInstance[],
  totals: BatchTotals | undefined,
  still: ErrorInstance[]
): string[][] {
  const keys = [...new Set([...matched, ...still].map(integrationOf))].sort()
  const count = (list: readonly string[], key: string): number =>
    list.filter(id => matched.some(m => m.id === id && integrationOf(m) === key)).length
  return keys.map(key => {
    const mine = matched.filter(m => integrationOf(m) === key)
    const accepted = totals ? count(totals.accepted, key) : 0
    const failing = still.filter(e => integrationOf(e) === key).length
    return [
      key,
      String(mine.length),
      totals ? String(accepted) : '—',
      totals ? String(count(totals.nonRecoverable, key)) : '—',
      totals ? String(count(totals.invalid, key)) : '—',
      String(failing)
    ]
  })
}

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  const client = createOicClient(s.connection, ctx)
  const scope = `${s.integrations.length ? s.integrations.map(i => (i.version ? `${i.code}|${i.version}` : i.code)).join(', ') : 'all integrations'}${s.project ? ` of project ${s.project}` : ''}, last ${s.timeWindow}`
  const found = await collect(ctx, client, s, s.maxInstances)
  const left = Math.max(0, found.total - found.items.length)
  host.info(
    `Found ${found.total} recoverable errored instance(s) (${scope}); taking ${found.items.length}${left ? `, leaving ${left} (max-instances ${s.maxInstances})` : ''}`
  )
  const headers = ['Integration', 'Matched', 'Resubmitted', 'Non-recoverable', 'Invalid', 'Still failing']
  const leftNote = left
    ? [
        `${left} more errored instance(s) matched but were left for a later run (max-instances: ${s.maxInstances}).`
      ]
    : []

  if (s.dryRun) {
    host.setOutput('matched', String(found.total))
    for (const name of ['resubmitted', 'non-recoverable', 'invalid']) host.setOutput(name, '0')
    host.setOutput('recovery-jobs', '[]')
    host.setOutput('still-failing', String(found.total))
    host.setOutput(
      'results',
      JSON.stringify({
        dryRun: true,
        matched: found.total,
        wouldResubmit: found.items.map(i => ({ id: i.id, integration: integrationOf(i) }))
      })
    )
    await ctx.report({
      title: 'OIC resubmit-errors',
      status: 'planned',
      statusLine: `Dry run: ${found.items.length} of ${found.total} errored instance(s) would be resubmitted (${scope}). Nothing was resubmitted.`,
      table: { headers, rows: table(found.items, undefined, found.items) },
      notes: leftNote
    })
    return
  }

  const totals = await resubmitInBatches(client, found.items, s.batchSize, s.recoveryTraceLevel, {
    log: l => host.info(l),
    warn: l => host.warning(l),
    now: () => ctx.now()
  })
  const followed = s.wait
    ? await followJobs(client, totals.jobs, {
        timeoutMs: s.waitTimeoutMs,
        sleep: ms => ctx.sleep(ms),
        now: () => ctx.now()
      })
    : { jobs: totals.jobs.map(id => ({ id, status: 'NOT_FOLLOWED' })), timedOut: false }
  // Instances that failed again come back with a fresh time, at the head of the list: a bounded re-query finds them,
  // and the server's total counts the rest.
  const after = await collect(ctx, client, s, found.items.length + PAGE_SIZE)
  const stillFailing = after.total

  host.setOutput('matched', String(found.total))
  host.setOutput('resubmitted', String(totals.accepted.length))
  host.setOutput('non-recoverable', String(totals.nonRecoverable.length))
  host.setOutput('invalid', String(totals.invalid.length))
  host.setOutput('recovery-jobs', JSON.stringify(followed.jobs))
  host.setOutput('still-failing', String(stillFailing))
  host.setOutput(
    'results',
    JSON.stringify({
      matched: found.total,
      taken: found.items.length,
      left,
      resubmitted: totals.accepted.length,
      nonRecoverable: totals.nonRecoverable,
      invalid: totals.invalid,
      recoveryJobs: followed.jobs,
      stillFailing,
      perIntegration: table(found.items, totals, after.items).map(r =>
        Object.fromEntries(headers.map((h, i) => [h, r[i]]))
      )
    })
  )
  const notes = [
    ...leftNote,
    ...(followed.timedOut
      ? [
          `Recovery jobs still running after wait-timeout (${s.waitTimeoutMs / 1000} s): ${followed.jobs.filter(j => j.status === 'IN_PROGRESS').length}.`
        ]
      : []),
    ...(!s.wait
      ? [
          'Recovery jobs were not followed (wait: false); still-failing counts what was errored right after resubmitting.'
        ]
      : []),
    ...(totals.settled
      ? [
          `${totals.settled} batch answer(s) were lost and settled by reading the instances' state; nothing was resubmitted twice.`
        ]
      : [])
  ]
  await ctx.report({
    title: 'OIC resubmit-errors',
    status: stillFailing ? 'warning' : 'success',
    statusLine: `${totals.accepted.length} of ${found.items.length} resubmitted in ${totals.jobs.length} recovery job(s); ${totals.nonRecoverable.length} non-recoverable, ${totals.invalid.length} invalid; ${stillFailing} still failing (${scope}).`,
    table: { headers, rows: table(found.items, totals, after.items) },
    notes
  })
  if (s.failOn === 'remaining' && stillFailing > 0) {
    throw new OicActionError(
      `${stillFailing} errored instance(s) remain after resubmitting (${scope}) (fail-on: remaining).`
    )
  }
}
