/**
 * `npm start`: the whole pipeline on the embedded emulator. Starts the emulator with the demo seed, then runs the
 * real dist bundles one after another exactly as a GitHub runner would (INPUT_* variables, output/env/summary
 * files, GITHUB_ENV carried to later steps), printing each step's outputs and job summary.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { start } from '../emulator/index.js'
import { runStep, type StepResult } from './lib/run-step.js'
import { describeStep } from './lib/terminal.js'

const DEMO_CLIENT = { id: 'oic-cicd-demo', secret: 'demo-secret-not-for-production' }

interface PipelineStep {
  title: string
  action: string
  inputs: (previous: Record<string, StepResult>) => Record<string, string>
}

const emulator = await start({ log: line => console.error(`[emulator] ${line}`) })
const workspace = mkdtempSync(join(tmpdir(), 'oic-demo-'))
const scope = (instance: string): string => `${emulator.audience(instance)}urn:opc:resource:consumer::all`

const steps: Array<PipelineStep & { id: string }> = [
  {
    id: 'auth-dev',
    title: 'authenticate (dev)',
    action: 'authenticate',
    inputs: () => ({
      'token-url': emulator.url,
      'client-id': DEMO_CLIENT.id,
      'client-secret': DEMO_CLIENT.secret,
      scope: scope('dev'),
      'oic-url': emulator.url,
      instance: 'dev'
    })
  }
]

console.log(`OIC emulator (demo seed) at ${emulator.url}; workspace ${workspace}\n`)
const results: Record<string, StepResult> = {}
let jobEnv: Record<string, string> = {}
let failed = false
const started = Date.now()
try {
  for (const step of steps) {
    const result = await runStep(step.action, step.inputs(results), {
      env: { ...jobEnv, GITHUB_WORKSPACE: workspace },
      cwd: workspace
    })
    results[step.id] = result
    jobEnv = { ...jobEnv, ...result.env }
    console.log(
      `── ${step.title}: ${result.exitCode === 0 ? 'ok' : `FAILED (exit ${result.exitCode})`} in ${result.durationMs} ms`
    )
    console.log(describeStep(result))
    if (result.exitCode !== 0) {
      console.log(result.errors.map(e => `error: ${e}`).join('\n'))
      failed = true
      break
    }
  }
} finally {
  await emulator.stop()
}
console.log(`Pipeline ${failed ? 'FAILED' : 'finished'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
process.exitCode = failed ? 1 : 0
