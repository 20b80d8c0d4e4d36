/** `resubmit-errors`: finds errored instances, resubmits the recoverable ones in batches, follows the recovery. */
import { collaborators, type Collaborators } from '../../core/collaborators.js'
import type { HttpClient } from '../../core/http/client.js'
import { createOicClient } from '../../core/oic-instance.js'
import { collectErrors } from '../../core/oic/monitoring/collect.js'
import type { ErrorInstance } from '../../core/oic/monitoring/error-instances.js'
import type { MonitoringFilter } from '../../core/oic/monitoring/q.js'
import type { LeftAloneReason } from '../../core/oic/monitoring/selection.js'
import type { ActionContext } from '../../core/run-action.js'
import { resubmitInBatches } from './batches.js'
import { followedJob, followJobs } from './follow.js'
import { getSettings, type ResubmitErrorsSettings } from './inputs.js'
import { reportDryRun, reportInterrupted, reportRun, type Found, type RunOutcome } from './run-summary.js'
import { leftAloneNote, selectionChecker, type SelectionChecker } from './select.js'

/** Page size of monitoring queries. */
export const PAGE_SIZE = 100

/**
 * Lists the errored instances of the selection, up to `max` taken. `projectCode` and `recoverable` go into `q` as
 * hints only: every item is checked on the client side, and those that cannot be shown to match are left alone.
 */
async function collect(
  deps: Pick<Collaborators, 'now' | 'log'>,
  client: HttpClient,
  s: ResubmitErrorsSettings,
  max: number,
  checker: SelectionChecker
): Promise<Found> {
  const filters: MonitoringFilter[] = (
    s.integrations.length ? s.integrations : [{ code: undefined, version: undefined }]
  ).map(i => ({
    timewindow: s.timeWindow,
    code: i.code,
    version: i.version,
    projectCode: s.project,
    recoverable: true
  }))
  const taken = new Map<string, ErrorInstance>()
  const leftAlone = new Map<string, { item: ErrorInstance; reason: LeftAloneReason }>()
  const found: Found = { items: [], leftAlone: [], left: 0, requests: 0 }
  for (const filter of filters) {
    const part = await collectErrors(client, filter, {
      max: Math.max(0, max - taken.size),
      pageSize: PAGE_SIZE,
      now: deps.now,
      log: deps.log,
      check: checker.check
    })
    found.requests += part.requests
    found.left += part.overMax + part.unread
    for (const item of part.items) taken.set(item.id, item)
    for (const entry of part.leftAlone) leftAlone.set(entry.item.id, entry)
  }
  found.items = [...taken.values()]
  found.leftAlone = [...leftAlone.values()].filter(e => !taken.has(e.item.id))
  return found
}

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  const deps = collaborators(ctx)
  const client = createOicClient(s.connection, ctx)
  const checker = selectionChecker(
    client,
    { integrations: s.integrations, project: s.project, recoverableOnly: true },
    deps
  )
  const found = await collect(deps, client, s, s.maxInstances, checker)
  host.info(
    `Found ${found.items.length + found.left} recoverable errored instance(s) of the selection; taking ${found.items.length}${found.left ? `, leaving ${found.left} (max-instances ${s.maxInstances})` : ''}${found.leftAlone.length ? `; ${found.leftAlone.length} listed instance(s) did not match and are left alone` : ''}`
  )
  const why = leftAloneNote(found.leftAlone)
  if (why) host.info(why)
  if (s.dryRun) return reportDryRun(ctx, s, found, checker.projectListError)

  const totals = await resubmitInBatches(client, found.items, s.batchSize, s.recoveryTraceLevel, deps)
  const { projectListError } = checker
  let followed: RunOutcome['followed']
  let after: Found
  try {
    followed = s.wait
      ? await followJobs(client, totals.jobs, s.waitTimeoutMs, deps)
      : { jobs: totals.jobs.map(r => followedJob(r, false)), timedOut: false, requests: 0 }
    // Instances that failed again come back with a fresh time, at the head of the list: a bounded re-query finds
    // them, and the server's count of what was not read covers the rest.
    after = await collect(deps, client, s, found.items.length + PAGE_SIZE, checker)
  } catch (error) {
    await reportInterrupted(ctx, s, { found, totals, projectListError }, error)
    throw error
  }
  await reportRun(ctx, s, { found, totals, followed, after, projectListError })
}
