/**
 * Runs a job that calls a reusable workflow (`uses: …/.github/workflows/<file>@ref`) as GitHub does: the matrix
 * expanded (with `include`) and its legs run `max-parallel` at a time, the caller's `with:` resolved into the called
 * workflow's typed inputs (defaults applied), secrets mapped or inherited, then the called jobs in `needs` order, each
 * with its `if:`, its GitHub Environment's variables and secrets, its steps through {@link runJob} (conditions and
 * `run:` steps honoured), its outputs, and the called workflow's outputs from the `jobs` context.
 */
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { condition, interpolate, type ExpressionScope } from './expression.js'
import { ROOT, type StepResult } from './runner.js'
import { jobs, runJob, scopeOf, type ExpressionContext, type Job, type Step } from './workflow.js'

/** Variables and secrets of one GitHub Environment. */
export interface EnvironmentSettings {
  vars?: Record<string, string>
  secrets?: Record<string, string>
}

/** Options of {@link runCallerJob}. */
export interface CallOptions {
  /** The caller's contexts (`vars`, `secrets`, `github`, and `needs` for a job that needs others). */
  ctx: ExpressionContext
  /** The repository's GitHub Environments by name. */
  environments: Record<string, EnvironmentSettings>
  /** A fresh runner for one called job: GITHUB_WORKSPACE, RUNNER_TEMP and the fake GitHub's env. */
  workspace(job: string, matrix: Record<string, unknown>): Record<string, string>
  /** Only the matrix legs this accepts run (e.g. the ones whose environments the test defines). */
  legs?: (matrix: Record<string, unknown>) => boolean
}

/** One called job as it ran. */
export interface CalledJob {
  job: string
  result: 'success' | 'failure' | 'skipped'
  environment?: string
  concurrency?: string
  permissions?: Job['permissions']
  outputs: Record<string, string>
  steps: Array<{ step: Step; result: StepResult }>
  startedAt: number
  endedAt: number
}

/** One call of the reusable workflow (one matrix leg). */
export interface WorkflowCall {
  matrix: Record<string, unknown>
  inputs: Record<string, string | boolean | number>
  jobs: CalledJob[]
  outputs: Record<string, string>
}

interface CallableWorkflow {
  on: {
    workflow_call: {
      inputs?: Record<string, { type: string; default?: string | boolean | number; required?: boolean }>
      secrets?: Record<string, unknown>
      outputs?: Record<string, { value: string }>
    }
  }
}

/** The matrix legs of a strategy: the cross product of its lists, then `include` as GitHub applies it. */
export function matrixLegs(matrix: Record<string, unknown> | undefined): Array<Record<string, unknown>> {
  if (!matrix) return [{}]
  const {
    include = [],
    exclude = [],
    ...dimensions
  } = matrix as Record<string, unknown[]> & {
    include?: Array<Record<string, unknown>>
    exclude?: Array<Record<string, unknown>>
  }
  const matches = (leg: Record<string, unknown>, part: Record<string, unknown>): boolean =>
    Object.entries(part).every(([k, v]) => leg[k] === v)
  let legs: Array<Record<string, unknown>> = [{}]
  for (const [key, values] of Object.entries(dimensions))
    legs = legs.flatMap(leg => values.map(value => ({ ...leg, [key]: value })))
  legs = legs.filter(leg => !exclude.some(x => matches(leg, x)))
  const original = legs.map(leg => ({ ...leg }))
  for (const entry of include) {
    const own = Object.fromEntries(Object.entries(entry).filter(([k]) => k in dimensions))
    const targets = original.flatMap((leg, i) =>
      matches(leg, own) ? [legs[i] as Record<string, unknown>] : []
    )
    // An entry adds its keys to the legs it matches without overwriting an original value; else it is a new leg.
    if (!targets.length) {
      legs.push({ ...entry })
      continue
    }
    for (const leg of targets) for (const [k, v] of Object.entries(entry)) if (!(k in dimensions)) leg[k] = v
  }
  return legs
}

/** The local file of a `uses:` naming one of this repository's reusable workflows. */
export function calledWorkflowFile(uses: string | undefined): string | undefined {
  const name = /(?:^\.\/|\/oic-actions\/)\.github\/workflows\/([\w.-]+\.ya?ml)(?:@|$)/.exec(uses ?? '')?.[1]
  return name ? join(ROOT, '.github', 'workflows', name) : undefined
}

/** The inputs the called workflow receives: the caller's `with:` resolved, typed, over the declared defaults. */
function callInputs(
  caller: Job,
  declared: NonNullable<CallableWorkflow['on']['workflow_call']['inputs']>,
  ctx: ExpressionContext
): Record<string, string | boolean | number> {
  const given = Object.fromEntries(
    Object.entries(caller.with ?? {}).map(([k, v]) => [k, interpolate(String(v), scopeOf(ctx))])
  )
  const unknown = Object.keys(given).filter(k => !(k in declared))
  if (unknown.length) throw new Error(`the called workflow declares no input ${unknown.join(', ')}`)
  const inputs: Record<string, string | boolean | number> = {}
  for (const [name, spec] of Object.entries(declared)) {
    const raw = given[name]
    if (raw === undefined && spec.required) throw new Error(`required input ${name} not given`)
    if (raw === undefined) inputs[name] = spec.default ?? (spec.type === 'boolean' ? false : '')
    else inputs[name] = spec.type === 'boolean' ? raw === 'true' : spec.type === 'number' ? Number(raw) : raw
  }
  return inputs
}

