// Verify every bound of issue 16 against a hostile server: endless and repeating pages, oversized JSON, drips.
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { run as exportCar } from '../../src/actions/export-car/index.js'
import { run as importCar } from '../../src/actions/import-car/index.js'
import { run as resubmitErrors } from '../../src/actions/resubmit-errors/index.js'
import { run as testConnections } from '../../src/actions/test-connections/index.js'
import {
  drip,
  errorLines,
  runHostile,
  sendJson,
  useServerPerTest,
  type Handler
} from '../support/hostile-bounds.js'
import { workspace } from '../support/actions.js'

const serve = useServerPerTest()

const connection = (n: number): { id: string; status: string } => ({ id: `C${n}`, status: 'CONFIGURED' })
const offsetOf = (url: URL): number => Number(url.searchParams.get('offset') ?? 0)

/** Runs test-connections against `handler` with the bounds `limits`; expects one failure line matching `line`. */
async function failsWith(handler: Handler, limits: object, line: RegExp): Promise<number> {
  const server = await serve(handler)
  const run = await runHostile(testConnections, server, {}, limits)
  expect(run.ok).toBe(false)
  expect(errorLines(run)).toEqual([expect.stringMatching(line)])
  expect(run.ms).toBeLessThan(5000)
  return server.requests.length
}

describe('pagination bounds', () => {
  it('a server announcing hasMore forever, with new ids on every page, is stopped at the page cap', async () => {
    const requests = await failsWith(
      (_req, res, url) =>
        sendJson(res, { items: [connection(offsetOf(url))], hasMore: true, totalResults: 1e9 }),
      { maxPages: 50 },
      /^list connections: the server still announced more after 50 pages \(50 distinct items\), the most one list reads; stopped at that page cap\.$/
    )
    expect(requests).toBe(50)
  })

  it('a server that ignores offset (the same page, hasMore true) is stopped at the second page', async () => {
    const requests = await failsWith(
      (_req, res) => sendJson(res, { items: [connection(1), connection(2)], hasMore: true }),
      {},
      /^list connections: the server answered page 2 \(offset 2\) with only items it had already sent and announced more \(it ignores 'offset' or repeats itself\); stopped after 2 requests\.$/
    )
    expect(requests).toBe(2)
  })
})

const big = (bytes: number): string =>
  JSON.stringify({
    items: [{ id: 'C1', status: 'CONFIGURED', description: 'x'.repeat(bytes) }],
    hasMore: false
  })

describe('JSON size bound', () => {
  it.each([
    ['with Content-Length', true, /the server announced 1\.0 MiB where a JSON answer was expected/],
    ['chunked, no Content-Length', false, /the server sent more than 64 KiB where a JSON answer was expected/]
  ])('an answer beyond maxJsonBytes (%s) fails naming the bound', async (_case, declared, what) => {
    const body = big(1024 * 1024)
    await failsWith(
      (_req, res: ServerResponse) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          ...(declared ? { 'content-length': String(Buffer.byteLength(body)) } : {})
        })
        res.end(body)
      },
      { maxJsonBytes: 64 * 1024 },
      new RegExp(
        `^GET http://127\\.0\\.0\\.1:\\d+/\\S+ failed: no response \\(RESPONSE_TOO_LARGE\\): ${what.source}: the largest JSON answer read is 64 KiB$`
      )
    )
  })
})

describe('request deadline', () => {
  it('a head dripped one byte at a time ends at the deadline', async () => {
    await failsWith(
      (req, res) => {
        const socket = res.socket!
        socket.write('HTTP/1.1 200 OK\r\n')
        drip(socket, 'X-Drip: aaaaaaaaaaaaaaaaaaaaaa\r\n', 20)
        void req
      },
      { deadlineMs: 800 },
      /^GET http:\/\/127\.0\.0\.1:\d+\/\S+ failed: no response \(REQUEST_DEADLINE\): the server had not sent the complete head of its answer within the request deadline of 0\.8 s \(it sends it too slowly or not at all\)$/
    )
  })

  it('a body dripped one byte at a time ends at the deadline', async () => {
    await failsWith(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"items": [')
        drip(res, ' ', 20)
      },
      { deadlineMs: 800 },
      /^GET http:\/\/127\.0\.0\.1:\d+\/\S+ failed: no response \(REQUEST_DEADLINE\): the server was still sending the body of its HTTP 200 answer when the request deadline of 0\.8 s passed \(it sends it too slowly\)$/
    )
  })
})

