/**
 * `npm run bench [-- --smoke]`: every benchmark of the actions against the emulator, printed as one table of
 * ratios measured side by side in this run (absolute times only as context). Exits non-zero only when a
 * benchmark script breaks (an action or curl failing, a wrong result), never because of a timing.
 */
import { availableParallelism, cpus, loadavg } from 'node:os'
import { carTransfer } from './car-transfer.js'
import { coldStart } from './cold-start.js'
import { jsLoaded } from './js-loaded.js'
import { latencyBench } from './latency.js'
import { snapshotDist } from './lib/dist.js'
import { optionsFrom, type BenchOptions } from './lib/options.js'
import { formatMs } from './lib/stats.js'
import { renderTable, type Row } from './lib/table.js'
import { resubmitErrors } from './resubmit-errors.js'
import { testConnections } from './test-connections.js'

const BENCHMARKS: Array<[string, (options: BenchOptions) => Promise<Row[]>]> = [
  ['cold start', coldStart],
  ['JS loaded', jsLoaded],
  ['archive export/import', carTransfer],
  ['test-connections', testConnections],
  ['resubmit-errors', resubmitErrors]
]

const options = optionsFrom(process.argv.slice(2))
// --latency runs the latency-model benchmarks alone (minutes of emulated waiting); --smoke runs them at tiny sizes.
const selected: typeof BENCHMARKS = options.latency
  ? [['latency model', latencyBench]]
  : options.smoke
    ? [...BENCHMARKS, ['latency model', latencyBench]]
    : BENCHMARKS
const started = Date.now()
const loadBefore = loadavg()[0] ?? 0
const cleanup = await snapshotDist()
const rows: Row[] = []
const failures: string[] = []
try {
  for (const [name, bench] of selected) {
    const t0 = Date.now()
    process.stderr.write(`bench: ${name}…`)
    try {
      rows.push(...(await bench(options)))
      process.stderr.write(` ${formatMs(Date.now() - t0)}\n`)
    } catch (error) {
      process.stderr.write(' FAILED\n')
      failures.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      rows.push({
        figure: name,
        value: 'ERROR',
        target: '',
        met: false,
        context: 'the benchmark broke (see below)'
      })
    }
  }
} finally {
  cleanup()
}

function commandFlags(o: BenchOptions): string {
  const flags = [o.smoke ? '--smoke' : '', o.latency ? `--latency --scale=${o.latencyScale}` : ''].filter(
    Boolean
  )
  return flags.length ? ` -- ${flags.join(' ')}` : ''
}

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
console.log(
  `\noic-actions benchmarks${options.smoke ? ' (SMOKE: tiny sizes, the figures mean nothing)' : ''} — ${new Date().toISOString()}`
)
console.log(
  `machine: nproc ${availableParallelism()} (${cpu}), Node ${process.version}, ${process.platform}; 1-min load average ${loadBefore.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end`
)
console.log(`command: npm run bench${commandFlags(options)}; ${formatMs(Date.now() - started)} in all\n`)
console.log(renderTable(rows))
const met = rows.filter(r => r.met === true).length
const unmet = rows.filter(r => r.met === false && r.value !== 'ERROR').length
const why = options.smoke
  ? ' (smoke sizes: the targets are judged on the full run only)'
  : ' (see BENCHMARKS.md, "How the targets were reached, and how close they are")'
console.log(`\n${met} targets met, ${unmet} not met${unmet ? why : ''}.`)
if (failures.length) {
  console.error(`\n${failures.length} benchmark(s) broke:\n${failures.join('\n\n')}`)
  process.exitCode = 1
}
