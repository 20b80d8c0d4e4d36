// Verify audit records, the message count summary, historical tracking metrics and per-integration counters.
import { describe, expect, it } from '@jest/globals'
import type { MonitoringSeedBlock } from '../../emulator/src/monitoring/seed-format.js'
import {
  MONITOR_CLIENT,
  MonitoringClient,
  monitoringSeed,
  useMonitoringClient,
  type Page,
  type Problem
} from '../support/emulator-monitoring.js'
import { startEmulator } from '../support/emulator.js'

const ORDER = 'SO_CREATE_ORDER|01.00.0001'

const SEED: MonitoringSeedBlock = {
  integrations: [
    {
      integration: { code: 'SO_CREATE_ORDER', version: '01.00.0001', name: 'Create Sales Order' },
      project: 'SALES_ORDERS'
    },
    { integration: { code: 'SO_IDLE', version: '01.00.0000', name: 'Idle Flow' }, style: 'scheduled' }
  ],
  instances: {
    list: [
      { integration: ORDER, status: 'COMPLETED', ageMinutes: 5 },
      { integration: ORDER, status: 'COMPLETED', ageMinutes: 6 },
      { integration: ORDER, status: 'IN_PROGRESS', ageMinutes: 1 },
      { integration: ORDER, status: 'ABORTED', ageMinutes: 7 },
      { integration: 'SO_SYNC_CUSTOMER', status: 'COMPLETED', ageMinutes: 3 * 60 },
      { integration: 'SO_SYNC_CUSTOMER', status: 'COMPLETED', ageMinutes: 3 * 24 * 60 }
    ]
  },
  errors: {
    list: [
      { integration: ORDER, ageMinutes: 8 },
      { integration: 'SO_SYNC_CUSTOMER', ageMinutes: 10 }
    ]
  },
  auditRecords: [
    { integration: ORDER, action: 'ACTIVATED', ageMinutes: 10, user: 'alice@example.com' },
    { integration: ORDER, action: 'UPDATED', ageMinutes: 20 },
    { integration: 'SO_SYNC_CUSTOMER', action: 'ACTIVATED', ageMinutes: 30 },
    { type: 'ICS_DVM', code: 'SO_COUNTRY_CODES', action: 'UPDATED', ageMinutes: 40 },
    { code: 'SALES_ORDERS', project: 'SALES_ORDERS', action: 'IMPORTED', ageMinutes: 3 * 60 }
  ]
}

const env = useMonitoringClient({ seed: monitoringSeed(SEED) })

interface AuditItem {
  id: string
  type: string
  code: string
  version?: string
  action: string
  user: string
  date: string
}

