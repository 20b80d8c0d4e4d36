// Verify recovery jobs: listing and lookup with q, lazy progress from the emulator clock, recover versus fail
// again (retryCount, back in the error list inside the window), deterministic outcomes, and related switches.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MonitoringSeedBlock } from '../../emulator/src/monitoring/seed-format.js'
import {
  dateQ,
  MonitoringClient,
  monitoringSeed,
  type ErrorItem,
  type JobItem,
  type Page,
  type Problem
} from '../support/emulator-monitoring.js'
import { startEmulator } from '../support/emulator.js'

const DELAY = 60_000
const HOUR = 3_600_000

const SEED: MonitoringSeedBlock = {
  seed: 'recovery-test',
  errors: {
    list: [
      { id: 'e1', integration: 'SO_CREATE_ORDER', recovery: ['recover'] },
      {
        id: 'e2',
        integration: 'SO_CREATE_ORDER',
        recovery: { outcomes: ['fail', 'recover'] },
        retryCount: 2
      },
      { id: 'e3', integration: 'SO_CREATE_ORDER', recovery: ['fail'] },
      { id: 'e4', integration: 'SO_CREATE_ORDER', ageMinutes: 50 }
    ],
    generate: [{ integration: 'SO_SYNC_CUSTOMER', count: 200, spreadMinutes: 30, recovery: { recover: 0.7 } }]
  }
}

let api: MonitoringClient
beforeAll(async () => {
  // Most tests read the older, detailed job view (recoveryJobFields: detailed) to follow each instance; the
  // documented default (counts only, contract K3) has its own tests below.
  api = new MonitoringClient(
    await startEmulator({
      seed: monitoringSeed(SEED),
      switches: { recoveryJobDelayMs: DELAY, recoveryJobFields: 'detailed' }
    })
  )
})
afterAll(() => api.emu.stop())

const resubmit = async (ids: string[]): Promise<string> =>
  (await api.post<{ recoveryJobId: string }>('/errors/resubmit?return=sync', { ids })).body.recoveryJobId
const job = (id: string) => api.get<JobItem>(`/errors/recoveryJobs/${id}`)
const syncIds = (): string[] =>
  [...api.store().instances.values()].filter(i => i.integration.code === 'SO_SYNC_CUSTOMER').map(i => i.id)

