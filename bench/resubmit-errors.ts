/**
 * resubmit-errors on many errored instances: the requests it sends to `/monitoring` (the emulator's counters)
 * against the minimum for the job — pages of 100 (the service's default limit) to list them, one bulk request
 * per batch, one read per recovery job once it has ended, and the re-query of what still fails — and its wall
 * time. Run once with the emulator's defaults and once with the reported OIC caps (offset ≤ 500, 50 ids per bulk
 * request), where the action must slide its time window; and issue 14's scenario: 1,000 errors in two projects
 * that share an integration code, a server that serves 2 items per page and ignores the project filter.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Seed, Switches } from '../emulator/index.js'
import { expectExit, runAction, type ActionRun } from './lib/action.js'
import { startEmulatorProcess } from './lib/emulator-process.js'
import type { BenchOptions } from './lib/options.js'
import { ERRORS, errorsSeed } from './lib/seeds.js'
import { formatMs } from './lib/stats.js'
import type { Row } from './lib/table.js'

const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000
const MONITORING = '/ic/api/integration/v1/monitoring'

/** One run of the action and what the emulator saw. */
interface ResubmitRun {
  run: ActionRun
  requests: number
  /** Emulator CPU time / action wall time, e.g. `35%`. */
  emulatorCpu: string
  /** Requests per route, shortened (`GET /errors` …). */
  byRoute: Record<string, number>
  taken: number
  jobs: number
  stillFailing: number
  /** Listed instances left alone (another project, not recoverable). */
  leftAlone: number
  /** Instances the recovery jobs failed again (sum of failedCount). */
  failedAgain: number
}

