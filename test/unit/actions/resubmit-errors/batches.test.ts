// Verify bulk resubmission over a mocked OIC (undici MockAgent, the real HttpClient): batches of the given size, the
// accounting of an answer with a body and of an empty 202 (K2), a batch refused for its size, and a lost answer
// settled by reading each instance back — only those the service demonstrably did not take are sent once more.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { resubmitInBatches } from '../../../../src/actions/resubmit-errors/batches.js'
import { ConfigurationError, OicHttpError } from '../../../../src/core/errors.js'
import { HttpClient } from '../../../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'
import type { ErrorInstance } from '../../../../src/core/oic/monitoring/error-instances.js'
import {
  JSON_REPLY,
  OIC_INSTANCE,
  OIC_ORIGIN,
  OIC_TOKEN,
  useMockNetwork
} from '../../../support/http-mock.js'

const ERRORS = '/ic/api/integration/v1/monitoring/errors'
const BULK = `${ERRORS}/resubmit`

const net = useMockNetwork()
let client: HttpClient
/** Ids of each bulk POST, in order. */
let posted: string[][]

beforeEach(() => {
  posted = []
  client = new HttpClient({
    baseUrl: new URL(OIC_ORIGIN),
    instance: OIC_INSTANCE,
    token: OIC_TOKEN,
    timeoutMs: 5_000,
    retry: defaultRetryPolicy(0),
    dispatcher: net.agent,
    sleep: async () => undefined
  })
})
afterEach(async () => {
  await client.close()
})

const errored = (id: string, extra: Partial<ErrorInstance> = {}): ErrorInstance => ({
  id,
  status: 'FAILED',
  recoverable: true,
  retryCount: 0,
  lastTrackedTime: '2026-12-01T11:50:00.000+0000',
  ...extra
})

/** Answers the next bulk POST with `reply(ids)` (a status and body), recording the ids sent. */
function bulk(reply: (ids: string[]) => { status: number; body: unknown }): void {
  net.oic.intercept({ path: p => p.startsWith(`${BULK}?`), method: 'POST' }).reply(opts => {
    const ids = (JSON.parse(opts.body as string) as { ids: string[] }).ids
    posted.push(ids)
    const { status, body } = reply(ids)
    return { statusCode: status, data: body === '' ? '' : JSON.stringify(body), responseOptions: JSON_REPLY }
  })
}

/** Answers the read-back of instance `id` (404: gone). */
function readBack(id: string, status: number, body: Partial<ErrorInstance> = {}): void {
  net.oic
    .intercept({ path: p => p.startsWith(`${ERRORS}/${id}?`), method: 'GET' })
    .reply(status, status === 200 ? { id, ...body } : { title: 'Not Found' }, JSON_REPLY)
}

/** The read-back of an instance nothing acted on since it was listed. */
const UNTOUCHED: Partial<ErrorInstance> = {
  status: 'FAILED',
  retryCount: 0,
  lastTrackedTime: '2026-12-01T11:50:00.000+0000'
}

/** Collaborators on a fake clock, with the lines they were told. */
function fakeDeps(): {
  log: (l: string) => void
  warn: (l: string) => void
  now: () => number
  lines: string[]
  warnings: string[]
} {
  let t = 1_000
  const lines: string[] = []
  const warnings: string[] = []
  return {
    log: l => void lines.push(l),
    warn: l => void warnings.push(l),
    now: () => (t += 10),
    lines,
    warnings
  }
}

