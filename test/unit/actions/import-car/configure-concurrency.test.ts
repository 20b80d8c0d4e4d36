// The connections are configured together (issue 21): reads and update → read-back chains in flight at once, at most
// the bound, over a network whose clock is counted in round trips (every request in flight when the clock ticks is
// answered in that tick). Results, log lines and the error reported keep the file's order whatever the answers' order.
import { describe, expect, it } from '@jest/globals'
import {
  CONFIGURE_CONCURRENCY,
  applyConnections,
  checkAgainstTarget,
  configureStep,
  readTargets
} from '../../../../src/actions/import-car/configure.js'
import type { ConnectionSettings } from '../../../../src/actions/import-car/connections-file.js'
import { ConfigurationError, OicHttpError } from '../../../../src/core/errors.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'

const P = 'SALES'
const URL = `https://oic.example.com/ic/api/integration/v1/projects/${P}/connections`
const httpError = (status: number, method: string, id: string): OicHttpError =>
  new OicHttpError({
    status,
    method,
    url: `${URL}/${id}`,
    title: status === 403 ? 'Not allowed' : 'Not found'
  })

interface Call {
  req: HttpRequest
  resolve: (v: { status: number; body: unknown }) => void
  reject: (e: unknown) => void
}

/**
 * A network answering in rounds: `json` holds each request until the next tick; a tick answers every request then
 * in flight, in reverse order of sending (so answer order differs from the file's order). Counts ticks and the most
 * requests in flight at once.
 */
class RoundNetwork {
  pending: Call[] = []
  sent: Array<{ tick: number; method: string; id: string }> = []
  ticks = 0
  maxInFlight = 0
  status = new Map<string, string>()
  /** Ids whose update is refused with 403. */
  refuse = new Set<string>()

  readonly client = {
    json: (req: HttpRequest): Promise<{ status: number; body: unknown }> =>
      new Promise((resolve, reject) => {
        this.pending.push({ req, resolve, reject })
        this.maxInFlight = Math.max(this.maxInFlight, this.pending.length)
        this.sent.push({ tick: this.ticks, method: req.method ?? 'GET', id: this.idOf(req) })
      })
  } as unknown as HttpClient

  idOf(req: HttpRequest): string {
    return decodeURIComponent(String(req.path).split('/').pop() ?? '')
  }

  answer({ req, resolve, reject }: Call): void {
    const id = this.idOf(req)
    if (req.method === 'POST') {
      if (this.refuse.has(id)) {
        reject(httpError(403, 'POST', id))
        return
      }
      this.status.set(id, 'CONFIGURED')
    }
    resolve({ status: 200, body: { id, status: this.status.get(id) ?? 'INPROGRESS' } })
  }

  /** Runs `work`, ticking the clock while requests wait; returns its outcome. */
  async drive<T>(work: Promise<T>): Promise<T> {
    let done = false
    const settled = work.finally(() => void (done = true))
    settled.catch(() => undefined)
    while (!done) {
      await new Promise(r => setImmediate(r))
      if (!this.pending.length) continue
      this.ticks++
      const now = this.pending.reverse()
      this.pending = []
      for (const call of now) this.answer(call)
    }
    return settled
  }
}

const settings = (n: number): ConnectionSettings[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `C${String(i + 1).padStart(2, '0')}`,
    location: { file: 'prod.yaml', line: 2 + i * 3 },
    properties: [],
    securityProperties: [],
    attachments: [],
    agentGroup: 'AG_PROD'
  }))

