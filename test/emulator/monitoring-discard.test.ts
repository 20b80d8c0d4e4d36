// Verify single and bulk discard: statuses and bodies, ABORTED and no longer recoverable, gone from the error
// list, the id cap, the Gen2 status switch, and the monitor-write role.
import { describe, expect, it } from '@jest/globals'
import type { MonitoringSeedBlock } from '../../emulator/src/monitoring/seed-format.js'
import {
  MONITOR_CLIENT,
  monitoringSeed,
  useMonitoringClient,
  type ErrorItem,
  type Problem
} from '../support/emulator-monitoring.js'

const SEED: MonitoringSeedBlock = {
  errors: {
    list: ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'].map((id, i) => ({
      id,
      integration: 'SO_INVOICE_EXPORT',
      recoverable: i % 2 === 0,
      ageMinutes: 10
    })),
    generate: [{ integration: 'SO_SYNC_CUSTOMER', count: 60, connection: 'CRM' }]
  },
  instances: { list: [{ id: 'c1', integration: 'SO_INVOICE_EXPORT' }] }
}

interface DiscardRs {
  abortJobId?: string
  abortedInstancesCount: number
  acceptedIds: string[]
  discardRequested: boolean
  invalidIds: string[]
  message: string
  nonDiscardableIds: string[]
}

const env = useMonitoringClient({ seed: monitoringSeed(SEED) })

const inError = async (): Promise<string[]> => (await env.api.errors()).map(e => e.id)

describe('POST /monitoring/errors/{id}/discard', () => {
  it('202 with no body; the error is ABORTED, not recoverable and gone from the list', async () => {
    const res = await fetch(env.api.url('/errors/d1/discard'), {
      method: 'POST',
      headers: { authorization: `Bearer ${await env.api.token('ci-client')}` }
    })
    expect(res.status).toBe(202)
    expect(await res.text()).toBe('')
    expect(await inError()).not.toContain('d1')
    const d1 = await env.api.get<ErrorItem>('/errors/d1')
    expect(d1.body).toMatchObject({ id: 'd1', status: 'ABORTED', recoverable: false })
    expect((await env.api.get<Record<string, unknown>>('/instances/d1')).body.abortJobId).toMatch(
      /^[A-Za-z0-9]{22}$/
    )
  })

  it('412 when no longer in error (discarded or resubmitted); 404 for unknown ids', async () => {
    const again = await env.api.post<Problem>('/errors/d1/discard')
    expect(again.status).toBe(412)
    expect(again.body.title).toMatch(/not in error \(status ABORTED\)/)
    expect((await env.api.post<Problem>('/errors/d1/resubmit')).status).toBe(412)
    expect((await env.api.post<Problem>('/errors/nope/discard')).status).toBe(404)
    expect((await env.api.post<Problem>('/errors/c1/discard')).status).toBe(404)
  })

  it('a non-recoverable error can be discarded', async () => {
    expect((await env.api.post('/errors/d2/discard')).status).toBe(202)
    expect(env.api.store().get('d2')?.status).toBe('ABORTED')
  })
})

describe('POST /monitoring/errors/discard (bulk)', () => {
  it('200 ErrorBulkDiscardRs with accepted, invalid and non-discardable ids', async () => {
    const res = await env.api.post<DiscardRs>('/errors/discard', {
      ids: ['d3', 'd4', 'd1', 'nope', 'c1', 'd3']
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      abortJobId: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
      abortedInstancesCount: 2,
      acceptedIds: ['d3', 'd4'],
      discardRequested: true,
      invalidIds: ['nope', 'c1'],
      message: 'Discarded 2 of 5 instances (6 requested ids).',
      nonDiscardableIds: ['d1']
    })
    const errors = await inError()
    expect(errors).not.toContain('d3')
    expect(errors).not.toContain('d4')
    expect(env.api.store().get('d3')?.abortJobId).toBe(res.body.abortJobId)
  })

  it('nothing to discard: discardRequested false and no abortJobId', async () => {
    const res = await env.api.post<DiscardRs>('/errors/discard', { ids: ['d1'] })
    expect(res.body).toMatchObject({
      discardRequested: false,
      abortedInstancesCount: 0,
      nonDiscardableIds: ['d1']
    })
    expect(res.body.abortJobId).toBeUndefined()
  })

  it('selects by flowCode and by connectionCode', async () => {
    const byFlow = await env.api.post<DiscardRs>('/errors/discard', {
      flowCode: 'SO_INVOICE_EXPORT',
      timewindow: '1h'
    })
    expect(byFlow.body.acceptedIds.sort()).toEqual(['d5', 'd6'])
    const byConnection = await env.api.post<DiscardRs>('/errors/discard', { connectionCode: 'CRM' })
    expect(byConnection.body.abortedInstancesCount).toBe(60)
    expect(await inError()).toEqual([])
  })

  it('the bulkIdCap switch applies; bulkDiscardStatus gives Gen2 202', async () => {
    env.api.emu.switches.bulkIdCap = 50
    env.api.emu.switches.bulkDiscardStatus = 202
    try {
      const ids = Array.from({ length: 51 }, (_, i) => `x${i}`)
      const tooMany = await env.api.post<Problem>('/errors/discard', { ids })
      expect(tooMany.status).toBe(400)
      expect(tooMany.body.title).toMatch(/at most 50 ids/)
      expect((await env.api.post('/errors/discard', { ids: ids.slice(0, 50) })).status).toBe(202)
    } finally {
      env.api.emu.switches.bulkIdCap = null
      env.api.emu.switches.bulkDiscardStatus = 200
    }
  })

  it('400 for a body without a selector', async () => {
    expect((await env.api.post<Problem>('/errors/discard', { flowVersion: '01.00.0000' })).status).toBe(400)
  })

  it('ServiceMonitor may not discard (403)', async () => {
    expect(
      (await env.api.post<Problem>('/errors/d5/discard', undefined, MONITOR_CLIENT.clientId)).status
    ).toBe(403)
    expect(
      (await env.api.post<Problem>('/errors/discard', { ids: ['d5'] }, MONITOR_CLIENT.clientId)).status
    ).toBe(403)
  })
})
