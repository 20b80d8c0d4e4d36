// Verify the errored-instance client over a mocked OIC (contract §9.2–§9.6): the list query, get with
// return=minimal, single and bulk resubmit (return=sync, the recorded answers of N1148, an empty 202 per K2, id lists
// of another type), discard single and bulk, and that none of the writes is ever repeated.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { OicHttpError } from '../../../../../src/core/errors.js'
import {
  discardError,
  discardErrors,
  getError,
  listErrors,
  resubmitError,
  resubmitErrors
} from '../../../../../src/core/oic/monitoring/error-instances.js'
import { UnexpectedAnswerError } from '../../../../../src/core/oic/shape.js'
import { defaultRetryPolicy } from '../../../../../src/core/http/retry.js'
import {
  atPath,
  JSON_REPLY,
  mockClient,
  OIC_INSTANCE,
  useMockNetwork
} from '../../../../support/http-mock.js'

const ERRORS = '/ic/api/integration/v1/monitoring/errors'
const recorded = (name: string): { status: number; body: unknown } =>
  JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'oracle', `${name}.json`), 'utf8')) as {
    status: number
    body: unknown
  }

const net = useMockNetwork()

const sent = (): Array<{ method: string; url: URL; body: unknown; type?: unknown }> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    url: new URL(c.fullUrl),
    body: typeof c.body === 'string' && c.body ? (JSON.parse(c.body) as unknown) : c.body,
    type: (c.headers as Record<string, unknown> | undefined)?.['content-type']
  }))

describe('listErrors and getError', () => {
  it('lists one page with the monitoring q, offset, limit and orderBy; the root as recorded', async () => {
    const excerpt = recorded('errors-list-excerpt')
    net.oic.intercept({ path: atPath(ERRORS), method: 'GET' }).reply(200, excerpt.body as object, JSON_REPLY)
    const page = await listErrors(
      mockClient(net),
      { timewindow: '1h', projectCode: 'AA_RESUBMIT_AGENT', code: 'ASYNC_MAIN' },
      { offset: 0, limit: 50, orderBy: 'creationdate' }
    )
    expect(page).toEqual(excerpt.body)
    expect(Object.fromEntries(sent()[0]?.url.searchParams ?? [])).toEqual({
      integrationInstance: OIC_INSTANCE,
      q: "{timewindow:'1h', code:'ASYNC_MAIN', projectCode:'AA_RESUBMIT_AGENT'}",
      offset: '0',
      limit: '50',
      orderBy: 'creationdate'
    })
  })

  it('gets one instance, with return=minimal only when asked; the id is path-encoded', async () => {
    net.oic
      .intercept({ path: atPath(`${ERRORS}/a%2Fb`), method: 'GET' })
      .reply(200, { id: 'a/b', status: 'FAILED' }, JSON_REPLY)
      .times(2)
    const client = mockClient(net)
    expect(await getError(client, 'a/b', true)).toEqual({ id: 'a/b', status: 'FAILED' })
    await getError(client, 'a/b')
    expect(sent().map(c => c.url.searchParams.get('return'))).toEqual(['minimal', null])
  })

  it('a 404 is a typed error; a bare string where an object belongs is refused with one line', async () => {
    net.oic
      .intercept({ path: atPath(`${ERRORS}/gone`), method: 'GET' })
      .reply(404, { title: 'Not Found' }, JSON_REPLY)
    await expect(getError(mockClient(net), 'gone')).rejects.toMatchObject({ status: 404 })
    net.oic.intercept({ path: atPath(`${ERRORS}/odd`), method: 'GET' }).reply(200, '"FAILED"', JSON_REPLY)
    await expect(getError(mockClient(net), 'odd')).rejects.toThrow(
      'get errored instance odd: the server answered the string "FAILED" where a JSON object was expected.'
    )
  })
})

