/**
 * Probe: the actions' half of the latency promotion only (no reference script), printing every call of the chosen
 * steps with its start relative to the step (ms), so the sequential round trips before the first activation show.
 * `npx tsx bench/probes/latency-trace.ts [--scale=0.5] [import,test]`
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionSteps, promotionSwitches } from '../latency-promotion.js'
import { startEmulatorProcess } from '../lib/emulator-process.js'
import { connectionsFile, promotionSeed, type PromotionSize } from '../lib/latency-seed.js'
import { optionsFrom } from '../lib/options.js'
import { longestPath } from '../lib/critical-path.js'
import { promotionDag } from '../lib/latency-dags.js'

const args = process.argv.slice(2)
const options = optionsFrom(args.filter(a => a.startsWith('--')))
const steps = (args.find(a => !a.startsWith('--')) ?? 'import,test').split(',')
const size: PromotionSize = {
  integrations: options.promotionIntegrations,
  connections: options.promotionConnections,
  payloadBytes: 64 * 1024
}
const dir = mkdtempSync(join(tmpdir(), 'oic-probe-'))
const emulator = await startEmulatorProcess(promotionSeed(size), promotionSwitches(options), dir)
try {
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace)
  writeFileSync(join(workspace, 'connections.yaml'), connectionsFile(size))
  await emulator.resetTrace()
  const started = Date.now()
  const pool: Record<string, string> =
    options.activationLimit === null ? {} : { 'activation-concurrency': String(options.activationLimit) }
  const windows = await actionSteps(emulator, size, workspace, pool)
  const wall = Date.now() - started
  const trace = await emulator.trace()
  const cp = longestPath(promotionDag(trace, windows, options.activationLimit))
  console.log(`wall ${wall} ms, critical ${cp.ms} ms, ratio ${(wall / cp.ms).toFixed(3)}`)
  for (const w of windows) {
    console.log(`\n== ${w.step} ${w.end - w.start} ms`)
    if (!steps.includes(w.step)) continue
    for (const e of trace
      .filter(t => t.start >= w.start && t.start <= w.end)
      .sort((a, b) => a.start - b.start))
      console.log(
        `${String(e.start - w.start).padStart(6)} ${String(e.end - w.start).padStart(6)} ${e.op.padEnd(14)} ${e.status ?? ''} ${e.key.slice(0, 110)}`
      )
  }
} finally {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
}