describe('recovery job progress', () => {
  it('stays IN_PROGRESS until recoveryJobDelayMs has passed on the emulator clock, then settles', async () => {
    const id = await resubmit(['e1', 'e2'])
    const running = await job(id)
    expect(running.status).toBe(200)
    expect(running.body).toEqual({
      id,
      status: 'IN_PROGRESS',
      type: 'BULK_RESUBMIT',
      recoveryTraceLevel: 'Production',
      creationDate: expect.stringMatching(/\+0000$/),
      createdDate: running.body.creationDate,
      lastUpdatedDate: running.body.creationDate,
      totalCount: 2,
      recoveredCount: 0,
      failedCount: 0,
      inProgressCount: 2,
      links: [
        {
          rel: 'self',
          href: expect.stringContaining(`/monitoring/errors/recoveryJobs/${id}?integrationInstance=prod`)
        }
      ],
      instances: [
        { id: 'e1', status: 'RECOVERING', retryCount: 0 },
        { id: 'e2', status: 'RECOVERING', retryCount: 2 }
      ]
    })
    api.emu.clock.advance(DELAY - 1000)
    expect((await job(id)).body.status).toBe('IN_PROGRESS')
    api.emu.clock.advance(1000)
    const done = await job(id)
    expect(done.body).toMatchObject({
      status: 'COMPLETED',
      totalCount: 2,
      recoveredCount: 1,
      failedCount: 1,
      inProgressCount: 0,
      instances: [
        { id: 'e1', status: 'COMPLETED', retryCount: 0 },
        { id: 'e2', status: 'FAILED', retryCount: 3 }
      ]
    })
    expect(Date.parse(done.body.creationDate.replace('+0000', 'Z')) + DELAY).toBe(
      Date.parse(
        String((done.body as unknown as Record<string, string>).lastUpdatedDate).replace('+0000', 'Z')
      )
    )
  })

  it('an instance that failed again is back in the error list, newest, inside the default window', async () => {
    const errors = await api.get<Page<ErrorItem>>('/errors')
    expect(errors.body.items[0]).toMatchObject({
      id: 'e2',
      status: 'FAILED',
      retryCount: 3,
      recoverable: true
    })
    expect(errors.body.items.map(e => e.id)).not.toContain('e1')
    expect((await api.get<ErrorItem>('/errors/e1')).body.status).toBe('COMPLETED')
  })

  it('its next resubmission follows the seeded outcomes (fail, then recover)', async () => {
    const id = await resubmit(['e2'])
    api.emu.clock.advance(DELAY)
    expect((await job(id)).body).toMatchObject({ status: 'COMPLETED', recoveredCount: 1 })
    const e2 = api.store().get('e2')!
    expect(e2).toMatchObject({ status: 'COMPLETED', retryCount: 3, resubmitCount: 2 })
  })

  it('a job whose instances all fail again ends FAILED', async () => {
    const id = await resubmit(['e3'])
    api.emu.clock.advance(DELAY)
    expect((await job(id)).body).toMatchObject({ status: 'FAILED', recoveredCount: 0, failedCount: 1 })
    expect(api.store().get('e3')).toMatchObject({ status: 'FAILED', retryCount: 1 })
  })

  it('a single resubmit creates a RESUBMIT job too', async () => {
    const res = await api.post<{ recoveryJobId: string }>('/errors/e3/resubmit')
    expect((await job(res.body.recoveryJobId)).body).toMatchObject({ type: 'RESUBMIT', totalCount: 1 })
    api.emu.clock.advance(DELAY)
    expect(api.store().get('e3')?.retryCount).toBe(2)
  })

  it('outcomes with a recover chance are deterministic per seed and roughly that share', async () => {
    const ids = syncIds().slice(0, 100)
    const id = await resubmit(ids)
    api.emu.clock.advance(DELAY)
    const settled = (await job(id)).body
    expect(settled.recoveredCount + settled.failedCount).toBe(100)
    expect(settled.recoveredCount).toBeGreaterThan(50)
    expect(settled.recoveredCount).toBeLessThan(90)
    const twin = new MonitoringClient(
      await startEmulator({
        seed: monitoringSeed(SEED),
        switches: { recoveryJobDelayMs: 0, recoveryJobFields: 'detailed' }
      })
    )
    try {
      const twinIds = [...twin.store().instances.values()]
        .filter(i => i.integration.code === 'SO_SYNC_CUSTOMER')
        .map(i => i.id)
        .slice(0, 100)
      expect(twinIds).toEqual(ids)
      const twinJob = (await twin.post<{ recoveryJobId: string }>('/errors/resubmit?return=sync', { ids }))
        .body.recoveryJobId
      const twinSettled = (await twin.get<JobItem>(`/errors/recoveryJobs/${twinJob}`)).body
      expect(twinSettled.status).not.toBe('IN_PROGRESS')
      expect(twinSettled.instances).toEqual(settled.instances)
    } finally {
      await twin.emu.stop()
    }
  })
})

