// Verify the typed errored-instance client against the emulator: the monitoring q reaching the server, paging, get,
// single and bulk resubmit and discard with their side effects (emulator state, counters), typed 400/404/412 errors.
import { describe, expect, it } from '@jest/globals'
import type { MonitoringStore } from '../../emulator/src/monitoring/store.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import {
  discardError,
  discardErrors,
  getError,
  listErrors,
  resubmitError,
  resubmitErrors
} from '../../src/core/oic/monitoring/error-instances.js'
import {
  monitoringDate,
  monitoringQ,
  type MonitoringFilter,
  type TimeWindow
} from '../../src/core/oic/monitoring/q.js'
import { httpError, useOicClient } from '../support/oic-client.js'

const MON = '/ic/api/integration/v1/monitoring'
const ERP = { code: 'ERP', name: 'ERP Cloud', appType: 'erp' }
const error = (id: string, integration: string, ageMinutes: number, extra: Record<string, unknown> = {}) => ({
  id,
  integration,
  project: integration.startsWith('ORDERS') ? 'SALES' : 'FIN',
  ageMinutes,
  ...extra
})
const PROD = {
  name: 'prod',
  monitoring: {
    seed: 'client-errors',
    integrations: [
      { integration: { code: 'ORDERS', version: '01.00.0000', name: 'Orders' }, project: 'SALES' }
    ],
    errors: {
      list: [
        error('E_RECOVER', 'ORDERS|01.00.0000', 2, {
          primaryValue: 'PO-1',
          connection: ERP,
          recovery: ['recover']
        }),
        error('E_FAILS', 'ORDERS|01.00.0000', 3, { primaryValue: 'PO-2', recovery: ['fail', 'recover'] }),
        error('E_FATAL', 'ORDERS|01.00.0000', 4, { recoverable: false, errorMessage: 'Invalid payload' }),
        error('E_DISCARD', 'ORDERS|01.00.0001', 5),
        error('E_BULK1', 'BILLING|01.00.0000', 6),
        error('E_BULK2', 'BILLING|01.00.0000', 7),
        error('E_OLD', 'ORDERS|01.00.0000', 600)
      ],
      generate: [{ integration: 'NOISE|01.00.0000', project: 'OPS', count: 40, spreadMinutes: 50 }]
    },
    instances: {
      list: [{ id: 'I_OK', integration: 'ORDERS|01.00.0000', status: 'COMPLETED', ageMinutes: 1 }]
    }
  }
} as unknown as InstanceSeed
const page = { offset: 0, limit: 100 }
const ids = async (filter: MonitoringFilter): Promise<string[]> =>
  ((await listErrors(env.prod, filter, page)).items ?? []).map(i => i.id)
const store = (): MonitoringStore => {
  const s = env.emu.state.get('prod')!.monitoring
  s.settle(env.emu.clock.now())
  return s
}

// These tests check what the client sends: the server honours the undocumented q keys and answers the older
// envelope here (switches); the documented defaults are covered by resubmit-errors and the recovery tests.
const env = useOicClient('prod', {
  instances: [PROD],
  switches: { recoveryJobDelayMs: 300, monitoringUndocumentedQ: true, monitoringHasMore: true }
})

