/**
 * The recovery jobs a run started. A bulk resubmit answered with a body names its job (`recoveryJobId`); an empty
 * 202 (contract K2) or a lost answer does not, and documented jobs carry no id (K3): such a job is found in the
 * recovery-job list as the oldest unclaimed job created between just before the request was sent and just after
 * its answer came, preferring one whose `totalCount` equals the ids sent.
 */
import { jobCreated, jobIdOf, type RecoveryJob } from '../../core/oic/monitoring/recovery-jobs.js'

/** Clock skew allowed between this runner and the service when matching a job's `createdDate`. */
export const JOB_MATCH_SLACK_MS = 120_000

/** A job this run started. */
export interface JobRef {
  /** From the answer, or from the list item's `id`/`self` link. */
  id?: string
  /** When the request that started it was sent and answered (epoch ms, runner clock). */
  since: number
  until: number
  /** Ids sent in that request. */
  size: number
  /** The list item it was matched with (`createdDate` as sent), for jobs without id. */
  createdDate?: string
  /** Latest state read. */
  state?: RecoveryJob
}

const claimKey = (job: RecoveryJob): string =>
  `${job.createdDate ?? job.creationDate ?? ''}#${job.totalCount ?? ''}`

/**
 * Updates the id-less `refs` from one listing of the recovery jobs: refs already matched read their item again,
 * the others claim an unclaimed item created in their time span. Returns how many refs are matched.
 */
export function matchJobs(refs: readonly JobRef[], listed: readonly RecoveryJob[]): number {
  const claimed = new Set<string>()
  const byKey = new Map(listed.map(j => [claimKey(j), j]))
  for (const ref of refs) {
    if (ref.id || ref.createdDate === undefined) continue
    const job = byKey.get(`${ref.createdDate}#${ref.state?.totalCount ?? ''}`)
    if (!job) continue
    claimed.add(claimKey(job))
    adopt(ref, job)
  }
  const free = listed
    .filter(j => !claimed.has(claimKey(j)))
    .sort((a, b) => (jobCreated(a) ?? 0) - (jobCreated(b) ?? 0))
  for (const ref of refs) {
    if (ref.id || ref.createdDate !== undefined) continue
    const inSpan = free.filter(j => {
      const t = jobCreated(j)
      return (
        t !== undefined &&
        !claimed.has(claimKey(j)) &&
        t >= ref.since - JOB_MATCH_SLACK_MS &&
        t <= ref.until + JOB_MATCH_SLACK_MS
      )
    })
    const job = inSpan.find(j => j.totalCount === ref.size) ?? inSpan[0]
    if (!job) continue
    claimed.add(claimKey(job))
    adopt(ref, job)
  }
  return refs.filter(r => r.id || r.createdDate !== undefined).length
}

function adopt(ref: JobRef, job: RecoveryJob): void {
  ref.createdDate = job.createdDate ?? job.creationDate
  ref.state = job
  const id = jobIdOf(job)
  if (id) ref.id = id
}

/** The span of recovery-job creation times to list for `refs` (UTC dates for the monitoring `q`). */
export function listSpan(refs: readonly JobRef[], now: number): { startdate: Date; enddate: Date } {
  const since = Math.min(...refs.map(r => r.since))
  return {
    startdate: new Date(since - JOB_MATCH_SLACK_MS),
    enddate: new Date(Math.max(now, ...refs.map(r => r.until)) + JOB_MATCH_SLACK_MS)
  }
}
