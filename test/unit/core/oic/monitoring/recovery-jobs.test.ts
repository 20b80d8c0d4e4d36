// Verify how a recovery job is read (contract K3): ended by its counts, by status only without counts; its id from
// an id or a self link; its creation time from createdDate or an older creationDate.
import { describe, expect, it } from '@jest/globals'
import {
  jobCreated,
  jobEnded,
  jobIdOf,
  type RecoveryJob
} from '../../../../../src/core/oic/monitoring/recovery-jobs.js'

describe('jobEnded', () => {
  it.each([
    ['inProgressCount 0', { totalCount: 3, recoveredCount: 2, failedCount: 1, inProgressCount: 0 }, true],
    ['still in progress', { totalCount: 3, recoveredCount: 1, failedCount: 0, inProgressCount: 2 }, false],
    [
      'recovered + failed reach the total (no inProgressCount)',
      { totalCount: 3, recoveredCount: 2, failedCount: 1 },
      true
    ],
    [
      'counts below the total, status says COMPLETED',
      { totalCount: 3, recoveredCount: 1, inProgressCount: 2, status: 'COMPLETED' },
      false
    ],
    ['status only (older reading)', { status: 'completed' }, true],
    ['status IN_PROGRESS only', { status: 'IN_PROGRESS' }, false],
    ['nothing at all', {}, false]
  ] as Array<[string, RecoveryJob, boolean]>)('%s', (_name, job, ended) => {
    expect(jobEnded(job)).toBe(ended)
  })

  it('a job never read has not ended', () => {
    expect(jobEnded(undefined)).toBe(false)
  })
})

describe('jobIdOf and jobCreated', () => {
  it('reads an id, or the last segment of a self link; none for documented jobs', () => {
    expect(jobIdOf({ id: 'abc' })).toBe('abc')
    expect(
      jobIdOf({
        links: [
          {
            rel: 'self',
            href: 'https://x/ic/api/integration/v1/monitoring/errors/recoveryJobs/a%2Bb?integrationInstance=p'
          }
        ]
      })
    ).toBe('a+b')
    expect(jobIdOf({ createdDate: '2026-12-01T15:00:00.123+0000', totalCount: 1 })).toBeUndefined()
  })

  it('parses Oracle dates with +0000', () => {
    expect(jobCreated({ createdDate: '2026-12-01T15:00:00.123+0000' })).toBe(
      Date.UTC(2026, 11, 1, 15, 0, 0, 123)
    )
    expect(jobCreated({ creationDate: '2026-12-01T15:00:00.000+0000' })).toBe(Date.UTC(2026, 11, 1, 15))
    expect(jobCreated({ createdDate: 'yesterday' })).toBeUndefined()
  })
})