describe('resubmitError (single)', () => {
  it('posts the trace level when given, {} otherwise, and returns ErrorResubmitRs', async () => {
    const answer = {
      message: 'Resubmit request accepted',
      recoveryJobId: 'inTwuRitEe2sHXmcDAJVyQ',
      resubmitSuccessful: true
    }
    net.oic
      .intercept({ path: atPath(`${ERRORS}/E1/resubmit`), method: 'POST' })
      .reply(200, answer, JSON_REPLY)
    net.oic.intercept({ path: atPath(`${ERRORS}/E1/resubmit`), method: 'POST' }).reply(202, '')
    const client = mockClient(net)
    expect(await resubmitError(client, 'E1', 'Debug')).toEqual(answer)
    expect(await resubmitError(client, 'E1')).toEqual({})
    expect(sent().map(c => [c.body, c.type])).toEqual([
      [{ recoveryTraceLevel: 'Debug' }, 'application/json; charset=utf-8'],
      [{}, 'application/json; charset=utf-8']
    ])
  })

  it('is never repeated, not even after a 503 with retries configured; a 412 carries its hint', async () => {
    net.oic.intercept({ path: atPath(`${ERRORS}/E1/resubmit`), method: 'POST' }).reply(503, 'busy')
    const client = mockClient(net, { retry: defaultRetryPolicy(3) })
    await expect(resubmitError(client, 'E1')).rejects.toMatchObject({ status: 503 })
    expect(sent()).toHaveLength(1)
    net.oic
      .intercept({ path: atPath(`${ERRORS}/E2/resubmit`), method: 'POST' })
      .reply(
        412,
        { title: 'Instance is not recoverable', type: 'about:blank', status: 'HTTP 412 Precondition Failed' },
        JSON_REPLY
      )
    const error = await resubmitError(client, 'E2').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicHttpError)
    expect((error as Error).message).toMatch(
      /HTTP 412 Precondition Failed: Instance is not recoverable\. A precondition failed/
    )
  })
})

describe('resubmitErrors (bulk)', () => {
  it('sends {ids} with return=sync and reads the recorded sync answer', async () => {
    const sync = recorded('errors-resubmit-sync')
    net.oic
      .intercept({ path: atPath(`${ERRORS}/resubmit`), method: 'POST' })
      .reply(sync.status, sync.body as object, JSON_REPLY)
    const ids = ['BhYp_G7OEfGJYpvwjtaODQ', '_qQwUm7NEfGj4tHFvE-1xw']
    expect(await resubmitErrors(mockClient(net), ids, 'Production')).toEqual(sync.body)
    const [call] = sent()
    expect(call?.url.searchParams.get('return')).toBe('sync')
    expect(call?.body).toEqual({ ids, recoveryTraceLevel: 'Production' })
  })

  it('an empty 202 (the recorded async answer, K2) or a body that is no object is undefined', async () => {
    const empty = recorded('errors-resubmit-async-empty')
    expect(empty.body).toBeNull()
    net.oic.intercept({ path: atPath(`${ERRORS}/resubmit`), method: 'POST' }).reply(empty.status, '')
    net.oic.intercept({ path: atPath(`${ERRORS}/resubmit`), method: 'POST' }).reply(202, '["a"]', JSON_REPLY)
    net.oic.intercept({ path: atPath(`${ERRORS}/resubmit`), method: 'POST' }).reply(202, 'null', JSON_REPLY)
    const client = mockClient(net)
    expect(await resubmitErrors(client, ['a'])).toBeUndefined()
    expect(await resubmitErrors(client, ['a'])).toBeUndefined()
    expect(await resubmitErrors(client, ['a'])).toBeUndefined()
    expect(sent().map(c => c.body)).toEqual([{ ids: ['a'] }, { ids: ['a'] }, { ids: ['a'] }])
  })

  it('takes ids as numbers (the doc example) and refuses id lists of another type with one line', async () => {
    net.oic
      .intercept({ path: atPath(`${ERRORS}/resubmit`), method: 'POST' })
      .reply(202, { acceptedIds: [19, 20], invalidIds: ['21'], recoveryJobId: 'J' }, JSON_REPLY)
    const client = mockClient(net)
    expect(await resubmitErrors(client, ['19', '20', '21'])).toMatchObject({ acceptedIds: [19, 20] })
    for (const [body, message] of [
      [{ acceptedIds: [{ id: '1' }] }, 'the server answered an object where acceptedIds as a list of ids'],
      [{ nonRecoverableIds: 'x' }, 'the server answered the string "x" where nonRecoverableIds as a list'],
      [{ invalidIds: [null] }, 'the server answered null where invalidIds as a list of ids']
    ] as Array<[object, string]>) {
      net.oic.intercept({ path: atPath(`${ERRORS}/resubmit`), method: 'POST' }).reply(202, body, JSON_REPLY)
      const error = await resubmitErrors(client, ['1']).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UnexpectedAnswerError)
      expect((error as Error).message).toContain(`resubmit 1 errored instances: ${message}`)
    }
  })

  it('a lost answer is not repeated (the caller reads the state back)', async () => {
    net.oic
      .intercept({ path: atPath(`${ERRORS}/resubmit`), method: 'POST' })
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    const client = mockClient(net, { retry: defaultRetryPolicy(4) })
    await expect(resubmitErrors(client, ['a', 'b'])).rejects.toMatchObject({ status: 0, code: 'ECONNRESET' })
    expect(sent()).toHaveLength(1)
  })
})

