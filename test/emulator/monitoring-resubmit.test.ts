// Verify single and bulk resubmit: response bodies and statuses (bulk: an empty 202 unless return=sync, K2), accepted/invalid/non-recoverable accounting,
// the selectors, the 50-id cap switch, role checks, and that a lost bulk response never resubmits twice.
import { describe, expect, it } from '@jest/globals'
import type { MonitoringSeedBlock } from '../../emulator/src/monitoring/seed-format.js'
import {
  dateQ,
  MONITOR_CLIENT,
  monitoringSeed,
  useMonitoringClient,
  type ErrorItem,
  type Problem
} from '../support/emulator-monitoring.js'

const BULK_KEY = 'POST /ic/api/integration/v1/monitoring/errors/resubmit'

const SEED: MonitoringSeedBlock = {
  seed: 'resubmit-test',
  errors: {
    list: [
      ...['r1', 'r2', 'r3', 'r4', 'r5'].map((id, i) => ({
        id,
        integration: 'SO_CREATE_ORDER|01.00.0001',
        ageMinutes: 5 + i,
        connection: 'ERP_CLOUD'
      })),
      { id: '19', integration: 'SO_CREATE_ORDER|01.00.0001', ageMinutes: 3 },
      { id: '20', integration: 'SO_CREATE_ORDER|01.00.0001', ageMinutes: 3 },
      { id: 'n1', integration: 'SO_CREATE_ORDER|01.00.0001', ageMinutes: 4, recoverable: false },
      ...['s1', 's2', 's3'].map(id => ({ id, integration: 'SO_NOTIFY_SHIPMENT', ageMinutes: 30 })),
      { id: 's4', integration: 'SO_NOTIFY_SHIPMENT', ageMinutes: 120 }
    ],
    generate: [{ integration: 'SO_SYNC_CUSTOMER', count: 160, spreadMinutes: 50, connection: 'CRM' }]
  },
  instances: { list: [{ id: 'c1', integration: 'SO_CREATE_ORDER|01.00.0001', status: 'COMPLETED' }] }
}

const env = useMonitoringClient({ seed: monitoringSeed(SEED) })

interface BulkRs {
  acceptedIds: string[]
  invalidIds: string[]
  nonRecoverableIds: string[]
  message: string
  recoveryJobId?: string
  resubmitRequested: boolean
  resubmittedFailedInstances: string[]
  resubmittedInstancesCount: number
}

const bulk = (body: unknown, client?: string) =>
  env.api.post<BulkRs>('/errors/resubmit?return=sync', body, client)
const inErrorIds = async (): Promise<Set<string>> => new Set((await env.api.errors()).map(e => e.id))
const syncIds = (): string[] =>
  [...env.api.store().instances.values()]
    .filter(i => i.integration.code === 'SO_SYNC_CUSTOMER' && i.status === 'FAILED')
    .map(i => i.id)

describe('POST /monitoring/errors/{id}/resubmit', () => {
  it('200 ErrorResubmitRs with a recovery job; the instance leaves the error list at once', async () => {
    const res = await env.api.post<Record<string, unknown>>('/errors/r1/resubmit')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      message: 'Resubmit request accepted for instance r1.',
      recoveryJobId: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
      redirectUrl: expect.stringContaining(
        `/monitoring/errors/recoveryJobs/${String(res.body.recoveryJobId)}?`
      ),
      resubmitSuccessful: true,
      resubmittedFailedInstances: []
    })
    expect(await inErrorIds()).not.toContain('r1')
    const again = await env.api.get<ErrorItem & { recoveryJobId: string }>('/errors/r1')
    expect(again.body).toMatchObject({ status: 'RECOVERING', recoveryJobId: res.body.recoveryJobId })
    expect(env.api.store().resubmitCount('r1')).toBe(1)
  })

  it('412 when the instance is no longer in error; nothing is resubmitted twice', async () => {
    const res = await env.api.post<Problem>('/errors/r1/resubmit')
    expect(res.status).toBe(412)
    expect(res.body).toMatchObject({ status: 'HTTP 412 Precondition Failed' })
    expect(res.body.title).toMatch(/not in error \(status RECOVERING\)/)
    expect(env.api.store().resubmitCount('r1')).toBe(1)
    expect(env.api.store().get('r1')?.resubmitRequests).toBe(2)
  })

  it('412 for a non-recoverable error, 404 for unknown ids and instances that never failed', async () => {
    const nonRecoverable = await env.api.post<Problem>('/errors/n1/resubmit')
    expect(nonRecoverable.status).toBe(412)
    expect(nonRecoverable.body.title).toMatch(/not recoverable; discard it/)
    expect((await env.api.post<Problem>('/errors/nope/resubmit')).status).toBe(404)
    expect((await env.api.post<Problem>('/errors/c1/resubmit')).status).toBe(404)
    expect(env.api.store().resubmitCount('n1')).toBe(0)
  })

  it('takes a recoveryTraceLevel; an unknown level is a 400', async () => {
    const res = await env.api.post<{ recoveryJobId: string }>('/errors/r2/resubmit', {
      recoveryTraceLevel: 'audit'
    })
    expect(res.status).toBe(200)
    expect(env.api.store().jobs.get(res.body.recoveryJobId)?.traceLevel).toBe('Audit')
    const bad = await env.api.post<Problem>('/errors/r3/resubmit', { recoveryTraceLevel: 'Verbose' })
    expect(bad.status).toBe(400)
    expect(bad.body.title).toMatch(/Production, Audit, Debug/)
    expect(env.api.store().resubmitCount('r3')).toBe(0)
  })

  it('the resubmitStatus switch answers 202 instead', async () => {
    env.api.emu.switches.resubmitStatus = 202
    try {
      expect((await env.api.post('/errors/r3/resubmit')).status).toBe(202)
    } finally {
      env.api.emu.switches.resubmitStatus = 200
    }
  })
})