describe('resubmitInBatches', () => {
  it('sends batches of the given size and accounts accepted, invalid and non-recoverable ids and their jobs', async () => {
    bulk(ids => ({
      status: 202,
      body: { acceptedIds: ids.slice(0, 1), invalidIds: ids.slice(1), recoveryJobId: 'J1' }
    }))
    bulk(ids => ({ status: 202, body: { nonRecoverableIds: ids, recoveryJobId: 'J2' } }))
    const deps = fakeDeps()
    const totals = await resubmitInBatches(
      client,
      [errored('a'), errored('b'), errored('c')],
      2,
      'Production',
      deps
    )
    expect(posted).toEqual([['a', 'b'], ['c']])
    expect(totals).toMatchObject({
      accepted: ['a'],
      invalid: ['b'],
      nonRecoverable: ['c'],
      settled: 0,
      emptyAnswers: 0,
      requests: 2
    })
    expect(totals.jobs).toEqual([
      { id: 'J1', since: expect.any(Number), until: expect.any(Number), size: 1 },
      { id: 'J2', since: expect.any(Number), until: expect.any(Number), size: 0 }
    ])
    expect(deps.lines).toEqual([
      'Resubmitted 2: 1 accepted, recovery job J1',
      'Resubmitted 1: 0 accepted, recovery job J2'
    ])
    expect(deps.warnings).toEqual([])
  })

  it('counts every id of an empty 202 as submitted, its job to be found in the list (K2)', async () => {
    bulk(() => ({ status: 202, body: '' }))
    const deps = fakeDeps()
    const totals = await resubmitInBatches(client, [errored('a'), errored('b')], 10, undefined, deps)
    expect(totals).toMatchObject({ accepted: ['a', 'b'], emptyAnswers: 1, requests: 1 })
    expect(totals.jobs).toEqual([{ since: 1_010, until: 1_020, size: 2 }])
    expect(deps.lines[0]).toMatch(/answered 202 without a body; the ids count as submitted/)
  })

  it('refuses a batch the service rejects for its size with a fix naming batch-size', async () => {
    net.oic
      .intercept({ path: p => p.startsWith(`${BULK}?`), method: 'POST' })
      .reply(400, { title: 'Bad Request', detail: 'At most 50 ids are allowed' }, JSON_REPLY)
    const error = await resubmitInBatches(client, [errored('a')], 100, undefined, fakeDeps()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).input).toBe('batch-size')
    expect((error as Error).message).toMatch(
      /^The service refused a batch of 1 ids \(At most 50 ids are allowed\): lower batch-size\.$/
    )
  })

  it('fails naming the batch on any other refusal, reading nothing back', async () => {
    net.oic
      .intercept({ path: p => p.startsWith(`${BULK}?`), method: 'POST' })
      .reply(403, { title: 'Forbidden' }, JSON_REPLY)
    await expect(resubmitInBatches(client, [errored('a')], 10, undefined, fakeDeps())).rejects.toThrow(
      /^Could not resubmit 1 errored instances: POST \S+ failed: HTTP 403/
    )
  })

  it('settles a lost answer by reading each instance back, and sends only the untouched ones once more', async () => {
    bulk(() => ({ status: 502, body: { title: 'Bad Gateway' } }))
    readBack('a', 404) // gone: the lost request took it
    readBack('b', 200, { status: 'RECOVERING' }) // taken
    readBack('c', 200, { status: 'FAILED', retryCount: 1 }) // retried since it was listed: taken
    readBack('d', 200, UNTOUCHED)
    bulk(ids => ({ status: 202, body: { acceptedIds: ids, recoveryJobId: 'J9' } }))
    const deps = fakeDeps()
    const items = ['a', 'b', 'c', 'd'].map(id => errored(id))
    const totals = await resubmitInBatches(client, items, 10, undefined, deps)
    expect(posted).toEqual([['a', 'b', 'c', 'd'], ['d']])
    expect(totals).toMatchObject({ accepted: ['a', 'b', 'c', 'd'], settled: 1, requests: 1 + 4 + 1 })
    expect(totals.jobs).toEqual([
      { since: expect.any(Number), until: expect.any(Number), size: 3 },
      { id: 'J9', since: expect.any(Number), until: expect.any(Number), size: 1 }
    ])
    expect(deps.warnings).toEqual([
      expect.stringMatching(
        /^The answer to a resubmit of 4 instances was lost \(POST \S+ failed: HTTP 502.*\); reading their state instead of sending it again\.$/
      )
    ])
    expect(deps.lines).toContain('1 of them were not taken by the service; sending those once more')
  })

  it('sends nothing again when every instance of a lost batch was taken (connection reset)', async () => {
    net.oic
      .intercept({ path: p => p.startsWith(`${BULK}?`), method: 'POST' })
      .replyWithError(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }))
    readBack('a', 200, { status: 'RECOVERING' })
    const deps = fakeDeps()
    const totals = await resubmitInBatches(client, [errored('a')], 10, undefined, deps)
    expect(totals).toMatchObject({ accepted: ['a'], settled: 1, requests: 2 })
    expect(deps.warnings[0]).toMatch(/^The answer to a resubmit of 1 instances was lost \(.*no response/)
    expect(
      net.agent
        .getCallHistory()
        ?.calls()
        .filter(c => c.method === 'POST')
    ).toHaveLength(1)
  })

  it('keeps the lost answer and names the read-back failure when the instances cannot be read', async () => {
    bulk(() => ({ status: 504, body: { title: 'Gateway Timeout' } }))
    readBack('a', 401)
    const error = await resubmitInBatches(client, [errored('a')], 10, undefined, fakeDeps()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(OicHttpError)
    expect((error as OicHttpError).status).toBe(504)
    expect((error as Error).message).toMatch(
      /^Could not resubmit 1 errored instances \(the state could not be read back to settle it: GET \S+ failed: HTTP 401.*\): POST \S+ failed: HTTP 504/
    )
    expect(posted).toHaveLength(1)
  })
})

describe('resubmitInBatches under answers lost again', () => {
  it('sends an untouched instance once more only, then fails instead of looping', async () => {
    bulk(() => ({ status: 502, body: { title: 'Bad Gateway' } }))
    readBack('a', 200, UNTOUCHED)
    bulk(() => ({ status: 502, body: { title: 'Bad Gateway' } }))
    readBack('a', 200, UNTOUCHED)
    await expect(resubmitInBatches(client, [errored('a')], 10, undefined, fakeDeps())).rejects.toThrow(
      /^Could not resubmit 1 errored instances \(the answer was lost twice and the service took none of them\): POST \S+ failed: HTTP 502/
    )
    expect(posted).toEqual([['a'], ['a']])
  })
})
