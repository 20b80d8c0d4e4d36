// Verify the integration-instance client over a mocked OIC (contract §9.8): the list query, get with return=minimal,
// abort (never repeated; 409 when not in progress), the activity stream and its details, and large payload downloads
// whose key keeps its slashes.
import { describe, expect, it } from '@jest/globals'
import { defaultRetryPolicy } from '../../../../../src/core/http/retry.js'
import {
  abortInstance,
  downloadLargePayload,
  getActivityStream,
  getActivityStreamDetails,
  getInstance,
  listInstances
} from '../../../../../src/core/oic/monitoring/instances.js'
import {
  atPath,
  JSON_REPLY,
  mockClient,
  OIC_INSTANCE,
  useMockNetwork
} from '../../../../support/http-mock.js'

const INSTANCES = '/ic/api/integration/v1/monitoring/instances'

const net = useMockNetwork()

const sent = (): Array<{ method: string; url: URL; body: unknown; accept?: unknown }> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    url: new URL(c.fullUrl),
    body: c.body,
    accept: (c.headers as Record<string, unknown> | undefined)?.accept
  }))

/** An InstanceRs item (Gen2 camelCase names, §9.8). */
const instance = {
  id: 'Ik5B3xXkEe-8oH2bVwXnbw',
  runId: 'Ik5B3xXkEe-8oH2bVwXnbw',
  status: 'IN_PROGRESS',
  integrationId: 'ORDERS',
  integrationName: 'Orders',
  integrationVersion: '01.00.0000',
  creationDate: '2026-12-01T11:59:00.000+0000',
  lastTrackedTime: '2026-12-01T11:59:30.000+0000',
  projectFound: true,
  isDataAccurate: true
}

describe('instances client', () => {
  it('lists a page with the monitoring q (status, dates), offset, limit and orderBy', async () => {
    net.oic
      .intercept({ path: atPath(INSTANCES), method: 'GET' })
      .reply(200, { items: [instance], totalRecordsCount: 1, timeWindow: '1h' }, JSON_REPLY)
    const page = await listInstances(
      mockClient(net),
      {
        status: 'FAILED',
        startdate: new Date('2026-12-01T10:00:00Z'),
        enddate: new Date('2026-12-01T11:00:00Z'),
        timewindow: '1d',
        primaryValue: 'PO-1'
      },
      { offset: 100, limit: 50, orderBy: 'executiontime' }
    )
    expect(page.items).toEqual([instance])
    expect(Object.fromEntries(sent()[0]?.url.searchParams ?? [])).toEqual({
      integrationInstance: OIC_INSTANCE,
      q: "{startdate:'2026-12-01 10:00:00', enddate:'2026-12-01 11:00:00', status:'FAILED', primaryValue:'PO-1'}",
      offset: '100',
      limit: '50',
      orderBy: 'executiontime'
    })
  })

  it('gets one instance, trimmed with return=minimal only when asked', async () => {
    net.oic
      .intercept({ path: atPath(`${INSTANCES}/${instance.id}`), method: 'GET' })
      .reply(200, instance, JSON_REPLY)
      .times(2)
    const client = mockClient(net)
    expect(await getInstance(client, instance.id, true)).toEqual(instance)
    await getInstance(client, instance.id)
    expect(sent().map(c => c.url.searchParams.get('return'))).toEqual(['minimal', null])
  })

  it('aborts with {} and reads the answer; a 409 (not in progress) fails once, never repeated', async () => {
    const answer = { abortJobId: 'AJ1', message: 'Abort request accepted', status: 'ABORTED' }
    net.oic
      .intercept({ path: atPath(`${INSTANCES}/I1/abort`), method: 'POST' })
      .reply(200, answer, JSON_REPLY)
    net.oic.intercept({ path: atPath(`${INSTANCES}/I2/abort`), method: 'POST' }).reply(200, '')
    net.oic
      .intercept({ path: atPath(`${INSTANCES}/I3/abort`), method: 'POST' })
      .reply(409, { title: 'Instance is not in progress' }, JSON_REPLY)
    const client = mockClient(net, { retry: defaultRetryPolicy(3) })
    expect(await abortInstance(client, 'I1')).toEqual(answer)
    expect(await abortInstance(client, 'I2')).toEqual({})
    await expect(abortInstance(client, 'I3')).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/HTTP 409 Conflict: Instance is not in progress/) as unknown
    })
    expect(sent().map(c => [c.method, c.url.pathname, c.body])).toEqual([
      ['POST', `${INSTANCES}/I1/abort`, '{}'],
      ['POST', `${INSTANCES}/I2/abort`, '{}'],
      ['POST', `${INSTANCES}/I3/abort`, '{}']
    ])
  })

  it('reads the activity stream (order) and its details (timezone only when given)', async () => {
    net.oic
      .intercept({ path: atPath(`${INSTANCES}/I1/activityStream`), method: 'GET' })
      .reply(200, { items: [{ message: 'Received request' }] }, JSON_REPLY)
      .times(2)
    net.oic
      .intercept({ path: atPath(`${INSTANCES}/I1/activityStreamDetails`), method: 'GET' })
      .reply(200, { items: [] }, JSON_REPLY)
      .times(2)
    const client = mockClient(net)
    expect(await getActivityStream(client, 'I1')).toEqual({ items: [{ message: 'Received request' }] })
    await getActivityStream(client, 'I1', 'desc')
    await getActivityStreamDetails(client, 'I1', 'Europe/Berlin')
    await getActivityStreamDetails(client, 'I1')
    expect(sent().map(c => [c.url.searchParams.get('order'), c.url.searchParams.get('timezone')])).toEqual([
      ['asc', null],
      ['desc', null],
      [null, 'Europe/Berlin'],
      [null, null]
    ])
  })

  it('downloads a large payload by key: slashes kept, each segment encoded, accept */*', async () => {
    net.oic
      .intercept({
        path: atPath(`${INSTANCES}/I1/activityStreamDetails/tracking-data/debug/a%20b%23c.xml`),
        method: 'GET'
      })
      .reply(200, '<payload>large</payload>', { headers: { 'content-type': 'application/octet-stream' } })
    const text = await downloadLargePayload(
      mockClient(net),
      'I1',
      'tracking-data/debug/a b#c.xml',
      async body => {
        const chunks: Buffer[] = []
        for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array))
        return Buffer.concat(chunks).toString('utf8')
      }
    )
    expect(text).toBe('<payload>large</payload>')
    expect(sent()[0]?.accept).toBe('*/*')
  })
})
