/**
 * Running a bundled action the way a GitHub runner does (`node dist/<action>.js` with `INPUT_*`, the action.yml
 * defaults and the file-command files), measured with {@link runMeasured}. Built on scripts/lib/run-step.ts's
 * input and output handling; the process itself is spawned here so that its pid, RSS and CPU can be measured.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFileCommands, stepEnvironment } from '../../scripts/lib/run-step.js'
import { bundleOf } from './dist.js'
import { runMeasured, type Measured } from './spawn-measured.js'

/** A finished action run. */
export interface ActionRun extends Measured {
  outputs: Record<string, string>
}

/** Options of {@link runAction}. */
export interface ActionOptions {
  /** Workspace (cwd and GITHUB_WORKSPACE); a fresh temporary one when absent. */
  workspace?: string
  env?: Record<string, string>
  /** Extra node flags before the script (e.g. `--import` a load tracer, `--cpu-prof`). */
  nodeArgs?: string[]
  /** Measure peak RSS and CPU time. */
  resources?: boolean
  timeoutMs?: number
}

/** Runs `dist/<action>.js` with `inputs` in a clean runner-like environment (no variables of this process). */
export async function runAction(
  action: string,
  inputs: Record<string, string>,
  options: ActionOptions = {}
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-step-'))
  try {
    const workspace = options.workspace ?? join(dir, 'workspace')
    mkdirSync(workspace, { recursive: true })
    const { env, files } = stepEnvironment(dir, workspace, {
      action,
      inputs,
      defaults: true,
      path: process.env.PATH ?? '/usr/bin:/bin'
    })
    Object.assign(env, options.env)
    const run = await runMeasured(process.execPath, [...(options.nodeArgs ?? []), bundleOf(action)], {
      env,
      cwd: workspace,
      resources: options.resources,
      timeoutMs: options.timeoutMs
    })
    return { ...run, outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The `::error::` messages of a run, for failure reports. */
export function errorsOf(run: Measured): string {
  const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
  return (errors.length ? errors.join('\n') : `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`).trim()
}

/** Throws unless the run exited with `expected`. */
export function expectExit(what: string, run: Measured, expected = 0): void {
  if (run.exitCode !== expected)
    throw new Error(`${what} exited ${run.exitCode} (expected ${expected}):\n${errorsOf(run)}`)
}
