/**
 * The DAGs whose longest path is the critical path of the latency benchmarks, built from the emulator's trace
 * (each call costs the round trip + server time the model chose for it; background jobs their duration). Only the
 * calls a job cannot do without are nodes; the edges are the data dependencies, plus the pipeline's order where a
 * step verifies the one before (BENCHMARKS.md, "Latency model: what users wait for", draws both DAGs).
 */
import type { TraceEntry } from '../../emulator/index.js'
import { slotMakespan, type PathNode } from './critical-path.js'

/** When a step of the promotion ran (bench clock = emulator clock, ms). */
export interface StepWindow {
  step: 'auth-dev' | 'deployment' | 'export' | 'auth-prod' | 'import' | 'test'
  start: number
  end: number
}

const cost = (e: TraceEntry | undefined): number => (e ? e.networkMs + e.serverMs : 0)
const ok = (e: TraceEntry): boolean => (e.status ?? 0) >= 200 && (e.status ?? 0) < 300
const methodOf = (e: TraceEntry): string => e.key.split(' ')[0] ?? ''
const pathOf = (e: TraceEntry): string => e.key.slice(e.key.indexOf(' ') + 1)
const lastSegment = (e: TraceEntry): string => decodeURIComponent(pathOf(e).split('/').pop() ?? '')

function during(entries: readonly TraceEntry[], windows: readonly StepWindow[], step: StepWindow['step']) {
  const w = windows.find(x => x.step === step)
  if (!w) throw new Error(`critical path: no window for step ${step}`)
  return entries.filter(e => e.start >= w.start && e.start <= w.end)
}

function required(e: TraceEntry | undefined, what: string): TraceEntry {
  if (!e) throw new Error(`critical path: the trace has no ${what}`)
  return e
}

/** Per integration: its accepted activation request, the activation job, and the first status read after it ended. */
function activationChains(calls: readonly TraceEntry[]): Array<{ id: string; chain: number[] }> {
  const jobs = calls.filter(e => e.op === 'activation').sort((a, b) => a.start - b.start)
  return jobs.map(job => {
    const onPath = (e: TraceEntry): boolean => decodeURIComponent(pathOf(e)).includes(`/${job.key}`)
    const request = calls.filter(e => e.op === 'write' && onPath(e) && ok(e) && e.start <= job.start).pop()
    const reads = calls.filter(e => methodOf(e) === 'GET' && onPath(e))
    const confirm = reads.find(e => e.start >= job.end) ?? reads.pop()
    return { id: job.key, chain: [cost(request), job.serverMs, cost(confirm)] }
  })
}

/**
 * The promotion: token (dev) → create deployment → export ─┐
 *                token (prod) ─────────────────────────────┴→ import → configure each connection (in parallel)
 *   → per integration: activation request → activation → a status read that sees it (in parallel; with a server
 *     limit of `slots` activations in flight, the chains share that many slots) → list connections → each test (in
 *     parallel). The tests follow the activations by the pipeline's order (the release is verified once live).
 */