describe('GET /monitoring/auditRecords', () => {
  const audit = (q?: string) => env.api.get<Page<AuditItem>>('/auditRecords', q ? { q } : {})

  it('returns the records of the last hour, newest first', async () => {
    const res = await audit()
    expect(res.status).toBe(200)
    expect(res.body.items.map(r => `${r.type}:${r.code}:${r.action}`)).toEqual([
      'ICS_AppInstance:SO_CREATE_ORDER:ACTIVATED',
      'ICS_AppInstance:SO_CREATE_ORDER:UPDATED',
      'ICS_AppInstance:SO_SYNC_CUSTOMER:ACTIVATED',
      'ICS_DVM:SO_COUNTRY_CODES:UPDATED'
    ])
    expect(res.body.items[0]).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
      type: 'ICS_AppInstance',
      code: 'SO_CREATE_ORDER',
      version: '01.00.0001',
      name: 'Create Sales Order',
      projectCode: 'SALES_ORDERS',
      action: 'ACTIVATED',
      user: 'alice@example.com',
      date: expect.stringMatching(/\+0000$/)
    })
  })

  it('filters by q limit, code, version, type and distinct, and by time window', async () => {
    expect((await audit("{limit:'2'}")).body.items).toHaveLength(2)
    expect((await audit("{code:'SO_CREATE_ORDER', version:'01.00.0001'}")).body.items).toHaveLength(2)
    expect((await audit("{code:'SO_CREATE_ORDER', distinct:'true'}")).body.items.map(r => r.action)).toEqual([
      'ACTIVATED'
    ])
    expect((await audit('{type:/DVM/}')).body.items.map(r => r.code)).toEqual(['SO_COUNTRY_CODES'])
    expect((await audit("{type:'ICS_ProjectV2', timewindow:'6h'}")).body.items.map(r => r.code)).toEqual([
      'SALES_ORDERS'
    ])
    expect((await audit("{timewindow:'1d'}")).body.totalResults).toBe(5)
    for (const q of ["{limit:'0'}", "{distinct:'yes'}", "{timewindow:'1y'}"])
      expect((await env.api.get<Problem>('/auditRecords', { q })).status).toBe(400)
  })

  it('without explicit records the seed derives one ACTIVATED record per integration', async () => {
    const other = new MonitoringClient(
      await startEmulator({
        seed: monitoringSeed({ errors: { generate: [{ integration: 'A_FLOW', count: 1 }] } })
      })
    )
    try {
      const res = await other.get<Page<AuditItem>>('/auditRecords')
      expect(res.body.items.map(r => `${r.code}:${r.action}`)).toEqual(['A_FLOW:ACTIVATED'])
    } finally {
      await other.emu.stop()
    }
  })
})

describe('GET /monitoring/integrations/messages/summary', () => {
  it('counts total, processed, succeeded, errored and aborted instances', async () => {
    const res = await env.api.get<Record<string, unknown>>(
      '/integrations/messages/summary',
      {},
      MONITOR_CLIENT.clientId
    )
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      dataFetchTime: expect.stringMatching(/\+0000$/),
      links: [{ rel: 'self', href: expect.stringContaining('/messages/summary?integrationInstance=prod') }],
      messageSummary: {
        totalCount: 8,
        processedCount: 7,
        succeededCount: 4,
        erroredCount: 2,
        abortedCount: 1
      }
    })
  })
})

describe('GET /monitoring/history', () => {
  type Item = Record<string, number | string>
  type History = { frequency: string; items: Item[] }
  const sum = (items: Item[], key: string): number => items.reduce((n, i) => n + Number(i[key]), 0)

  it('hourly metrics for the past 24 hours by default', async () => {
    const res = await env.api.get<History>('/history')
    expect(res.status).toBe(200)
    expect(res.body.frequency).toBe('hourly')
    expect(res.body.items).toHaveLength(24)
    expect(sum(res.body.items, 'totalMessagesReceived')).toBe(7)
    expect(sum(res.body.items, 'failedMessages')).toBe(2)
    expect(res.body.items[23]).toMatchObject({
      totalMessagesReceived: 6,
      successfulMessages: 2,
      abortedMessages: 1,
      inflightMessages: 1,
      successRate: 40,
      auditInstancesCount: 0
    })
    expect(Object.keys(res.body.items[0]!).sort()).toEqual(
      [
        'abortedMessages',
        'auditInstancesCount',
        'debugInstancesCount',
        'endTime',
        'failedMessages',
        'inflightMessages',
        'productionInstancesCount',
        'startTime',
        'successRate',
        'successfulMessages',
        'totalInstancesByUpdatedTime',
        'totalMessagesCreated',
        'totalMessagesProcessed',
        'totalMessagesReceived'
      ].sort()
    )
  })

  it('daily metrics for 30 days, q windows and dates, and 400 for a bad frequency', async () => {
    const daily = await env.api.get<History>('/history', { frequency: 'daily' })
    expect(daily.body.items).toHaveLength(30)
    expect(sum(daily.body.items, 'totalMessagesReceived')).toBe(8)
    const sixHours = await env.api.get<History>('/history', { q: "{timewindow:'6h'}" })
    expect(sixHours.body.items).toHaveLength(6)
    expect(sum(sixHours.body.items, 'totalMessagesReceived')).toBe(7)
    const ranged = await env.api.get<History>('/history', {
      frequency: 'daily',
      q: "{startdate:'2020-07-01 00:00:00', enddate:'2020-07-03 23:59:59'}"
    })
    expect(ranged.body.items.map(i => i.startTime)).toEqual([
      '2020-07-01T00:00:00.000+0000',
      '2020-07-02T00:00:00.000+0000',
      '2020-07-03T00:00:00.000+0000'
    ])
    expect((await env.api.get<Problem>('/history', { frequency: 'weekly' })).status).toBe(400)
  })
})

