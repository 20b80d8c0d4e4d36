/**
 * The promotion on the latency model: the six steps a release workflow runs (authenticate dev, create-deployment,
 * export-car, authenticate prod, import-car with a connections file and `activate: all`, test-connections),
 * through the dist bundles one after another as a runner runs them; then the reference script
 * (bench/reference/promote.sh: sequential curl calls, fixed activation polls) on its own target instance of the
 * same emulator, with the model's draws reset so both meet the same times.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TraceEntry } from '../emulator/index.js'
import { actionInputs, ROOT } from '../scripts/lib/run-step.js'
import { expectExit, runAction } from './lib/action.js'
import { BENCH_CLIENT, startEmulatorProcess, type EmulatorProcess } from './lib/emulator-process.js'
import type { StepWindow } from './lib/latency-dags.js'
import {
  connectionIdsOf,
  connectionsFile,
  connectionUpdateBody,
  integrationCodes,
  PROMOTION,
  promotionSeed,
  VERSION,
  type PromotionSize
} from './lib/latency-seed.js'
import type { BenchOptions } from './lib/options.js'
import { runMeasured, type Measured } from './lib/spawn-measured.js'

/** What one promotion run gives the table. */
export interface PromotionRun {
  size: PromotionSize
  wallMs: number
  windows: StepWindow[]
  /** The emulator's trace of the actions' run. */
  trace: TraceEntry[]
  reference: { run: Measured; trace: TraceEntry[] }
}

const PASSWORD = 'bench-prod-password'

/** The latency model and the switches both runs share. */
export function promotionSwitches(options: BenchOptions): Record<string, unknown> {
  return {
    latencyModel: { enabled: true, seed: 'oic-bench-latency', scale: options.latencyScale },
    // Under a time model "not started yet" is part of the activation's time, not a number of polls (K5's count
    // would charge a slow poller 10 s per CONFIGURED answer and a fast one nothing).
    activationConfiguredPolls: 0,
    activationConcurrencyLimit: options.activationLimit
  }
}

/**
 * import-car's `activation-concurrency` when the instance has a limit: a workflow tuned to its instance starts as
 * many activations as the instance accepts (the critical path assumes that many in flight).
 */
function poolInputs(options: BenchOptions): Record<string, string> {
  const declared = 'activation-concurrency' in actionInputs('import-car')
  return declared && options.activationLimit !== null
    ? { 'activation-concurrency': String(options.activationLimit) }
    : {}
}

export async function actionSteps(
  emulator: EmulatorProcess,
  size: PromotionSize,
  workspace: string,
  pool: Record<string, string>
) {
  const windows: StepWindow[] = []
  const at = (instance: string) => ({ 'oic-url': emulator.url, instance })
  let token = ''
  const step = async (
    id: StepWindow['step'],
    action: string,
    inputs: Record<string, string>,
    env: Record<string, string> = {}
  ) => {
    const start = Date.now()
    const run = await runAction(action, inputs, { workspace, env, timeoutMs: 3_600_000 })
    windows.push({ step: id, start, end: Date.now() })
    expectExit(action, run)
    return run
  }
  const authenticate = async (id: StepWindow['step'], instance: string) => {
    const run = await step(id, 'authenticate', {
      'token-url': emulator.url,
      'client-id': BENCH_CLIENT.id,
      'client-secret': BENCH_CLIENT.secret,
      scope: emulator.scope(instance),
      ...at(instance)
    })
    token = run.outputs['access-token'] ?? ''
  }
  const project = { project: PROMOTION.project }
  await authenticate('auth-dev', PROMOTION.from)
  await step('deployment', 'create-deployment', {
    ...project,
    deployment: PROMOTION.deployment,
    name: PROMOTION.deployment,
    integrations: integrationCodes(size.integrations).join('\n'),
    ...at(PROMOTION.from),
    'access-token': token
  })
  const car = join(workspace, 'promotion.car')
  await step('export', 'export-car', {
    ...project,
    deployment: PROMOTION.deployment,
    path: car,
    'upload-artifact': 'false',
    ...at(PROMOTION.from),
    'access-token': token
  })
  await authenticate('auth-prod', PROMOTION.to)
  await step(
    'import',
    'import-car',
    {
      ...project,
      path: car,
      'connections-file': 'connections.yaml',
      activate: 'all',
      'activation-timeout': '3600',
      ...pool,
      ...at(PROMOTION.to),
      'access-token': token
    },
    { [PROMOTION.passwordEnv]: PASSWORD }
  )
  await step('test', 'test-connections', { ...project, ...at(PROMOTION.to), 'access-token': token })
  return windows
}

async function reference(emulator: EmulatorProcess, size: PromotionSize, options: BenchOptions, dir: string) {
  const work = join(dir, 'reference')
  mkdirSync(join(work, 'connections'), { recursive: true })
  writeFileSync(join(work, 'integrations.txt'), `${integrationCodes(size.integrations).join('\n')}\n`)
  for (const id of connectionIdsOf(size.connections))
    writeFileSync(join(work, 'connections', `${id}.json`), connectionUpdateBody(id, PASSWORD))
  const run = await runMeasured('bash', [join(ROOT, 'bench', 'reference', 'promote.sh')], {
    cwd: work,
    timeoutMs: 3_600_000,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      OIC_URL: emulator.url,
      CLIENT_ID: BENCH_CLIENT.id,
      CLIENT_SECRET: BENCH_CLIENT.secret,
      SCOPE_DEV: emulator.scope(PROMOTION.from),
      SCOPE_PROD: emulator.scope(PROMOTION.reference),
      DEV: PROMOTION.from,
      PROD: PROMOTION.reference,
      PROJECT: PROMOTION.project,
      // A deployment of its own in dev: the actions' run created REL_BENCH already.
      DEPLOYMENT: `${PROMOTION.deployment}_REF`,
      VERSION,
      POLL_SECONDS: (10 * options.latencyScale).toFixed(3),
      WORK: work
    }
  })
  if (run.exitCode !== 0)
    throw new Error(`reference script exited ${run.exitCode}:\n${run.stderr.slice(-2000)}`)
  return run
}

/** Runs the promotion through the actions, then the reference script, on one emulator with the latency model. */
export async function promotion(options: BenchOptions): Promise<PromotionRun> {
  const size: PromotionSize = {
    integrations: options.promotionIntegrations,
    connections: options.promotionConnections,
    payloadBytes: 64 * 1024
  }
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-latency-'))
  const emulator = await startEmulatorProcess(promotionSeed(size), promotionSwitches(options), dir)
  try {
    const workspace = join(dir, 'workspace')
    mkdirSync(workspace)
    writeFileSync(join(workspace, 'connections.yaml'), connectionsFile(size))
    await emulator.resetTrace()
    const started = Date.now()
    const windows = await actionSteps(emulator, size, workspace, poolInputs(options))
    const wallMs = Date.now() - started
    const trace = await emulator.trace()
    // The same draws for the reference: its calls on prod-ref meet the times the actions met on prod.
    await emulator.resetTrace()
    const run = await reference(emulator, size, options, dir)
    return { size, wallMs, windows, trace, reference: { run, trace: await emulator.trace() } }
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
