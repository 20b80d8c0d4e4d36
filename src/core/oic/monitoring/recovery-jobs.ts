/** Error recovery jobs (contract §9.7): the jobs a resubmit starts, polled until they end. */
import type { HttpClient } from '../../http/client.js'
import { apiPath, getJson, type Link } from '../api.js'
import type { MonitoringCollection } from './errors.js'
import { monitoringQ, type MonitoringFilter } from './q.js'

/** A recovery job (RecoveryJobRs; field list undocumented, read defensively). */
export interface RecoveryJob {
  id: string
  status?: string
  creationDate?: string
  lastUpdatedDate?: string
  totalCount?: number
  recoveredCount?: number
  failedCount?: number
  links?: Link[]
}

/** Statuses after which a job no longer changes (anything but these is still running). */
export const RECOVERY_JOB_DONE = new Set([
  'COMPLETED',
  'FAILED',
  'ABORTED',
  'PARTIAL',
  'PARTIALLY_COMPLETED',
  'SUCCEEDED'
])

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

/** `GET /monitoring/errors/recoveryJobs/{id}`. */
export const getRecoveryJob = (client: HttpClient, id: string): Promise<RecoveryJob> =>
  getJson(client, apiPath('monitoring', 'errors', 'recoveryJobs', id), `get recovery job ${id}`)