describe('GET /monitoring/integrations', () => {
  type Row = Record<string, unknown> & { id: string; noOfErrors: number; noOfMsgsReceived: number }

  it('lists every known integration with its counters in the window, by name', async () => {
    const res = await env.api.get<Page<Row>>('/integrations')
    expect(res.status).toBe(200)
    expect(res.body.items.map(r => r.id)).toEqual([
      ORDER,
      'SO_IDLE|01.00.0000',
      'SO_SYNC_CUSTOMER|01.00.0000'
    ])
    expect(res.body.items[0]).toMatchObject({
      code: 'SO_CREATE_ORDER',
      version: '01.00.0001',
      name: 'Create Sales Order',
      projectCode: 'SALES_ORDERS',
      status: 'ACTIVATED',
      flowStatus: 'ACTIVATED',
      scheduleDefined: false,
      noOfMsgsReceived: 5,
      noOfMsgsProcessed: 4,
      noOfSuccess: 2,
      noOfErrors: 1,
      noOfAborted: 1,
      successRate: 50
    })
    // Rows carry scheduleDefined and no style (test/fixtures/oracle/monitoring-integrations-list.json, N1087).
    expect(res.body.items[0]).not.toHaveProperty('style')
    expect(res.body.items[1]).toMatchObject({ noOfMsgsReceived: 0, scheduleDefined: true })
  })

  it('filters by q name, style and status; orders by time', async () => {
    const byName = await env.api.get<Page<Row>>('/integrations', { q: '{name:/sales/}' })
    expect(byName.body.items.map(r => r.id)).toEqual([ORDER])
    const scheduled = await env.api.get<Page<Row>>('/integrations', { q: "{style:'freeform_scheduled'}" })
    expect(scheduled.body.items.map(r => r.id)).toEqual(['SO_IDLE|01.00.0000'])
    expect(
      (await env.api.get<Page<Row>>('/integrations', { q: "{status:'CONFIGURED'}" })).body.items
    ).toEqual([])
    expect((await env.api.get<Page<Row>>('/integrations', { q: "{status:'ALL'}" })).body.totalResults).toBe(3)
    expect((await env.api.get<Problem>('/integrations', { q: "{status:'BROKEN'}" })).status).toBe(400)
    const byTime = await env.api.get<Page<Row>>('/integrations', { orderBy: 'time' })
    expect(byTime.body.items[0]?.id).toBe(ORDER)
  })

  it('GET /integrations/{code|version} returns one row; 404 when unknown', async () => {
    const res = await env.api.get<Row>(`/integrations/${encodeURIComponent(ORDER)}`, {
      q: "{timewindow:'3d'}"
    })
    expect(res.body).toMatchObject({ id: ORDER, noOfMsgsReceived: 5 })
    const sync = await env.api.get<Row>('/integrations/SO_SYNC_CUSTOMER%7C01.00.0000', {
      q: "{timewindow:'RETENTIONPERIOD'}"
    })
    expect(sync.body.noOfMsgsReceived).toBe(3)
    expect((await env.api.get<Problem>('/integrations/NOPE%7C01.00.0000')).status).toBe(404)
  })
})
