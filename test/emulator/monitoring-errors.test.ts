// Verify GET /monitoring/errors and /errors/{id}: the collection root, every q filter, time windows against the
// emulator clock, ordering, paging, the max-offset switch, groupBy, return=minimal and role checks.
import { describe, expect, it } from '@jest/globals'
import type { MonitoringSeedBlock } from '../../emulator/src/monitoring/seed-format.js'
import {
  dateQ,
  MONITOR_CLIENT,
  MonitoringClient,
  monitoringSeed,
  useMonitoringClient,
  type ErrorItem,
  type Page,
  type Problem
} from '../support/emulator-monitoring.js'
import { startEmulator } from '../support/emulator.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** 32 errors in the last hour, one 3 h old, one 30 h old, one 5 days old, one completed instance. */
const SEED: MonitoringSeedBlock = {
  seed: 'errors-test',
  integrations: [
    { integration: { code: 'SO_CREATE_ORDER', version: '01.00.0001', name: 'Create Sales Order' } }
  ],
  errors: {
    list: [
      {
        id: '19',
        integration: 'SO_CREATE_ORDER|01.00.0001',
        project: 'SALES_ORDERS',
        ageMinutes: 10,
        primaryValue: 'PO-1001',
        connection: { code: 'ERP_CLOUD', name: 'ERP Cloud', appType: 'erp' },
        errorMessage: 'Unable to invoke endpoint: 503 Service Unavailable.'
      },
      {
        id: '20',
        integration: 'SO_CREATE_ORDER|01.00.0000',
        project: 'SALES_ORDERS',
        ageMinutes: 20,
        recoverable: false,
        primaryValue: 'order 12'
      },
      { id: '21', integration: 'SO_SYNC_CUSTOMER', project: 'CUSTOMERS', ageMinutes: 180 },
      { id: '22', integration: 'SO_SYNC_CUSTOMER', project: 'CUSTOMERS', ageMinutes: 30 * 60 },
      { id: '23', integration: 'SO_NOTIFY_SHIPMENT', ageMinutes: 5 * 24 * 60 }
    ],
    generate: [
      {
        integration: 'SO_INVOICE_EXPORT',
        project: 'SALES_ORDERS',
        count: 30,
        ageMinutes: 1,
        spreadMinutes: 40,
        recoverable: 0.5
      }
    ]
  },
  instances: {
    list: [{ id: 'c1', integration: 'SO_CREATE_ORDER|01.00.0001', status: 'COMPLETED', ageMinutes: 2 }]
  }
}

const env = useMonitoringClient({ seed: monitoringSeed(SEED) })

const list = (query: Record<string, string | number> = {}, client?: string) =>
  env.api.get<Page<ErrorItem>>('/errors', query, client)
const ids = async (q: string): Promise<string[]> => (await list({ q, limit: 1000 })).body.items.map(i => i.id)

