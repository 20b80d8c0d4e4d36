/**
 * `npm start [-- --keep]`: a promotion (dev → prod) on the embedded emulator. Starts the emulator with the demo seed,
 * then runs the real dist bundles one after another exactly as a GitHub runner would (INPUT_* variables,
 * output/env/summary files, GITHUB_ENV carried to later steps): authenticate → create-deployment → export-car (dev)
 * → authenticate → import-car → test-connections → resubmit-errors (prod). Each step says what it did and where its
 * files are; the run ends with what still fails and why, and a recap table. The temporary workspace is removed
 * unless `--keep` (or a step failed).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { DEMO_SEED_PATH, loadSeed, start } from '../emulator/index.js'
import { seedCredentials } from '../emulator/src/demo-credentials.js'
import { demoPipeline, PROJECT, WINDOW, type PipelineStep } from './lib/demo-pipeline.js'
import { recap, type RecapRow } from './lib/recap.js'
import { ROOT, runStep, type StepResult } from './lib/run-step.js'
import { explainStillFailing, stillFailing } from './lib/still-failing.js'
import { describeStep } from './lib/terminal.js'

const { values: args } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } }
})
if (args.help) {
  console.log(`Usage: npm start [-- --keep]
Promotes the demo project from dev to prod on a local OIC emulator, through the dist/ bundles.
  --keep   keep the temporary workspace (archive, reports, job summaries); by default it is removed`)
  process.exit(0)
}

const seed = loadSeed(DEMO_SEED_PATH)
const credentials = seedCredentials(seed)
if (!credentials) throw new Error(`${DEMO_SEED_PATH} has no client with a secret.`)
const emulator = await start({ seed, log: line => console.error(`[emulator] ${line}`) })
const workspace = mkdtempSync(join(tmpdir(), 'oic-demo-'))
const summaries = join(workspace, 'summaries')
mkdirSync(summaries)
copyFileSync(
  join(ROOT, 'examples', 'config', 'prod-connections.yaml'),
  join(workspace, 'prod-connections.yaml')
)
const steps = demoPipeline({ url: emulator.url, audience: i => emulator.audience(i), credentials })

console.log(
  `A promotion takes an Oracle Integration project from the developers' instance (dev) to production (prod): export it from dev as a .car archive, import it into prod with prod's connection settings, activate it, test its connections, resubmit what failed.`
)
console.log(
  `Here: those ${steps.length} steps on a local emulator of both instances (${emulator.url}, demo seed ${relative(ROOT, DEMO_SEED_PATH)}), through the dist/ bundles a GitHub runner runs; files in ${workspace}\n`
)

/** Prints what a step did, where its files are, then its outputs and job summary; saves the summary. */
function report(index: number, step: PipelineStep, result: StepResult): void {
  const ok = result.exitCode === 0
  console.log(
    `── ${step.title}: ${ok ? 'ok' : `FAILED (exit ${result.exitCode})`} in ${result.durationMs} ms`
  )
  const summary = join(summaries, `${index + 1}-${step.id}.md`)
  writeFileSync(summary, result.summary)
  if (ok) console.log(`   ${step.did(result)}`)
  const files = { ...(ok ? step.files?.(result) : {}), 'job summary': summary }
  for (const [label, path] of Object.entries(files))
    console.log(`   ${label}: ${path.startsWith('/') ? path : join(workspace, path)}`)
  console.log(describeStep(result))
  if (!ok) console.log(result.errors.map(e => `error: ${e}`).join('\n'))
}

const results: Record<string, StepResult> = {}
const rows: RecapRow[] = steps.map(step => ({ step }))
let jobEnv: Record<string, string> = {}
let failed = false
let resubmitFrom = 0
const started = Date.now()
try {
  for (const [index, step] of steps.entries()) {
    if (step.id === 'resubmit') resubmitFrom = emulator.clock.now() - WINDOW.ms
    const result = await runStep(step.action, step.inputs(results), {
      env: { ...jobEnv, ...step.env, GITHUB_WORKSPACE: workspace },
      cwd: workspace
    })
    results[step.id] = result
    rows[index]!.result = result
    jobEnv = { ...jobEnv, ...result.env }
    report(index, step, result)
    if (result.exitCode !== 0) {
      failed = true
      break
    }
  }
  if (results.resubmit?.exitCode === 0) {
    const prod = emulator.state.get('prod')!.monitoring
    const counts = stillFailing(prod, PROJECT, resubmitFrom)
    const where = { instance: 'prod', project: PROJECT, window: WINDOW.text }
    console.log(explainStillFailing(counts, results.resubmit, where).join('\n'))
  }
} finally {
  await emulator.stop()
}
console.log(
  `\nPipeline ${failed ? 'FAILED' : 'finished'} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`
)
console.log(recap(rows, Date.now() - started))
if (args.keep || failed) {
  console.log(
    `Kept the workspace${failed && !args.keep ? ' (a step failed)' : ''}: ${workspace} (archive in build/, job summaries in summaries/, JUnit report in reports/). Remove it with: rm -rf ${workspace}`
  )
} else {
  rmSync(workspace, { recursive: true, force: true })
  console.log(
    `Removed the workspace ${workspace}; run npm start -- --keep to keep its archive, reports and job summaries.`
  )
}
process.exitCode = failed ? 1 : 0