describe('resubmit-errors: instance ids across pages', () => {
  it('a server repeating the same errored instances on every page (totalRecordsCount 1,000,000) is stopped', async () => {
    const server = await serve((_req, res, url) => {
      if (!url.pathname.endsWith('/monitoring/errors')) return sendJson(res, { title: 'Not Found' }, 404)
      const items = ['E1', 'E2'].map(id => ({
        id,
        recoverable: true,
        integration: { code: 'X', version: '01.00.0000' }
      }))
      sendJson(res, { items, totalRecordsCount: 1_000_000 })
    })
    const run = await runHostile(resubmitErrors, server, { 'max-instances': '100', wait: 'false' })
    expect(run.ok).toBe(false)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^list errored instances: the server answered page 2 \(offset 2\) with only items it had already sent and announced more \(it ignores 'offset' or repeats itself\); stopped after 2 requests\.$/
      )
    ])
    expect(server.requests.filter(r => r.includes('/monitoring/errors'))).toHaveLength(2)
    expect(server.requests.filter(r => r.startsWith('POST'))).toEqual([])
  })

  it('an id repeated on a later page is resubmitted once', async () => {
    const server = await serve((req, res, url) => {
      if (req.method === 'POST') return sendJson(res, { recoveryJobId: 'J1' }, 202)
      const offset = offsetOf(url)
      const ids = offset === 0 ? ['E1', 'E2'] : offset === 2 ? ['E2', 'E3'] : []
      const items = ids.map(id => ({
        id,
        recoverable: true,
        integration: { code: 'X', version: '01.00.0000' }
      }))
      sendJson(res, { items, totalRecordsCount: 4 })
    })
    const run = await runHostile(resubmitErrors, server, { 'max-instances': '100', wait: 'false' })
    const posts = server.requests.filter(r => r.startsWith('POST'))
    expect({ ok: run.ok, failed: run.host.failed?.message }).toEqual({ ok: true, failed: undefined })
    expect(posts.length).toBeGreaterThan(0)
    expect(run.host.logText).toMatch(
      /^Found 3 recoverable errored instance\(s\) of the selection; taking 3$/m
    )
  })
})

describe('max-archive-size', () => {
  const archive = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(2 * 1024 * 1024)])

  it.each([
    [
      'announced by Content-Length',
      true,
      /^Could not export project SALES: the server announced an archive of 2\.0 MiB, more than max-archive-size \(1 MiB\); nothing was written\.$/
    ],
    [
      'streamed without Content-Length',
      false,
      /^Could not export project SALES: the server sent more than max-archive-size \(1 MiB\) for the archive; stopped writing and removed the partial file\.$/
    ]
  ])(
    'export-car: an archive beyond the bound (%s) fails and leaves no file',
    async (_case, declared, line) => {
      const server = await serve((req, res) => {
        if (req.method === 'GET') return sendJson(res, { code: 'SALES', name: 'Sales', type: 'DEVELOPED' })
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          ...(declared ? { 'content-length': String(archive.length) } : {})
        })
        res.end(archive)
      })
      const run = await runHostile(exportCar, server, {
        project: 'SALES',
        path: 'out/sales.car',
        'upload-artifact': 'false',
        'max-archive-size': '1MiB'
      })
      expect(run.ok).toBe(false)
      expect(errorLines(run)).toEqual([expect.stringMatching(line)])
      const out = join(run.ws.GITHUB_WORKSPACE, 'out')
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
    }
  )

  it('export-car: an archive within the bound is written', async () => {
    const server = await serve((req, res) => {
      if (req.method === 'GET') return sendJson(res, { code: 'SALES', name: 'Sales', type: 'DEVELOPED' })
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      res.end(archive)
    })
    const run = await runHostile(exportCar, server, {
      project: 'SALES',
      path: 'out/sales.car',
      'upload-artifact': 'false',
      'max-archive-size': '3MiB'
    })
    // Not a readable .car, so the step fails later, but only after the whole archive was written.
    expect(errorLines(run).join('\n')).not.toMatch(/max-archive-size/)
    expect(run.host.logText).toMatch(/^Wrote 2097156 bytes /m)
  })

  it('import-car: a larger file is refused before any request', async () => {
    const server = await serve((_req, res) => sendJson(res, {}, 500))
    const ws = workspace()
    writeFileSync(join(ws.GITHUB_WORKSPACE, 'big.car'), archive)
    const run = await runHostile(
      importCar,
      server,
      { path: 'big.car', 'max-archive-size': '1048576' },
      {},
      ws
    )
    expect(errorLines(run)).toEqual([
      "Input 'path' (big.car) is 2.0 MiB, more than max-archive-size (1 MiB): refusing to read or upload it."
    ])
    expect(server.requests).toEqual([])
  })

  it.each(['lots', '0', '-5MiB', '1.5XB'])(
    'a max-archive-size of %p is refused naming the input',
    async value => {
      const server = await serve((_req, res) => sendJson(res, {}, 500))
      const run = await runHostile(exportCar, server, { project: 'SALES', 'max-archive-size': value })
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /^Input 'max-archive-size' must be a size such as 500MiB, 2GiB or a number of bytes, got '/
        )
      ])
      expect(server.requests).toEqual([])
    }
  )
})
