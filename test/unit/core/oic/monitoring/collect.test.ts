// Verify collectErrors over a mocked OIC: paging by offset until totalRecordsCount under a page cap (K4), max and
// what was left (over the max, counted but unread), the client-side check, sliding the time window when the server
// refuses an offset, and the ends of a walk the server never ends (repeated pages, the page cap).
import { beforeEach, describe, expect, it } from '@jest/globals'
import { OicHttpError } from '../../../../../src/core/errors.js'
import { collectErrors, type CollectOptions } from '../../../../../src/core/oic/monitoring/collect.js'
import type { ErrorInstance } from '../../../../../src/core/oic/monitoring/error-instances.js'
import { UnexpectedAnswerError } from '../../../../../src/core/oic/shape.js'
import { JSON_REPLY, mockClient, OIC_ORIGIN, useMockNetwork } from '../../../../support/http-mock.js'

const ERRORS = '/ic/api/integration/v1/monitoring/errors'
const T0 = Date.parse('2026-12-01T12:00:00Z')

const net = useMockNetwork()
let logs: string[]
beforeEach(() => {
  logs = []
})

/** An errored instance (§9.2 fields) last tracked `minutes` before T0. */
const errored = (id: string, minutes: number, extra: Partial<ErrorInstance> = {}): ErrorInstance => ({
  id,
  status: 'FAILED',
  recoverable: true,
  retryCount: 0,
  creationDate: new Date(T0 - minutes * 60_000 - 5000).toISOString().replace('Z', '+0000'),
  lastTrackedTime: new Date(T0 - minutes * 60_000).toISOString().replace('Z', '+0000'),
  integration: { code: 'ORDERS', version: '01.00.0000' },
  ...extra
})

/** Answers the next GET of the errors list whose query has these values. */
function page(query: Record<string, string>, items: ErrorInstance[], total?: number): void {
  net.oic
    .intercept({
      path: p => {
        const url = new URL(p, OIC_ORIGIN)
        return (
          url.pathname === ERRORS && Object.entries(query).every(([k, v]) => url.searchParams.get(k) === v)
        )
      },
      method: 'GET'
    })
    .reply(
      200,
      { items, totalRecordsCount: total, dataFetchTime: '2026-12-01T12:00:00.000+0000' },
      JSON_REPLY
    )
}

const options = (extra: Partial<CollectOptions> = {}): CollectOptions => ({
  max: 100,
  pageSize: 2,
  now: () => T0,
  log: l => void logs.push(l),
  ...extra
})
const queries = (): Array<Record<string, string>> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => Object.fromEntries(new URL(c.fullUrl).searchParams))

