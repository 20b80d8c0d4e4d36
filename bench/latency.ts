/**
 * `npm run bench -- --latency`: what users wait for against an OIC with real-world latency (the emulator's latency
 * model at `--scale`, default 0.5× real time): the promotion of a 40-integration project through the six actions
 * against its critical path and against a reference script written like Oracle's samples, run on the same
 * emulator in the same run; requests per integration, status reads per activation; resubmit-errors on 10,000
 * errors with recovery jobs that take seconds. Every figure is a ratio of two things measured in this run.
 */
import type { TraceEntry } from '../emulator/index.js'
import { longestPath, type CriticalPath } from './lib/critical-path.js'
import { promotionDag, resubmitDag, type StepWindow } from './lib/latency-dags.js'
import type { BenchOptions } from './lib/options.js'
import { formatMs } from './lib/stats.js'
import type { Row } from './lib/table.js'
import { promotion, type PromotionRun } from './latency-promotion.js'
import { resubmitOnLatency, type ResubmitLatencyRun } from './latency-resubmit.js'

const isRequest = (e: TraceEntry): boolean => e.op !== 'activation' && e.op !== 'recovery-job'

/** The critical path as `a 80 ms → b 1.2 s → …`, runs of similar nodes folded. */
function describePath(cp: CriticalPath, nodes: ReturnType<typeof promotionDag>): string {
  const ms = new Map(nodes.map(n => [n.id, n.ms]))
  return cp.path.map(id => `${id} ${formatMs(ms.get(id) ?? 0)}`).join(' → ')
}

/** Requests of each step of the actions' run, e.g. `import 112`. */
function perStep(trace: readonly TraceEntry[], windows: readonly StepWindow[]): string {
  return windows
    .map(w => `${w.step} ${trace.filter(e => isRequest(e) && e.start >= w.start && e.start <= w.end).length}`)
    .join(', ')
}

/** Reads of an integration's status during the import step (per-integration reads and list pages alike). */
function statusReads(trace: readonly TraceEntry[], windows: readonly StepWindow[]): number {
  const w = windows.find(x => x.step === 'import')
  const jobs = trace.filter(e => e.op === 'activation')
  const firstActivation = Math.min(...jobs.map(j => j.start))
  return trace.filter(
    e =>
      e.key.startsWith('GET ') &&
      w !== undefined &&
      e.start >= w.start &&
      e.start <= w.end &&
      (e.route?.endsWith('/activationStatus') ||
        e.route?.endsWith('/integrations/:id') ||
        (e.route?.endsWith('/integrations') && e.start >= firstActivation))
  ).length
}

/** The most activation jobs in flight at once. */
function peakActivations(trace: readonly TraceEntry[]): number {
  const edges = trace
    .filter(e => e.op === 'activation')
    .flatMap(e => [
      [e.start, 1],
      [e.end, -1]
    ])
    .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number))
  let now = 0
  let peak = 0
  for (const [, d] of edges) peak = Math.max(peak, (now += d as number))
  return peak
}

/**
 * Where import-car's time went: from the step's start to its first activation request (Node start, upload,
 * configuration), the activations (first request → last one ended; refusals), and from the last end to the last
 * status read (how late the polling saw it).
 */
function importPhases(trace: readonly TraceEntry[], windows: readonly StepWindow[]): string {
  const w = windows.find(x => x.step === 'import')
  if (!w) return ''
  const calls = trace.filter(e => e.start >= w.start && e.start <= w.end)
  const jobs = calls.filter(e => e.op === 'activation')
  const requests = calls.filter(e => e.route?.endsWith('/integrations/:id') && !e.key.startsWith('GET '))
  const refused = requests.filter(e => e.status === 429).length
  const first = Math.min(...requests.map(e => e.start))
  const lastEnd = Math.max(...jobs.map(j => j.end))
  const lastRead = Math.max(
    ...calls.filter(e => e.key.startsWith('GET ') && e.route?.includes('/integrations')).map(e => e.end)
  )
  return `import-car: ${formatMs(first - w.start)} to its first activation request, activations ${formatMs(lastEnd - first)} (${refused} requests refused 429), last seen ${formatMs(lastRead - lastEnd)} after the last ended, ${formatMs(w.end - lastRead)} more to exit`
}