/** Runs one called job (or skips it), in its environment. */
async function runCalledJob(
  file: string,
  name: string,
  job: Job,
  call: { ctx: ExpressionContext; inherit: boolean; options: CallOptions; matrix: Record<string, unknown> }
): Promise<CalledJob> {
  const startedAt = Date.now()
  const needs = [job.needs ?? []].flat()
  const base = scopeOf(call.ctx)
  const run = needs.every(n => call.ctx.needs?.[n]?.result === 'success')
  // Without a status function an `if:` is ANDed with success() of the needed jobs, as GitHub does.
  const statusAware = /\b(?:always|cancelled|failure|success)\(\)/.test(String(job.if ?? ''))
  const wanted = (statusAware || run) && (job.if === undefined || condition(job.if, base))
  const skipped = (): CalledJob => ({
    job: name,
    result: 'skipped',
    outputs: {},
    steps: [],
    startedAt,
    endedAt: Date.now()
  })
  if (!wanted) return skipped()
  const environment = job.environment
    ? interpolate(typeof job.environment === 'string' ? job.environment : job.environment.name, base)
    : undefined
  const settings = environment ? call.options.environments[environment] : undefined
  if (environment && !settings) throw new Error(`no GitHub Environment ${environment} in the test`)
  // Environment secrets reach a called workflow's job only when the caller passes `secrets: inherit`.
  const ctx: ExpressionContext = {
    ...call.ctx,
    vars: { ...call.ctx.vars, ...settings?.vars },
    secrets: { ...call.ctx.secrets, ...(call.inherit ? settings?.secrets : {}) }
  }
  const group = typeof job.concurrency === 'string' ? job.concurrency : job.concurrency?.group
  const steps = await runJob(file, name, ctx, call.options.workspace(name, call.matrix), {
    conditions: true,
    shell: true
  })
  const byId = Object.fromEntries(steps.filter(s => s.step.id).map(s => [s.step.id as string, s.result]))
  const failed = steps.some(s => s.result.exitCode !== 0)
  return {
    job: name,
    result: failed ? 'failure' : 'success',
    environment,
    concurrency: group === undefined ? undefined : interpolate(group, scopeOf(ctx)),
    permissions: job.permissions,
    outputs: failed
      ? {}
      : Object.fromEntries(
          Object.entries(job.outputs ?? {}).map(([k, v]) => [k, interpolate(v, scopeOf(ctx, byId))])
        ),
    steps,
    startedAt,
    endedAt: Date.now()
  }
}

/** Runs one call: the called workflow's jobs in `needs` order. */
async function runCall(
  caller: Job,
  matrix: Record<string, unknown>,
  options: CallOptions
): Promise<WorkflowCall> {
  const file = calledWorkflowFile(caller.uses)
  if (!file) throw new Error(`not one of our reusable workflows: ${caller.uses}`)
  const workflow = parse(readFileSync(file, 'utf8')) as CallableWorkflow
  const declared = workflow.on.workflow_call
  const callerCtx = { ...options.ctx, matrix }
  const inputs = callInputs(caller, declared.inputs ?? {}, callerCtx)
  const inherit = caller.secrets === 'inherit'
  const secrets = inherit
    ? { ...options.ctx.secrets }
    : Object.fromEntries(
        Object.entries(caller.secrets ?? {}).map(([k, v]) => [k, interpolate(v, scopeOf(callerCtx))])
      )
  const called = jobs(file)
  const done: Record<string, CalledJob> = {}
  const pending = Object.keys(called)
  while (pending.length) {
    const next = pending.findIndex(n => [called[n]?.needs ?? []].flat().every(d => d in done))
    if (next < 0) throw new Error(`a cycle in the needs of ${file}`)
    const name = pending.splice(next, 1)[0] as string
    const needs = Object.fromEntries(
      [called[name]?.needs ?? []].flat().map(n => [n, { outputs: done[n]!.outputs, result: done[n]!.result }])
    )
    const ctx: ExpressionContext = {
      vars: options.ctx.vars,
      secrets,
      github: options.ctx.github,
      inputs,
      needs
    }
    done[name] = await runCalledJob(file, name, called[name] as Job, { ctx, inherit, options, matrix })
  }
  const scope: ExpressionScope = {
    contexts: {
      jobs: Object.fromEntries(
        Object.entries(done).map(([n, j]) => [n, { outputs: j.outputs, result: j.result }])
      )
    }
  }
  const outputs = Object.fromEntries(
    Object.entries(declared.outputs ?? {}).map(([k, o]) => [k, interpolate(o.value, scope)])
  )
  return { matrix, inputs, jobs: Object.values(done), outputs }
}

/**
 * Runs `job` of the caller workflow `file` (a job that `uses:` a reusable workflow of this repository): one call per
 * matrix leg, at most `max-parallel` at a time (all at once without it), every leg to its end (`fail-fast: false`).
 */
export async function runCallerJob(file: string, job: string, options: CallOptions): Promise<WorkflowCall[]> {
  const caller = jobs(file)[job]
  if (!caller?.uses) throw new Error(`job ${job} of ${file} calls no reusable workflow`)
  const legs = matrixLegs(caller.strategy?.matrix).filter(leg => options.legs?.(leg) ?? true)
  if (caller.if !== undefined && !condition(caller.if, scopeOf(options.ctx))) return []
  const limit = caller.strategy?.['max-parallel'] ?? legs.length
  const results: WorkflowCall[] = new Array(legs.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < legs.length) {
      const i = next++
      results[i] = await runCall(caller, legs[i] as Record<string, unknown>, options)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, legs.length)) }, worker))
  return results
}