describe('reading errored instances', () => {
  it('listErrors sends the monitoring q: window, code, version, recoverable, projectCode and primaryValue', async () => {
    expect(monitoringQ({ timewindow: '1h', code: 'ORDERS', recoverable: true })).toBe(
      "{timewindow:'1h', code:'ORDERS', recoverable:'true'}"
    )
    expect(monitoringQ({})).toBeUndefined()
    const orders = await listErrors(
      env.prod,
      { timewindow: '1h', code: 'ORDERS', version: '01.00.0000' },
      page
    )
    expect(orders.items?.map(i => i.id)).toEqual(['E_RECOVER', 'E_FAILS', 'E_FATAL'])
    expect(orders).toMatchObject({ timeWindow: '1h', totalResults: 3, totalRecordsCount: 3, hasMore: false })
    expect(orders.dataFetchTime).toMatch(/\+0000$/)

    expect(await ids({ code: 'ORDERS', version: '01.00.0000', recoverable: true })).toEqual([
      'E_RECOVER',
      'E_FAILS'
    ])
    expect(await ids({ code: 'ORDERS', recoverable: false })).toEqual(['E_FATAL'])
    expect(await ids({ projectCode: 'FIN' })).toEqual(['E_BULK1', 'E_BULK2'])
    expect(await ids({ primaryValue: 'PO-2' })).toEqual(['E_FAILS'])
    expect(await ids({ code: '/ORD/', timewindow: '1d' })).toContain('E_OLD')
    expect(await ids({ code: 'ORDERS', timewindow: '6h' })).not.toContain('E_OLD')
  })

  it('listErrors sends startdate/enddate instead of the window, pages with offset/limit and orders', async () => {
    const now = env.emu.clock.now()
    const startdate = new Date(now - 11 * 3_600_000)
    const enddate = new Date(now - 9 * 3_600_000)
    const ranged = await listErrors(env.prod, { timewindow: '1h', startdate, enddate, code: 'ORDERS' }, page)
    expect(ranged.timeWindow).toBe(`${monitoringDate(startdate)}..${monitoringDate(enddate)}`)
    expect(monitoringDate(new Date(Date.UTC(2025, 5, 1, 10, 5, 9, 500)))).toBe('2025-06-01 10:05:09')
    expect(ranged.items?.map(i => i.id)).toEqual(['E_OLD'])

    const first = await listErrors(env.prod, { code: 'NOISE' }, { offset: 0, limit: 15 })
    const second = await listErrors(
      env.prod,
      { code: 'NOISE' },
      { offset: 15, limit: 15, orderBy: 'lastupdateddate' }
    )
    expect(first).toMatchObject({ totalResults: 40, hasMore: true, offset: 0, limit: 15 })
    expect(second).toMatchObject({ hasMore: true, offset: 15 })
    const seen = [...first.items!, ...second.items!].map(i => i.id)
    expect(new Set(seen).size).toBe(30)
    const byCreation = await listErrors(
      env.prod,
      { code: 'NOISE' },
      { offset: 0, limit: 100, orderBy: 'creationdate' }
    )
    const created = byCreation.items!.map(i => Date.parse(i.creationDate!.replace('+0000', 'Z')))
    expect(created).toEqual([...created].sort((a, b) => b - a))

    await httpError(
      listErrors(env.prod, { timewindow: '2w' as TimeWindow }, page),
      400,
      /Invalid timewindow '2w'/
    )
  })

  it('getError reads one errored instance in full or minimal; unknown and never-failed ids are typed 404s', async () => {
    const full = await getError(env.prod, 'E_RECOVER')
    expect(full).toMatchObject({
      id: 'E_RECOVER',
      status: 'FAILED',
      recoverable: true,
      retryCount: 0,
      primaryValue: 'PO-1',
      projectCode: 'SALES',
      integration: { id: 'ORDERS|01.00.0000', code: 'ORDERS', version: '01.00.0000', name: 'Orders' }
    })
    expect(full.links?.[0]?.href).toBe(`${env.emu.url}${MON}/errors/E_RECOVER?integrationInstance=prod`)
    expect(full.connection).toMatchObject({ id: 'ERP', appTypeName: 'erp' })
    const minimal = await getError(env.prod, 'E_RECOVER', true)
    expect(minimal.integration?.name).toBe('')
    expect(minimal.connection).toEqual({ id: 'ERP', name: 'ERP Cloud' })
    expect((await getError(env.prod, 'E_FATAL')).errorMessage).toBe('Invalid payload')

    await httpError(getError(env.prod, 'nope'), 404, "No errored integration instance with id 'nope'.")
    await httpError(getError(env.prod, 'I_OK'), 404)
  })
})

