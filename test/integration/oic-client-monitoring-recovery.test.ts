// Verify the typed recovery-job and collect clients against the emulator: jobs followed on the emulator clock, q with a
// partial job id and dates, typed 404s, and collectErrors sliding the window past the offset cap without duplicates.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { start, type Emulator } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import type { HttpClient } from '../../src/core/http/client.js'
import { collectErrors } from '../../src/core/oic/monitoring/collect.js'
import { resubmitError, resubmitErrors } from '../../src/core/oic/monitoring/errors.js'
import {
  getRecoveryJob,
  listRecoveryJobs,
  RECOVERY_JOB_DONE
} from '../../src/core/oic/monitoring/recovery-jobs.js'
import { testSeed } from '../support/emulator.js'
import { httpError } from '../support/oic-client.js'
import { clientFor } from '../support/promotion.js'

const MON = '/ic/api/integration/v1/monitoring'
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
let emu: Emulator
let prod: HttpClient

beforeAll(async () => {
  emu = await start({ seed: testSeed([PROD]), switches: { recoveryJobDelayMs: 300 } })
  prod = await clientFor(emu, 'prod')
})
afterAll(async () => {
  await prod.close()
  await emu.stop()
})

describe('recovery jobs', () => {
  it('listRecoveryJobs and getRecoveryJob follow a job from IN_PROGRESS to its end on the emulator clock', async () => {
    const single = (await resubmitError(prod, 'R_ONE')).recoveryJobId!
    const bulk = (await resubmitErrors(prod, ['R_TWO', 'R_THREE'])).recoveryJobId!

    const running = await listRecoveryJobs(prod, {})
    expect(running).toMatchObject({ totalResults: 2, hasMore: false, timeWindow: '1h' })
    expect(running.items?.map(j => j.id)).toEqual([bulk, single])
    expect(running.items?.every(j => j.status === 'IN_PROGRESS' && !RECOVERY_JOB_DONE.has(j.status))).toBe(
      true
    )
    expect(await getRecoveryJob(prod, bulk)).toMatchObject({
      id: bulk,
      status: 'IN_PROGRESS',
      totalCount: 2,
      recoveredCount: 0,
      failedCount: 0,
      instances: [
        { id: 'R_TWO', status: 'RECOVERING' },
        { id: 'R_THREE', status: 'RECOVERING' }
      ]
    })

    emu.clock.advance(300)
    const done = await getRecoveryJob(prod, bulk)
    expect(done).toMatchObject({ status: 'COMPLETED', totalCount: 2, recoveredCount: 1, failedCount: 1 })
    expect(RECOVERY_JOB_DONE.has(done.status!)).toBe(true)
    expect(done.links?.[0]?.href).toBe(
      `${emu.url}${MON}/errors/recoveryJobs/${bulk}?integrationInstance=prod`
    )
    expect(await getRecoveryJob(prod, single)).toMatchObject({ status: 'COMPLETED', recoveredCount: 1 })

    await httpError(getRecoveryJob(prod, 'nope'), 404, "No error recovery job with id 'nope'.")
  })

  it('listRecoveryJobs passes a partial job id (primaryValue), the dates and paging to the server', async () => {
    const [newest, older] = (await listRecoveryJobs(prod, { timewindow: '1d' })).items!.map(j => j.id)
    const byId = await listRecoveryJobs(prod, { jobId: older!.slice(4, 12) })
    expect(byId.items?.map(j => j.id)).toEqual([older])
    expect((await listRecoveryJobs(prod, { primaryValue: newest! })).items?.map(j => j.id)).toEqual([newest])

    const now = emu.clock.now()
    const future = await listRecoveryJobs(prod, { startdate: new Date(now + 60_000) })
    expect(future).toMatchObject({ totalResults: 0, items: [] })
    const past = await listRecoveryJobs(prod, {
      startdate: new Date(now - 3_600_000),
      enddate: new Date(now)
    })
    expect(past.totalResults).toBe(2)

    const one = await listRecoveryJobs(prod, { timewindow: 'RETENTIONPERIOD' }, { offset: 1, limit: 1 })
    expect(one).toMatchObject({ totalResults: 2, hasMore: false, offset: 1, limit: 1 })
    expect(one.items?.map(j => j.id)).toEqual([older])
  })
})

describe('collectErrors', () => {
  it('pages through every error without an offset cap', async () => {
    const log: string[] = []
    const all = await collectErrors(
      prod,
      { code: 'MANY' },
      { max: 5000, pageSize: 100, now: emu.clock.now, log: l => void log.push(l) }
    )
    expect(all).toMatchObject({ total: MANY, requests: 7, slides: 0 })
    expect(new Set(all.items.map(i => i.id)).size).toBe(MANY)
    expect(log).toEqual([])
  })

  it('slides the time window when the server caps the offset (400), without duplicates', async () => {
    emu.switches.monitoringMaxOffset = 500
    try {
      const log: string[] = []
      const options = {
        max: 5000,
        pageSize: 100,
        now: () => emu.clock.now(),
        log: (l: string) => void log.push(l)
      }
      const all = await collectErrors(prod, { code: 'MANY', timewindow: '1h' }, options)
      expect(all.slides).toBeGreaterThanOrEqual(1)
      expect(all.total).toBe(MANY)
      expect(all.items).toHaveLength(MANY)
      expect(new Set(all.items.map(i => i.id)).size).toBe(MANY)
      expect(log[0]).toMatch(/^The server caps the offset at 600; continuing with the window ending /)

      const capped = await collectErrors(prod, { code: 'MANY' }, { ...options, max: 120 })
      expect(capped).toMatchObject({ total: MANY, requests: 2, slides: 0 })
      expect(capped.items).toHaveLength(120)

      await httpError(
        collectErrors(prod, { code: 'MANY', recoverable: 'maybe' as unknown as boolean }, options),
        400,
        /Invalid recoverable 'maybe'/
      )
    } finally {
      emu.switches.monitoringMaxOffset = null
    }
  })
})
