// Verify the typed metrics client against the emulator: audit records with every q key, the message count summary
// (and an abort changing it), historical tracking metrics hourly and daily, and typed 400 errors.
import { describe, expect, it } from '@jest/globals'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { abortInstance } from '../../src/core/oic/monitoring/instances.js'
import { getHistory, getMessageSummary, listAuditRecords } from '../../src/core/oic/monitoring/metrics.js'
import type { TimeWindow } from '../../src/core/oic/monitoring/q.js'
import { httpError, useOicClient } from '../support/oic-client.js'

const ORACLE_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/
const LOOKUP_RECORDS = 14
const instance = (id: string, status: string, ageMinutes: number) => ({
  id,
  integration: 'ORDERS|01.00.0000',
  status,
  ageMinutes,
  durationMs: 1000
})
const PROD = {
  name: 'prod',
  monitoring: {
    seed: 'client-metrics',
    integrations: [
      { integration: { code: 'ORDERS', version: '01.00.0000', name: 'Orders' }, project: 'SALES' },
      { integration: { code: 'BILLING', version: '01.00.0000', name: 'Billing' }, project: 'FIN' }
    ],
    instances: {
      list: [
        instance('M_OK1', 'COMPLETED', 10),
        instance('M_OK2', 'COMPLETED', 70),
        instance('M_RUN', 'IN_PROGRESS', 5),
        instance('M_ABORTED', 'ABORTED', 15),
        instance('M_OLD', 'COMPLETED', 30 * 60)
      ]
    },
    errors: { list: [{ id: 'M_ERR', integration: 'ORDERS|01.00.0000', ageMinutes: 20 }] },
    auditRecords: [
      { integration: 'ORDERS|01.00.0000', action: 'ACTIVATED', user: 'alice@example.com', ageMinutes: 10 },
      { integration: 'ORDERS|01.00.0000', action: 'UPDATED', ageMinutes: 20 },
      { integration: 'BILLING|01.00.0000', action: 'ACTIVATED', ageMinutes: 30 },
      { code: 'SALES', project: 'SALES', type: 'ICS_ProjectV2', action: 'IMPORTED', ageMinutes: 40 },
      ...Array.from({ length: LOOKUP_RECORDS }, (_, i) => ({
        code: `MAP_${i}`,
        type: 'ICS_DVM',
        action: 'UPDATED',
        ageMinutes: 45 + i
      })),
      { integration: 'ORDERS|01.00.0000', action: 'CREATED', ageMinutes: 600 }
    ]
  }
} as unknown as InstanceSeed

const env = useOicClient('prod', { instances: [PROD] })

describe('audit records', () => {
  it('listAuditRecords answers the newest records of the last hour, at most 15 unless q says otherwise', async () => {
    const recent = await listAuditRecords(env.prod)
    expect(recent).toHaveLength(15)
    expect(recent[0]).toMatchObject({
      type: 'ICS_AppInstance',
      code: 'ORDERS',
      version: '01.00.0000',
      action: 'ACTIVATED',
      user: 'alice@example.com'
    })
    expect(recent[0]?.date).toMatch(ORACLE_DATE)
    const dates = recent.map(r => r.date!)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(await listAuditRecords(env.prod, { limit: 2 })).toHaveLength(2)
    expect(await listAuditRecords(env.prod, { limit: 100 })).toHaveLength(4 + LOOKUP_RECORDS)
  })

  it('listAuditRecords passes code, version, type (contains), timewindow and distinct in q', async () => {
    const orders = await listAuditRecords(env.prod, { code: 'ORDERS', version: '01.00.0000' })
    expect(orders.map(r => r.action)).toEqual(['ACTIVATED', 'UPDATED'])
    const day = await listAuditRecords(env.prod, { code: 'ORDERS', timewindow: '1d' })
    expect(day.map(r => r.action)).toEqual(['ACTIVATED', 'UPDATED', 'CREATED'])
    expect(await listAuditRecords(env.prod, { code: 'ORDERS', timewindow: '1d', distinct: true })).toEqual([
      expect.objectContaining({ action: 'ACTIVATED' })
    ])
    expect(
      await listAuditRecords(env.prod, { code: 'ORDERS', timewindow: '1d', distinct: false })
    ).toHaveLength(3)
    const projects = await listAuditRecords(env.prod, { type: '/ProjectV2/' })
    expect(projects).toEqual([
      expect.objectContaining({ code: 'SALES', type: 'ICS_ProjectV2', action: 'IMPORTED' })
    ])
    expect(await listAuditRecords(env.prod, { type: 'ICS_DVM', limit: 3 })).toHaveLength(3)

    await httpError(
      listAuditRecords(env.prod, { limit: 0 }),
      400,
      "Invalid limit '0' in q: expected a positive integer."
    )
    await httpError(
      listAuditRecords(env.prod, { timewindow: '1w' as TimeWindow }),
      400,
      /Invalid timewindow '1w'/
    )
  })
})

describe('summaries', () => {
  it('getMessageSummary counts every retained instance by outcome; an abort shows up in the next summary', async () => {
    const before = await getMessageSummary(env.prod)
    expect(before.dataFetchTime).toMatch(ORACLE_DATE)
    expect(before.messageSummary).toEqual({
      totalCount: 6,
      processedCount: 5,
      succeededCount: 3,
      erroredCount: 1,
      abortedCount: 1
    })
    await abortInstance(env.prod, 'M_RUN')
    expect((await getMessageSummary(env.prod)).messageSummary).toEqual({
      totalCount: 6,
      processedCount: 6,
      succeededCount: 3,
      erroredCount: 1,
      abortedCount: 2
    })
  })

  it('getHistory answers hourly (24) or daily (30) buckets, oldest first; timewindow narrows them', async () => {
    interface Bucket {
      startTime: string
      endTime: string
      totalMessagesReceived: number
      successfulMessages: number
      failedMessages: number
    }
    type History = { frequency: string; items: Bucket[] }
    const sum = (h: History, f: keyof Bucket): number => h.items.reduce((n, b) => n + Number(b[f]), 0)

    const hourly = (await getHistory(env.prod, 'hourly')) as History
    expect(hourly.frequency).toBe('hourly')
    expect(hourly.items).toHaveLength(24)
    expect(hourly.items[0]!.startTime < hourly.items[23]!.startTime).toBe(true)
    expect(hourly.items[0]!.endTime).toMatch(ORACLE_DATE)
    expect(sum(hourly, 'totalMessagesReceived')).toBe(5)
    expect(sum(hourly, 'failedMessages')).toBe(1)

    const daily = (await getHistory(env.prod, 'daily')) as History
    expect(daily).toMatchObject({ frequency: 'daily' })
    expect(daily.items).toHaveLength(30)
    expect(sum(daily, 'totalMessagesReceived')).toBe(6)
    expect(sum(daily, 'successfulMessages')).toBe(3)

    const lastHour = (await getHistory(env.prod, 'hourly', '1h')) as History
    expect(lastHour.items).toHaveLength(1)
    expect(lastHour.items[0]!.totalMessagesReceived).toBe(4)
    expect(((await getHistory(env.prod, 'daily', '3d')) as History).items).toHaveLength(3)

    await httpError(getHistory(env.prod, 'hourly', '12h' as TimeWindow), 400, /Invalid timewindow '12h'/)
  })
})
