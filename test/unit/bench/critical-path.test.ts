// Verify the critical path of the latency benchmarks: the longest path through a DAG, chains sharing a server's
// slots, and the promotion and resubmit DAGs built from an emulator trace (bench/lib/critical-path.ts,
// bench/lib/latency-dags.ts). Pure functions over made-up traces; no timing is measured.
import { describe, expect, it } from '@jest/globals'
import type { TraceEntry } from '../../../emulator/index.js'
import { longestPath, slotMakespan, type PathNode } from '../../../bench/lib/critical-path.js'
import { promotionDag, resubmitDag, type StepWindow } from '../../../bench/lib/latency-dags.js'

const API = '/ic/api/integration/v1'
let seq = 0
/** A traced request: `cost` ms of round trip (a tenth) and server time, answered 200 unless told. */
const call = (
  op: string,
  method: string,
  path: string,
  route: string,
  start: number,
  cost: number,
  status = 200
) =>
  ({
    seq: ++seq,
    op,
    key: `${method} ${API}${path}`,
    route: `${method} ${API}${route}`,
    start,
    end: start + cost,
    networkMs: cost / 10,
    serverMs: cost - cost / 10,
    status
  }) satisfies TraceEntry
const job = (op: string, key: string, start: number, ms: number): TraceEntry => ({
  seq: ++seq,
  op,
  key,
  start,
  end: start + ms,
  networkMs: 0,
  serverMs: ms
})

describe('longestPath', () => {
  it('sums the longest chain of dependencies and names it', () => {
    const nodes: PathNode[] = [
      { id: 'a', ms: 1, after: [] },
      { id: 'b', ms: 5, after: ['a'] },
      { id: 'c', ms: 2, after: ['a'] },
      { id: 'd', ms: 1, after: ['b', 'c'] },
      { id: 'lonely', ms: 6, after: [] }
    ]
    expect(longestPath(nodes)).toEqual({ ms: 7, path: ['a', 'b', 'd'] })
    expect(longestPath([])).toEqual({ ms: 0, path: [] })
  })

  it('refuses an unknown dependency and a cycle', () => {
    expect(() => longestPath([{ id: 'a', ms: 1, after: ['ghost'] }])).toThrow('unknown node ghost')
    expect(() =>
      longestPath([
        { id: 'a', ms: 1, after: ['b'] },
        { id: 'b', ms: 1, after: ['a'] }
      ])
    ).toThrow('cycle')
  })
})

describe('slotMakespan', () => {
  it('is the longest chain without a limit, and list scheduling in order with one', () => {
    expect(slotMakespan([3, 1, 2], null)).toBe(3)
    expect(slotMakespan([3, 1, 2], 5)).toBe(3)
    // Two slots: 3 | 1 then 2 → 3.
    expect(slotMakespan([3, 1, 2], 2)).toBe(3)
    // One slot: everything in sequence.
    expect(slotMakespan([3, 1, 2], 1)).toBe(6)
    // Two slots, 4 chains: 5 | 1, 1, 1 → 5; in order 1, 1, 1, 5 → 1+5 = 6.
    expect(slotMakespan([5, 1, 1, 1], 2)).toBe(5)
    expect(slotMakespan([1, 1, 1, 5], 2)).toBe(6)
    expect(slotMakespan([], 2)).toBe(0)
    expect(() => slotMakespan([1, 2], 0)).toThrow('0 slots')
  })
})

