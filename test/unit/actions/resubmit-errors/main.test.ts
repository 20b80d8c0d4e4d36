// Verify resubmit-errors in-process over a mocked OIC (undici MockAgent, no emulator): the monitoring query, the
// dry-run listing, batches of batch-size with return=sync, recoverable/invalid/non-recoverable accounting, following
// recovery jobs (by id, and found in the list after an empty 202, K2) to their end, to failure and to the timeout,
// a lost bulk answer settled by reading the instances back, max-instances, 400/401/403/500, and hostile text.
// Answers follow the recorded shapes of test/fixtures/oracle (errors-resubmit-sync.json, errors-list-excerpt.json)
// and the contract (§9.2 ErrorsRs without hasMore, K4; §9.7 RecoveryJobRs counts without id or status, K3).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../../../../src/actions/resubmit-errors/index.js'
import { clearSecrets } from '../../../../src/core/secrets/registry.js'
import { runInProcess } from '../../../support/actions.js'
import type { FakeHost } from '../../../support/fake-host.js'
import { mockNetwork, OIC_INSTANCE, OIC_ORIGIN, OIC_TOKEN, type UnitRun } from '../../../support/http-mock.js'

const API = '/ic/api/integration/v1'
const ERRORS = `${API}/monitoring/errors`
const BULK = `${ERRORS}/resubmit`
const JOBS = `${ERRORS}/recoveryJobs`
const JSON_REPLY = { headers: { 'content-type': 'application/json; charset=utf-8' } }
/** The clock runInProcess starts the mocked run at. */
const T0 = Date.parse('2026-12-01T12:00:00Z')
const oracleDate = (ms: number): string => new Date(ms).toISOString().replace('Z', '+0000')

/** The recorded answer of a bulk resubmit with return=sync (N1148). */
const SYNC_ANSWER = (
  JSON.parse(
    readFileSync(join(process.cwd(), 'test', 'fixtures', 'oracle', 'errors-resubmit-sync.json'), 'utf8')
  ) as { body: Record<string, unknown> }
).body

let net: UnitRun

beforeEach(() => {
  net = mockNetwork()
})
afterEach(async () => {
  await net.agent.close()
  clearSecrets()
})

/** A path matcher: this pathname and (a subset of) these query parameters. */
const at =
  (pathname: string, query: Record<string, string> = {}) =>
  (path: string): boolean => {
    const url = new URL(path, OIC_ORIGIN)
    return url.pathname === pathname && Object.entries(query).every(([k, v]) => url.searchParams.get(k) === v)
  }

/** An errored instance as §9.2 lists its fields (Gen2 schema, camelCase). */
function errored(
  id: string,
  { key = 'ORDER_SYNC|01.00.0000', ...rest }: Record<string, unknown> & { key?: string } = {}
): Record<string, unknown> {
  const [code, version] = key.split('|')
  return {
    id,
    runId: id,
    status: 'FAILED',
    creationDate: '2026-12-01T11:50:00.123+0000',
    lastTrackedTime: '2026-12-01T11:50:04.456+0000',
    errorMessage: 'Unable to invoke endpoint',
    recoverable: true,
    retryCount: 0,
    primaryName: 'orderId',
    primaryValue: `PO-${id}`,
    integration: { code, version, name: 'Order Sync', id: `${code}|${version}` },
    integrationDeleted: false,
    isDataAccurate: true,
    projectCode: 'SALES',
    links: [{ rel: 'self', href: `${OIC_ORIGIN}${ERRORS}/${id}?integrationInstance=${OIC_INSTANCE}` }],
    ...rest
  }
}

/** An ErrorsRs root (K4: totalRecordsCount, no hasMore). */
const errorsPage = (items: unknown[], total = items.length): Record<string, unknown> => ({
  dataFetchTime: '2026-12-01T12:00:00.594+0000',
  items,
  timeWindow: '1h',
  totalRecordsCount: total,
  totalResults: items.length,
  isPurged: false,
  instanceReportingLevel: 'Production'
})

/** The recorded return=sync answer with these ids and job. */
const syncAnswer = (
  ids: string[],
  job: string,
  extra: Record<string, unknown> = {}
): Record<string, unknown> => ({
  ...SYNC_ANSWER,
  acceptedIds: ids,
  recoveryJobId: job,
  resubmittedInstancesCount: ids.length,
  ...extra
})

