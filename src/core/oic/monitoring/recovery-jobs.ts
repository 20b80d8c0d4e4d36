/**
 * Error recovery jobs (contract §9.7, K3): the jobs a resubmit starts, polled until they end. Oracle's
 * RecoveryJobRs has `createdDate`, `totalCount`, `recoveredCount`, `failedCount` and `inProgressCount` — no
 * `status` and no `id` (op page "Retrieve an Error Recovery Job"); a job is addressed by the `recoveryJobId` a
 * resubmit answers. Older readings (`id`, `status`, `creationDate`) are read when present.
 */
import type { HttpClient } from '../../http/client.js'
import { apiPath, getJson, type Link } from '../api.js'
import type { MonitoringCollection } from './error-instances.js'
import { maxPagesOf } from '../page-guard.js'
import { readPages } from './paging.js'
import { monitoringQ, type MonitoringFilter } from './q.js'

/** A recovery job (RecoveryJobRs). Every field is optional: read defensively. */
export interface RecoveryJob {
  createdDate?: string
  totalCount?: number
  recoveredCount?: number
  failedCount?: number
  inProgressCount?: number
  /** Not documented; some servers may send them. */
  id?: string
  status?: string
  creationDate?: string
  links?: Link[]
}

/** Statuses after which a job no longer changes, for servers that send a `status` and no counts. */
export const RECOVERY_JOB_DONE = new Set([
  'COMPLETED',
  'FAILED',
  'ABORTED',
  'PARTIAL',
  'PARTIALLY_COMPLETED',
  'SUCCEEDED'
])

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/**
 * True when the job has ended: `inProgressCount` is 0, or `recoveredCount + failedCount >= totalCount` (contract
 * K3); only a job without counts is judged by a `status`, when it has one.
 */
export function jobEnded(job: RecoveryJob | undefined): boolean {
  if (!job) return false
  const inProgress = count(job.inProgressCount)
  const total = count(job.totalCount)
  const settled = (count(job.recoveredCount) ?? 0) + (count(job.failedCount) ?? 0)
  if (inProgress !== undefined && inProgress === 0) return true
  if (total !== undefined && (job.recoveredCount !== undefined || job.failedCount !== undefined))
    return settled >= total
  if (inProgress !== undefined) return false
  return job.status !== undefined && RECOVERY_JOB_DONE.has(String(job.status).toUpperCase())
}

/** When the job was created (epoch ms), from `createdDate` or an older `creationDate`. */
export function jobCreated(job: RecoveryJob): number | undefined {
  const text = job.createdDate ?? job.creationDate
  if (!text) return undefined
  const t = Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'))
  return Number.isNaN(t) ? undefined : t
}

/** The job's id: its `id`, or the last segment of its `self` link; undefined when it has neither. */
export function jobIdOf(job: RecoveryJob): string | undefined {
  if (typeof job.id === 'string' && job.id) return job.id
  const self = job.links?.find(l => l.rel === 'self')?.href
  const m = self ? /\/recoveryJobs\/([^/?#]+)/.exec(self) : null
  return m?.[1] ? decodeURIComponent(m[1]) : undefined
}

/** `GET /monitoring/errors/recoveryJobs` (one page). */
export const listRecoveryJobs = (
  client: HttpClient,
  filter: MonitoringFilter & { jobId?: string },
  page: { offset: number; limit: number } = { offset: 0, limit: 100 }
): Promise<MonitoringCollection<RecoveryJob>> =>
  getJson(client, apiPath('monitoring', 'errors', 'recoveryJobs'), 'list recovery jobs', {
    q: monitoringQ({ ...filter, primaryValue: filter.jobId ?? filter.primaryValue }),
    ...page
  })

/** Every recovery job matching `filter`, page by page (contract K4), with the requests it took. */
export async function listAllRecoveryJobs(
  client: HttpClient,
  filter: MonitoringFilter,
  pageSize = 100
): Promise<{ jobs: RecoveryJob[]; requests: number }> {
  const jobs: RecoveryJob[] = []
  const read = await readPages<RecoveryJob>(
    (offset, limit) => listRecoveryJobs(client, filter, { offset, limit }),
    {
      pageSize,
      label: 'list recovery jobs',
      maxPages: maxPagesOf(client),
      onItems: items => void jobs.push(...items)
    }
  )
  return { jobs, requests: read.requests }
}

/** `GET /monitoring/errors/recoveryJobs/{id}`. */
export const getRecoveryJob = (client: HttpClient, id: string): Promise<RecoveryJob> =>
  getJson(client, apiPath('monitoring', 'errors', 'recoveryJobs', id), `get recovery job ${id}`)