async function resubmitOnce(
  options: BenchOptions,
  switches: Partial<Switches>,
  scenario: { seed: Seed; inputs: Record<string, string>; resubmits?: number } = {
    seed: errorsSeed(options.errors),
    inputs: { 'max-instances': String(options.errors) },
    resubmits: options.errors
  }
): Promise<ResubmitRun> {
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-resubmit-'))
  const emulator = await startEmulatorProcess(scenario.seed, switches, dir)
  try {
    const token = await emulator.token(ERRORS.instance)
    await emulator.resetCounters()
    const cpuBefore = emulator.cpuMs()
    const run = await runAction('resubmit-errors', {
      ...scenario.inputs,
      'batch-size': String(options.batchSize),
      'time-window': '1h',
      'wait-timeout': '600',
      'oic-url': emulator.url,
      instance: ERRORS.instance,
      'access-token': token
    })
    expectExit('resubmit-errors', run)
    const cpuAfter = emulator.cpuMs()
    const emulatorCpu =
      cpuBefore === undefined || cpuAfter === undefined
        ? 'n/a'
        : `${Math.round(((cpuAfter - cpuBefore) / run.wallMs) * 100)}%`
    const { requests: counted } = await emulator.counters()
    const byRoute: Record<string, number> = {}
    for (const [key, count] of Object.entries(counted)) {
      if (!key.includes(MONITORING)) continue
      const route = key.replace(MONITORING, '')
      byRoute[route] = (byRoute[route] ?? 0) + count
    }
    const results = JSON.parse(run.outputs.results ?? '{}') as { taken?: number }
    const jobList = JSON.parse(run.outputs['recovery-jobs'] ?? '[]') as Array<{ failedCount?: number }>
    const jobs = jobList.length
    const taken = results.taken ?? Number(run.outputs.matched)
    const expected = scenario.resubmits ?? taken
    if (Number(run.outputs.resubmitted) !== expected || taken !== expected)
      throw new Error(
        `resubmit-errors took ${taken} and resubmitted ${run.outputs.resubmitted} of ${expected}:\n${run.stdout.slice(-2000)}`
      )
    return {
      run,
      requests: Object.values(byRoute).reduce((a, b) => a + b, 0),
      emulatorCpu,
      byRoute,
      taken,
      jobs,
      stillFailing: Number(run.outputs['still-failing']),
      leftAlone: Number(run.outputs['left-alone'] ?? 0),
      failedAgain: jobList.reduce((n, j) => n + (j.failedCount ?? 0), 0)
    }
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Minimum requests: list pages, bulk batches, one read per ended job, re-query pages (at least one). */
function minimum(r: ResubmitRun, batchSize: number, limit: number, pollsPerJob: boolean): number {
  const pages = Math.ceil(r.taken / limit)
  const batches = Math.ceil(r.taken / batchSize)
  const polls = pollsPerJob ? r.jobs : Math.ceil(r.jobs / limit)
  const requery = Math.max(1, Math.ceil(r.stillFailing / limit))
  return pages + batches + polls + requery
}

const breakdown = (r: ResubmitRun): string =>
  Object.entries(r.byRoute)
    .sort((a, b) => b[1] - a[1])
    .map(([route, n]) => `${n} ${route.replace(/\/[A-Za-z0-9]{16,}$/, '/{id}')}`)
    .join(', ')

function phases(run: ActionRun): string {
  const found = run.lines.find(l => l.text.startsWith('Found '))
  const lastBatch = run.lines.filter(l => l.text.startsWith('Resubmitted ')).pop()
  if (!found || !lastBatch) return ''
  return `: listing ${formatMs(found.atMs)}, resubmitting ${formatMs(lastBatch.atMs - found.atMs)}, following jobs + re-query + report ${formatMs(run.wallMs - lastBatch.atMs)}`
}

/** Issue 14's scenario: errors of one integration code in two projects; P1's recoverable ones are resubmitted. */
function twoProjectsSeed(perProject: [number, number]): Seed {
  const gen = (project: string, count: number, recoverable: number) => ({
    integration: ERRORS.integration,
    project,
    count,
    ageMinutes: 1,
    spreadMinutes: 50,
    recoverable,
    recovery: { recover: 0.9 }
  })
  return {
    instances: [
      {
        name: ERRORS.instance,
        monitoring: {
          seed: 'oic-bench-projects',
          errors: { generate: [gen('P1', perProject[0], 0.8), gen('P2', perProject[1], 1)] }
        }
      }
    ]
  }
}

/**
 * Issue 14's Done-when run: 2 items per page and the project filter ignored (the emulator's default), so every
 * error of both projects is listed; minimum = those pages + one bulk request and one read per batch of P1's
 * recoverable errors + the pages of the re-query (what is still in error: P2's, P1's non-recoverable, and what
 * failed again).
 */
async function twoProjects(options: BenchOptions): Promise<Row> {
  const total = options.smoke ? 100 : 1000
  const seed = twoProjectsSeed([(total * 3) / 5, (total * 2) / 5])
  const inputs = { project: 'P1', integrations: ERRORS.integration.split('|')[0]!, 'max-instances': '5000' }
  const r = await resubmitOnce(options, { monitoringPageCap: 2 }, { seed, inputs })
  const batches = Math.ceil(r.taken / options.batchSize)
  const min = Math.ceil(total / 2) + 2 * batches + Math.ceil((r.leftAlone + r.failedAgain) / 2)
  return {
    figure: `resubmit-errors ${total} in 2 projects, pages of 2: requests / minimum`,
    value: `${(r.requests / min).toFixed(3)}×`,
    target: '≤ 1.05×',
    met: r.requests / min <= 1.05,
    context: `${r.requests} requests (${breakdown(r)}) vs ${min} = ${Math.ceil(total / 2)} pages + ${batches} batches + ${batches} job reads + ${Math.ceil((r.leftAlone + r.failedAgain) / 2)} re-query pages; ${r.taken} resubmitted, ${r.leftAlone} left alone; wall ${formatMs(r.run.wallMs)}`
  }
}

/** Measures resubmit-errors on `options.errors` errored instances. */
export async function resubmitErrors(options: BenchOptions): Promise<Row[]> {
  const n = options.errors
  const plain = await resubmitOnce(options, {})
  const capped = await resubmitOnce(options, { monitoringMaxOffset: 500, bulkIdCap: 50 })
  const projects = await twoProjects(options)
  const min = minimum(plain, options.batchSize, DEFAULT_LIMIT, true)
  const strict = minimum(plain, options.batchSize, MAX_LIMIT, false)
  const cappedMin = minimum(capped, options.batchSize, DEFAULT_LIMIT, true)
  return [
    {
      figure: `resubmit-errors ${n}: requests / minimum`,
      value: `${(plain.requests / min).toFixed(3)}×`,
      target: '≤ 1.05×',
      met: plain.requests / min <= 1.05,
      context: `${plain.requests} requests (${breakdown(plain)}) vs ${min} = ${Math.ceil(plain.taken / DEFAULT_LIMIT)} pages of ${DEFAULT_LIMIT} + ${Math.ceil(plain.taken / options.batchSize)} batches of ${options.batchSize} + ${plain.jobs} job reads + ${Math.max(1, Math.ceil(plain.stillFailing / DEFAULT_LIMIT))} re-query; with pages of ${MAX_LIMIT} and jobs polled by listing the floor would be ${strict} (${(plain.requests / strict).toFixed(2)}×)`
    },
    {
      figure: `resubmit-errors ${n}: wall time`,
      value: formatMs(plain.run.wallMs),
      target: 'report',
      context: `spawn → exit${phases(plain.run)}; emulator CPU ${plain.emulatorCpu}; recovery jobs take 300 ms (emulator default)`
    },
    {
      figure: `resubmit-errors ${n}, caps offset ≤ 500 & 50 ids: requests / minimum`,
      value: `${(capped.requests / cappedMin).toFixed(3)}×`,
      target: 'report',
      context: `${capped.requests} requests (${breakdown(capped)}) vs ${cappedMin}; wall ${formatMs(capped.run.wallMs)}`
    },
    projects
  ]
}
