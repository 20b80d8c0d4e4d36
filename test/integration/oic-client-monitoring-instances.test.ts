// Verify the typed instances client against the emulator: lists with the monitoring q and paging, the best-effort
// in-flight report (K12), get, abort (then
// typed 409/404), the activity stream and its details, and the streamed large payload whose key keeps its slashes.
import type { Readable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import type { InstanceSeed } from '../../emulator/src/state.js'
import {
  abortInstance,
  downloadLargePayload,
  getActivityStream,
  getActivityStreamDetails,
  getInstance,
  listInstances
} from '../../src/core/oic/monitoring/instances.js'
import { IN_FLIGHT_NOTE, listInFlight } from '../../src/core/oic/monitoring/in-flight.js'
import type { TimeWindow } from '../../src/core/oic/monitoring/q.js'
import { httpError, useOicClient } from '../support/oic-client.js'

const MON = '/ic/api/integration/v1/monitoring'
const FLOW = 150
const PROD = {
  name: 'prod',
  monitoring: {
    seed: 'client-instances',
    integrations: [
      { integration: { code: 'ORDERS', version: '01.00.0000', name: 'Orders' }, project: 'SALES' }
    ],
    instances: {
      list: [
        {
          id: 'I_RUN',
          integration: 'ORDERS|01.00.0000',
          status: 'IN_PROGRESS',
          ageMinutes: 1,
          primaryValue: 'PO-7',
          durationMs: 900
        },
        { id: 'I_WAIT', integration: 'ORDERS|01.00.0000', status: 'SCHEDULE_WAITING', ageMinutes: 2 },
        { id: 'I_DONE', integration: 'ORDERS|01.00.0000', status: 'COMPLETED', ageMinutes: 3, durationMs: 50 }
      ],
      generate: [{ integration: 'FLOW|01.00.0000', project: 'OPS', count: FLOW, spreadMinutes: 50 }]
    },
    errors: {
      list: [{ id: 'I_FAIL', integration: 'ORDERS|01.00.0000', ageMinutes: 4, errorMessage: 'Endpoint down' }]
    }
  }
} as unknown as InstanceSeed
const page = { offset: 0, limit: 100 }
const text = async (body: Readable): Promise<{ text: string }> => {
  const parts: Buffer[] = []
  for await (const chunk of body) parts.push(chunk as Buffer)
  return { text: Buffer.concat(parts).toString('utf8') }
}
interface Entry {
  identifier: string
  links: Array<{ href: string; rel: string }>
  errorMileStone: boolean
}

// The server honours the undocumented projectCode key and answers the older envelope here (switches): these tests
// check what the client sends; the documented defaults are covered by the emulator's own tests.
const env = useOicClient('prod', {
  instances: [PROD],
  switches: { monitoringUndocumentedQ: true, monitoringHasMore: true }
})

describe('instances', () => {
  it('listInstances passes the monitoring q (code, status, projectCode), paging and orderBy to the server', async () => {
    const orders = await listInstances(env.prod, { code: 'ORDERS', timewindow: '1h' }, page)
    expect(orders.items?.map(i => i.id)).toEqual(['I_RUN', 'I_WAIT', 'I_DONE', 'I_FAIL'])
    expect(orders).toMatchObject({ totalResults: 4, totalRecordsCount: 4, timeWindow: '1h', hasMore: false })
    expect(orders.items?.[0]).toMatchObject({
      id: 'I_RUN',
      status: 'IN_PROGRESS',
      integrationId: 'ORDERS',
      integrationName: 'Orders',
      integrationVersion: '01.00.0000',
      projectCode: 'SALES'
    })
    const statuses = await listInstances(env.prod, { code: 'ORDERS', status: 'SCHEDULE_WAITING' }, page)
    expect(statuses.items?.map(i => i.id)).toEqual(['I_WAIT'])
    expect((await listInstances(env.prod, { primaryValue: 'PO-7' }, page)).items?.map(i => i.id)).toEqual([
      'I_RUN'
    ])

    const first = await listInstances(env.prod, { projectCode: 'OPS' }, { offset: 0, limit: 100 })
    const rest = await listInstances(env.prod, { projectCode: 'OPS' }, { offset: 100, limit: 100 })
    expect(first).toMatchObject({ totalResults: FLOW, hasMore: true })
    expect(rest).toMatchObject({ hasMore: false, offset: 100 })
    expect(new Set([...first.items!, ...rest.items!].map(i => i.id)).size).toBe(FLOW)

    const slowest = await listInstances(env.prod, { code: 'ORDERS' }, { ...page, orderBy: 'executiontime' })
    const durations = slowest.items!.map(i => (i as { duration?: number }).duration ?? 0)
    expect(durations).toEqual([...durations].sort((a, b) => b - a))
    await httpError(
      listInstances(env.prod, { timewindow: '5h' as TimeWindow }, page),
      400,
      /Invalid timewindow '5h'/
    )
  })

  it('listInFlight reports in-flight instances best effort, checking status and project on each item (K12)', async () => {
    env.emu.switches.monitoringUndocumentedQ = false
    env.emu.switches.monitoringHasMore = false
    env.emu.switches.monitoringPageCap = 50
    try {
      // The server ignores status:'IN_PROGRESS' and projectCode (K12, K6): every page is read and checked here.
      const integrations = new Set(['ORDERS|01.00.0000', 'FLOW|01.00.0000'])
      const sales = await listInFlight(env.prod, { project: 'SALES', integrations })
      expect(sales.byIntegration).toEqual(new Map([['ORDERS|01.00.0000', ['I_RUN', 'I_WAIT']]]))
      expect(sales.projectUnknown).toBe(0)
      expect(sales.requests).toBe(Math.ceil((FLOW + 4) / 50))
      const ops = await listInFlight(env.prod, { project: 'OPS', integrations })
      expect(ops.byIntegration.size).toBe(0)
      expect(IN_FLIGHT_NOTE).toMatch(/best-effort/)
    } finally {
      env.emu.switches.monitoringUndocumentedQ = true
      env.emu.switches.monitoringHasMore = true
      env.emu.switches.monitoringPageCap = null
    }
  })

  it('getInstance reads one instance in full or minimal; an unknown id is a typed 404', async () => {
    const full = await getInstance(env.prod, 'I_DONE')
    expect(full).toMatchObject({
      id: 'I_DONE',
      status: 'COMPLETED',
      integrationName: 'Orders',
      projectCode: 'SALES'
    })
    expect(full.creationDate).toMatch(/\+0000$/)
    expect(full.links?.[0]?.href).toBe(`${env.emu.url}${MON}/instances/I_DONE?integrationInstance=prod`)
    expect(await getInstance(env.prod, 'I_DONE', true)).toMatchObject({ id: 'I_DONE', integrationName: '' })
    await httpError(getInstance(env.prod, 'nope'), 404, "No integration instance with id 'nope'.")
  })

  it('abortInstance aborts a running or waiting instance; aborting a finished one is 409, unknown 404', async () => {
    const aborted = await abortInstance(env.prod, 'I_RUN')
    expect(aborted).toMatchObject({
      status: 'ABORTED',
      message: 'Abort request accepted for instance I_RUN.'
    })
    expect(aborted.abortJobId).toEqual(expect.any(String))
    expect(await getInstance(env.prod, 'I_RUN')).toMatchObject({
      status: 'ABORTED',
      abortJobId: aborted.abortJobId
    })
    expect((await abortInstance(env.prod, 'I_WAIT')).status).toBe('ABORTED')
    expect(env.emu.counters.mutationCount(`POST ${MON}/instances/:id/abort`)).toBe(2)

    await httpError(abortInstance(env.prod, 'I_RUN'), 409, /I_RUN' is ABORTED: only in-progress/)
    await httpError(abortInstance(env.prod, 'I_DONE'), 409, /is COMPLETED/)
    await httpError(abortInstance(env.prod, 'nope'), 404)
    expect(env.emu.counters.mutationCount(`POST ${MON}/instances/:id/abort`)).toBe(2)
  })
})

describe('activity streams and payloads', () => {
  it('getActivityStream returns the instance with its steps in the order asked (deprecated route)', async () => {
    const asc = (await getActivityStream(env.prod, 'I_FAIL')) as { id: string; activityStream: Entry[] }
    expect(asc.id).toBe('I_FAIL')
    expect(asc.activityStream.map(e => e.identifier)).toEqual(['trigger', 'invoke', 'fault'])
    expect(asc.activityStream[2]).toMatchObject({ errorMileStone: true, errorDetails: expect.any(String) })
    const desc = (await getActivityStream(env.prod, 'I_FAIL', 'desc')) as { activityStream: Entry[] }
    expect(desc.activityStream.map(e => e.identifier)).toEqual(['fault', 'invoke', 'trigger'])
    await httpError(getActivityStream(env.prod, 'nope'), 404)
  })

  it('getActivityStreamDetails returns both orders, the milestones and the error message', async () => {
    const details = (await getActivityStreamDetails(env.prod, 'I_FAIL', 'UTC')) as {
      id: string
      ascList: Entry[]
      descList: Entry[]
      errorMessage: string
      flowMilestones: string
    }
    expect(details).toMatchObject({
      id: 'I_FAIL',
      errorMessage: 'Endpoint down',
      flowMilestones: 'trigger,invoke,fault'
    })
    expect(details.descList.map(e => e.identifier)).toEqual(['fault', 'invoke', 'trigger'])
    const done = (await getActivityStreamDetails(env.prod, 'I_DONE')) as {
      errorMessage: string
      flowMilestones: string
    }
    expect(done).toMatchObject({ errorMessage: '', flowMilestones: 'trigger,invoke,end' })
    await httpError(getActivityStreamDetails(env.prod, 'nope'), 404)
  })

  it('downloadLargePayload streams the payload named by the activity link; the key keeps its slashes', async () => {
    const { activityStream } = (await getActivityStream(env.prod, 'I_RUN')) as { activityStream: Entry[] }
    const href = activityStream[0]!.links.find(l => l.rel === 'payload')!.href
    const key = decodeURIComponent(new URL(href).pathname.split('/activityStreamDetails/')[1]!)
    expect(key).toMatch(/^tracking-data\/debug\/[A-Za-z0-9]+$/)

    const { text: body } = await downloadLargePayload(env.prod, 'I_RUN', key, text)
    expect(body.length).toBeGreaterThan(32 * 1024)
    const doc = JSON.parse(body) as { order: { orderId: string; integration: string; lines: unknown[] } }
    expect(doc.order).toMatchObject({ orderId: 'PO-7', integration: 'ORDERS' })
    expect(doc.order.lines).toHaveLength(400)
    expect(env.emu.counters.requests.get(`GET ${MON}/instances/:id/activityStreamDetails/:k1/:k2/:k3`)).toBe(
      1
    )

    await httpError(
      downloadLargePayload(env.prod, 'I_RUN', 'tracking-data/debug/nope', text),
      404,
      /No payload/
    )
    await httpError(downloadLargePayload(env.prod, 'nope', key, text), 404)
  })
})
