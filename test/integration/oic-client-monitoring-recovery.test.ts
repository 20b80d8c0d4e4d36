// Verify the typed recovery-job and collect clients against the emulator: documented count-only jobs followed on the
// emulator clock (K3), the older detailed jobs, return=sync and an empty 202 (K2), q with a partial job id and dates,
// typed 404s, and collectErrors paging by totalRecordsCount under a page cap (K4), its check, and sliding the window
// past the offset cap without duplicates.
import { describe, expect, it } from '@jest/globals'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { collectErrors } from '../../src/core/oic/monitoring/collect.js'
import { listErrors, resubmitError, resubmitErrors } from '../../src/core/oic/monitoring/error-instances.js'
import {
  getRecoveryJob,
  jobCreated,
  jobEnded,
  jobIdOf,
  listAllRecoveryJobs,
  listRecoveryJobs,
  RECOVERY_JOB_DONE
} from '../../src/core/oic/monitoring/recovery-jobs.js'
import { httpError, useOicClient } from '../support/oic-client.js'

const MANY = 650
const PROD = {
  name: 'prod',
  monitoring: {
    seed: 'client-recovery',
    errors: {
      list: [
        { id: 'R_ONE', integration: 'ORDERS|01.00.0000', ageMinutes: 2, recovery: ['recover'] },
        { id: 'R_TWO', integration: 'ORDERS|01.00.0000', ageMinutes: 3, recovery: ['fail'] },
        { id: 'R_THREE', integration: 'ORDERS|01.00.0000', ageMinutes: 4, recovery: ['recover'] }
      ],
      generate: [{ integration: 'MANY|01.00.0000', count: MANY, spreadMinutes: 50 }]
    }
  }
} as unknown as InstanceSeed

const env = useOicClient('prod', { instances: [PROD], switches: { recoveryJobDelayMs: 60_000 } })

describe('recovery jobs', () => {
  it('documented jobs (counts only, K3): getRecoveryJob follows a job until jobEnded on the emulator clock', async () => {
    const single = (await resubmitError(env.prod, 'R_ONE')).recoveryJobId!
    const bulk = (await resubmitErrors(env.prod, ['R_TWO', 'R_THREE']))!.recoveryJobId!

    const running = await listRecoveryJobs(env.prod, {})
    expect(running).toMatchObject({ totalResults: 2, totalRecordsCount: 2, timeWindow: '1h' })
    expect(running.items?.every(j => j.id === undefined && j.status === undefined && !jobEnded(j))).toBe(true)
    const job = await getRecoveryJob(env.prod, bulk)
    expect(job).toEqual({
      createdDate: expect.stringMatching(/\+0000$/),
      totalCount: 2,
      recoveredCount: 0,
      failedCount: 0,
      inProgressCount: 2
    })
    expect(jobEnded(job)).toBe(false)
    expect(jobIdOf(job)).toBeUndefined()
    expect(Math.abs(jobCreated(job)! - env.emu.clock.now())).toBeLessThan(1000)

    env.emu.clock.advance(60_000)
    const done = await getRecoveryJob(env.prod, bulk)
    expect(done).toMatchObject({ totalCount: 2, recoveredCount: 1, failedCount: 1, inProgressCount: 0 })
    expect(jobEnded(done)).toBe(true)
    expect(jobEnded(await getRecoveryJob(env.prod, single))).toBe(true)
    await httpError(getRecoveryJob(env.prod, 'nope'), 404, "No error recovery job with id 'nope'.")
  })

  it('detailed jobs (older reading): id, status and self link are read; listAllRecoveryJobs pages', async () => {
    env.emu.switches.recoveryJobFields = 'detailed'
    env.emu.switches.monitoringPageCap = 1
    try {
      const { jobs, requests } = await listAllRecoveryJobs(env.prod, { timewindow: '1d' })
      expect(requests).toBe(2)
      const [newest, older] = jobs.map(j => j.id)
      expect(jobs.every(j => jobEnded(j) && RECOVERY_JOB_DONE.has(String(j.status)))).toBe(true)
      expect(jobIdOf({ links: jobs[0]!.links })).toBe(newest)
      const byId = await listRecoveryJobs(env.prod, { jobId: older!.slice(4, 12) })
      expect(byId.items?.map(j => j.id)).toEqual([older])
      const now = env.emu.clock.now()
      expect(await listRecoveryJobs(env.prod, { startdate: new Date(now + 60_000) })).toMatchObject({
        totalRecordsCount: 0,
        items: []
      })
    } finally {
      env.emu.switches.recoveryJobFields = 'documented'
      env.emu.switches.monitoringPageCap = null
    }
  })

  it('resubmitErrors sends return=sync; an empty 202 (a server that ignores it) is undefined', async () => {
    env.emu.switches.bulkResubmitBody = 'never'
    try {
      const ids = (await listErrors(env.prod, { code: 'MANY' }, { offset: 0, limit: 2 })).items!.map(
        i => i.id
      )
      expect(await resubmitErrors(env.prod, ids)).toBeUndefined()
      expect(ids.every(id => env.emu.state.get('prod')!.monitoring.resubmitCount(id) === 1)).toBe(true)
    } finally {
      env.emu.switches.bulkResubmitBody = 'sync'
    }
  })
})

