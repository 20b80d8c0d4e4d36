// Verify the monitoring metrics client over a mocked OIC (contract §9.9): audit records (the q keys, a root with
// items or a bare array), the message count summary and the historical metrics query.
import { describe, expect, it } from '@jest/globals'
import {
  getHistory,
  getMessageSummary,
  listAuditRecords
} from '../../../../../src/core/oic/monitoring/metrics.js'
import { atPath, JSON_REPLY, mockClient, useMockNetwork } from '../../../../support/http-mock.js'

const MON = '/ic/api/integration/v1/monitoring'

const net = useMockNetwork()

const params = (): Array<Record<string, string>> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => Object.fromEntries(new URL(c.fullUrl).searchParams))

const record = {
  id: 'R1',
  code: 'ORDERS',
  version: '01.00.0000',
  type: 'ICS_AppInstance',
  action: 'ACTIVATE',
  user: 'ci-client',
  date: '2026-12-01T11:00:00.000+0000'
}

describe('listAuditRecords', () => {
  it('puts limit, code, version, timewindow, type and distinct into q; reads {items}', async () => {
    net.oic
      .intercept({ path: atPath(`${MON}/auditRecords`), method: 'GET' })
      .reply(200, { items: [record] }, JSON_REPLY)
    const records = await listAuditRecords(mockClient(net), {
      limit: 30,
      code: 'ORDERS',
      version: '01.00.0000',
      timewindow: '3d',
      type: 'ICS_AppInstance',
      distinct: false
    })
    expect(records).toEqual([record])
    expect(params()[0]?.q).toBe(
      "{limit:'30', code:'ORDERS', version:'01.00.0000', timewindow:'3d', type:'ICS_AppInstance', distinct:'false'}"
    )
  })

  it('sends no q without filters, and reads a bare array or an empty root', async () => {
    net.oic.intercept({ path: atPath(`${MON}/auditRecords`), method: 'GET' }).reply(200, [record], JSON_REPLY)
    net.oic.intercept({ path: atPath(`${MON}/auditRecords`), method: 'GET' }).reply(200, {}, JSON_REPLY)
    net.oic.intercept({ path: atPath(`${MON}/auditRecords`), method: 'GET' }).reply(200, '')
    const client = mockClient(net)
    expect(await listAuditRecords(client)).toEqual([record])
    expect(await listAuditRecords(client, {})).toEqual([])
    expect(await listAuditRecords(client)).toEqual([])
    expect(params().map(p => p.q)).toEqual([undefined, undefined, undefined])
  })
})

describe('message summary and history', () => {
  it('reads the MessageCountRs root', async () => {
    const summary = {
      dataFetchTime: '2026-12-01T12:00:00.000+0000',
      links: [],
      messageSummary: {
        totalCount: 10,
        processedCount: 9,
        succeededCount: 7,
        erroredCount: 2,
        abortedCount: 0
      }
    }
    net.oic
      .intercept({ path: atPath(`${MON}/integrations/messages/summary`), method: 'GET' })
      .reply(200, summary, JSON_REPLY)
    expect(await getMessageSummary(mockClient(net))).toEqual(summary)
  })

  it('asks for hourly or daily history, with the time window in q only when given', async () => {
    net.oic
      .intercept({ path: atPath(`${MON}/history`), method: 'GET' })
      .reply(200, { items: [{ hour: 11, errors: 2 }] }, JSON_REPLY)
      .times(2)
    const client = mockClient(net)
    expect(await getHistory(client, 'hourly', '6h')).toEqual({ items: [{ hour: 11, errors: 2 }] })
    await getHistory(client, 'daily')
    expect(params().map(p => [p.frequency, p.q])).toEqual([
      ['hourly', "{timewindow:'6h'}"],
      ['daily', undefined]
    ])
  })

  it('a 401 is a typed error with the token hint', async () => {
    net.oic
      .intercept({ path: atPath(`${MON}/history`), method: 'GET' })
      .reply(401, { title: 'Unauthorized' }, JSON_REPLY)
    await expect(getHistory(mockClient(net), 'daily')).rejects.toThrow(
      /HTTP 401 Unauthorized.*access token was rejected/
    )
  })
})