describe('resubmit and discard', () => {
  it('resubmitError starts a recovery job; the instance leaves the error list and recovers on the clock', async () => {
    const result = await resubmitError(env.prod, 'E_RECOVER')
    expect(result).toMatchObject({
      resubmitSuccessful: true,
      resubmittedFailedInstances: [],
      message: 'Resubmit request accepted for instance E_RECOVER.'
    })
    const jobId = result.recoveryJobId!
    expect(result.redirectUrl).toContain(`/errors/recoveryJobs/${jobId}`)
    expect(await getError(env.prod, 'E_RECOVER')).toMatchObject({ status: 'RECOVERING' })
    expect(await ids({ code: 'ORDERS' })).not.toContain('E_RECOVER')
    expect(store().resubmitCount('E_RECOVER')).toBe(1)
    expect(store().jobs.get(jobId)).toMatchObject({ status: 'IN_PROGRESS', traceLevel: 'Production' })

    env.emu.clock.advance(300)
    expect(await getError(env.prod, 'E_RECOVER')).toMatchObject({ status: 'COMPLETED', retryCount: 0 })
    expect(store().jobs.get(jobId)?.status).toBe('COMPLETED')
    await httpError(resubmitError(env.prod, 'E_RECOVER'), 412, /not in error \(status COMPLETED\)/)
    expect(store().resubmitCount('E_RECOVER')).toBe(1)
    expect(store().get('E_RECOVER')?.resubmitRequests).toBe(2)
  })

  it('resubmitError sends the trace level; a failing recovery puts the instance back in error (retryCount + 1)', async () => {
    const { recoveryJobId } = await resubmitError(env.prod, 'E_FAILS', 'Audit')
    expect(store().jobs.get(recoveryJobId!)?.traceLevel).toBe('Audit')
    env.emu.clock.advance(300)
    expect(await getError(env.prod, 'E_FAILS')).toMatchObject({ status: 'FAILED', retryCount: 1 })
    expect(await ids({ code: 'ORDERS', version: '01.00.0000' })).toEqual(['E_FAILS', 'E_FATAL'])

    await httpError(resubmitError(env.prod, 'E_FATAL'), 412, /not recoverable; discard it/)
    await httpError(resubmitError(env.prod, 'nope'), 404)
    await httpError(
      resubmitError(env.prod, 'E_FAILS', 'Verbose'),
      400,
      /Invalid recoveryTraceLevel "Verbose"/
    )
    expect(store().resubmitCount('E_FAILS')).toBe(1)
    expect(store().resubmitCount('E_FATAL')).toBe(0)
  })

  it('resubmitErrors (bulk, 202, return=sync) sorts ids into accepted, non-recoverable and invalid; the id cap is a typed 400', async () => {
    const BULK = `POST ${MON}/errors/resubmit`
    const result = (await resubmitErrors(env.prod, ['E_BULK1', 'E_FATAL', 'nope'], 'Debug'))!
    expect(result).toMatchObject({
      acceptedIds: ['E_BULK1'],
      nonRecoverableIds: ['E_FATAL'],
      invalidIds: ['nope'],
      resubmitRequested: true,
      resubmittedInstancesCount: 1
    })
    expect(store().jobs.get(result.recoveryJobId!)).toMatchObject({ kind: 'bulk', traceLevel: 'Debug' })
    expect(store().resubmitCount('E_BULK1')).toBe(1)
    expect(env.emu.counters.mutationCount(BULK)).toBe(1)

    const none = (await resubmitErrors(env.prod, ['E_BULK1']))!
    expect(none).toMatchObject({ acceptedIds: [], invalidIds: ['E_BULK1'], resubmitRequested: false })
    expect(none.recoveryJobId).toBeUndefined()
    expect(store().resubmitCount('E_BULK1')).toBe(1)

    env.emu.switches.bulkIdCap = 2
    try {
      await httpError(resubmitErrors(env.prod, ['a', 'b', 'c']), 400, /Too many ids: 3 were sent, at most 2/)
    } finally {
      env.emu.switches.bulkIdCap = null
    }
    expect(env.emu.counters.mutationCount(BULK)).toBe(2)
  })

  it('discardError (202) aborts an errored instance for good; a second discard is 412, unknown 404', async () => {
    await expect(discardError(env.prod, 'E_DISCARD')).resolves.toBeUndefined()
    expect(await getError(env.prod, 'E_DISCARD')).toMatchObject({ status: 'ABORTED', recoverable: false })
    expect(await ids({ code: 'ORDERS', version: '01.00.0001' })).toEqual([])
    expect(env.emu.counters.mutationCount(`POST ${MON}/errors/:id/discard`)).toBe(1)
    await httpError(discardError(env.prod, 'E_DISCARD'), 412, /not in error \(status ABORTED\)/)
    await httpError(discardError(env.prod, 'nope'), 404)
    await httpError(resubmitError(env.prod, 'E_DISCARD'), 412)
  })

  it('discardErrors (bulk) answers the abort job and sorts ids into accepted, not discardable and invalid', async () => {
    const result = await discardErrors(env.prod, ['E_BULK2', 'E_DISCARD', 'nope', 'I_OK'])
    expect(result).toMatchObject({
      acceptedIds: ['E_BULK2'],
      nonDiscardableIds: ['E_DISCARD'],
      invalidIds: ['nope', 'I_OK'],
      abortedInstancesCount: 1,
      discardRequested: true,
      abortJobId: expect.any(String)
    })
    expect(await getError(env.prod, 'E_BULK2')).toMatchObject({ status: 'ABORTED', recoverable: false })
    expect(await ids({ projectCode: 'FIN' })).toEqual([])
    expect(await discardErrors(env.prod, ['nope'])).toMatchObject({
      acceptedIds: [],
      discardRequested: false
    })
  })
})