function promotionRows(options: BenchOptions, p: PromotionRun): Row[] {
  const n = p.size.integrations
  const nodes = promotionDag(p.trace, p.windows, options.activationLimit)
  const cp = longestPath(nodes)
  const requests = p.trace.filter(isRequest).length
  const activations = p.trace.filter(e => e.op === 'activation').length
  const reads = statusReads(p.trace, p.windows)
  const refRequests = p.reference.trace.filter(isRequest).length
  const model = `latency model ×${options.latencyScale}; ${n} integrations, ${p.size.connections} connections`
  const limit =
    options.activationLimit === null
      ? 'no server limit; activation-concurrency default'
      : `server limit ${options.activationLimit}, activation-concurrency ${options.activationLimit}`
  const steps = p.windows.map(w => `${w.step} ${formatMs(w.end - w.start)}`).join(', ')
  return [
    {
      figure: `promotion ${n} integrations: wall / critical path`,
      value: `${(p.wallMs / cp.ms).toFixed(2)}×`,
      target: '≤ 1.25×',
      met: p.wallMs / cp.ms <= 1.25,
      context: `${model}; wall ${formatMs(p.wallMs)} (${steps}; includes 6 Node starts) vs critical path ${formatMs(cp.ms)}: ${describePath(cp, nodes)}; ${importPhases(p.trace, p.windows)}`
    },
    {
      figure: `promotion ${n} integrations: wall / reference script`,
      value: `${(p.wallMs / p.reference.run.wallMs).toFixed(3)}×`,
      target: '≤ 0.3×',
      met: p.wallMs / p.reference.run.wallMs <= 0.3,
      context: `bench/reference/promote.sh (sequential curl, activation polls every ${(10 * options.latencyScale).toFixed(2)} s = 10 s × scale) ${formatMs(p.reference.run.wallMs)}, ${refRequests} requests; same emulator and draws, target instance prod-ref`
    },
    {
      figure: `promotion ${n} integrations: requests per integration`,
      value: (requests / n).toFixed(2),
      target: 'report',
      context: `${requests} requests (${perStep(p.trace, p.windows)}); the reference script ${(refRequests / n).toFixed(2)}`
    },
    {
      figure: `promotion ${n} integrations: status reads per activation`,
      value: (reads / Math.max(1, activations)).toFixed(2),
      target: '≤ 3',
      met: reads / Math.max(1, activations) <= 3,
      context: `${reads} status reads (activationStatus, integration and, once activating, integration-list GETs) for ${activations} activations; at most ${peakActivations(p.trace)} in flight (${limit})`
    }
  ]
}

function resubmitRows(options: BenchOptions, r: ResubmitLatencyRun): Row[] {
  const nodes = resubmitDag(r.trace)
  const cp = longestPath(nodes)
  const jobs = r.trace.filter(e => e.op === 'recovery-job')
  const jobMs = jobs.map(j => j.serverMs)
  return [
    {
      figure: `resubmit-errors ${r.taken} on the latency model: requests / minimum`,
      value: `${(r.requests / r.minimum).toFixed(3)}×`,
      target: '≤ 1.05×',
      met: r.requests / r.minimum <= 1.05,
      context: `${r.requests} requests vs ${r.minimum} = list pages + bulk requests + one read per job (${r.jobs}) + re-query; recovery jobs ${formatMs(Math.min(...jobMs))}–${formatMs(Math.max(...jobMs))} (×${options.latencyScale})`
    },
    {
      figure: `resubmit-errors ${r.taken} on the latency model: wall / critical path`,
      value: `${(r.run.wallMs / cp.ms).toFixed(2)}×`,
      target: 'report',
      context: `wall ${formatMs(r.run.wallMs)} vs ${formatMs(cp.ms)} (${cp.path.length} nodes: first page → other pages in parallel → bulk → job → job read → re-query); the action lists and resubmits one request at a time`
    }
  ]
}

/** The latency benchmarks (options.latencyScale, sizes from options). */
export async function latencyBench(options: BenchOptions): Promise<Row[]> {
  const p = await promotion(options)
  const rows = promotionRows(options, p)
  return [...rows, ...resubmitRows(options, await resubmitOnLatency(options))]
}
