/**
 * Bulk resubmission in batches, with every instance sent at most once. A batch whose answer is lost is never sent
 * again blindly: each of its instances is read back, and only those the service demonstrably did not take are
 * sent in a follow-up batch — once: an instance whose answer is lost again and that the service again did not take
 * fails the run instead of looping. An empty 202 (contract K2) counts every id as submitted; its job, like that of
 * a lost answer, is found later in the recovery-job list (see jobs.ts).
 */
import type { Collaborators } from '../../core/collaborators.js'
import { ConfigurationError, OicHttpError, withContext } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import {
  getError,
  resubmitErrors,
  type BulkResubmitResult,
  type ErrorInstance
} from '../../core/oic/monitoring/error-instances.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { lostAnswerLine, settleLostWrite } from '../../core/settle-lost-write.js'
import type { JobRef } from './jobs.js'

/** What the service reported for all batches. */
export interface BatchTotals {
  accepted: string[]
  invalid: string[]
  nonRecoverable: string[]
  /** Recovery jobs to follow. */
  jobs: JobRef[]
  /** Batches whose answer was lost and had to be settled by reading state. */
  settled: number
  /** Batches answered 202 with an empty body (their ids count as submitted). */
  emptyAnswers: number
  /** Requests sent (bulk resubmits and read-backs). */
  requests: number
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

/** Reads back each instance of a batch whose answer was lost: those the service took, and those it did not. */
async function readBack(
  client: HttpClient,
  batch: ErrorInstance[]
): Promise<{ taken: string[]; untouched: ErrorInstance[] }> {
  const taken: string[] = []
  const untouched: ErrorInstance[] = []
  for (const item of batch) {
    if (actedOn(item, await orUndefined(getError(client, item.id, true)))) taken.push(item.id)
    else untouched.push(item)
  }
  return { taken, untouched }
}

/** Adds one answered batch to the totals. */
function account(
  totals: BatchTotals,
  ids: string[],
  res: BulkResubmitResult | undefined,
  span: { since: number; until: number },
  log: (line: string) => void
): void {
  if (!res) {
    totals.emptyAnswers++
    totals.accepted.push(...ids)
    totals.jobs.push({ ...span, size: ids.length })
    log(`Resubmitted ${ids.length}: the service answered 202 without a body; the ids count as submitted`)
    return
  }
  const invalid = (res.invalidIds ?? []).map(String)
  const nonRecoverable = (res.nonRecoverableIds ?? []).map(String)
  const refused = new Set([...invalid, ...nonRecoverable])
  const accepted = Array.isArray(res.acceptedIds)
    ? res.acceptedIds.map(String)
    : ids.filter(id => !refused.has(id))
  totals.accepted.push(...accepted)
  totals.invalid.push(...invalid)
  totals.nonRecoverable.push(...nonRecoverable)
  if (res.recoveryJobId) totals.jobs.push({ id: String(res.recoveryJobId), ...span, size: accepted.length })
  else if (accepted.length) totals.jobs.push({ ...span, size: accepted.length })
  log(
    `Resubmitted ${ids.length}: ${accepted.length} accepted${res.recoveryJobId ? `, recovery job ${res.recoveryJobId}` : ''}`
  )
}

/** The error of a batch the service refused for its size (400 naming ids or a limit), or undefined. */
function batchTooLarge(error: unknown, size: number): ConfigurationError | undefined {
  if (
    !(error instanceof OicHttpError) ||
    error.status !== 400 ||
    !/\b(ids?|limit|maximum|cap|at most)\b/i.test(error.detail ?? error.title ?? '')
  )
    return undefined
  return new ConfigurationError(
    `The service refused a batch of ${size} ids (${error.detail ?? error.title ?? error.message}): lower batch-size.`,
    { input: 'batch-size', cause: error }
  )
}

/** Resubmits `items` in batches of `size`; each id is sent at most once per run. */
export async function resubmitInBatches(
  client: HttpClient,
  items: readonly ErrorInstance[],
  size: number,
  traceLevel: string | undefined,
  deps: Pick<Collaborators, 'log' | 'warn' | 'now'>
): Promise<BatchTotals> {
  const totals: BatchTotals = {
    accepted: [],
    invalid: [],
    nonRecoverable: [],
    jobs: [],
    settled: 0,
    emptyAnswers: 0,
    requests: 0
  }
  const sent = new Set<string>()
  /** Ids sent again after a lost answer the service did not act on. */
  const resent = new Set<string>()
  const queue = chunks(items, size)
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    const fresh = batch.filter(i => !sent.has(i.id))
    if (!fresh.length) continue
    fresh.forEach(i => sent.add(i.id))
    const started = deps.now()
    const ids = fresh.map(i => i.id)
    totals.requests++
    const written = await settleLostWrite({
      what: `resubmit ${fresh.length} errored instances`,
      send: () => resubmitErrors(client, ids, traceLevel),
      refused: error => batchTooLarge(error, fresh.length),
      readBack: async error => {
        deps.warn(
          lostAnswerLine(
            `a resubmit of ${fresh.length} instances`,
            error,
            'reading their state instead of sending it again.'
          )
        )
        return readBack(client, fresh)
      }
    })
    if (written.answered) {
      account(totals, ids, written.answer, { since: started, until: deps.now() }, deps.log)
      continue
    }
    const settled = written.state
    totals.requests += fresh.length
    totals.settled++
    totals.accepted.push(...settled.taken)
    if (settled.taken.length)
      totals.jobs.push({ since: started, until: deps.now(), size: settled.taken.length })
    if (settled.untouched.some(i => resent.has(i.id))) {
      throw withContext(
        `Could not resubmit ${settled.untouched.length} errored instances (the answer was lost twice and the service took none of them)`,
        written.error
      )
    }
    if (settled.untouched.length) {
      settled.untouched.forEach(i => resent.add(i.id))
      deps.log(`${settled.untouched.length} of them were not taken by the service; sending those once more`)
      settled.untouched.forEach(i => sent.delete(i.id))
      queue.unshift(settled.untouched)
    }
  }
  return totals
}