/** A RecoveryJobRs (K3: counts only). */
const recoveryJob = (
  total: number,
  recovered: number,
  failed: number,
  created = T0 + 200
): Record<string, unknown> => ({
  createdDate: oracleDate(created),
  totalCount: total,
  recoveredCount: recovered,
  failedCount: failed,
  inProgressCount: total - recovered - failed
})

function listErrorsOnce(items: unknown[], total?: number, offset = '0'): void {
  net.oic
    .intercept({ path: at(ERRORS, { offset }), method: 'GET' })
    .reply(200, errorsPage(items, total), JSON_REPLY)
}

const calls = (): Array<{ method: string; path: string; query: URLSearchParams; body?: unknown }> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => {
    const url = new URL(c.fullUrl)
    return {
      method: c.method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof c.body === 'string' && c.body ? (JSON.parse(c.body) as unknown) : undefined
    }
  })
const bulkBodies = (): unknown[] =>
  calls()
    .filter(c => c.method === 'POST')
    .map(c => c.body)
const outputJson = (host: FakeHost, name: string): unknown => JSON.parse(host.outputs[name] ?? 'null')
const warnings = (host: FakeHost): string[] =>
  host.logs.filter(l => l.level === 'warning').map(l => l.message)

const go = (inputs: Record<string, string> = {}): Promise<FakeHost> => runInProcess(run, inputs, { net })