/** A promotion of two integrations on two connections, every step in its own second. */
function promotionTrace(): { trace: TraceEntry[]; windows: StepWindow[] } {
  const w = (step: StepWindow['step'], i: number): StepWindow => ({
    step,
    start: i * 1000,
    end: i * 1000 + 999
  })
  const windows = [
    w('auth-dev', 0),
    w('deployment', 1),
    w('export', 2),
    w('auth-prod', 3),
    w('import', 4),
    w('test', 5)
  ]
  const int = (code: string) => `/projects/P/integrations/${code}%7C01.00.0000`
  const trace: TraceEntry[] = [
    call('token', 'POST', '/oauth2/v1/token', '/oauth2/v1/token', 0, 10),
    // A read of the deployments list first: not the create.
    call('read', 'GET', '/projects/P/deployments', '/projects/:p/deployments', 1000, 30),
    call('write', 'POST', '/projects/P/deployments', '/projects/:p/deployments', 1040, 20),
    call('export', 'POST', '/projects/P/archive', '/projects/:p/archive', 2000, 100),
    call('token', 'POST', '/oauth2/v1/token', '/oauth2/v1/token', 3000, 10),
    call('import', 'POST', '/projects/archive', '/projects/archive', 4000, 200),
    call('write', 'PATCH', '/projects/P/connections/C1', '/projects/:p/connections/:c', 4210, 20),
    call('write', 'PATCH', '/projects/P/connections/C2', '/projects/:p/connections/:c', 4210, 40),
    call('write', 'PATCH', '/projects/P/connections/C2', '/projects/:p/connections/:c', 4250, 10),
    // A refused request (429) is not the chain's; the accepted one is.
    call('write', 'PATCH', int('A'), '/projects/:p/integrations/:id', 4300, 5, 429),
    call('write', 'PATCH', int('A'), '/projects/:p/integrations/:id', 4310, 10),
    job('activation', 'A|01.00.0000', 4315, 300),
    call('write', 'PATCH', int('B'), '/projects/:p/integrations/:id', 4320, 10),
    job('activation', 'B|01.00.0000', 4325, 100),
    call(
      'activation-status',
      'GET',
      `${int('A')}/activationStatus`,
      '/projects/:p/integrations/:id/activationStatus',
      4400,
      8
    ),
    call(
      'activation-status',
      'GET',
      `${int('A')}/activationStatus`,
      '/projects/:p/integrations/:id/activationStatus',
      4620,
      6
    ),
    call(
      'activation-status',
      'GET',
      `${int('B')}/activationStatus`,
      '/projects/:p/integrations/:id/activationStatus',
      4430,
      7
    ),
    call('read', 'GET', '/projects/P/connections', '/projects/:p/connections', 5000, 12),
    call(
      'connection-test',
      'POST',
      '/projects/P/connections/C1/test',
      '/projects/:p/connections/:c/test',
      5020,
      90
    ),
    call(
      'connection-test',
      'POST',
      '/projects/P/connections/C2/test',
      '/projects/:p/connections/:c/test',
      5020,
      70
    )
  ]
  return { trace, windows }
}

describe('promotionDag', () => {
  it('chains token → create → export → import → configure → activation → confirm → list → test', () => {
    const { trace, windows } = promotionTrace()
    const nodes = promotionDag(trace, windows, null)
    const ms = Object.fromEntries(nodes.map(n => [n.id, n.ms]))
    expect(ms).toMatchObject({
      'token dev': 10,
      'create deployment': 20,
      export: 100,
      'token prod': 10,
      import: 200,
      'configure C1': 20,
      // Two writes to one connection are one chain.
      'configure C2': 50,
      'activate A|01.00.0000': 10,
      'activation A|01.00.0000': 300,
      // The first read after the activation ended confirms it.
      'confirm A|01.00.0000': 6,
      'confirm B|01.00.0000': 7,
      'list connections': 12,
      'test C1': 90,
      'test C2': 70
    })
    expect(nodes.find(n => n.id === 'import')?.after).toEqual(['export', 'token prod'])
    expect(longestPath(nodes)).toEqual({
      ms: 10 + 20 + 100 + 200 + 50 + 10 + 300 + 6 + 12 + 90,
      path: [
        'token dev',
        'create deployment',
        'export',
        'import',
        'configure C2',
        'activate A|01.00.0000',
        'activation A|01.00.0000',
        'confirm A|01.00.0000',
        'list connections',
        'test C1'
      ]
    })
  })

  it('shares the server limit between the activations when there is one', () => {
    const { trace, windows } = promotionTrace()
    const nodes = promotionDag(trace, windows, 1)
    // One slot: the two activations in sequence, between the slowest request and the slowest confirmation.
    expect(nodes.find(n => n.id === '2 activations, 1 at a time')?.ms).toBe(10 + 300 + 100 + 7)
  })

  it('fails when a step the promotion needs is missing from the trace', () => {
    const { trace, windows } = promotionTrace()
    expect(() =>
      promotionDag(
        trace.filter(e => e.op !== 'export'),
        windows,
        null
      )
    ).toThrow('no export')
  })
})

describe('resubmitDag', () => {
  it('chains the first page → other pages → bulk → job → job read → re-query', () => {
    const errors = '/monitoring/errors'
    const route = `${errors}/recoveryJobs/:jobId`
    const trace: TraceEntry[] = [
      call('read', 'GET', errors, errors, 0, 20),
      call('read', 'GET', errors, errors, 30, 25),
      call('read', 'GET', errors, errors, 60, 15),
      call('bulk-resubmit', 'POST', `${errors}/resubmit`, `${errors}/resubmit`, 100, 40),
      job('recovery-job', 'J1', 120, 500),
      call('bulk-resubmit', 'POST', `${errors}/resubmit`, `${errors}/resubmit`, 150, 30),
      job('recovery-job', 'J2', 160, 200),
      call('read', 'GET', `${errors}/recoveryJobs/J1`, route, 630, 9),
      call('read', 'GET', `${errors}/recoveryJobs/J2`, route, 640, 8),
      call('read', 'GET', errors, errors, 700, 11)
    ]
    const cp = longestPath(resubmitDag(trace))
    expect(cp).toEqual({
      ms: 20 + 25 + 40 + 500 + 9 + 11,
      path: ['page 1', 'page 2', 'bulk 1', 'job 1', 'read job 1', 're-query']
    })
  })
})