describe('configuring connections together (issue 21)', () => {
  it('more connections than the bound: reads, then update → read-back chains in parallel, at most the bound in flight, results in order', async () => {
    const net = new RoundNetwork()
    const log: string[] = []
    const s = settings(CONFIGURE_CONCURRENCY + 4)
    const out = await net.drive(configureStep(net.client, P, s, {}, l => void log.push(l)))
    expect(net.maxInFlight).toBe(CONFIGURE_CONCURRENCY)
    // 3 requests each; one after another they take 3n round trips, together 2 waves of reads + 2 × 2 waves of chains.
    expect(net.sent).toHaveLength(3 * s.length)
    expect(net.ticks).toBe(6)
    expect(out).toEqual(s.map(c => ({ id: c.id, status: 'CONFIGURED' })))
    expect(log).toEqual(s.map(c => `Configured connection ${c.id}: CONFIGURED`))
    // Each connection's chain: its update, then its read-back in a later round.
    for (const c of s) {
      const mine = net.sent.filter(x => x.id === c.id)
      expect(mine.map(x => x.method)).toEqual(['GET', 'POST', 'GET'])
      expect((mine[2]?.tick ?? 0) > (mine[1]?.tick ?? 0)).toBe(true)
    }
  })

  it('a typical project (ten connections) is configured in one wave: three round trips in all', async () => {
    const net = new RoundNetwork()
    const s = settings(10)
    await net.drive(configureStep(net.client, P, s, {}, () => undefined))
    expect(net.maxInFlight).toBe(10)
    expect(net.ticks).toBe(3)
  })

  it('a bound of 1 is the sequential run: one request in flight, one round trip each', async () => {
    const net = new RoundNetwork()
    const s = settings(3)
    const targets = await net.drive(readTargets(net.client, P, s, 1))
    await net.drive(applyConnections(net.client, P, s, targets, {}, () => undefined, 1))
    expect(net.maxInFlight).toBe(1)
    expect(net.ticks).toBe(9)
  })

  it('one connection refused: the error names it, the others configured are logged in order, none unstarted changed', async () => {
    const net = new RoundNetwork()
    const log: string[] = []
    const s = settings(12)
    net.refuse.add('C02').add('C05')
    const targets = await net.drive(readTargets(net.client, P, s))
    const error: unknown = await net
      .drive(applyConnections(net.client, P, s, targets, {}, l => void log.push(l), 4))
      .catch((e: unknown) => e)
    // C05 is answered before C02 in the round (answers come in reverse), yet the first by position is reported.
    expect(error).toBeInstanceOf(OicHttpError)
    expect((error as Error).message).toContain(`POST ${URL}/C02 failed: HTTP 403`)
    // The chains started with C02 (C01–C04) ended; after the failure no new chain started (C05–C12).
    const updated = net.sent.filter(x => x.method === 'POST').map(x => x.id)
    expect(updated).toEqual(['C01', 'C02', 'C03', 'C04'])
    expect([...net.status.keys()]).toEqual(expect.arrayContaining(['C01', 'C03', 'C04']))
    expect(net.status.has('C02')).toBe(false)
    expect(log).toEqual([
      'Configured connection C01: CONFIGURED',
      'Configured connection C03: CONFIGURED',
      'Configured connection C04: CONFIGURED',
      ...s
        .slice(4)
        .map(c => `Connection ${c.id} left as it was: configuring stopped after connection C02 failed.`)
    ])
  })

  it('the reads before any change: the first unknown connection by position is the error, nothing is updated', async () => {
    const net = new RoundNetwork()
    const s = settings(5)
    const real = net.answer.bind(net)
    net.answer = call => {
      const id = net.idOf(call.req)
      if (id === 'C02' || id === 'C04') call.reject(httpError(404, 'GET', id))
      else real(call)
    }
    const error: unknown = await net
      .drive(configureStep(net.client, P, s, {}, () => undefined))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(`prod.yaml:5: connection C02 is not in project ${P} on the target.`)
    expect(net.sent.filter(x => x.method === 'POST')).toEqual([])
    expect(net.maxInFlight).toBe(5)
  })

  it('checkAgainstTarget reads the connections together and reports the first mistake by position', async () => {
    const net = new RoundNetwork()
    const s = settings(4).map((c, i) => ({
      ...c,
      properties:
        i % 2 ? [{ name: `typo${i}`, value: 'x', location: { file: 'prod.yaml', line: 40 + i } }] : []
    }))
    net.answer = call =>
      call.resolve({
        status: 200,
        body: { id: net.idOf(call.req), connectionProperties: [{ propertyName: 'connectionUrl' }] }
      })
    const error: unknown = await net.drive(checkAgainstTarget(net.client, P, s, s)).catch((e: unknown) => e)
    expect(net.maxInFlight).toBe(4)
    expect(net.ticks).toBe(1)
    expect((error as Error).message).toBe(
      "prod.yaml:41: connection C02 has no property 'typo1' (it has: connectionUrl)."
    )
  })
})
