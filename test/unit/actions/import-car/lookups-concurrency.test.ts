// The lookups of the connections file are set together (issue 21): each lookup's read → PUT → read-back chain, the
// chains in parallel over a network counted in round trips (every request waiting when the clock ticks is answered
// in that tick, last sent first). Log lines, outcomes and the error reported keep the file's order.
import { describe, expect, it } from '@jest/globals'
import { CONFIGURE_CONCURRENCY } from '../../../../src/actions/import-car/configure.js'
import { lookupsStep } from '../../../../src/actions/import-car/lookups-step.js'
import type { LookupPlan } from '../../../../src/actions/import-car/lookups-plan.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'

const P = 'SALES'
interface Call {
  req: HttpRequest & { json?: { rows?: Array<{ rowData: string[] }> } }
  resolve: (v: { status: number; body: unknown }) => void
}

function roundNetwork(garble: Set<string>) {
  const net = {
    pending: [] as Call[],
    sent: [] as Array<{ tick: number; method: string; name: string }>,
    ticks: 0,
    maxInFlight: 0,
    rows: new Map<string, Array<{ rowData: string[] }>>()
  }
  const nameOf = (req: HttpRequest): string => String(req.path).split('/').pop() ?? ''
  const client = {
    json: (req: Call['req']) =>
      new Promise(resolve => {
        net.pending.push({ req, resolve })
        net.maxInFlight = Math.max(net.maxInFlight, net.pending.length)
        net.sent.push({ tick: net.ticks, method: req.method ?? 'GET', name: nameOf(req) })
      })
  } as unknown as HttpClient
  const answer = ({ req, resolve }: Call): void => {
    const name = nameOf(req)
    // A lookup in `garble` keeps one row only: the read-back differs from what was sent.
    if (req.method === 'PUT')
      net.rows.set(name, (req.json?.rows ?? []).slice(0, garble.has(name) ? 1 : undefined))
    resolve({ status: 200, body: { name, columns: ['dvm1', 'dvm2'], rows: net.rows.get(name) ?? [] } })
  }
  const drive = async <T>(work: Promise<T>): Promise<T> => {
    let done = false
    const settled = work.finally(() => void (done = true))
    settled.catch(() => undefined)
    while (!done) {
      await new Promise(r => setImmediate(r))
      if (!net.pending.length) continue
      net.ticks++
      const now = net.pending.reverse()
      net.pending = []
      now.forEach(answer)
    }
    return settled
  }
  return { net, client, drive }
}

const plans = (n: number): LookupPlan[] =>
  Array.from({ length: n }, (_, i) => ({
    setting: {
      name: `L${i + 1}`,
      columns: ['dvm1', 'dvm2'],
      rows: [
        ['A', String(i)],
        ['B', String(i)]
      ],
      location: { file: 'prod.yaml', line: 10 + i * 5 }
    },
    against: 'target',
    before: [],
    changes: { added: [], removed: [], changed: [], unchanged: [] }
  })) as unknown as LookupPlan[]

describe('lookups set together (issue 21)', () => {
  it('read → PUT → read-back per lookup, chains in parallel within the bound, lines in the file order', async () => {
    const { net, client, drive } = roundNetwork(new Set())
    const log: string[] = []
    const p = plans(CONFIGURE_CONCURRENCY + 4)
    const out = await drive(lookupsStep({ log: l => void log.push(l) }, client, P, p))
    expect(net.maxInFlight).toBe(CONFIGURE_CONCURRENCY)
    expect(net.ticks).toBe(6) // 3 round trips per chain, 2 waves: 6, not 3 per lookup
    expect(out.map(o => [o.name, o.status, o.after])).toEqual(p.map(x => [x.setting.name, 'updated', 2]))
    expect(log).toEqual(p.map(x => `Lookup ${x.setting.name}: 0 → 2 rows.`))
    for (const x of p)
      expect(net.sent.filter(s => s.name === x.setting.name).map(s => s.method)).toEqual([
        'GET',
        'PUT',
        'GET'
      ])
  })

  it('a lookup OIC did not take: the first by position is the error; the others set are logged, none started after', async () => {
    const { net, client, drive } = roundNetwork(new Set(['L2', 'L3']))
    const log: string[] = []
    const bound = CONFIGURE_CONCURRENCY
    const p = plans(2 * bound + 8)
    const error: unknown = await drive(lookupsStep({ log: l => void log.push(l) }, client, P, p)).catch(
      (e: unknown) => e
    )
    expect((error as Error).message).toMatch(
      /^Lookup L2 of project SALES holds 1 rows after the update, not the 2/
    )
    // The answers of the third round come last-sent first: L<bound>…L4 end before the failures of L3 and L2 are
    // seen, so their slots start as many more (L<bound+1>…L<2·bound−3>); once a failure is seen, no slot starts
    // another (the rest untouched). With a bound of 8: L1 and L4…L13 set, L14…L24 untouched.
    const set = [1, ...Array.from({ length: 2 * (bound - 3) }, (_, i) => i + 4)]
    expect(log).toEqual(set.map(i => `Lookup L${i}: 0 → 2 rows.`))
    const put = net.sent.filter(s => s.method === 'PUT').map(s => Number(s.name.slice(1)))
    expect(put.sort((a, b) => a - b)).toEqual([...set, 2, 3].sort((a, b) => a - b))
  })
})
