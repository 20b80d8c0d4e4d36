/**
 * `oic-actions recovery-jobs …`: the jobs a resubmit starts (seed 000 "Retrieve Error Recovery Jobs", "Retrieve an
 * Error Recovery Job"). Oracle's RecoveryJobRs has counts only (contract K3); `id` and `status` are shown when a
 * server sends them, else the id from the job's `self` link.
 */
import {
  getRecoveryJob,
  jobEnded,
  jobIdOf,
  listRecoveryJobs,
  type RecoveryJob
} from '../../core/oic/monitoring/recovery-jobs.js'
import { readPages } from '../../core/oic/monitoring/paging.js'
import { TIME_WINDOWS, type TimeWindow } from '../../core/oic/monitoring/q.js'
import { maxPagesOf } from '../../core/oic/page-guard.js'
import { limitOption, oneOf, positiveInt } from './monitoring-options.js'
import type { ResourceGroup } from './resource.js'

const DEFAULT_SHOWN = 50
const PAGE_SIZE = 100

/** A job as a table row. */
export function jobRow(job: RecoveryJob, id = jobIdOf(job)): Record<string, unknown> {
  return {
    id: id ?? '',
    created: job.createdDate ?? job.creationDate,
    total: job.totalCount,
    recovered: job.recoveredCount,
    failed: job.failedCount,
    'in-progress': job.inProgressCount,
    state: job.status ?? (jobEnded(job) ? 'ended' : 'running')
  }
}

const COLUMNS = ['id', 'created', 'total', 'recovered', 'failed', 'in-progress', 'state'] as const

/** The recovery-jobs group. */
export const group: ResourceGroup = {
  name: 'recovery-jobs',
  summary: 'list and show error recovery jobs (what resubmits started)',
  operations: [
    {
      name: 'list',
      summary: 'recovery jobs, newest first (default: the last hour)',
      effect: 'read',
      options: {
        'time-window': { description: `${TIME_WINDOWS.join(', ')} (the server's default: 1h)` },
        job: { description: 'a job id, whole or part (q primaryValue)' },
        limit: limitOption(DEFAULT_SHOWN)
      },
      run: async ({ client, options }) => {
        const max = positiveInt(options, 'limit', DEFAULT_SHOWN)
        const filter = {
          timewindow: oneOf<TimeWindow>(options, 'time-window', TIME_WINDOWS),
          jobId: options.job || undefined
        }
        const jobs: RecoveryJob[] = []
        await readPages<RecoveryJob>((offset, limit) => listRecoveryJobs(client, filter, { offset, limit }), {
          pageSize: PAGE_SIZE,
          label: 'list recovery jobs',
          maxPages: maxPagesOf(client),
          onItems: page => {
            jobs.push(...page.slice(0, max - jobs.length))
            return jobs.length < max
          }
        })
        return { kind: 'table', columns: COLUMNS, rows: jobs.map(j => jobRow(j)), json: jobs }
      }
    },
    {
      name: 'get',
      summary: 'one recovery job: its counts (ended when nothing is in progress)',
      args: ['JOB'],
      effect: 'read',
      run: async ({ client, args }) => {
        const job = await getRecoveryJob(client, args.JOB ?? '')
        return { kind: 'table', columns: COLUMNS, rows: [jobRow(job, jobIdOf(job) ?? args.JOB)], json: job }
      }
    }
  ]
}