describe('discardError and discardErrors', () => {
  it('discards one with no body (202) and many with {ids} (ErrorBulkDiscardRs)', async () => {
    net.oic.intercept({ path: atPath(`${ERRORS}/E1/discard`), method: 'POST' }).reply(202, '')
    const answer = {
      abortJobId: 'A1',
      abortedInstancesCount: 2,
      acceptedIds: ['19', '20'],
      discardRequested: true,
      invalidIds: [],
      message: 'Discard request accepted',
      nonDiscardableIds: []
    }
    net.oic.intercept({ path: atPath(`${ERRORS}/discard`), method: 'POST' }).reply(200, answer, JSON_REPLY)
    net.oic.intercept({ path: atPath(`${ERRORS}/discard`), method: 'POST' }).reply(202, '')
    const client = mockClient(net)
    await expect(discardError(client, 'E1')).resolves.toBeUndefined()
    expect(await discardErrors(client, ['19', '20'])).toEqual(answer)
    expect(await discardErrors(client, ['21'])).toEqual({})
    expect(sent().map(c => [c.method, c.url.pathname, c.body])).toEqual([
      ['POST', `${ERRORS}/E1/discard`, undefined],
      ['POST', `${ERRORS}/discard`, { ids: ['19', '20'] }],
      ['POST', `${ERRORS}/discard`, { ids: ['21'] }]
    ])
  })

  it('a 412 on a discard is a typed error and is not repeated', async () => {
    net.oic
      .intercept({ path: atPath(`${ERRORS}/E1/discard`), method: 'POST' })
      .reply(412, { title: 'Cannot discard' }, JSON_REPLY)
    await expect(discardError(mockClient(net, { retry: defaultRetryPolicy(2) }), 'E1')).rejects.toMatchObject(
      {
        status: 412,
        title: 'Cannot discard'
      }
    )
    expect(sent()).toHaveLength(1)
  })
})

describe('ids that are dot segments', () => {
  // URL resolution removes dot segments: an id '.' made POST …/errors/./resubmit the bulk endpoint, and '..'
  // climbed a level. Such ids are refused before anything is sent.
  it.each(['.', '..', ''])('refuses the id %j before sending anything', async id => {
    await expect(resubmitError(mockClient(net), id)).rejects.toThrow(/Refusing the id/)
    expect(sent()).toEqual([])
  })
})
