// Verify updateProjectLookup over a mocked OIC (D:Update a Lookup in a Project): the whole table is PUT as Oracle's
// body names it, a 503 is repeated (a second PUT of the same table changes nothing more), a 423 is a typed error.
import { describe, expect, it } from '@jest/globals'
import { OicHttpError } from '../../../../src/core/errors.js'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'
import { updateProjectLookup } from '../../../../src/core/oic/lookups.js'
import { atPath, JSON_REPLY, mockClient, useMockNetwork } from '../../../support/http-mock.js'

const AT = '/ic/api/integration/v1/projects/SALES/lookups/myLookup'
const TABLE = {
  name: 'myLookup',
  columns: ['rightnow', 'soap'],
  rows: [{ rowData: ['RN1', 'SOAP1'] }, { rowData: ['RN2', 'SOAP2'] }]
}

const net = useMockNetwork()
const bodies = (): unknown[] =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => [c.method, JSON.parse(String(c.body)) as unknown])

describe('updateProjectLookup', () => {
  it('PUTs name, columns and rows as {rowData} and answers the lookup', async () => {
    net.oic
      .intercept({ path: atPath(AT), method: 'PUT' })
      .reply(200, { ...TABLE, rowCount: 2, status: 'CONFIGURED', lockedFlag: false }, JSON_REPLY)
    const answer = await updateProjectLookup(mockClient(net), 'SALES', TABLE)
    expect(answer?.rowCount).toBe(2)
    expect(bodies()).toEqual([['PUT', TABLE]])
  })

  it('repeats the PUT after a 503: it is safe to repeat', async () => {
    net.oic
      .intercept({ path: atPath(AT), method: 'PUT' })
      .reply(503, { title: 'Service Unavailable' }, JSON_REPLY)
    net.oic.intercept({ path: atPath(AT), method: 'PUT' }).reply(200, TABLE, JSON_REPLY)
    await updateProjectLookup(mockClient(net, { retry: defaultRetryPolicy(2) }), 'SALES', TABLE)
    expect(bodies()).toEqual([
      ['PUT', TABLE],
      ['PUT', TABLE]
    ])
  })

  it('a 423 (locked) is a typed error', async () => {
    net.oic
      .intercept({ path: atPath(AT), method: 'PUT' })
      .reply(423, { title: 'Lookup is locked' }, JSON_REPLY)
    const error = await updateProjectLookup(mockClient(net), 'SALES', TABLE).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicHttpError)
    expect((error as OicHttpError).status).toBe(423)
    expect((error as Error).message).toMatch(/HTTP 423 Locked: Lookup is locked/)
  })
})