describe('GET /monitoring/errors/recoveryJobs', () => {
  it('lists jobs of the last hour, newest first, with the envelope', async () => {
    const res = await api.get<Page<JobItem>>('/errors/recoveryJobs')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ totalResults: 5, totalRecordsCount: 5, timeWindow: '1h' })
    expect(res.body).not.toHaveProperty('hasMore')
    const created = res.body.items.map(j => Date.parse(j.creationDate.replace('+0000', 'Z')))
    expect(created).toEqual([...created].sort((a, b) => b - a))
    expect(res.body.items[0]?.instances).toBeUndefined()
    const expanded = await api.get<Page<JobItem>>('/errors/recoveryJobs', { expand: 'instances', limit: 2 })
    expect(expanded.body.items[0]?.instances?.length).toBeGreaterThan(0)
    expect(expanded.body).toMatchObject({ totalResults: 2, totalRecordsCount: 5 })
  })

  it('primaryValue matches the job id fully or partially', async () => {
    const all = (await api.get<Page<JobItem>>('/errors/recoveryJobs')).body.items
    const target = all[2]!.id
    for (const value of [target, target.slice(3, 12)]) {
      const res = await api.get<Page<JobItem>>('/errors/recoveryJobs', { q: `{primaryValue:'${value}'}` })
      expect(res.body.items.map(j => j.id)).toEqual([target])
    }
  })

  it('time windows and dates apply to the job creation time', async () => {
    const now = api.emu.clock.now()
    expect(
      (await api.get<Page<JobItem>>('/errors/recoveryJobs', { q: dateQ(now - HOUR, now) })).body.totalResults
    ).toBe(5)
    api.emu.clock.advance(2 * HOUR)
    expect((await api.get<Page<JobItem>>('/errors/recoveryJobs')).body.totalResults).toBe(0)
    const retained = await api.get<Page<JobItem>>('/errors/recoveryJobs', { q: "{timewindow:'3d'}" })
    expect(retained.body.totalResults).toBe(5)
    expect((await api.get<Problem>('/errors/recoveryJobs', { q: "{timewindow:'1w'}" })).status).toBe(400)
  })

  it('the max-offset switch applies', async () => {
    api.emu.switches.monitoringMaxOffset = 500
    try {
      expect((await api.get<Problem>('/errors/recoveryJobs', { offset: 501 })).status).toBe(400)
    } finally {
      api.emu.switches.monitoringMaxOffset = null
    }
  })

  it('an unknown job id is a 404', async () => {
    const res = await api.get<Problem>('/errors/recoveryJobs/inTwuRitEe2sHXmcDAJVyQ')
    expect(res.status).toBe(404)
    expect(res.body.title).toBe("No error recovery job with id 'inTwuRitEe2sHXmcDAJVyQ'.")
  })
})

describe('switches around recovery', () => {
  it('resubmittedStatus RESUBMITTED and a zero delay', async () => {
    const other = new MonitoringClient(
      await startEmulator({
        seed: monitoringSeed(SEED),
        switches: { resubmittedStatus: 'RESUBMITTED', recoveryJobDelayMs: 60_000 }
      })
    )
    try {
      await other.post('/errors/e4/resubmit')
      expect((await other.get<ErrorItem>('/errors/e4')).body.status).toBe('RESUBMITTED')
      other.emu.switches.recoveryJobDelayMs = 0
      await other.post('/errors/e1/resubmit')
      expect((await other.get<ErrorItem>('/errors/e1')).body.status).toBe('COMPLETED')
      expect((await other.get<ErrorItem>('/errors/e4')).body.status).toBe('RESUBMITTED')
    } finally {
      await other.emu.stop()
    }
  })
})

describe('documented RecoveryJobRs (default, contract K3)', () => {
  it('a job has createdDate and counts only; inProgressCount drops to 0 when it ends', async () => {
    api.emu.switches.recoveryJobFields = 'documented'
    try {
      const id = await resubmit(syncIds().slice(150, 153))
      const running = await api.get<Record<string, unknown>>(`/errors/recoveryJobs/${id}`)
      expect(running.body).toEqual({
        createdDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/),
        totalCount: 3,
        recoveredCount: 0,
        failedCount: 0,
        inProgressCount: 3
      })
      api.emu.clock.advance(DELAY)
      const ended = (await api.get<Record<string, number>>(`/errors/recoveryJobs/${id}`)).body
      expect(ended.inProgressCount).toBe(0)
      expect(ended.recoveredCount! + ended.failedCount!).toBe(3)
      const listed = await api.get<Page<Record<string, unknown>>>('/errors/recoveryJobs', { expand: 'all' })
      expect(listed.body).not.toHaveProperty('hasMore')
      expect(listed.body.items.every(j => !('id' in j) && !('status' in j) && !('links' in j))).toBe(true)
      expect(listed.body.items[0]).toEqual(ended)
    } finally {
      api.emu.switches.recoveryJobFields = 'detailed'
    }
  })
})
