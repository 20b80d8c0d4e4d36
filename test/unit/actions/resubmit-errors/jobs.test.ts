// Verify how id-less recovery jobs (an empty 202, K2; count-only jobs, K3) are found in the recovery-job list:
// the oldest unclaimed job in the request's time span, preferring the same total; matched jobs are read again.
import { describe, expect, it } from '@jest/globals'
import {
  JOB_MATCH_SLACK_MS,
  listSpan,
  matchJobs,
  type JobRef
} from '../../../../src/actions/resubmit-errors/jobs.js'
import type { RecoveryJob } from '../../../../src/core/oic/monitoring/recovery-jobs.js'

const T = Date.UTC(2026, 11, 1, 15, 0, 0)
const at = (ms: number): string => new Date(T + ms).toISOString().replace('Z', '+0000')
const job = (ms: number, total: number, extra: Partial<RecoveryJob> = {}): RecoveryJob => ({
  createdDate: at(ms),
  totalCount: total,
  recoveredCount: 0,
  failedCount: 0,
  inProgressCount: total,
  ...extra
})

describe('matchJobs', () => {
  it('gives each request the job created in its span, preferring the same totalCount', () => {
    const refs: JobRef[] = [
      { since: T, until: T + 100, size: 50 },
      { since: T + 200, until: T + 300, size: 20 }
    ]
    const listed = [job(250, 20), job(50, 50), job(-10 * JOB_MATCH_SLACK_MS, 50)]
    expect(matchJobs(refs, listed)).toBe(2)
    expect(refs.map(r => [r.createdDate, r.state?.totalCount])).toEqual([
      [at(50), 50],
      [at(250), 20]
    ])
    // The next listing: the same jobs, now ended, are read again by their createdDate.
    matchJobs(refs, [
      job(250, 20, { recoveredCount: 20, inProgressCount: 0 }),
      job(50, 50, { inProgressCount: 0 })
    ])
    expect(refs.map(r => r.state?.inProgressCount)).toEqual([0, 0])
  })

  it('leaves a request unmatched while its job is not listed, and adopts an id when the list gives one', () => {
    const refs: JobRef[] = [{ since: T, until: T, size: 5 }]
    expect(matchJobs(refs, [])).toBe(0)
    expect(matchJobs(refs, [job(10, 5, { id: 'J1' })])).toBe(1)
    expect(refs[0]?.id).toBe('J1')
  })

  it('never gives one job to two requests', () => {
    const refs: JobRef[] = [
      { since: T, until: T, size: 5 },
      { since: T, until: T, size: 5 }
    ]
    expect(matchJobs(refs, [job(0, 5)])).toBe(1)
    expect(refs[1]?.createdDate).toBeUndefined()
  })
})

describe('listSpan', () => {
  it('covers every request with the slack on both sides', () => {
    const span = listSpan(
      [
        { since: T, until: T + 10, size: 1 },
        { since: T + 50, until: T + 60, size: 1 }
      ],
      T + 100
    )
    expect(span).toEqual({
      startdate: new Date(T - JOB_MATCH_SLACK_MS),
      enddate: new Date(T + 100 + JOB_MATCH_SLACK_MS)
    })
  })
})
