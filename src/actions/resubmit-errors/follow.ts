/** Following recovery jobs until they end or the wait times out. */
import type { HttpClient } from '../../core/http/client.js'
import { getRecoveryJob, RECOVERY_JOB_DONE } from '../../core/oic/monitoring/recovery-jobs.js'
import { poll } from '../../core/poll.js'
import { mapWithConcurrency } from '../../core/pool.js'

/** The first look comes after this long: a job checked sooner is only ever still running. */
export const FIRST_CHECK_MS = 1000

/** Polls every job (in parallel, backing off between rounds) until all are done or `timeoutMs` passes. */
export async function followJobs(
  client: HttpClient,
  jobIds: readonly string[],
  deps: { timeoutMs: number; sleep: (ms: number) => Promise<void>; now: () => number }
): Promise<{ jobs: Array<{ id: string; status: string }>; timedOut: boolean }> {
  const status = new Map<string, string>(jobIds.map(id => [id, 'IN_PROGRESS']))
  if (!jobIds.length) return { jobs: [], timedOut: false }
  const deadline = deps.now() + deps.timeoutMs
  await deps.sleep(Math.min(FIRST_CHECK_MS, deps.timeoutMs))
  const result = await poll({
    check: async () => {
      const pending = jobIds.filter(id => !RECOVERY_JOB_DONE.has(status.get(id) ?? ''))
      await mapWithConcurrency(pending, 8, async id =>
        status.set(id, String((await getRecoveryJob(client, id)).status ?? 'UNKNOWN').toUpperCase())
      )
      return status
    },
    done: s => jobIds.every(id => RECOVERY_JOB_DONE.has(s.get(id) ?? '')),
    timeoutMs: Math.max(0, deadline - deps.now()),
    sleep: deps.sleep,
    now: deps.now,
    initialDelayMs: 2000,
    maxDelayMs: 15_000
  })
  return { jobs: jobIds.map(id => ({ id, status: status.get(id) ?? 'UNKNOWN' })), timedOut: result.timedOut }
}