describe('GET /monitoring/errors', () => {
  it('lists the errors of the last hour, newest first, in the monitoring root', async () => {
    const res = await list()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = res.body
    // Gen3 ErrorsRs (contract K4): no hasMore, limit, offset or links.
    expect(Object.keys(body).sort()).toEqual(
      [
        'dataFetchTime',
        'instanceReportingLevel',
        'isPurged',
        'items',
        'opcRequestId',
        'timeWindow',
        'totalRecordsCount',
        'totalResults'
      ].sort()
    )
    expect(body).toMatchObject({
      totalResults: 32,
      totalRecordsCount: 32,
      timeWindow: '1h',
      instanceReportingLevel: 'Production',
      isPurged: false
    })
    expect(body.dataFetchTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)
    expect(body.opcRequestId).toMatch(/^[0-9A-F]{32}$/)
    const age =
      env.now - Date.parse(body.items.find(i => i.id === '19')!.lastTrackedTime.replace('+0000', 'Z'))
    expect(Math.abs(age - 10 * MINUTE)).toBeLessThan(1000)
    const times = body.items.map(i => Date.parse(i.lastTrackedTime.replace('+0000', 'Z')))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(body.items.map(i => i.id)).not.toContain('c1')
    expect(body.items.every(i => i.status === 'FAILED')).toBe(true)
    expect(body.items.find(i => i.id === '19')).toEqual({
      id: '19',
      runId: '19',
      status: 'FAILED',
      creationDate: expect.stringMatching(/\+0000$/),
      lastTrackedTime: expect.stringMatching(/\+0000$/),
      errorMessage: 'Unable to invoke endpoint: 503 Service Unavailable.',
      errorDetails: expect.stringContaining('503 Service Unavailable'),
      faultId: expect.stringMatching(/^\d+$/),
      recoverable: true,
      retryCount: 0,
      primaryName: 'orderId',
      primaryValue: 'PO-1001',
      integration: {
        id: 'SO_CREATE_ORDER|01.00.0001',
        code: 'SO_CREATE_ORDER',
        version: '01.00.0001',
        name: 'Create Sales Order'
      },
      integrationDeleted: false,
      projectCode: 'SALES_ORDERS',
      connection: {
        id: 'ERP_CLOUD',
        name: 'ERP Cloud',
        appTypeName: 'erp',
        appTypeDisplayName: 'ERP',
        appTypeVersion: '1.0'
      },
      isDataAccurate: true,
      links: [
        {
          rel: 'self',
          href: `${env.api.emu.url}/ic/api/integration/v1/monitoring/errors/19?integrationInstance=prod`
        }
      ]
    })
  })

  it.each([
    ['1h', 32],
    ['6h', 33],
    ['1d', 33],
    ['2d', 34],
    ['3d', 34],
    ['RETENTIONPERIOD', 35]
  ])('timewindow %s counts %i errors', async (window, count) => {
    const res = await list({ q: `{timewindow:'${window}'}` })
    expect(res.body.totalRecordsCount).toBe(count)
    expect(res.body.timeWindow).toBe(window.toLowerCase() === 'retentionperiod' ? 'RETENTIONPERIOD' : window)
  })

  it('startdate/enddate select a UTC range and override the time window', async () => {
    expect(await ids(dateQ(env.now - 4 * HOUR, env.now - 2 * HOUR))).toEqual(['21'])
    expect(await ids(dateQ(env.now - 4 * HOUR, env.now - 2 * HOUR, "timewindow:'1h'"))).toEqual(['21'])
    expect((await ids(dateQ(env.now - 31 * HOUR, env.now - 2 * HOUR))).sort()).toEqual(['21', '22'])
    const onlyEnd = new Date(env.now - 2 * HOUR).toISOString().slice(0, 19).replace('T', ' ')
    expect((await ids(`{enddate:'${onlyEnd}'}`)).sort()).toEqual(['21', '22', '23'])
    const res = await list({ q: dateQ(env.now - 4 * HOUR, env.now - 2 * HOUR) })
    expect(res.body.timeWindow).toContain('..')
  })

  it('filters by code (exact or /contains/), version and tracking values; ignores projectCode (K6)', async () => {
    const all = "timewindow:'RETENTIONPERIOD'"
    expect((await ids(`{${all}, code:'SO_CREATE_ORDER'}`)).sort()).toEqual(['19', '20'])
    expect(await ids(`{${all}, code:'SO_CREATE_ORDER', version:'01.00.0001'}`)).toEqual(['19'])
    expect((await ids(`{${all}, code:/sync/}`)).sort()).toEqual(['21', '22'])
    expect(await ids(`{${all}, projectCode:'CUSTOMERS'}`)).toHaveLength(35)
    expect(await ids(`{${all}, primaryValue:'PO-1001'}`)).toEqual(['19'])
    expect(await ids(`{${all}, primaryValue:'"order 12"'}`)).toEqual(['20'])
    expect(await ids(`{${all}, primaryValue:/po-10/}`)).toEqual(['19'])
    expect(await ids(`{${all}, businessIDValue:'PO-1001'}`)).toEqual(['19'])
    expect(await ids(`{${all}, id:'21'}`)).toEqual(['21'])
    expect(await ids(`{${all}, colour:'blue'}`)).toHaveLength(35)
  })

  it('the monitoringUndocumentedQ switch honours projectCode', async () => {
    const all = "timewindow:'RETENTIONPERIOD'"
    env.api.emu.switches.monitoringUndocumentedQ = true
    try {
      expect((await ids(`{${all}, projectCode:'CUSTOMERS'}`)).sort()).toEqual(['21', '22'])
      expect(await ids(`{${all}, projectCode:'SALES_ORDERS'}`)).toHaveLength(32)
    } finally {
      env.api.emu.switches.monitoringUndocumentedQ = false
    }
  })

  it('the errorItemProject switch leaves the project out of the items', async () => {
    env.api.emu.switches.errorItemProject = false
    try {
      const items = (await list({ q: "{timewindow:'RETENTIONPERIOD'}", limit: 1000 })).body.items
      expect(items.some(i => 'projectCode' in i)).toBe(false)
      expect((await env.api.get<ErrorItem>('/errors/19')).body).not.toHaveProperty('projectCode')
    } finally {
      env.api.emu.switches.errorItemProject = true
    }
  })

  it('ignores recoverable by default (K6)', async () => {
    const res = await list({ q: "{timewindow:'RETENTIONPERIOD', recoverable:'false'}", limit: 1000 })
    expect(res.body.items).toHaveLength(35)
    expect((await list({ q: "{recoverable:'maybe'}" })).status).toBe(200)
  })

  it('the monitoringUndocumentedQ switch honours recoverable', async () => {
    env.api.emu.switches.monitoringUndocumentedQ = true
    try {
      await filtersByRecoverable()
    } finally {
      env.api.emu.switches.monitoringUndocumentedQ = false
    }
  })

  async function filtersByRecoverable(): Promise<void> {
    const store = env.api.store()
    const expected = [...store.instances.values()].filter(i => i.error && !i.error.recoverable).map(i => i.id)
    const res = await list({ q: "{timewindow:'RETENTIONPERIOD', recoverable:'false'}", limit: 1000 })
    expect(res.body.items.map(i => i.id).sort()).toEqual(expected.sort())
    expect(res.body.items.every(i => !i.recoverable)).toBe(true)
    expect(expected).toContain('20')
    const recoverable = await list({ q: "{timewindow:'RETENTIONPERIOD', recoverable:true}" })
    expect(recoverable.body.totalRecordsCount).toBe(35 - expected.length)
    const bad = await env.api.get<Problem>('/errors', { q: "{recoverable:'maybe'}" })
    expect(bad.body.title).toMatch(/Invalid recoverable 'maybe'/)
  }

  it('orders by creationdate when asked', async () => {
    const res = await list({ orderBy: 'creationdate', limit: 1000 })
    const created = res.body.items.map(i => Date.parse(i.creationDate.replace('+0000', 'Z')))
    expect(created).toEqual([...created].sort((a, b) => b - a))
  })

  it('pages with offset and limit until totalRecordsCount; totalResults counts the page', async () => {
    const first = await list({ limit: 10 })
    expect(first.body).toMatchObject({ totalResults: 10, totalRecordsCount: 32 })
    expect(first.body).not.toHaveProperty('hasMore')
    expect(first.body.items).toHaveLength(10)
    const seen: string[] = []
    for (let offset = 0; offset < 32; offset += 10) {
      const page = await list({ limit: 10, offset })
      seen.push(...page.body.items.map(i => i.id))
      expect(page.body.items).toHaveLength(Math.min(10, 32 - offset))
    }
    expect(new Set(seen).size).toBe(32)
    expect((await list({ offset: 40 })).body).toMatchObject({
      items: [],
      totalResults: 0,
      totalRecordsCount: 32
    })
  })

  it('the monitoringPageCap switch serves at most that many items per page, whatever limit asks', async () => {
    env.api.emu.switches.monitoringPageCap = 2
    try {
      const page = await list({ limit: 100, offset: 4 })
      expect(page.body.items).toHaveLength(2)
      expect(page.body).toMatchObject({ totalResults: 2, totalRecordsCount: 32 })
    } finally {
      env.api.emu.switches.monitoringPageCap = null
    }
  })

  it('the monitoringHasMore switch gives the older envelope (hasMore, limit, offset, links, totalResults of all)', async () => {
    env.api.emu.switches.monitoringHasMore = true
    try {
      const first = await list({ limit: 10 })
      expect(first.body).toMatchObject({
        limit: 10,
        offset: 0,
        hasMore: true,
        totalResults: 32,
        totalRecordsCount: 32
      })
      expect(first.body.links[0]).toEqual({
        rel: 'self',
        href: expect.stringContaining('integrationInstance=prod')
      })
      expect((await list({ limit: 10, offset: 30 })).body.hasMore).toBe(false)
    } finally {
      env.api.emu.switches.monitoringHasMore = false
    }
  })

  it('the monitoringMaxOffset switch rejects offsets beyond it with a problem body', async () => {
    env.api.emu.switches.monitoringMaxOffset = 500
    try {
      expect((await list({ offset: 500 })).status).toBe(200)
      const res = await env.api.get<Problem>('/errors', { offset: 501 })
      expect(res.status).toBe(400)
      expect(res.body).toMatchObject({
        title: expect.stringMatching(/offset 501 exceeds the maximum offset 500/),
        status: 'HTTP 400 Bad Request'
      })
    } finally {
      env.api.emu.switches.monitoringMaxOffset = null
    }
    expect((await list({ offset: 501 })).status).toBe(200)
  })

  it('groups by integration, connection and message', async () => {
    type Group = { errorCount: number; recoverableCount: number; integration?: { id: string } }
    const res = await env.api.get<Page<Group>>('/errors', {
      groupBy: 'integration',
      q: "{timewindow:'RETENTIONPERIOD'}"
    })
    expect(res.body.items.reduce((n, g) => n + g.errorCount, 0)).toBe(35)
    expect(res.body.items[0]).toMatchObject({
      integration: { id: 'SO_INVOICE_EXPORT|01.00.0000' },
      errorCount: 30
    })
    const byConnection = await env.api.get<Page<Group>>('/errors', { groupBy: 'connection' })
    expect(byConnection.body.items.map(g => g.errorCount).reduce((a, b) => a + b)).toBe(32)
    expect((await env.api.get<Page<Group>>('/errors', { groupBy: 'messages' })).status).toBe(200)
  })

  it.each([
    ["{timewindow:'5h'}", /Invalid timewindow '5h'/],
    ["{startdate:'2025-13-01'}", /Invalid startdate '2025-13-01'.*yyyy-MM-dd HH:mm:ss/],
    ["{enddate:'yesterday'}", /Invalid enddate/],
    ['timewindow:1h', /Invalid q parameter/],
    ["{code:'unterminated}", /unterminated value of 'code'/]
  ])('q %s is a 400', async (q, detail) => {
    const res = await env.api.get<Problem>('/errors', { q })
    expect(res.status).toBe(400)
    expect(res.body.title).toMatch(detail)
  })

  it('bad orderBy, groupBy, offset and limit are 400s', async () => {
    const queries: Array<Record<string, string | number>> = [
      { orderBy: 'name' },
      { groupBy: 'day' },
      { offset: -1 },
      { limit: 'ten' }
    ]
    for (const query of queries) {
      expect((await env.api.get<Problem>('/errors', query)).status).toBe(400)
    }
  })
})