describe('collectErrors', () => {
  const MANY_LEFT = MANY - 2
  it('pages through every error by totalRecordsCount (no hasMore)', async () => {
    const log: string[] = []
    const all = await collectErrors(
      env.prod,
      { code: 'MANY' },
      { max: 5000, pageSize: 100, now: env.emu.clock.now, log: l => void log.push(l) }
    )
    expect(all).toMatchObject({ listed: MANY_LEFT, unread: 0, overMax: 0, requests: 7, slides: 0 })
    expect(new Set(all.items.map(i => i.id)).size).toBe(MANY_LEFT)
    expect(log).toEqual([])
  })

  it('under a server page cap, keeps paging past short pages until totalRecordsCount', async () => {
    env.emu.switches.monitoringPageCap = 40
    try {
      const options = { max: 5000, pageSize: 100, now: () => env.emu.clock.now(), log: () => undefined }
      const all = await collectErrors(env.prod, { code: 'MANY' }, options)
      expect(all).toMatchObject({ listed: MANY_LEFT, requests: Math.ceil(MANY_LEFT / 40) })
      env.emu.switches.monitoringHasMore = true
      const older = await collectErrors(env.prod, { code: 'MANY' }, options)
      expect(older).toMatchObject({ listed: MANY_LEFT, requests: Math.ceil(MANY_LEFT / 40) })
    } finally {
      env.emu.switches.monitoringPageCap = null
      env.emu.switches.monitoringHasMore = false
    }
  })

  it('leaves alone what check refuses, and counts what max-instances left', async () => {
    let n = 0
    const capped = await collectErrors(
      env.prod,
      { code: 'MANY' },
      {
        max: 120,
        pageSize: 100,
        now: () => env.emu.clock.now(),
        log: () => undefined,
        check: async () => (n++ % 10 === 0 ? 'other-project' : undefined)
      }
    )
    expect(capped).toMatchObject({ requests: 2, listed: 200, overMax: 60, unread: MANY_LEFT - 200 })
    expect(capped.items).toHaveLength(120)
    expect(capped.leftAlone).toHaveLength(20)
  })

  it('slides the time window when the server caps the offset (400), without duplicates', async () => {
    env.emu.switches.monitoringMaxOffset = 500
    try {
      const log: string[] = []
      const options = {
        max: 5000,
        pageSize: 100,
        now: () => env.emu.clock.now(),
        log: (l: string) => void log.push(l)
      }
      const all = await collectErrors(env.prod, { code: 'MANY', timewindow: '1h' }, options)
      expect(all.slides).toBeGreaterThanOrEqual(1)
      expect(all.items).toHaveLength(MANY_LEFT)
      expect(new Set(all.items.map(i => i.id)).size).toBe(MANY_LEFT)
      expect(log[0]).toMatch(/^The server caps the offset at 600; continuing with the window ending /)
    } finally {
      env.emu.switches.monitoringMaxOffset = null
    }
  })
})