export function promotionDag(
  entries: readonly TraceEntry[],
  windows: readonly StepWindow[],
  slots: number | null
): PathNode[] {
  const step = (s: StepWindow['step']) => during(entries, windows, s)
  const nodes: PathNode[] = [
    {
      id: 'token dev',
      ms: cost(
        required(
          step('auth-dev').find(e => e.op === 'token'),
          'dev token'
        )
      ),
      after: []
    },
    {
      id: 'create deployment',
      ms: cost(
        required(
          step('deployment').find(e => methodOf(e) === 'POST' && e.route?.endsWith('/deployments') && ok(e)),
          'create'
        )
      ),
      after: ['token dev']
    },
    {
      id: 'export',
      ms: cost(
        required(
          step('export').find(e => e.op === 'export'),
          'export'
        )
      ),
      after: ['create deployment']
    },
    {
      id: 'token prod',
      ms: cost(
        required(
          step('auth-prod').find(e => e.op === 'token'),
          'prod token'
        )
      ),
      after: []
    },
    {
      id: 'import',
      ms: cost(
        required(
          step('import').find(e => e.op === 'import' && ok(e)),
          'import'
        )
      ),
      after: ['export', 'token prod']
    }
  ]
  const importCalls = step('import')
  const configure = new Map<string, number>()
  for (const e of importCalls)
    if (methodOf(e) !== 'GET' && e.route?.includes('/connections/:c') && ok(e))
      configure.set(lastSegment(e), (configure.get(lastSegment(e)) ?? 0) + cost(e))
  for (const [id, ms] of configure) nodes.push({ id: `configure ${id}`, ms, after: ['import'] })
  const configured = configure.size ? [...configure.keys()].map(id => `configure ${id}`) : ['import']
  const chains = activationChains(importCalls)
  if (slots === null) {
    for (const { id, chain } of chains) {
      nodes.push({ id: `activate ${id}`, ms: chain[0] as number, after: configured })
      nodes.push({ id: `activation ${id}`, ms: chain[1] as number, after: [`activate ${id}`] })
      nodes.push({ id: `confirm ${id}`, ms: chain[2] as number, after: [`activation ${id}`] })
    }
  } else {
    const request = Math.max(0, ...chains.map(c => c.chain[0] as number))
    const confirm = Math.max(0, ...chains.map(c => c.chain[2] as number))
    const ms =
      request +
      slotMakespan(
        chains.map(c => c.chain[1] as number),
        slots
      ) +
      confirm
    nodes.push({ id: `${chains.length} activations, ${slots} at a time`, ms, after: configured })
  }
  const live = nodes.filter(n => /^(confirm |\d+ activations)/.test(n.id)).map(n => n.id)
  const testCalls = step('test')
  const list = required(
    testCalls.find(e => e.route?.endsWith('/connections') && methodOf(e) === 'GET'),
    'list'
  )
  nodes.push({ id: 'list connections', ms: cost(list), after: live.length ? live : configured })
  for (const e of testCalls.filter(t => t.op === 'connection-test'))
    nodes.push({ id: `test ${pathOf(e).split('/').at(-2) ?? ''}`, ms: cost(e), after: ['list connections'] })
  return nodes
}

/**
 * resubmit-errors: the first list page (it tells the total) → the other pages (in parallel) → per batch: bulk
 * resubmit → its recovery job → one read of the job once ended (in parallel) → the re-query of what still fails.
 */
export function resubmitDag(entries: readonly TraceEntry[]): PathNode[] {
  const pages = entries.filter(e => e.route?.endsWith('/monitoring/errors') && methodOf(e) === 'GET')
  const bulks = entries.filter(e => e.op === 'bulk-resubmit' && ok(e)).sort((a, b) => a.start - b.start)
  const jobs = entries.filter(e => e.op === 'recovery-job').sort((a, b) => a.start - b.start)
  const firstBulk = bulks[0]?.start ?? Infinity
  const lastJobEnd = Math.max(0, ...jobs.map(j => j.end))
  const listing = pages.filter(p => p.start < firstBulk)
  const requery = pages.find(p => p.start >= lastJobEnd) ?? pages.at(-1)
  const first = required(listing[0], 'list page')
  const nodes: PathNode[] = [{ id: 'page 1', ms: cost(first), after: [] }]
  const rest = listing.slice(1).map((p, i) => ({ id: `page ${i + 2}`, ms: cost(p), after: ['page 1'] }))
  nodes.push(...rest)
  const listed = rest.length ? rest.map(n => n.id) : ['page 1']
  const reads: string[] = []
  jobs.forEach((job, i) => {
    const read = entries.find(e => e.key.includes(`/recoveryJobs/${job.key}`) && e.start >= job.end)
    nodes.push({ id: `bulk ${i + 1}`, ms: cost(bulks[i]), after: listed })
    nodes.push({ id: `job ${i + 1}`, ms: job.serverMs, after: [`bulk ${i + 1}`] })
    nodes.push({ id: `read job ${i + 1}`, ms: cost(read), after: [`job ${i + 1}`] })
    reads.push(`read job ${i + 1}`)
  })
  nodes.push({ id: 're-query', ms: cost(requery), after: reads.length ? reads : listed })
  return nodes
}
