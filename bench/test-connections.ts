/**
 * test-connections on many connections with emulated latency on every test: wall time of the action process
 * (spawn → exit) against the ideal ⌈n/c⌉·latency of c tests in flight, and against curl testing them one after
 * another; curl with c transfers in flight shows the floor the emulator itself allows.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectExit, runAction } from './lib/action.js'
import { curlTests, type CurlTarget } from './lib/curl.js'
import { startEmulatorProcess } from './lib/emulator-process.js'
import type { BenchOptions } from './lib/options.js'
import { CONNECTIONS, connectionIds, connectionsSeed } from './lib/seeds.js'
import { formatMs, formatSpread, median } from './lib/stats.js'
import type { Row } from './lib/table.js'

/** Measures test-connections against the ideal, a sequential curl and a parallel one. */
export async function testConnections(options: BenchOptions): Promise<Row[]> {
  const { connections: n, connectionConcurrency: c, testLatencyMs: latency } = options
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-conn-'))
  const emulator = await startEmulatorProcess(connectionsSeed(n), { latency: { '/test': latency } }, dir)
  try {
    const token = await emulator.token(CONNECTIONS.instance)
    const target: CurlTarget = { url: emulator.url, instance: CONNECTIONS.instance, token, dir }
    const ideal = Math.ceil(n / c) * latency

    const actionRound = async (): Promise<{ wallMs: number; startMs?: number; emulatorCpu?: number }> => {
      await emulator.resetCounters()
      const cpuBefore = emulator.cpuMs()
      const run = await runAction('test-connections', {
        project: CONNECTIONS.project,
        concurrency: String(c),
        'oic-url': emulator.url,
        instance: CONNECTIONS.instance,
        'access-token': token
      })
      expectExit('test-connections', run)
      const cpuAfter = emulator.cpuMs()
      if (run.outputs.passed !== String(n))
        throw new Error(`test-connections passed ${run.outputs.passed} of ${n}:\n${run.stdout.slice(-2000)}`)
      const counted = (await emulator.counters()).requests
      const tests = Object.entries(counted)
        .filter(([k]) => k.endsWith('/test'))
        .reduce((sum, [, v]) => sum + v, 0)
      if (tests !== n) throw new Error(`the emulator counted ${tests} tests, expected ${n}`)
      return {
        wallMs: run.wallMs,
        startMs: run.lines.find(l => l.text.startsWith('Testing '))?.atMs,
        emulatorCpu:
          cpuBefore === undefined || cpuAfter === undefined
            ? undefined
            : ((cpuAfter - cpuBefore) / run.wallMs) * 100
      }
    }
    const parallelRound = async (): Promise<number> => {
      const parallel = await curlTests(target, CONNECTIONS.project, connectionIds(n), c)
      if (parallel.ok !== n) throw new Error(`parallel curl: ${parallel.ok} of ${n} tests answered 200`)
      return parallel.run.wallMs
    }

    // Interleaved rounds: a single run of ~1.5 s moves by ±0.05× with whatever else the machine is doing.
    const actions: Awaited<ReturnType<typeof actionRound>>[] = []
    const parallels: number[] = []
    for (let round = 0; round < options.connectionRounds; round++) {
      actions.push(await actionRound())
      parallels.push(await parallelRound())
    }
    const sequential = await curlTests(target, CONNECTIONS.project, connectionIds(n))
    if (sequential.ok !== n) throw new Error(`sequential curl: ${sequential.ok} of ${n} tests answered 200`)

    const walls = actions.map(a => a.wallMs)
    const wall = median(walls)
    const starts = actions.map(a => a.startMs).filter((ms): ms is number => ms !== undefined)
    const start = starts.length === actions.length ? median(starts) : undefined
    const cpus = actions.map(a => a.emulatorCpu).filter((p): p is number => p !== undefined)
    const parallel = median(parallels)
    const rounds = actions.length
    const spread = formatSpread
    const phases =
      start === undefined
        ? ''
        : `; startup + listing ${formatMs(start)}, testing + report ${formatMs(wall - start)} (${((wall - start) / ideal).toFixed(2)}× the ideal)`
    const emulatorCpu = cpus.length ? `; emulator CPU ${Math.round(median(cpus))}%` : ''
    return [
      {
        figure: `test-connections ${n} × ${latency} ms, concurrency ${c}: wall / ⌈${n}/${c}⌉·${latency} ms`,
        value: `${(wall / ideal).toFixed(2)}×`,
        target: '≤ 1.2×',
        met: wall / ideal <= 1.2,
        context: `action ${spread(walls)} spawn → exit over ${rounds} round(s) vs ideal ${formatMs(ideal)}${phases}${emulatorCpu}`
      },
      {
        figure: `test-connections ${n} × ${latency} ms: wall / sequential curl`,
        value: `${(wall / sequential.run.wallMs).toFixed(3)}×`,
        target: 'report',
        context: `curl, one process testing the ${n} connections in sequence: ${formatMs(sequential.run.wallMs)}`
      },
      {
        figure: `emulator alone: ${n} tests by curl --parallel-max ${c} / ideal`,
        value: `${(parallel / ideal).toFixed(2)}×`,
        target: 'context',
        context: `${spread(parallels)}, interleaved with the action's rounds: the floor this emulator and machine allow; the action takes ${(wall / parallel).toFixed(2)}× of it`
      }
    ]
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
