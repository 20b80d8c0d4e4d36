// Verify following recovery jobs on a fake clock (no sleeping): jobs with an id are read one by one, jobs known only
// by when they were started are found in the recovery-job list (K2/K3), every job is followed until its counts say it
// ended, and the wait ends at the timeout with the jobs still running reported as such.
import { describe, expect, it } from '@jest/globals'
import { FIRST_CHECK_MS, followedJob, followJobs } from '../../../../src/actions/resubmit-errors/follow.js'
import type { JobRef } from '../../../../src/actions/resubmit-errors/jobs.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import type { RecoveryJob } from '../../../../src/core/oic/monitoring/recovery-jobs.js'

const T = Date.UTC(2026, 11, 1, 12, 0, 0)
const oracleDate = (ms: number): string => new Date(ms).toISOString().replace('Z', '+0000')
const job = (
  total: number,
  recovered: number,
  failed = 0,
  extra: Partial<RecoveryJob> = {}
): RecoveryJob => ({
  createdDate: oracleDate(T + 50),
  totalCount: total,
  recoveredCount: recovered,
  failedCount: failed,
  inProgressCount: total - recovered - failed,
  ...extra
})

/**
 * A client answering `GET …/recoveryJobs/{id}` from `byId[id]` and the job list from `listed`, one answer per read
 * (the last repeats); records the paths read.
 */
function fakeClient(
  byId: Record<string, RecoveryJob[]>,
  listed: RecoveryJob[][] = []
): { client: HttpClient; paths: string[] } {
  const paths: string[] = []
  const next = <X>(answers: X[]): X | undefined => (answers.length > 1 ? answers.shift() : answers[0])
  const client = {
    json: async (req: HttpRequest) => {
      paths.push(req.path.replace(/^.*\/monitoring\/errors\//, ''))
      const id = /\/recoveryJobs\/([^/]+)$/.exec(req.path)?.[1]
      if (id) return { status: 200, headers: {}, body: next(byId[id] ?? []) ?? {} }
      const items = next(listed) ?? []
      return { status: 200, headers: {}, body: { items, totalResults: items.length } }
    }
  } as unknown as HttpClient
  return { client, paths }
}

/** A clock that sleeps by moving on, with the waits it was asked for. */
function clock(): { sleep: (ms: number) => Promise<void>; now: () => number; slept: number[] } {
  let t = T + 1_000
  const slept: number[] = []
  return { sleep: async ms => void (slept.push(ms), (t += ms)), now: () => t, slept }
}

describe('followJobs', () => {
  it('asks nothing and waits for nothing without jobs', async () => {
    const { client, paths } = fakeClient({})
    const c = clock()
    expect(await followJobs(client, [], 60_000, c)).toEqual({ jobs: [], timedOut: false, requests: 0 })
    expect(paths).toEqual([])
    expect(c.slept).toEqual([])
  })

  it('reads jobs with an id until their counts say they ended, first after FIRST_CHECK_MS', async () => {
    const { client, paths } = fakeClient({ J1: [job(3, 1), job(3, 2, 1)], J2: [job(1, 1)] })
    const refs: JobRef[] = [
      { id: 'J1', since: T, until: T + 100, size: 3 },
      { id: 'J2', since: T, until: T + 100, size: 1 }
    ]
    const c = clock()
    const result = await followJobs(client, refs, 60_000, c)
    expect(c.slept[0]).toBe(FIRST_CHECK_MS)
    expect(result.timedOut).toBe(false)
    expect(result.jobs).toEqual([
      { id: 'J1', status: 'ENDED', totalCount: 3, recoveredCount: 2, failedCount: 1, inProgressCount: 0 },
      { id: 'J2', status: 'ENDED', totalCount: 1, recoveredCount: 1, failedCount: 0, inProgressCount: 0 }
    ])
    // J2 ended at the first round and is not read again.
    expect(paths).toEqual(['recoveryJobs/J1', 'recoveryJobs/J2', 'recoveryJobs/J1'])
    expect(result.requests).toBe(3)
  })

  it('finds an id-less job in the recovery-job list by its time span and follows it there', async () => {
    const { client, paths } = fakeClient({}, [[job(2, 0)], [job(2, 2)]])
    const refs: JobRef[] = [{ since: T, until: T + 100, size: 2 }]
    const result = await followJobs(client, refs, 60_000, clock())
    expect(result.jobs).toEqual([
      {
        createdDate: oracleDate(T + 50),
        status: 'ENDED',
        totalCount: 2,
        recoveredCount: 2,
        failedCount: 0,
        inProgressCount: 0
      }
    ])
    expect(paths.every(p => p === 'recoveryJobs')).toBe(true)
    expect(result.requests).toBe(paths.length)
  })

  it('stops at the timeout, reporting a running job IN_PROGRESS and a job never listed NOT_FOUND', async () => {
    const { client } = fakeClient({ J1: [job(5, 1)] }, [[]])
    const refs: JobRef[] = [
      { id: 'J1', since: T, until: T + 100, size: 5 },
      { since: T, until: T + 100, size: 2 }
    ]
    const c = clock()
    const start = c.now()
    const result = await followJobs(client, refs, 10_000, c)
    expect(result.timedOut).toBe(true)
    expect(result.jobs.map(j => j.status)).toEqual(['IN_PROGRESS', 'NOT_FOUND'])
    // Never waits past the deadline.
    expect(c.now() - start).toBe(10_000)
  })
})

describe('followedJob', () => {
  it('reports a job not followed (wait: false) as NOT_FOLLOWED, keeping its id', () => {
    expect(followedJob({ id: 'J1', since: T, until: T, size: 1 }, false)).toEqual({
      id: 'J1',
      status: 'NOT_FOLLOWED',
      totalCount: undefined,
      recoveredCount: undefined,
      failedCount: undefined,
      inProgressCount: undefined
    })
  })

  it("carries the service's own status where it sends one", () => {
    const ref: JobRef = { id: 'J1', since: T, until: T, size: 1, state: { status: 'COMPLETED' } }
    expect(followedJob(ref, true)).toMatchObject({ id: 'J1', status: 'ENDED', serviceStatus: 'COMPLETED' })
  })
})
