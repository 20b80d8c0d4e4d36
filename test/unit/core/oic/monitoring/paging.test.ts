// Verify monitoring paging (contract K4): totalRecordsCount decides, a totalResults larger than the page is a total,
// hasMore only where sent, a short page ends otherwise, an empty page always; readPages stops when asked.
import { describe, expect, it } from '@jest/globals'
import type { MonitoringCollection } from '../../../../../src/core/oic/monitoring/error-instances.js'
import { nextPage, readPages } from '../../../../../src/core/oic/monitoring/paging.js'

const items = (n: number): Array<{ id: string }> => Array.from({ length: n }, (_, i) => ({ id: String(i) }))

describe('nextPage', () => {
  it.each([
    [
      'totalRecordsCount beyond the page, under a page cap',
      { items: items(2), totalRecordsCount: 5 },
      0,
      100,
      true
    ],
    ['totalRecordsCount reached', { items: items(2), totalRecordsCount: 4 }, 2, 100, false],
    [
      'totalRecordsCount wins over hasMore false',
      { items: items(2), totalRecordsCount: 9, hasMore: false },
      0,
      2,
      true
    ],
    ['a totalResults larger than the page is a total', { items: items(2), totalResults: 9 }, 0, 100, true],
    [
      'a totalResults equal to the page says nothing: short page',
      { items: items(2), totalResults: 2 },
      0,
      100,
      false
    ],
    ['hasMore true (older servers)', { items: items(2), hasMore: true }, 0, 100, true],
    ['no counts, full page', { items: items(10) }, 0, 10, true],
    ['no counts, short page', { items: items(9) }, 0, 10, false],
    ['an empty page', { items: [], totalRecordsCount: 50, hasMore: true }, 10, 10, false]
  ] as Array<[string, MonitoringCollection<unknown>, number, number, boolean]>)(
    '%s',
    (_name, page, offset, limit, more) => {
      expect(nextPage(page, offset, limit).more).toBe(more)
    }
  )
})

describe('readPages', () => {
  it('reads a capped server to the end and stops early when onItems says so', async () => {
    const all = items(7)
    const fetch = async (offset: number): Promise<MonitoringCollection<{ id: string }>> => ({
      items: all.slice(offset, offset + 2),
      totalRecordsCount: all.length
    })
    const seen: string[] = []
    const read = await readPages(fetch, {
      pageSize: 100,
      onItems: page => void seen.push(...page.map(i => i.id))
    })
    expect(read).toEqual({ requests: 4, read: 7, total: 7, stoppedEarly: false })
    expect(seen).toEqual(all.map(i => i.id))
    const early = await readPages(fetch, { pageSize: 100, onItems: () => false })
    expect(early).toEqual({ requests: 1, read: 2, total: 7, stoppedEarly: true })
  })

  it('hands over an id repeated on a later page once', async () => {
    const pages = [['A', 'B'], ['B', 'C'], []]
    const seen: string[] = []
    await readPages(
      async (offset: number) => ({
        items: (pages[offset / 2] ?? []).map(id => ({ id })),
        hasMore: offset < 4
      }),
      { pageSize: 2, onItems: page => void seen.push(...page.map(i => i.id)) }
    )
    expect(seen).toEqual(['A', 'B', 'C'])
  })

  it('stops a server that repeats its page (ignores offset) at the second page, with one line', async () => {
    let requests = 0
    const fetch = async (): Promise<MonitoringCollection<{ id: string }>> => {
      requests++
      return { items: items(2), totalRecordsCount: 1_000_000 }
    }
    await expect(
      readPages(fetch, { pageSize: 2, label: 'list recovery jobs', onItems: () => undefined })
    ).rejects.toThrow(
      /^list recovery jobs: the server answered page 2 \(offset 2\) with only items it had already sent and announced more/
    )
    expect(requests).toBe(2)
  })

  it('stops an endless collection at the page cap', async () => {
    let requests = 0
    const fetch = async (offset: number): Promise<MonitoringCollection<{ id: string }>> => {
      requests++
      return { items: [{ id: `I${offset}` }], hasMore: true }
    }
    await expect(readPages(fetch, { pageSize: 1, maxPages: 25, onItems: () => undefined })).rejects.toThrow(
      /^a monitoring list: the server still announced more after 25 pages \(25 distinct items\)/
    )
    expect(requests).toBe(25)
  })
})
