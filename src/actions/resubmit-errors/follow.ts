/**
 * Following recovery jobs until their counts say they ended (contract K3) or the wait times out. Jobs with an id
 * are read one by one; jobs known only by when they were started are read from the recovery-job list.
 */
import type { Collaborators } from '../../core/collaborators.js'
import type { HttpClient } from '../../core/http/client.js'
import { getRecoveryJob, jobEnded, listAllRecoveryJobs } from '../../core/oic/monitoring/recovery-jobs.js'
import { poll } from '../../core/poll.js'
import { mapWithConcurrency } from '../../core/pool.js'
import { listSpan, matchJobs, type JobRef } from './jobs.js'

/** The first look comes after this long: a job checked sooner is only ever still running. */
export const FIRST_CHECK_MS = 1000

/** A job as reported in the `recovery-jobs` output. */
export interface FollowedJob {
  /** Undefined for a job the service named nowhere (an empty 202 and a job list without ids). */
  id?: string
  createdDate?: string
  /** ENDED (by its counts), IN_PROGRESS, NOT_FOUND (never seen in the list) or NOT_FOLLOWED (`wait: false`). */
  status: 'ENDED' | 'IN_PROGRESS' | 'NOT_FOUND' | 'NOT_FOLLOWED'
  totalCount?: number
  recoveredCount?: number
  failedCount?: number
  inProgressCount?: number
  /** The service's own `status`, where it sends one. */
  serviceStatus?: string
}

/** Reads the current state of every job that has not ended; returns the requests sent. */
async function readJobs(client: HttpClient, refs: readonly JobRef[], now: number): Promise<number> {
  const open = refs.filter(r => !jobEnded(r.state))
  const byId = open.filter(r => r.id)
  await mapWithConcurrency(byId, 8, async ref => {
    ref.state = await getRecoveryJob(client, ref.id as string)
  })
  const listed = open.filter(r => !r.id)
  if (!listed.length) return byId.length
  const { jobs, requests } = await listAllRecoveryJobs(client, listSpan(listed, now))
  matchJobs(listed, jobs)
  return byId.length + requests
}

/** The output entry of one job. */
export function followedJob(ref: JobRef, followed: boolean): FollowedJob {
  const s = ref.state
  const status = !followed
    ? 'NOT_FOLLOWED'
    : jobEnded(s)
      ? 'ENDED'
      : s || ref.id
        ? 'IN_PROGRESS'
        : 'NOT_FOUND'
  return {
    ...(ref.id ? { id: ref.id } : {}),
    ...(ref.createdDate ? { createdDate: ref.createdDate } : {}),
    status,
    totalCount: s?.totalCount,
    recoveredCount: s?.recoveredCount,
    failedCount: s?.failedCount,
    inProgressCount: s?.inProgressCount,
    ...(s?.status ? { serviceStatus: String(s.status) } : {})
  }
}

/** Polls every job (backing off between rounds) until all have ended or `timeoutMs` passes. */
export async function followJobs(
  client: HttpClient,
  refs: readonly JobRef[],
  timeoutMs: number,
  deps: Pick<Collaborators, 'sleep' | 'now'>
): Promise<{ jobs: FollowedJob[]; timedOut: boolean; requests: number }> {
  if (!refs.length) return { jobs: [], timedOut: false, requests: 0 }
  const deadline = deps.now() + timeoutMs
  let requests = 0
  await deps.sleep(Math.min(FIRST_CHECK_MS, timeoutMs))
  const result = await poll({
    check: async () => {
      requests += await readJobs(client, refs, deps.now())
      return refs
    },
    done: all => all.every(r => jobEnded(r.state)),
    timeoutMs: Math.max(0, deadline - deps.now()),
    sleep: deps.sleep,
    now: deps.now,
    initialDelayMs: 2000,
    maxDelayMs: 15_000
  })
  return { jobs: refs.map(r => followedJob(r, true)), timedOut: result.timedOut, requests }
}