describe('POST /monitoring/errors/resubmit (bulk)', () => {
  it('202 with accepted, invalid and non-recoverable ids; numeric ids are accepted', async () => {
    const res = await bulk({ ids: ['r4', 19, 'n1', 'nope', 'c1', 'r1', 'r4', '20'] })
    expect(res.status).toBe(202)
    expect(res.body).toEqual({
      acceptedIds: ['r4', '19', '20'],
      invalidIds: ['nope', 'c1', 'r1'],
      nonRecoverableIds: ['n1'],
      message: expect.stringMatching(/accepted for 3 of 7 instances/),
      recoveryJobId: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
      resubmitRequested: true,
      resubmittedFailedInstances: [],
      resubmittedInstancesCount: 3
    })
    const job = env.api.store().jobs.get(res.body.recoveryJobId!)
    expect(job?.instanceIds).toEqual(['r4', '19', '20'])
    const errors = await inErrorIds()
    for (const id of ['r4', '19', '20']) {
      expect(errors).not.toContain(id)
      expect(env.api.store().resubmitCount(id)).toBe(1)
    }
    expect(errors).toContain('n1')
    expect(env.api.store().get('r4')?.resubmitRequests).toBe(2)
  })

  it('202 without a recovery job when nothing can be resubmitted', async () => {
    const res = await bulk({ ids: ['n1', 'nope'] })
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({
      acceptedIds: [],
      resubmitRequested: false,
      resubmittedInstancesCount: 0
    })
    expect(res.body.recoveryJobId).toBeUndefined()
  })

  it('without return=sync: 202 with an empty body, and the instances are resubmitted (K2)', async () => {
    const ids = syncIds().slice(0, 3)
    const res = await env.api.post<undefined>('/errors/resubmit', { ids })
    expect(res.status).toBe(202)
    expect(res.body).toBeUndefined()
    expect(ids.every(id => env.api.store().resubmitCount(id) === 1)).toBe(true)
  })

  it.each([
    ['always', '/errors/resubmit', true],
    ['never', '/errors/resubmit?return=sync', false]
  ] as const)('the bulkResubmitBody switch %s: %s answers a body: %s', async (mode, path, body) => {
    env.api.emu.switches.bulkResubmitBody = mode
    try {
      const ids = syncIds().slice(0, 2)
      const res = await env.api.post<BulkRs | undefined>(path, { ids })
      expect(res.status).toBe(202)
      if (body) expect(res.body?.acceptedIds).toEqual(ids)
      else expect(res.body).toBeUndefined()
      expect(ids.every(id => env.api.store().resubmitCount(id) === 1)).toBe(true)
    } finally {
      env.api.emu.switches.bulkResubmitBody = 'sync'
    }
  })

  it.each([
    [{}, /must name ids, flowCode/],
    [{ ids: [] }, /non-empty array/],
    [{ ids: 'r5' }, /non-empty array/],
    [{ ids: [{ id: 'r5' }] }, /Invalid id/],
    [{ ids: [-1] }, /Invalid id/],
    [['r5'], /JSON object/]
  ])('400 for body %j', async (body, detail) => {
    const res = await env.api.post<Problem>('/errors/resubmit', body)
    expect(res.status).toBe(400)
    expect(res.body.title).toMatch(detail)
  })

  it('400 for malformed JSON', async () => {
    const res = await fetch(env.api.url('/errors/resubmit'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await env.api.token('ci-client')}`,
        'content-type': 'application/json'
      },
      body: '{"ids": ['
    })
    expect(res.status).toBe(400)
  })

  it('selects by flowCode, flowVersion and timewindow', async () => {
    const res = await bulk({ flowCode: 'SO_NOTIFY_SHIPMENT', flowVersion: '01.00.0000', timewindow: '1h' })
    expect(res.status).toBe(202)
    expect(res.body.acceptedIds.sort()).toEqual(['s1', 's2', 's3'])
    expect((await inErrorIds()).has('s4')).toBe(true)
    expect((await bulk({ flowCode: 'SO_NOTIFY_SHIPMENT', timewindow: '6h' })).body.acceptedIds).toEqual([
      's4'
    ])
    expect(
      (await env.api.post<Problem>('/errors/resubmit', { flowCode: 'X', timewindow: '9h' })).status
    ).toBe(400)
  })

  it('selects by connectionCode, startDate and endDate', async () => {
    const now = env.api.emu.clock.now()
    const q = dateQ(now - 20 * 60_000, now)
    const [, start, end] = /startdate:'(.*)', enddate:'(.*)'/.exec(q)!
    const res = await bulk({ connectionCode: 'ERP_CLOUD', startDate: start, endDate: end })
    expect(res.body.acceptedIds).toEqual(['r5'])
    expect(
      (await env.api.post<Problem>('/errors/resubmit', { connectionCode: 'CRM', startDate: 'now' })).status
    ).toBe(400)
  })
})

describe('bulkIdCap switch', () => {
  it('51 ids are a 400 naming the cap and resubmit nothing; 50 ids are accepted', async () => {
    env.api.emu.switches.bulkIdCap = 50
    try {
      const ids = syncIds().slice(0, 51)
      const tooMany = await env.api.post<Problem>('/errors/resubmit', { ids })
      expect(tooMany.status).toBe(400)
      expect(tooMany.body.title).toMatch(/51 were sent, at most 50 ids are accepted per request/)
      expect(ids.every(id => env.api.store().resubmitCount(id) === 0)).toBe(true)
      const ok = await bulk({ ids: ids.slice(0, 50) })
      expect(ok.status).toBe(202)
      expect(ok.body.acceptedIds).toHaveLength(50)
    } finally {
      env.api.emu.switches.bulkIdCap = null
    }
    const uncapped = await bulk({ ids: syncIds().slice(0, 60) })
    expect(uncapped.body.acceptedIds).toHaveLength(60)
  })
})

describe('a lost bulk response', () => {
  it('the server resubmitted exactly once; a blind retry finds nothing left to resubmit', async () => {
    const ids = syncIds().slice(0, 20)
    const before = env.api.emu.counters.mutationCount(BULK_KEY)
    env.api.emu.switches.faults.push({
      path: '/monitoring/errors/resubmit',
      kind: 'reset',
      phase: 'after',
      times: 1
    })
    await expect(bulk({ ids })).rejects.toThrow()
    expect(env.api.emu.counters.mutationCount(BULK_KEY)).toBe(before + 1)
    expect(ids.every(id => env.api.store().resubmitCount(id) === 1)).toBe(true)
    const remaining = await inErrorIds()
    expect(ids.some(id => remaining.has(id))).toBe(false)
    const retry = await bulk({ ids })
    expect(retry.body).toMatchObject({ acceptedIds: [], resubmitRequested: false })
    expect(retry.body.invalidIds).toEqual(ids)
    expect(ids.every(id => env.api.store().resubmitCount(id) === 1)).toBe(true)
    expect([...env.api.store().resubmitCounts().values()].every(n => n === 1)).toBe(true)
    env.api.emu.switches.faults.length = 0
  })
})

describe('monitor-write role', () => {
  it('ServiceMonitor and ServiceViewer may not resubmit (403) and nothing changes', async () => {
    const id = syncIds()[0]!
    for (const client of [MONITOR_CLIENT.clientId, 'viewer-client']) {
      const single = await env.api.post<Problem>(`/errors/${id}/resubmit`, undefined, client)
      expect(single.status).toBe(403)
      expect(single.body.title).toMatch(/ServiceAdministrator, ServiceDeveloper/)
      expect((await bulk({ ids: [id] }, client)).status).toBe(403)
    }
    expect(env.api.store().resubmitCount(id)).toBe(0)
    expect(env.api.store().get(id)?.status).toBe('FAILED')
  })
})
