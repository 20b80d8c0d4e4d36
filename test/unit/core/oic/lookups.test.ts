// Verify the project lookup client over a mocked OIC (contract §3.6, §8.1): list (every page), get, create, delete,
// export as CSV text (UTF-8 kept whole) and import as a multipart file; typed 404/423 errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { multipart } from '../../../../src/core/http/multipart.js'
import {
  createLookup,
  deleteLookup,
  exportLookup,
  getLookup,
  importLookup,
  listLookups,
  type Lookup
} from '../../../../src/core/oic/lookups.js'
import { atPath, JSON_REPLY, mockClient, OIC_ORIGIN, useMockNetwork } from '../../../support/http-mock.js'

const LOOKUPS = '/ic/api/integration/v1/projects/SALES/lookups'

const net = useMockNetwork()
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oic-lookups-'))
})
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true })
})

const sent = (): Array<{ method: string; url: URL; body: unknown; headers: Record<string, unknown> }> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    url: new URL(c.fullUrl),
    body: typeof c.body === 'string' && c.body ? (JSON.parse(c.body) as unknown) : c.body,
    headers: c.headers ?? {}
  }))

/** The create body of the contract's example (§8.1). */
const LOOKUP: Lookup = {
  name: 'myLookup',
  columns: ['rightnow', 'soap'],
  rows: [{ rowData: ['RN1', 'SOAP1'] }, { rowData: ['RN2', 'SOAP2'] }]
}

describe('lookups', () => {
  it('lists every page by hasMore with the q filter', async () => {
    net.oic
      .intercept({ path: atPath(LOOKUPS), method: 'GET' })
      .reply(
        200,
        { items: [{ name: 'A' }, { name: 'B' }], hasMore: true, limit: 2, totalResults: 3 },
        JSON_REPLY
      )
    net.oic
      .intercept({ path: atPath(LOOKUPS), method: 'GET' })
      .reply(200, { items: [{ name: 'C' }], hasMore: false, limit: 2, totalResults: 3 }, JSON_REPLY)
    const all = await listLookups(mockClient(net), 'SALES', { q: "{status:'CONFIGURED'}" })
    expect(all.map(l => l.name)).toEqual(['A', 'B', 'C'])
    expect(sent().map(c => [c.url.searchParams.get('q'), c.url.searchParams.get('offset')])).toEqual([
      ["{status:'CONFIGURED'}", '0'],
      ["{status:'CONFIGURED'}", '2']
    ])
  })

  it('gets, creates and deletes one lookup; the name is path-encoded', async () => {
    net.oic
      .intercept({ path: atPath(`${LOOKUPS}/my%20Lookup`), method: 'GET' })
      .reply(200, { ...LOOKUP, rowCount: 2, status: 'CONFIGURED', lockedFlag: false }, JSON_REPLY)
    net.oic.intercept({ path: atPath(LOOKUPS), method: 'POST' }).reply(200, '')
    net.oic.intercept({ path: atPath(`${LOOKUPS}/myLookup`), method: 'DELETE' }).reply(200, '')
    const client = mockClient(net)
    expect(await getLookup(client, 'SALES', 'my Lookup')).toMatchObject({ rowCount: 2, status: 'CONFIGURED' })
    await createLookup(client, 'SALES', LOOKUP)
    await deleteLookup(client, 'SALES', 'myLookup')
    expect(sent().map(c => [c.method, c.url.pathname, c.body])).toEqual([
      ['GET', `${LOOKUPS}/my%20Lookup`, undefined],
      ['POST', LOOKUPS, LOOKUP],
      ['DELETE', `${LOOKUPS}/myLookup`, undefined]
    ])
  })

  it('exports CSV as text, multi-byte characters whole, asking for octet-stream', async () => {
    const csv = 'rightnow,soap\nZürich,東京\n'
    net.oic
      .intercept({ path: atPath(`${LOOKUPS}/myLookup/archive`), method: 'GET' })
      .reply(200, Buffer.from(csv, 'utf8'), { headers: { 'content-type': 'application/octet-stream' } })
    expect(await exportLookup(mockClient(net), 'SALES', 'myLookup')).toBe(csv)
    expect(sent()[0]?.headers.accept).toBe('application/octet-stream')
  })

  it('imports a CSV file as multipart field file (204)', async () => {
    const file = join(dir, 'myLookup.csv')
    writeFileSync(file, 'rightnow,soap\nRN1,SOAP1\n')
    net.oic.intercept({ path: atPath(`${LOOKUPS}/archive`), method: 'POST' }).reply(204, '', {
      headers: { location: `${OIC_ORIGIN}${LOOKUPS}/myLookup` }
    })
    await expect(importLookup(mockClient(net), 'SALES', file)).resolves.toBeUndefined()
    const [call] = sent()
    expect(call?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(call?.headers['content-length']).toBe(String(multipart([{ name: 'file', file }]).length))
  })

  it('a 404 and a 423 (locked) are typed errors; a 423 carries the unlock hint', async () => {
    net.oic
      .intercept({ path: atPath(`${LOOKUPS}/gone`), method: 'GET' })
      .reply(404, { title: 'Not Found' }, JSON_REPLY)
    net.oic
      .intercept({ path: atPath(`${LOOKUPS}/locked/archive`), method: 'GET' })
      .reply(423, { title: 'Lookup is locked' }, JSON_REPLY)
    const client = mockClient(net)
    await expect(getLookup(client, 'SALES', 'gone')).rejects.toMatchObject({ status: 404 })
    await expect(exportLookup(client, 'SALES', 'locked')).rejects.toThrow(
      /HTTP 423 Locked: Lookup is locked\. The resource is locked or prebuilt/
    )
  })
})
