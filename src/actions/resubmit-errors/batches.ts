/**
 * Bulk resubmission in batches, with every instance sent at most once. A batch whose answer is lost is never sent
 * again blindly: each of its instances is read back, and only those the service demonstrably did not take are
 * sent in a follow-up batch.
 */
import { ConfigurationError, OicHttpError, withContext } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { getError, resubmitErrors, type ErrorInstance } from '../../core/oic/monitoring/errors.js'
import { listRecoveryJobs } from '../../core/oic/monitoring/recovery-jobs.js'
import { orUndefined } from '../../core/oic/not-found.js'

/** What the service reported for all batches. */
export interface BatchTotals {
  accepted: string[]
  invalid: string[]
  nonRecoverable: string[]
  /** Recovery job ids to follow. */
  jobs: string[]
  /** Batches whose answer was lost and had to be settled by reading state. */
  settled: number
}

/** Collaborators. */
export interface BatchDeps {
  log: (line: string) => void
  warn: (line: string) => void
  now: () => number
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** True when the instance changed since it was listed: the lost request (or a recovery) already acted on it. */
function actedOn(before: ErrorInstance, now: ErrorInstance | undefined): boolean {
  if (!now) return true
  if (String(now.status ?? 'FAILED').toUpperCase() !== 'FAILED') return true
  return (
    (now.retryCount ?? 0) !== (before.retryCount ?? 0) ||
    (now.lastTrackedTime ?? '') !== (before.lastTrackedTime ?? '')
  )
}

async function settleLost(
  client: HttpClient,
  batch: ErrorInstance[],
  since: number,
  known: Set<string>,
  deps: BatchDeps
): Promise<{ taken: string[]; untouched: ErrorInstance[]; jobs: string[] }> {
  const taken: string[] = []
  const untouched: ErrorInstance[] = []
  for (const item of batch) {
    if (actedOn(item, await orUndefined(getError(client, item.id, true)))) taken.push(item.id)
    else untouched.push(item)
  }
  const jobs = taken.length
    ? (
        (
          await listRecoveryJobs(client, {
            startdate: new Date(since - 60_000),
            enddate: new Date(deps.now() + 60_000)
          })
        ).items ?? []
      )
        .map(j => j.id)
        .filter(id => !known.has(id))
    : []
  return { taken, untouched, jobs }
}

/** Resubmits `items` in batches of `size`; each id is sent at most once per run. */
export async function resubmitInBatches(
  client: HttpClient,
  items: readonly ErrorInstance[],
  size: number,
  traceLevel: string | undefined,
  deps: BatchDeps
): Promise<BatchTotals> {
  const totals: BatchTotals = { accepted: [], invalid: [], nonRecoverable: [], jobs: [], settled: 0 }
  const sent = new Set<string>()
  const queue = chunks(items, size)
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    const fresh = batch.filter(i => !sent.has(i.id))
    if (!fresh.length) continue
    fresh.forEach(i => sent.add(i.id))
    const started = deps.now()
    try {
      const res = await resubmitErrors(
        client,
        fresh.map(i => i.id),
        traceLevel
      )
      totals.accepted.push(...(res.acceptedIds ?? []).map(String))
      totals.invalid.push(...(res.invalidIds ?? []).map(String))
      totals.nonRecoverable.push(...(res.nonRecoverableIds ?? []).map(String))
      if (res.recoveryJobId) totals.jobs.push(res.recoveryJobId)
      deps.log(
        `Resubmitted ${fresh.length}: ${res.acceptedIds?.length ?? 0} accepted${res.recoveryJobId ? `, recovery job ${res.recoveryJobId}` : ''}`
      )
    } catch (error) {
      if (
        error instanceof OicHttpError &&
        error.status === 400 &&
        /\b(ids?|limit|maximum|cap|at most)\b/i.test(error.detail ?? '')
      ) {
        throw new ConfigurationError(
          `The service refused a batch of ${fresh.length} ids (${error.detail ?? error.message}): lower batch-size.`,
          { input: 'batch-size', cause: error }
        )
      }
      const lost = error instanceof OicHttpError && (error.status === 0 || error.status >= 500)
      if (!lost) throw withContext(`Could not resubmit ${fresh.length} errored instances`, error)
      deps.warn(
        `The answer to a resubmit of ${fresh.length} instances was lost (${error.message}); reading their state instead of sending it again.`
      )
      const settled = await settleLost(client, fresh, started, new Set(totals.jobs), deps)
      totals.settled++
      totals.accepted.push(...settled.taken)
      totals.jobs.push(...settled.jobs)
      if (settled.untouched.length) {
        deps.log(`${settled.untouched.length} of them were not taken by the service; sending those once more`)
        settled.untouched.forEach(i => sent.delete(i.id))
        queue.unshift(settled.untouched)
      }
    }
  }
  return totals
}
