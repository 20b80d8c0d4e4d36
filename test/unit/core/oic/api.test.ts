// Verify listAll's paging: `hasMore` when the server sends it, else (the deployments list answers `items` only,
// test/fixtures/oracle/deployments-list.json, source PM) by offset until a page is not full — and no endless loop or
// duplicates against a server that ignores `limit` or `offset`.
import { describe, expect, it } from '@jest/globals'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import { listAll } from '../../../../src/core/oic/api.js'

const ALL = ['A', 'B', 'C', 'D', 'E'].map(code => ({ code }))

/** A fake client answering with `page(offset, limit)`; records the requests. */
function server(page: (offset: number, limit: number) => Record<string, unknown>): {
  client: HttpClient
  seen: HttpRequest[]
} {
  const seen: HttpRequest[] = []
  const client = {
    json: async (req: HttpRequest) => {
      seen.push(req)
      const q = req.query as { offset: number; limit: number }
      return { status: 200, headers: {}, body: page(q.offset, q.limit) }
    }
  } as unknown as HttpClient
  return { client, seen }
}

const list = (client: HttpClient): Promise<unknown[]> =>
  listAll(client, '/ic/api/integration/v1/projects/P/deployments', 'list deployments', { pageSize: 2 })

describe('listAll', () => {
  it('pages an items-only collection by offset until a short page', async () => {
    const { client, seen } = server((offset, limit) => ({ items: ALL.slice(offset, offset + limit) }))
    expect(await list(client)).toEqual(ALL)
    expect(seen.map(r => (r.query as { offset: number }).offset)).toEqual([0, 2, 4])
  })

  it('stops after an empty page when the items-only collection ends on a full page', async () => {
    const four = ALL.slice(0, 4)
    const { client, seen } = server((offset, limit) => ({ items: four.slice(offset, offset + limit) }))
    expect(await list(client)).toEqual(four)
    expect(seen).toHaveLength(3)
  })

  it('reads everything at once from a server that ignores limit', async () => {
    const { client, seen } = server(() => ({ items: ALL }))
    expect(await list(client)).toEqual(ALL)
    expect(seen).toHaveLength(1)
  })

  it('stops without duplicates when a server ignores offset', async () => {
    const { client, seen } = server(() => ({ items: ALL.slice(0, 2) }))
    expect(await list(client)).toEqual(ALL.slice(0, 2))
    expect(seen).toHaveLength(2)
  })

  it('follows hasMore when the server sends it', async () => {
    const { client, seen } = server((offset, limit) => ({
      items: ALL.slice(offset, offset + limit),
      hasMore: offset + limit < 3
    }))
    expect(await list(client)).toEqual(ALL.slice(0, 4))
    expect(seen).toHaveLength(2)
  })

  it('stops a server announcing hasMore forever at the page cap of the client', async () => {
    const { client, seen } = server(offset => ({ items: [{ code: `C${offset}` }], hasMore: true }))
    Object.assign(client, { limits: { maxPages: 30 } })
    await expect(list(client)).rejects.toThrow(
      /^list deployments: the server still announced more after 30 pages \(30 distinct items\), the most one list reads; stopped at that page cap\.$/
    )
    expect(seen).toHaveLength(30)
  })

  it('stops a server repeating its page with hasMore true at the second page', async () => {
    const { client, seen } = server(() => ({ items: ALL.slice(0, 2), hasMore: true }))
    await expect(list(client)).rejects.toThrow(/^list deployments: the server answered page 2 \(offset 2\)/)
    expect(seen).toHaveLength(2)
  })

  it('lists an item repeated on the next page once', async () => {
    const pages = [ALL.slice(0, 2), ALL.slice(1, 3)]
    const { client } = server(offset => ({ items: pages[offset / 2] ?? [], hasMore: offset === 0 }))
    expect(await list(client)).toEqual(ALL.slice(0, 3))
  })
})
