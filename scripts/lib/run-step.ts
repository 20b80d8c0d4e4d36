/**
 * Runs a bundled action exactly as a GitHub runner does: `node dist/<name>.js` with `INPUT_*` variables (defaults
 * from action.yml applied, as the runner applies them) and temporary `GITHUB_OUTPUT`, `GITHUB_ENV`,
 * `GITHUB_STEP_SUMMARY`, `GITHUB_STATE` and `GITHUB_PATH` files; returns what the step produced.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..')

/** What one step run produced. */
export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  env: Record<string, string>
  summary: string
  /** Raw text of the output and env files (for leak scans). */
  outputFile: string
  envFile: string
  /** Values of `::add-mask::` lines, in order. */
  masks: string[]
  /** Messages of `::error` lines. */
  errors: string[]
  /** Full `::error …::` lines (with properties). */
  errorLines: string[]
  durationMs: number
}

/** Options of {@link runStep}. */
export interface RunStepOptions {
  /** Extra environment (OIC_URL, GITHUB_WORKSPACE, ACTIONS_RUNTIME_TOKEN, …). */
  env?: Record<string, string>
  cwd?: string
  /** Do not apply action.yml defaults (to test the action's own fallbacks). */
  noDefaults?: boolean
  /** Node binary (e.g. Node 24). */
  node?: string
  /** Script to run instead of the action's runs.main (e.g. dist/dispatch.js). */
  script?: string
  timeoutMs?: number
}

/** Parses the `name<<delimiter … delimiter` blocks (and `name=value` lines) of a file-command file. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      out[name as string] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

/** The inputs an action declares, with their defaults. */
export function actionInputs(
  action: string
): Record<string, { default?: string; description?: string; required?: boolean }> {
  const file = action === 'root' ? join(ROOT, 'action.yml') : join(ROOT, 'actions', action, 'action.yml')
  return (parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: string }> }).inputs ?? {}
}

/** The file-command files of a step. */
export type StepFiles = Record<
  'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_STATE' | 'GITHUB_PATH',
  string
>

/**
 * A runner's environment for one step in `dir`: empty file-command files, the workspace, `INPUT_*` from `inputs`
 * over the action.yml defaults (unless `defaults` is false), and nothing of this process but PATH and HOME.
 */
export function stepEnvironment(
  dir: string,
  workspace: string,
  step: { action: string; inputs: Record<string, string>; defaults: boolean; path: string }
): { env: Record<string, string>; files: StepFiles } {
  const files: StepFiles = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env: Record<string, string> = {
    PATH: step.path,
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: join(dir, 'runner-temp'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/oic-release',
    GITHUB_ACTIONS: 'true',
    ...files
  }
  if (step.defaults)
    for (const [name, spec] of Object.entries(actionInputs(step.action)))
      // A runner resolves `${{ github.token }}` to the job's token; a test run has none.
      if (spec.default !== undefined)
        env[`INPUT_${name.toUpperCase()}`] = String(spec.default).replace(
          /^\$\{\{\s*github\.token\s*\}\}$/,
          ''
        )
  for (const [name, value] of Object.entries(step.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { env, files }
}

/** Runs `dist/<action>.js` as a step. */
export async function runStep(
  action: string,
  inputs: Record<string, string>,
  options: RunStepOptions = {}
): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'oic-step-'))
  const { env, files } = stepEnvironment(dir, options.cwd ?? dir, {
    action: action === 'dispatch' ? 'root' : action,
    inputs,
    defaults: !options.noDefaults,
    path: process.env.PATH ?? ''
  })
  Object.assign(env, options.env)
  const script = options.script ?? join(ROOT, 'dist', `${action}.js`)
  const started = Date.now()
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (done, fail) => {
      const child = spawn(options.node ?? process.execPath, [script], { cwd: options.cwd ?? dir, env })
      let out = ''
      let err = ''
      child.stdout.on('data', d => (out += String(d)))
      child.stderr.on('data', d => (err += String(d)))
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
      child.on('error', fail)
      child.on('close', c => {
        clearTimeout(timer)
        done({ code: c ?? -1, stdout: out, stderr: err })
      })
    }
  )
  const outputFile = readFileSync(files.GITHUB_OUTPUT, 'utf8')
  const envFile = readFileSync(files.GITHUB_ENV, 'utf8')
  const result: StepResult = {
    exitCode: code,
    stdout,
    stderr,
    outputs: parseFileCommands(outputFile),
    env: parseFileCommands(envFile),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    outputFile,
    envFile,
    masks: stdout
      .split('\n')
      .filter(l => l.startsWith('::add-mask::'))
      .map(l => unescape(l.slice('::add-mask::'.length))),
    errorLines: stdout.split('\n').filter(l => l.startsWith('::error')),
    errors: stdout
      .split('\n')
      .filter(l => l.startsWith('::error'))
      .map(l => unescape(l.slice(l.indexOf('::', 2) + 2))),
    durationMs: Date.now() - started
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/** Undoes the workflow-command escaping of `@actions/core` (%25, %0D, %0A). */
function unescape(value: string): string {
  return value.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}
