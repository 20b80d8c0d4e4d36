/**
 * resubmit-errors on the latency model: 10,000 recoverable errors whose recovery jobs take seconds. Requests
 * against the minimum for the action's strategy (as bench/resubmit-errors.ts counts it), and wall time against the
 * critical path of the job (latency-dags.ts `resubmitDag`), from the emulator's trace.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TraceEntry } from '../emulator/index.js'
import { expectExit, runAction, type ActionRun } from './lib/action.js'
import { startEmulatorProcess } from './lib/emulator-process.js'
import type { BenchOptions } from './lib/options.js'
import { ERRORS, errorsSeed } from './lib/seeds.js'

/** The page size resubmit-errors lists with (the service's default `limit`). */
export const PAGE = 100

/** One run and what the emulator saw of it. */
export interface ResubmitLatencyRun {
  run: ActionRun
  trace: TraceEntry[]
  /** Requests to `/monitoring` routes. */
  requests: number
  taken: number
  jobs: number
  stillFailing: number
  /** Requests the strategy needs at least: list pages + bulk requests + one read per job + re-query pages. */
  minimum: number
}

/** Runs resubmit-errors on `options.latencyErrors` errors with the latency model on. */
export async function resubmitOnLatency(options: BenchOptions): Promise<ResubmitLatencyRun> {
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-latency-resubmit-'))
  const switches = { latencyModel: { enabled: true, seed: 'oic-bench-latency', scale: options.latencyScale } }
  const emulator = await startEmulatorProcess(errorsSeed(options.latencyErrors), switches, dir)
  try {
    const token = await emulator.token(ERRORS.instance)
    await emulator.resetCounters()
    await emulator.resetTrace()
    const run = await runAction(
      'resubmit-errors',
      {
        'max-instances': String(options.latencyErrors),
        'batch-size': String(options.batchSize),
        'time-window': '1h',
        'wait-timeout': '3600',
        'oic-url': emulator.url,
        instance: ERRORS.instance,
        'access-token': token
      },
      { timeoutMs: 3_600_000 }
    )
    expectExit('resubmit-errors', run)
    const { requests } = await emulator.counters()
    const monitoring = Object.entries(requests)
      .filter(([key]) => key.includes('/monitoring/'))
      .reduce((n, [, count]) => n + count, 0)
    const taken = Number(run.outputs.resubmitted)
    const jobs = (JSON.parse(run.outputs['recovery-jobs'] ?? '[]') as unknown[]).length
    const stillFailing = Number(run.outputs['still-failing'])
    if (taken !== options.latencyErrors)
      throw new Error(
        `resubmit-errors resubmitted ${taken} of ${options.latencyErrors}:\n${run.stdout.slice(-2000)}`
      )
    const minimum =
      Math.ceil(taken / PAGE) +
      Math.ceil(taken / options.batchSize) +
      jobs +
      Math.max(1, Math.ceil(stillFailing / PAGE))
    return { run, trace: await emulator.trace(), requests: monitoring, taken, jobs, stillFailing, minimum }
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