describe('GET /monitoring/errors/{id}', () => {
  it('returns one errored instance; return=minimal trims connection details and the integration name', async () => {
    const full = await env.api.get<ErrorItem>('/errors/19')
    expect(full.status).toBe(200)
    expect(full.body).toMatchObject({
      id: '19',
      status: 'FAILED',
      integration: { name: 'Create Sales Order' }
    })
    const minimal = await env.api.get<ErrorItem>('/errors/19', { return: 'minimal' })
    expect(minimal.body.integration.name).toBe('')
    expect(minimal.body.connection).toEqual({ id: 'ERP_CLOUD', name: 'ERP Cloud' })
    expect(minimal.body.errorMessage).toBe(full.body.errorMessage)
  })

  it('is 404 for unknown ids and for instances that never failed', async () => {
    for (const id of ['nope', 'c1']) {
      const res = await env.api.get<Problem>(`/errors/${id}`)
      expect(res.status).toBe(404)
      expect(res.body).toEqual({
        type: expect.stringContaining('rfc2616'),
        title: `No errored integration instance with id '${id}'.`,
        status: 'HTTP 404 Not Found'
      })
    }
  })
})

describe('monitoring read roles', () => {
  it('ServiceMonitor and ServiceViewer read; ServiceInvoker gets 403; no token gets 401', async () => {
    expect((await list({}, MONITOR_CLIENT.clientId)).status).toBe(200)
    expect((await env.api.get('/errors/19', {}, MONITOR_CLIENT.clientId)).status).toBe(200)
    expect((await list({}, 'viewer-client')).status).toBe(200)
    const denied = await env.api.get<Problem>('/errors', {}, 'invoker-client')
    expect(denied.status).toBe(403)
    expect(denied.body.title).toMatch(/ServiceMonitor/)
    const anonymous = await fetch(env.api.url('/errors'))
    expect(anonymous.status).toBe(401)
  })

  it('a missing integrationInstance is a 400', async () => {
    const res = await fetch(`${env.api.emu.url}/ic/api/integration/v1/monitoring/errors`, {
      headers: { authorization: 'Bearer x' }
    })
    expect(res.status).toBe(400)
  })
})

describe('time windows follow the emulator clock', () => {
  it('two hours later the default window is empty and the 6h window still has the same errors', async () => {
    const later = new MonitoringClient(await startEmulator({ seed: monitoringSeed(SEED) }))
    try {
      later.emu.clock.advance(2 * HOUR)
      expect((await later.get<Page<ErrorItem>>('/errors')).body.totalResults).toBe(0)
      expect(
        (await later.get<Page<ErrorItem>>('/errors', { q: "{timewindow:'6h'}" })).body.totalResults
      ).toBe(33)
      later.emu.clock.advance(2 * 24 * HOUR)
      expect(
        (await later.get<Page<ErrorItem>>('/errors', { q: "{timewindow:'3d'}" })).body.totalResults
      ).toBe(33)
    } finally {
      await later.emu.stop()
    }
  })
})
