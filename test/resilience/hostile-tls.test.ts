// Verify that NODE_TLS_REJECT_UNAUTHORIZED=0 in the step's environment cannot turn certificate checks off, and that
// plain http:// is refused for names that only end in .localhost.
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createTlsMaterial, type TlsMaterial } from '../../emulator/src/tls.js'
import { run as testConnections } from '../../src/actions/test-connections/index.js'
import { errorLines, runHostile, type HostileServer } from '../support/hostile-bounds.js'

let tls: TlsMaterial
let server: Server
let hostile: HostileServer
beforeAll(async () => {
  tls = await createTlsMaterial()
  server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    hostile.requests.push(`${req.method ?? ''} ${req.url ?? ''}`)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ items: [], hasMore: false }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  hostile = {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    stop: async () => undefined
  }
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED
afterEach(() => {
  if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved
})

const TLS_FAILURE =
  /^GET https:\/\/127\.0\.0\.1:\d+\/\S+ failed: no response \((?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT)\).*TLS verification failed: give the PEM of your private CA or TLS-inspecting proxy in ca-certificate$/

describe('TLS verification stays on', () => {
  it('with NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment, a certificate of an unknown CA is still refused', async () => {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
    hostile.requests.length = 0
    const run = await runHostile(testConnections, hostile, {})
    expect(run.ok).toBe(false)
    expect(errorLines(run)).toEqual([expect.stringMatching(TLS_FAILURE)])
    // The handshake failed: no request reached the server.
    expect(hostile.requests).toEqual([])
  })

  it('the same server is reached with its CA in ca-certificate', async () => {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
    hostile.requests.length = 0
    const run = await runHostile(testConnections, hostile, { 'ca-certificate': tls.ca })
    expect(errorLines(run)).toEqual([])
    expect(hostile.requests).toHaveLength(1)
  })
})

describe('plain http:// for loopback only', () => {
  it.each(['http://anything.localhost:8080', 'http://localhost.:8080', 'http://[::ffff:127.0.0.1]:8080'])(
    '%s is refused before any request',
    async url => {
      const run = await runHostile(testConnections, { ...hostile, url }, {})
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /^Input 'oic-url' must use https:\/\/ \(plain http is allowed only for loopback hosts\), got '/
        )
      ])
    }
  )
})