describe('collectErrors', () => {
  it('reads by offset until totalRecordsCount, also when the server serves fewer than the limit', async () => {
    page({ offset: '0' }, [errored('E1', 1)], 3)
    page({ offset: '1' }, [errored('E2', 2)], 3)
    page({ offset: '2' }, [errored('E3', 3)], 3)
    const out = await collectErrors(
      mockClient(net),
      { timewindow: '6h', code: 'ORDERS', recoverable: true },
      options()
    )
    expect(out.items.map(i => i.id)).toEqual(['E1', 'E2', 'E3'])
    expect(out).toMatchObject({ overMax: 0, unread: 0, listed: 3, requests: 3, slides: 0, leftAlone: [] })
    expect(queries().map(q => [q.q, q.offset, q.limit])).toEqual([
      ["{timewindow:'6h', code:'ORDERS', recoverable:'true'}", '0', '2'],
      ["{timewindow:'6h', code:'ORDERS', recoverable:'true'}", '1', '2'],
      ["{timewindow:'6h', code:'ORDERS', recoverable:'true'}", '2', '2']
    ])
  })

  it('stops at max: the rest of the page is over the max, the rest of the total unread', async () => {
    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)], 10)
    const out = await collectErrors(mockClient(net), {}, options({ max: 1 }))
    expect(out.items.map(i => i.id)).toEqual(['E1'])
    expect(out).toMatchObject({ overMax: 1, unread: 8, listed: 2, requests: 1 })
  })

  it('without counts, a full page asks for the next and a short one ends; repeats are taken once', async () => {
    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)])
    page({ offset: '2' }, [errored('E2', 2), errored('E3', 3)])
    page({ offset: '4' }, [errored('E4', 4)])
    const out = await collectErrors(mockClient(net), {}, options())
    expect(out.items.map(i => i.id)).toEqual(['E1', 'E2', 'E3', 'E4'])
    expect(out).toMatchObject({ listed: 4, requests: 3, unread: 0 })
  })

  it('keeps what the check leaves alone apart, with its reason, and skips items without id', async () => {
    page({ offset: '0' }, [
      errored('E1', 1),
      errored('E2', 2, { recoverable: false }),
      { lastTrackedTime: 'x' } as unknown as ErrorInstance
    ])
    const checked: string[] = []
    const out = await collectErrors(
      mockClient(net),
      {},
      options({
        pageSize: 100,
        check: async item => {
          checked.push(item.id)
          return item.recoverable ? undefined : 'not-recoverable'
        }
      })
    )
    expect(checked).toEqual(['E1', 'E2'])
    expect(out.items.map(i => i.id)).toEqual(['E1'])
    expect(out.leftAlone).toEqual([
      { item: expect.objectContaining({ id: 'E2' }), reason: 'not-recoverable' }
    ])
  })

  it('slides the window when the server refuses an offset, ending at the oldest time seen', async () => {
    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)], 5)
    net.oic
      .intercept({ path: p => p.startsWith(`${ERRORS}?`) && p.includes('offset=2'), method: 'GET' })
      .reply(400, { title: 'Bad Request', detail: 'offset must be less than 2' }, JSON_REPLY)
    page({ offset: '0' }, [errored('E2', 2), errored('E3', 3)], 3)
    page({ offset: '2' }, [errored('E4', 4)], 3)
    const out = await collectErrors(mockClient(net), { timewindow: '1h', code: 'ORDERS' }, options())
    expect(out.items.map(i => i.id)).toEqual(['E1', 'E2', 'E3', 'E4'])
    expect(out).toMatchObject({ slides: 1, requests: 4, unread: 0, listed: 4 })
    expect(queries().map(q => [q.q, q.offset])).toEqual([
      ["{timewindow:'1h', code:'ORDERS'}", '0'],
      ["{timewindow:'1h', code:'ORDERS'}", '2'],
      ["{startdate:'2026-12-01 11:00:00', enddate:'2026-12-01 11:58:01', code:'ORDERS'}", '0'],
      ["{startdate:'2026-12-01 11:00:00', enddate:'2026-12-01 11:58:01', code:'ORDERS'}", '2']
    ])
    expect(logs).toEqual([
      'The server caps the offset at 2; continuing with the window ending 2026-12-01T11:58:00.000Z'
    ])
  })

  it('keeps a start date the filter gives when it slides', async () => {
    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)], 5)
    net.oic
      .intercept({ path: p => p.includes('offset=2'), method: 'GET' })
      .reply(400, { title: 'offset too large' }, JSON_REPLY)
    page({ offset: '0' }, [errored('E3', 3)], 1)
    const start = new Date(T0 - 10 * 60_000)
    const out = await collectErrors(mockClient(net), { startdate: start }, options())
    expect(out.items.map(i => i.id)).toEqual(['E1', 'E2', 'E3'])
    expect(queries()[2]?.q).toBe("{startdate:'2026-12-01 11:50:00', enddate:'2026-12-01 11:58:01'}")
  })

  it('stops with one line when the slid window brings nothing new', async () => {
    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)], 5)
    net.oic
      .intercept({ path: p => p.includes('offset=2'), method: 'GET' })
      .reply(400, { title: 'Bad Request', detail: 'Invalid offset' }, JSON_REPLY)
    page({ offset: '0' }, [errored('E2', 2)], 4)
    const out = await collectErrors(mockClient(net), {}, options())
    expect(out.items.map(i => i.id)).toEqual(['E1', 'E2'])
    expect(logs[1]).toBe('The slid window returned nothing new; stopping the collection here')
  })

  it('rethrows an offset refusal at offset 0, one without readable times, and any other 400', async () => {
    net.oic
      .intercept({ path: p => p.startsWith(ERRORS), method: 'GET' })
      .reply(400, { title: 'Bad Request', detail: 'Invalid offset' }, JSON_REPLY)
    await expect(collectErrors(mockClient(net), {}, options())).rejects.toMatchObject({ status: 400 })

    page({ offset: '0' }, [errored('E1', 1, { lastTrackedTime: 'never', creationDate: undefined })], 5)
    net.oic
      .intercept({ path: p => p.includes('offset=1'), method: 'GET' })
      .reply(400, { title: 'Bad Request', detail: 'Invalid offset' }, JSON_REPLY)
    await expect(collectErrors(mockClient(net), {}, options())).rejects.toBeInstanceOf(OicHttpError)

    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)], 5)
    net.oic
      .intercept({ path: p => p.includes('offset=2'), method: 'GET' })
      .reply(400, { title: 'Bad Request', detail: 'Invalid q' }, JSON_REPLY)
    await expect(collectErrors(mockClient(net), {}, options())).rejects.toThrow(/Invalid q/)
  })

  it('ends a walk whose pages repeat, and one beyond the page cap, with one line', async () => {
    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)], 10)
    page({ offset: '2' }, [errored('E1', 1), errored('E2', 2)], 10)
    await expect(collectErrors(mockClient(net), {}, options())).rejects.toThrow(
      /list errored instances: the server answered page 2 \(offset 2\) with only items it had already sent/
    )
    page({ offset: '0' }, [errored('E1', 1), errored('E2', 2)], 10)
    page({ offset: '2' }, [errored('E3', 3), errored('E4', 4)], 10)
    const capped = collectErrors(mockClient(net, { limits: { maxPages: 2 } }), {}, options())
    await expect(capped).rejects.toBeInstanceOf(UnexpectedAnswerError)
    await expect(capped).rejects.toThrow(/still announced more after 2 pages \(4 distinct items\)/)
  })
})