describe('resubmit-errors (mocked OIC)', () => {
  it('dry run: lists with the monitoring q, reports what would be resubmitted and sends nothing', async () => {
    listErrorsOnce([errored('E1'), errored('E2'), errored('E3', { recoverable: false })])
    const host = await go({ 'dry-run': 'true', integrations: 'ORDER_SYNC', 'time-window': '6h' })
    expect(host.failed).toBeUndefined()
    const [list, ...rest] = calls()
    expect(rest).toEqual([])
    expect(list?.method).toBe('GET')
    expect(list?.path).toBe(ERRORS)
    expect(Object.fromEntries(list?.query ?? [])).toEqual({
      integrationInstance: OIC_INSTANCE,
      q: "{timewindow:'6h', code:'ORDER_SYNC', recoverable:'true'}",
      offset: '0',
      limit: '100'
    })
    expect(net.agent.getCallHistory()?.firstCall()?.headers).toMatchObject({
      authorization: `Bearer ${OIC_TOKEN}`
    })
    expect(host.outputs).toMatchObject({
      matched: '2',
      resubmitted: '0',
      'non-recoverable': '0',
      invalid: '0',
      'left-alone': '1',
      'recovery-jobs': '[]',
      'still-failing': '2'
    })
    expect(outputJson(host, 'results')).toEqual({
      dryRun: true,
      matched: 2,
      leftAlone: { 'not-recoverable': 1 },
      wouldResubmit: [
        { id: 'E1', integration: 'ORDER_SYNC|01.00.0000' },
        { id: 'E2', integration: 'ORDER_SYNC|01.00.0000' }
      ]
    })
    const report = host.summaries[0]
    expect(report?.status).toBe('planned')
    expect(report?.statusLine).toBe(
      'Dry run: 2 of 2 errored instance(s) would be resubmitted (ORDER_SYNC, last 6h). Nothing was resubmitted.'
    )
    expect(report?.table?.rows).toEqual([['ORDER_SYNC|01.00.0000', '2', '—', '—', '—', '2']])
    expect(report?.notes).toEqual([
      '1 listed errored instance(s) were left alone because they could not be shown to match the selection: 1 not recoverable (or not said to be).'
    ])
    expect(host.logText).toContain(
      'Found 2 recoverable errored instance(s) of the selection; taking 2; 1 listed instance(s) did not match and are left alone'
    )
  })

  it('resubmits in batches of batch-size with return=sync, follows every job to its end and re-queries', async () => {
    const ids = ['E1', 'E2', 'E3', 'E4', 'E5']
    listErrorsOnce(ids.map(id => errored(id)))
    const batches = [['E1', 'E2'], ['E3', 'E4'], ['E5']]
    batches.forEach((batch, i) =>
      net.oic
        .intercept({ path: at(BULK, { return: 'sync' }), method: 'POST' })
        .reply(202, syncAnswer(batch, `J${i + 1}`), JSON_REPLY)
    )
    batches.forEach((batch, i) =>
      net.oic
        .intercept({ path: at(`${JOBS}/J${i + 1}`), method: 'GET' })
        .reply(200, recoveryJob(batch.length, batch.length, 0), JSON_REPLY)
    )
    listErrorsOnce([])
    const host = await go({ 'batch-size': '2', 'recovery-trace-level': 'audit' })
    expect(host.failed).toBeUndefined()
    expect(bulkBodies()).toEqual(batches.map(b => ({ ids: b, recoveryTraceLevel: 'Audit' })))
    expect(host.outputs).toMatchObject({
      matched: '5',
      resubmitted: '5',
      'non-recoverable': '0',
      invalid: '0',
      'left-alone': '0',
      'still-failing': '0'
    })
    expect(outputJson(host, 'recovery-jobs')).toEqual(
      batches.map((b, i) => ({
        id: `J${i + 1}`,
        status: 'ENDED',
        totalCount: b.length,
        recoveredCount: b.length,
        failedCount: 0,
        inProgressCount: 0
      }))
    )
    const results = outputJson(host, 'results') as Record<string, unknown>
    expect(results.requests).toEqual({ list: 1, resubmit: 3, jobs: 3, requery: 1 })
    expect(results.perIntegration).toEqual([
      {
        Integration: 'ORDER_SYNC|01.00.0000',
        Matched: '5',
        Resubmitted: '5',
        'Non-recoverable': '0',
        Invalid: '0',
        'Still failing': '0'
      }
    ])
    // The first look at the jobs comes after FIRST_CHECK_MS; they had all ended, so nothing more was slept.
    expect(net.slept).toEqual([1000])
    const report = host.summaries[0]
    expect(report?.status).toBe('success')
    expect(report?.statusLine).toBe(
      '5 of 5 resubmitted in 3 recovery job(s); 0 non-recoverable, 0 invalid; 0 left alone; 0 still failing (all integrations, last 1h).'
    )
    expect(report?.notes).toEqual([])
    expect(host.logText).toContain('Resubmitted 2: 2 accepted, recovery job J1')
    net.agent.assertNoPendingInterceptors()
  })

  it('accounts accepted, invalid and non-recoverable ids per integration; wait: false follows nothing', async () => {
    listErrorsOnce([
      errored('E1'),
      errored('E2'),
      errored('E3', { key: 'BILLING|02.00.0000' }),
      errored('E4', { projectCode: 'OTHER' }),
      errored('E5', { status: 'COMPLETED' })
    ])
    net.oic.intercept({ path: at(BULK, { return: 'sync' }), method: 'POST' }).reply(
      202,
      syncAnswer(['E1'], 'J1', {
        invalidIds: ['E2'],
        nonRecoverableIds: ['E3'],
        message: 'Resubmit request accepted'
      }),
      JSON_REPLY
    )
    listErrorsOnce([errored('E3', { key: 'BILLING|02.00.0000' })])
    const host = await go({ project: 'SALES', wait: 'false' })
    expect(host.failed).toBeUndefined()
    expect(bulkBodies()).toEqual([{ ids: ['E1', 'E2', 'E3'] }])
    expect(calls().some(c => c.path.startsWith(JOBS))).toBe(false)
    expect(Object.fromEntries(calls()[0]?.query ?? [])).toMatchObject({
      q: "{timewindow:'1h', recoverable:'true', projectCode:'SALES'}"
    })
    expect(host.outputs).toMatchObject({
      matched: '3',
      resubmitted: '1',
      'non-recoverable': '1',
      invalid: '1',
      'left-alone': '2',
      'still-failing': '1'
    })
    expect(outputJson(host, 'recovery-jobs')).toEqual([{ id: 'J1', status: 'NOT_FOLLOWED' }])
    const results = outputJson(host, 'results') as Record<string, unknown>
    expect(results).toMatchObject({
      nonRecoverable: ['E3'],
      invalid: ['E2'],
      leftAlone: { 'other-project': 1, 'not-in-error': 1 }
    })
    const report = host.summaries[0]
    expect(report?.status).toBe('warning')
    expect(report?.table?.rows).toEqual([
      ['BILLING|02.00.0000', '1', '0', '1', '0', '1'],
      ['ORDER_SYNC|01.00.0000', '2', '1', '0', '1', '0']
    ])
    expect(report?.notes).toEqual([
      '2 listed errored instance(s) were left alone because they could not be shown to match the selection: 1 of another project; 1 no longer in error.',
      'Recovery jobs were not followed (wait: false); still-failing counts what was errored right after resubmitting.'
    ])
    expect(net.slept).toEqual([])
  })

  it('polls a running job until its counts end it; fail-on remaining fails on what failed again', async () => {
    listErrorsOnce([errored('E1'), errored('E2')])
    net.oic
      .intercept({ path: at(BULK), method: 'POST' })
      .reply(202, syncAnswer(['E1', 'E2'], 'JOB-7'), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${JOBS}/JOB-7`), method: 'GET' })
      .reply(200, recoveryJob(2, 0, 0), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${JOBS}/JOB-7`), method: 'GET' })
      .reply(200, recoveryJob(2, 1, 0), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${JOBS}/JOB-7`), method: 'GET' })
      .reply(200, recoveryJob(2, 1, 1), JSON_REPLY)
    // E2 failed again: it comes back with a fresh time and one more retry.
    listErrorsOnce([errored('E2', { retryCount: 1, lastTrackedTime: '2026-12-01T12:00:05.000+0000' })])
    const host = await go({ 'fail-on': 'remaining' })
    expect(net.slept).toEqual([1000, 2000, 4000])
    expect(outputJson(host, 'recovery-jobs')).toEqual([
      {
        id: 'JOB-7',
        status: 'ENDED',
        totalCount: 2,
        recoveredCount: 1,
        failedCount: 1,
        inProgressCount: 0
      }
    ])
    expect(host.outputs['still-failing']).toBe('1')
    expect(host.summaries).toHaveLength(1)
    expect(host.summaries[0]?.status).toBe('warning')
    expect(host.summaries[0]?.table?.rows).toEqual([['ORDER_SYNC|01.00.0000', '2', '2', '0', '0', '1']])
    expect(host.failed?.message).toBe(
      '1 errored instance(s) remain after resubmitting (all integrations, last 1h) (fail-on: remaining).'
    )
  })

  it('stops following at wait-timeout, never sleeping past it, and says which jobs still run', async () => {
    listErrorsOnce([errored('E1')])
    net.oic.intercept({ path: at(BULK), method: 'POST' }).reply(202, syncAnswer(['E1'], 'J1'), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${JOBS}/J1`), method: 'GET' })
      .reply(200, recoveryJob(1, 0, 0), JSON_REPLY)
      .persist()
    listErrorsOnce([])
    const host = await go({ 'wait-timeout': '10' })
    expect(host.failed).toBeUndefined()
    expect(net.slept).toEqual([1000, 2000, 4000, 3000])
    expect(net.slept.reduce((a, b) => a + b, 0)).toBe(10_000)
    expect(calls().filter(c => c.path === `${JOBS}/J1`)).toHaveLength(4)
    expect(outputJson(host, 'recovery-jobs')).toEqual([
      {
        id: 'J1',
        status: 'IN_PROGRESS',
        totalCount: 1,
        recoveredCount: 0,
        failedCount: 0,
        inProgressCount: 1
      }
    ])
    expect(host.summaries[0]?.notes).toEqual(['Recovery jobs still running after wait-timeout (10 s): 1.'])
  })

  it('an empty 202 (K2): the ids count as submitted and the job is found in the recovery-job list', async () => {
    listErrorsOnce([errored('E1'), errored('E2')])
    net.oic.intercept({ path: at(BULK, { return: 'sync' }), method: 'POST' }).reply(202, '')
    // An older job of another run, and the one this run started (same totalCount, in the request's span).
    net.oic.intercept({ path: at(JOBS, { offset: '0' }), method: 'GET' }).reply(
      200,
      {
        items: [recoveryJob(7, 7, 0, T0 - 3_600_000), recoveryJob(2, 2, 0, T0 + 400)],
        totalRecordsCount: 2
      },
      JSON_REPLY
    )
    listErrorsOnce([])
    const host = await go()
    expect(host.failed).toBeUndefined()
    const list = calls().find(c => c.path === JOBS)
    expect(list?.query.get('q')).toBe("{startdate:'2026-12-01 11:58:00', enddate:'2026-12-01 12:02:01'}")
    expect(host.outputs.resubmitted).toBe('2')
    expect(outputJson(host, 'recovery-jobs')).toEqual([
      {
        createdDate: '2026-12-01T12:00:00.400+0000',
        status: 'ENDED',
        totalCount: 2,
        recoveredCount: 2,
        failedCount: 0,
        inProgressCount: 0
      }
    ])
    expect(host.summaries[0]?.notes).toEqual([
      '1 bulk answer(s) were 202 without a body: their ids count as resubmitted (the service did not say which were invalid or not recoverable), and their jobs were looked up in the recovery-job list.'
    ])
    expect(host.logText).toContain(
      'Resubmitted 2: the service answered 202 without a body; the ids count as submitted'
    )
  })

  it('an empty 202 whose job never appears: NOT_FOUND at the timeout, and the note says so', async () => {
    listErrorsOnce([errored('E1')])
    net.oic.intercept({ path: at(BULK), method: 'POST' }).reply(202, '')
    net.oic
      .intercept({ path: at(JOBS), method: 'GET' })
      .reply(200, { items: [], totalRecordsCount: 0 }, JSON_REPLY)
      .persist()
    listErrorsOnce([])
    const host = await go({ 'wait-timeout': '3' })
    expect(outputJson(host, 'recovery-jobs')).toEqual([{ status: 'NOT_FOUND' }])
    expect(host.summaries[0]?.notes).toContain(
      'Recovery jobs still running after wait-timeout (3 s): 0; 1 never found in the recovery-job list (their instances were submitted).'
    )
  })

  it('a lost bulk answer is settled by reading each instance back; only the untouched one is sent again', async () => {
    listErrorsOnce([errored('E1'), errored('E2'), errored('E3')])
    net.oic
      .intercept({ path: at(BULK), method: 'POST' })
      .reply(502, '<html><head><title>502 Bad Gateway</title></head></html>', {
        headers: { 'content-type': 'text/html' }
      })
    // E1 was retried by the lost request, E2 is gone, E3 is as it was listed.
    net.oic
      .intercept({ path: at(`${ERRORS}/E1`, { return: 'minimal' }), method: 'GET' })
      .reply(200, errored('E1', { retryCount: 1 }), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${ERRORS}/E2`, { return: 'minimal' }), method: 'GET' })
      .reply(404, { title: 'Not Found', status: 404 }, JSON_REPLY)
    net.oic
      .intercept({ path: at(`${ERRORS}/E3`, { return: 'minimal' }), method: 'GET' })
      .reply(200, errored('E3'), JSON_REPLY)
    net.oic.intercept({ path: at(BULK), method: 'POST' }).reply(202, syncAnswer(['E3'], 'J2'), JSON_REPLY)
    listErrorsOnce([])
    const host = await go({ wait: 'false', 'batch-size': '3' })
    expect(host.failed).toBeUndefined()
    expect(bulkBodies()).toEqual([{ ids: ['E1', 'E2', 'E3'] }, { ids: ['E3'] }])
    expect(host.outputs.resubmitted).toBe('3')
    expect(outputJson(host, 'recovery-jobs')).toEqual([
      { status: 'NOT_FOLLOWED' },
      { id: 'J2', status: 'NOT_FOLLOWED' }
    ])
    expect((outputJson(host, 'results') as { requests: unknown }).requests).toEqual({
      list: 1,
      resubmit: 5,
      jobs: 0,
      requery: 1
    })
    expect(warnings(host)).toEqual([
      expect.stringMatching(
        /^The answer to a resubmit of 3 instances was lost \(.*HTTP 502.*\); reading their state instead of sending it again\.$/
      )
    ])
    expect(host.logText).toContain('1 of them were not taken by the service; sending those once more')
    expect(host.summaries[0]?.notes).toContain(
      "1 batch answer(s) were lost and settled by reading the instances' state; nothing was resubmitted twice."
    )
  })

  it('a bulk request cut off by the network counts every instance the service changed as taken', async () => {
    listErrorsOnce([errored('E1'), errored('E2')])
    net.oic
      .intercept({ path: at(BULK), method: 'POST' })
      .replyWithError(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }))
    net.oic
      .intercept({ path: at(`${ERRORS}/E1`), method: 'GET' })
      .reply(200, errored('E1', { status: 'RESUBMITTED' }), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${ERRORS}/E2`), method: 'GET' })
      .reply(200, errored('E2', { lastTrackedTime: '2026-12-01T12:00:00.100+0000' }), JSON_REPLY)
    listErrorsOnce([])
    const host = await go({ wait: 'false' })
    expect(host.failed).toBeUndefined()
    expect(bulkBodies()).toEqual([{ ids: ['E1', 'E2'] }])
    expect(host.outputs.resubmitted).toBe('2')
    expect(warnings(host)[0]).toMatch(/^The answer to a resubmit of 2 instances was lost \(.*no response/)
  })

  it('a read-back that fails too ends the run with one line and resends nothing', async () => {
    listErrorsOnce([errored('E1')])
    net.oic.intercept({ path: at(BULK), method: 'POST' }).reply(500, { title: 'Internal Server Error' })
    net.oic
      .intercept({ path: at(`${ERRORS}/E1`), method: 'GET' })
      .reply(401, { title: 'Unauthorized' }, JSON_REPLY)
    const host = await go()
    expect(bulkBodies()).toHaveLength(1)
    expect(host.failed?.message).toMatch(/HTTP 401 .*access token was rejected/)
  })

  it('stops at max-instances and counts what it left: over the max and counted by the server but unread', async () => {
    listErrorsOnce([errored('E1'), errored('E2'), errored('E3')], 5)
    const host = await go({ 'max-instances': '2', 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(calls()).toHaveLength(1)
    expect(host.outputs.matched).toBe('5')
    expect((outputJson(host, 'results') as { wouldResubmit: unknown[] }).wouldResubmit).toHaveLength(2)
    expect(host.summaries[0]?.statusLine).toMatch(
      /^Dry run: 2 of 5 errored instance\(s\) would be resubmitted/
    )
    expect(host.summaries[0]?.notes).toEqual([
      '3 more errored instance(s) matched but were left for a later run (max-instances: 2).'
    ])
    expect(host.logText).toContain('taking 2, leaving 3 (max-instances 2)')
  })

  it('reads every page by offset until totalRecordsCount, and each integration filter in turn', async () => {
    net.oic
      .intercept({
        path: at(ERRORS, { offset: '0', q: "{timewindow:'1h', code:'A', recoverable:'true'}" }),
        method: 'GET'
      })
      .reply(200, errorsPage([errored('A1', { key: 'A|01.00.0000' })], 2), JSON_REPLY)
    net.oic
      .intercept({ path: at(ERRORS, { offset: '1' }), method: 'GET' })
      .reply(200, errorsPage([errored('A2', { key: 'A|01.00.0000' })], 2), JSON_REPLY)
    net.oic
      .intercept({
        path: at(ERRORS, {
          offset: '0',
          q: "{timewindow:'1h', code:'B', version:'02.00.0000', recoverable:'true'}"
        }),
        method: 'GET'
      })
      .reply(200, errorsPage([errored('B1', { key: 'B|02.00.0000' })]), JSON_REPLY)
    const host = await go({ integrations: 'A\nB|02.00.0000', 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.matched).toBe('3')
    expect(host.summaries[0]?.table?.rows).toEqual([
      ['A|01.00.0000', '2', '—', '—', '—', '2'],
      ['B|02.00.0000', '1', '—', '—', '—', '1']
    ])
    net.agent.assertNoPendingInterceptors()
  })

  it('a batch the service refuses for its size fails with the fix: lower batch-size', async () => {
    listErrorsOnce([errored('E1'), errored('E2')])
    net.oic
      .intercept({ path: at(BULK), method: 'POST' })
      .reply(400, { title: 'Bad Request', detail: 'At most 1 ids may be resubmitted at once' }, JSON_REPLY)
    const host = await go({ 'batch-size': '2' })
    expect(host.failed?.message).toBe(
      'The service refused a batch of 2 ids (At most 1 ids may be resubmitted at once): lower batch-size.'
    )
    expect(host.summaries[0]?.status).toBe('failure')
  })

  it.each([
    [401, 'Unauthorized', /access token was rejected/],
    [403, 'Forbidden', /lacks a role for this operation/],
    [500, 'Internal Server Error', /HTTP 500 Internal Server Error/]
  ])('a %i on the listing fails with one line and is not retried', async (status, title, hint) => {
    net.oic.intercept({ path: at(ERRORS), method: 'GET' }).reply(status, { title, status }, JSON_REPLY)
    const host = await go()
    expect(calls()).toHaveLength(1)
    expect(host.failed?.message).toMatch(
      new RegExp(`^GET ${OIC_ORIGIN}${ERRORS}\\?.* failed: HTTP ${status}`)
    )
    expect(host.failed?.message).toMatch(hint)
    expect(host.failed?.message).not.toContain(OIC_TOKEN)
    expect(host.failed?.message).not.toContain('\n')
    expect(host.summaries).toEqual([
      { title: 'OIC resubmit-errors', status: 'failure', statusLine: host.failed?.message }
    ])
  })

  it('a 403 on the bulk resubmit (a monitor without write permission) fails without reading back', async () => {
    listErrorsOnce([errored('E1'), errored('E2')])
    net.oic.intercept({ path: at(BULK), method: 'POST' }).reply(403, { title: 'Forbidden' }, JSON_REPLY)
    const host = await go()
    expect(calls().map(c => `${c.method} ${c.path}`)).toEqual([`GET ${ERRORS}`, `POST ${BULK}`])
    expect(host.failed?.message).toMatch(
      /^Could not resubmit 2 errored instances: POST .* failed: HTTP 403 .*lacks a role/
    )
  })

  it('a bulk answer whose id lists are not lists of ids ends with one line', async () => {
    listErrorsOnce([errored('E1')])
    net.oic
      .intercept({ path: at(BULK), method: 'POST' })
      .reply(202, syncAnswer(['E1'], 'J1', { invalidIds: 'E1' }), JSON_REPLY)
    const host = await go()
    expect(host.failed?.message).toBe(
      'Could not resubmit 1 errored instances: resubmit 1 errored instances: the server answered the string "E1" where invalidIds as a list of ids was expected.'
    )
  })

  it('an answer without acceptedIds or job: the unrefused ids count as accepted, the job is found in the list', async () => {
    listErrorsOnce([errored('E1'), errored('E2'), errored('E3')])
    net.oic
      .intercept({ path: at(BULK), method: 'POST' })
      .reply(202, { invalidIds: ['E2'], resubmitRequested: true, message: 'accepted' }, JSON_REPLY)
    net.oic.intercept({ path: at(JOBS), method: 'GET' }).reply(
      200,
      {
        items: [
          // An older reading: the job names itself by a self link.
          {
            ...recoveryJob(2, 2, 0, T0 + 100),
            links: [{ rel: 'self', href: `${OIC_ORIGIN}${JOBS}/JX?integrationInstance=${OIC_INSTANCE}` }]
          }
        ]
      },
      JSON_REPLY
    )
    listErrorsOnce([])
    const host = await go()
    expect(host.failed).toBeUndefined()
    expect(host.outputs).toMatchObject({ resubmitted: '2', invalid: '1', 'non-recoverable': '0' })
    expect(outputJson(host, 'recovery-jobs')).toEqual([
      {
        id: 'JX',
        createdDate: oracleDate(T0 + 100),
        status: 'ENDED',
        totalCount: 2,
        recoveredCount: 2,
        failedCount: 0,
        inProgressCount: 0
      }
    ])
    expect(host.logText).toContain('Resubmitted 3: 2 accepted')
  })

  it('a job read by id that sends only a status (older reading) ends by it and reports it', async () => {
    listErrorsOnce([errored('E1')])
    net.oic.intercept({ path: at(BULK), method: 'POST' }).reply(202, syncAnswer(['E1'], 'J1'), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${JOBS}/J1`), method: 'GET' })
      .reply(200, { id: 'J1', status: 'IN_PROGRESS' }, JSON_REPLY)
    net.oic
      .intercept({ path: at(`${JOBS}/J1`), method: 'GET' })
      .reply(200, { id: 'J1', status: 'COMPLETED' }, JSON_REPLY)
    listErrorsOnce([])
    const host = await go()
    expect(outputJson(host, 'recovery-jobs')).toEqual([
      { id: 'J1', status: 'ENDED', serviceStatus: 'COMPLETED' }
    ])
    expect(net.slept).toEqual([1000, 2000])
  })

  // Every integration filter is counted even after max-instances is reached by an earlier one (B's 2 errors were
  // left out of matched and of the "left for a later run" note).
  it('counts the matches of every integration filter when max-instances is reached', async () => {
    net.oic
      .intercept({
        path: at(ERRORS, { q: "{timewindow:'1h', code:'A', recoverable:'true'}" }),
        method: 'GET'
      })
      .reply(200, errorsPage(['A1', 'A2', 'A3'].map(id => errored(id, { key: 'A|01.00.0000' }))), JSON_REPLY)
    net.oic
      .intercept({
        path: at(ERRORS, { q: "{timewindow:'1h', code:'B', recoverable:'true'}" }),
        method: 'GET'
      })
      .reply(200, errorsPage(['B1', 'B2'].map(id => errored(id, { key: 'B|01.00.0000' }))), JSON_REPLY)
    const host = await go({ integrations: 'A, B', 'max-instances': '2', 'dry-run': 'true' })
    expect(host.outputs.matched).toBe('5')
  })

  // Following a job failing after the service accepted the resubmission still leaves the record: outputs and a
  // failure summary with the resubmitted instances and the jobs to look at.
  it('keeps the record of an accepted resubmission when following its job fails', async () => {
    listErrorsOnce([errored('E1'), errored('E2')])
    net.oic
      .intercept({ path: at(BULK), method: 'POST' })
      .reply(202, syncAnswer(['E1', 'E2'], 'J1'), JSON_REPLY)
    net.oic
      .intercept({ path: at(`${JOBS}/J1`), method: 'GET' })
      .reply(500, { title: 'Internal Server Error' }, JSON_REPLY)
    const host = await go()
    expect(host.failed?.message).toMatch(/recoveryJobs\/J1.* failed: HTTP 500/)
    expect(host.outputs.resubmitted).toBe('2')
    expect(JSON.parse(host.outputs['recovery-jobs'] ?? '[]')).toEqual([expect.objectContaining({ id: 'J1' })])
    expect(host.outputs['still-failing']).toBeUndefined()
    expect(host.summaries.at(-1)?.status).toBe('failure')
    expect(host.summaries.at(-1)?.notes?.join('\n')).toContain('Resubmitted instances: E1, E2')
  })

  it('bad inputs fail before any request, naming the input', async () => {
    for (const [inputs, message] of [
      [
        { integrations: 'ORDERS|1.0|x' },
        /Input 'integrations' entry .*ORDERS\|1\.0\|x.* must be CODE or CODE\|VERSION/
      ],
      [{ integrations: 'ORDERS|latest' }, /Input 'integrations' entry/],
      [
        { 'recovery-trace-level': 'verbose' },
        /Input 'recovery-trace-level' must be one of Production, Audit, Debug/
      ],
      [{ 'batch-size': '0' }, /batch-size/],
      [{ 'max-instances': '100001' }, /max-instances/],
      [{ 'time-window': '2h' }, /time-window/],
      [{ 'fail-on': 'always' }, /fail-on/]
    ] as Array<[Record<string, string>, RegExp]>) {
      const host = await go(inputs)
      expect(host.failed?.message).toMatch(message)
    }
    expect(calls()).toEqual([])
  })

  it('hostile integration codes and error texts stay inert in the job summary', async () => {
    const hostile = 'X<img src=x onerror=alert(1)>](https://evil.example)\n| a | b |\n::error::pwned'
    listErrorsOnce([
      errored('E1', {
        integration: { code: hostile, version: '01.00.0000', name: '<script>alert(1)</script>' },
        errorMessage: '<script>alert(1)</script>'
      }),
      // No project field: the project's integration list decides, and it cannot be read.
      errored('E2', { projectCode: undefined })
    ])
    net.oic
      .intercept({ path: at(`${API}/projects/SALES/integrations`), method: 'GET' })
      .reply(403, { title: '<b>denied</b>\n::warning::[x](https://evil.example) `code`' }, JSON_REPLY)
    net.oic.intercept({ path: at(BULK), method: 'POST' }).reply(202, syncAnswer(['E1'], 'J1'), JSON_REPLY)
    listErrorsOnce([])
    const host = await go({ project: 'SALES', wait: 'false' })
    expect(host.failed).toBeUndefined()
    expect(bulkBodies()).toEqual([{ ids: ['E1'] }])
    expect(host.outputs['left-alone']).toBe('1')
    expect(warnings(host)).toEqual([
      expect.stringContaining('the integrations of project SALES could not be read')
    ])
    const md = host.summaryText
    expect(md).not.toMatch(/<img|<b>|<script/)
    expect(md).not.toMatch(/[^\\]\]\(https/)
    expect(md).not.toMatch(/^::/m)
    expect(md).toContain(
      'X&lt;img src=x onerror=alert(1)&gt;\\](https://evil.example)<br>\\| a \\| b \\|<br>::error::pwned'
    )
    expect(md).toContain('&lt;b&gt;denied&lt;/b&gt;<br>::warning::\\[x\\](https://evil.example) \\`code\\`')
    // The table has its header, separator and one row per integration key, each on one line.
    const rows = md.split('\n').filter(l => l.startsWith('|'))
    expect(rows).toHaveLength(2 + 1)
    expect(host.summaries[0]?.notes).toEqual([
      expect.stringMatching(
        /^1 listed errored instance\(s\) were left alone .*: 1 whose project could not be shown/
      ),
      expect.stringMatching(
        /^The integrations of project SALES could not be read \(GET .* failed: HTTP 403 Forbidden: <b>denied/
      ),
      'Recovery jobs were not followed (wait: false); still-failing counts what was errored right after resubmitting.'
    ])
  })
})
