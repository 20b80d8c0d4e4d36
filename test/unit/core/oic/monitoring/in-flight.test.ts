// Verify the best-effort in-flight report over a mocked OIC (contract K12, K6): the IN_PROGRESS and projectCode
// hints in q, every page read (K4), and each item checked here — in-flight status, selected integration (Gen2
// integrationId/integrationVersion or Gen3 integration object), selected project, items naming no project counted.
import { describe, expect, it } from '@jest/globals'
import { IN_FLIGHT_NOTE, listInFlight } from '../../../../../src/core/oic/monitoring/in-flight.js'
import { JSON_REPLY, mockClient, OIC_ORIGIN, useMockNetwork } from '../../../../support/http-mock.js'

const INSTANCES = '/ic/api/integration/v1/monitoring/instances'

const net = useMockNetwork()

const at = (offset: string) => (p: string) => {
  const url = new URL(p, OIC_ORIGIN)
  return url.pathname === INSTANCES && url.searchParams.get('offset') === offset
}
const params = (): Array<Record<string, string>> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => Object.fromEntries(new URL(c.fullUrl).searchParams))

const gen2 = (id: string, status: string, key = 'ORDERS|01.00.0000', projectCode?: string) => {
  const [integrationId, integrationVersion] = key.split('|')
  return { id, status, integrationId, integrationVersion, projectCode }
}
const gen3 = (id: string, status: string, key: string, projectCode?: string) => {
  const [code, version] = key.split('|')
  return { id, status, integration: { code, version }, projectCode }
}

describe('listInFlight', () => {
  it('reads every page and keeps only in-flight instances of the selected integrations and project', async () => {
    net.oic.intercept({ path: at('0'), method: 'GET' }).reply(
      200,
      {
        items: [
          gen2('I1', 'IN_PROGRESS', 'ORDERS|01.00.0000', 'SALES'),
          gen2('I2', 'COMPLETED', 'ORDERS|01.00.0000', 'SALES'),
          gen2('I3', 'queued', 'ORDERS|01.00.0000', 'OTHER')
        ],
        totalRecordsCount: 5
      },
      JSON_REPLY
    )
    net.oic.intercept({ path: at('3'), method: 'GET' }).reply(
      200,
      {
        items: [
          gen3('I4', 'SCHEDULE_WAITING', 'BILLING|02.00.0000'),
          gen3('I5', 'PAUSED', 'NOT_ASKED|01.00.0000', 'SALES')
        ],
        totalRecordsCount: 5
      },
      JSON_REPLY
    )
    const report = await listInFlight(
      mockClient(net),
      { project: 'SALES', integrations: new Set(['ORDERS|01.00.0000', 'BILLING|02.00.0000']) },
      3
    )
    expect([...report.byIntegration]).toEqual([
      ['ORDERS|01.00.0000', ['I1']],
      ['BILLING|02.00.0000', ['I4']]
    ])
    expect(report.projectUnknown).toBe(1)
    expect(report.requests).toBe(2)
    expect(params().map(p => [p.q, p.offset, p.limit])).toEqual([
      ["{timewindow:'1d', status:'IN_PROGRESS', projectCode:'SALES'}", '0', '3'],
      ["{timewindow:'1d', status:'IN_PROGRESS', projectCode:'SALES'}", '3', '3']
    ])
  })

  it('without a project, counts none as unknown; the time window is passed on', async () => {
    net.oic.intercept({ path: at('0'), method: 'GET' }).reply(
      200,
      {
        items: [
          gen2('I1', 'RECOVERING', 'ORDERS|01.00.0000'),
          gen2('I2', 'BLOCKED', 'ORDERS|01.00.0000', 'ANY'),
          { id: 'I3', status: 'IN_PROGRESS' }
        ]
      },
      JSON_REPLY
    )
    const report = await listInFlight(mockClient(net), {
      integrations: new Set(['ORDERS|01.00.0000', '?|?']),
      timewindow: '6h'
    })
    expect([...report.byIntegration]).toEqual([
      ['ORDERS|01.00.0000', ['I1', 'I2']],
      ['?|?', ['I3']]
    ])
    expect(report.projectUnknown).toBe(0)
    expect(params()[0]).toMatchObject({ q: "{timewindow:'6h', status:'IN_PROGRESS'}", limit: '100' })
  })

  it('a page that is no collection ends with one line, and the note says the report is best effort', async () => {
    net.oic.intercept({ path: at('0'), method: 'GET' }).reply(200, { items: 'none' }, JSON_REPLY)
    await expect(listInFlight(mockClient(net), { integrations: new Set() })).rejects.toThrow(
      /list in-flight instances page: the server answered the string "none" where an array of items was expected/
    )
    expect(IN_FLIGHT_NOTE).toMatch(/best-effort/)
  })
})
