/**
 * Harness of the resilience suite (a fresh demo emulator per case: `startEmulator({ instances: 'demo', … })`): one realistic scenario per action (the request a
 * fault is aimed at, its non-idempotent effects and what a successful run outputs), and the checks every failing
 * step must pass (one `::error::` line, no stack trace, no partial file, no secret).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect } from '@jest/globals'
import type { Emulator, FaultRule } from '../../emulator/index.js'
import { workspace } from './actions.js'
import { authenticateInputs, tokenFor } from './emulator.js'
import { exportTo } from './promotion.js'
import { runStep, type StepResult } from './runner.js'
import { findLeaks, maskedFirst, occurrences } from './secrets.js'

/** A runner's workspace and temp directory. */
export type Workspace = ReturnType<typeof workspace>

/** The six actions. */
export type ActionName =
  'authenticate' | 'create-deployment' | 'export-car' | 'import-car' | 'test-connections' | 'resubmit-errors'

/** Sentinel secrets resolved from the connections file of the import scenario. */
export const CONNECTION_SECRETS = {
  ERP_PASSWORD: 'sentinel-erp-password-41c7',
  CRM_CLIENT_SECRET: 'sentinel-crm-secret-93ab'
}

/** The connections file of the import scenario: every secret comes from `${VAR}`. */
export const PROD_CONNECTIONS = `connections:
  SO_ERP_CLOUD:
    properties:
      connectionUrl: https://erp.example.com
    security-properties:
      username: integration.prod
      password: \${ERP_PASSWORD}
  SO_CRM_REST:
    properties:
      connectionUrl: https://crm.example.com/api
    security-properties:
      oauth.client.id: crm-prod-client
      oauth.client.secret: \${CRM_CLIENT_SECRET}
      oauth.access.token.uri: https://crm.example.com/oauth2/token
`

/** Route keys of the emulator's counters. */
export const ROUTES = {
  createDeployment: 'POST /ic/api/integration/v1/projects/:p/deployments',
  importProject: 'POST /ic/api/integration/v1/projects/archive',
  replaceProject: 'PUT /ic/api/integration/v1/projects/archive',
  setIntegrationStatus: 'PATCH /ic/api/integration/v1/projects/:p/integrations/:id',
  updateConnection: 'PATCH /ic/api/integration/v1/projects/:p/connections/:c',
  resubmit: 'POST /ic/api/integration/v1/monitoring/errors/resubmit'
} as const

/** What a scenario needs to know about one action. */
export interface Scenario {
  action: ActionName
  /** Instance the action works on (authenticate: the instance of its scope). */
  instance: 'dev' | 'prod'
  /** The request faults are aimed at: the action's non-idempotent effect, else its main call. */
  target: Pick<FaultRule, 'method' | 'path'>
  /** Where a truncated JSON answer is aimed when the target streams a file instead. */
  jsonTarget?: Pick<FaultRule, 'method' | 'path'>
  /** The action's own inputs (the OIC connection inputs are added by {@link runScenario}). */
  inputs: (emu: Emulator) => Record<string, string>
  /** Writes what the run needs into the workspace; returns extra step environment. */
  prepare?: (emu: Emulator, ws: Workspace) => Promise<Record<string, string>>
  /** Non-idempotent effects (route key → how often a successful run performs it, each on another item). */
  effects: Partial<Record<(typeof ROUTES)[keyof typeof ROUTES], number>>
  /** Checks a successful run's outputs and files. */
  verify: (step: StepResult, ws: Workspace) => void
}

const json = <T>(text: string | undefined): T => JSON.parse(text ?? 'null') as T

/** One scenario per action, on the demo seed. */
export const SCENARIOS: Record<ActionName, Scenario> = {
  authenticate: {
    action: 'authenticate',
    instance: 'dev',
    target: { method: 'POST', path: '/oauth2/v1/token' },
    inputs: emu => authenticateInputs(emu, { retries: '3' }),
    effects: {},
    verify: step => {
      expect(step.outputs['token-type']).toBe('Bearer')
      expect(step.env.OIC_ACCESS_TOKEN).toBe(step.outputs['access-token'])
    }
  },
  'create-deployment': {
    action: 'create-deployment',
    instance: 'dev',
    target: { method: 'POST', path: '/projects/SALES_ORDERS/deployments' },
    inputs: () => ({
      project: 'SALES_ORDERS',
      deployment: 'RESILIENCE_R3',
      integrations: 'SO_CREATE_ORDER\nSO_SYNC_CUSTOMER|01.00.0000'
    }),
    effects: { [ROUTES.createDeployment]: 1 },
    verify: step => {
      expect(step.outputs.result).toBe('created')
      expect(json(step.outputs.integrations)).toEqual([
        { code: 'SO_CREATE_ORDER', version: '01.00.0001' },
        { code: 'SO_SYNC_CUSTOMER', version: '01.00.0000' }
      ])
    }
  },
  'export-car': {
    action: 'export-car',
    instance: 'dev',
    target: { method: 'POST', path: '/projects/SALES_ORDERS/archive' },
    jsonTarget: { method: 'GET', path: '/projects/SALES_ORDERS' },
    inputs: () => ({ project: 'SALES_ORDERS', path: 'out/so.car', 'build-number': '7' }),
    effects: {},
    verify: (step, ws) => {
      expect(step.outputs.path).toBe(join(ws.GITHUB_WORKSPACE, 'out', 'so.car'))
      expect(Number(step.outputs.size)).toBe(statSync(step.outputs.path!).size)
      expect(filesUnder(ws)).toEqual(['ws/out/so.car'])
    }
  },
  'import-car': {
    action: 'import-car',
    instance: 'prod',
    target: { method: 'POST', path: '/projects/archive' },
    inputs: () => ({
      path: 'so.car',
      project: 'SALES_ORDERS',
      'connections-file': 'prod.yaml',
      activate: 'ORDERS_R1'
    }),
    prepare: async (emu, ws) => {
      await exportTo(emu, 'dev', join(ws.GITHUB_WORKSPACE, 'so.car'))
      writeFileSync(join(ws.GITHUB_WORKSPACE, 'prod.yaml'), PROD_CONNECTIONS)
      return CONNECTION_SECRETS
    },
    effects: { [ROUTES.importProject]: 1, [ROUTES.updateConnection]: 2, [ROUTES.setIntegrationStatus]: 2 },
    verify: step => {
      expect(step.outputs.result).toBe('imported')
      expect(
        json<Array<{ status: string }>>(step.outputs.integrations)
          .map(i => i.status)
          .sort()
      ).toEqual(['ACTIVATED', 'ACTIVATED', 'CONFIGURED', 'CONFIGURED', 'CONFIGURED', 'CONFIGURED'])
    }
  },
  'test-connections': {
    action: 'test-connections',
    instance: 'dev',
    target: { method: 'POST', path: '/test' },
    inputs: () => ({ project: 'SALES_ORDERS', 'junit-path': 'reports/junit.xml' }),
    effects: {},
    verify: (step, ws) => {
      expect([step.outputs.passed, step.outputs.failed, step.outputs.skipped]).toEqual(['3', '0', '0'])
      expect(existsSync(join(ws.GITHUB_WORKSPACE, 'reports', 'junit.xml'))).toBe(true)
    }
  },
  'resubmit-errors': {
    action: 'resubmit-errors',
    instance: 'prod',
    target: { method: 'POST', path: '/monitoring/errors/resubmit' },
    inputs: () => ({ project: 'SALES_ORDERS', 'max-instances': '6', 'batch-size': '6', wait: 'false' }),
    effects: { [ROUTES.resubmit]: 1 },
    verify: step => {
      expect([step.outputs.resubmitted, step.outputs['non-recoverable'], step.outputs.invalid]).toEqual([
        '6',
        '0',
        '0'
      ])
    }
  }
}

/** Options of {@link runScenario}. */
export interface CaseOptions {
  /** Faults added to the emulator right before the step runs. */
  faults?: FaultRule[]
  /** Inputs over the scenario's. */
  inputs?: Record<string, string>
  /** Lifetime of the access token handed to the step. */
  tokenTtlSeconds?: number
  /** The `oic-url` (or authenticate's `token-url`) to use instead of the emulator's. */
  url?: string
}

/** What one case produced. */
export interface CaseResult {
  step: StepResult
  ws: Workspace
  /** The access token given to the step (empty for authenticate). */
  token: string
  /** Files in the workspace and runner temp before the step ran. */
  filesBefore: string[]
}

/** Runs `scenario`'s bundle as a step against `emu`. */
export async function runScenario(
  emu: Emulator,
  scenario: Scenario,
  options: CaseOptions = {}
): Promise<CaseResult> {
  const ws = workspace()
  const env = { ...ws, ...((await scenario.prepare?.(emu, ws)) ?? {}) }
  const ttl = emu.switches.tokenTtlSeconds
  if (options.tokenTtlSeconds) emu.switches.tokenTtlSeconds = options.tokenTtlSeconds
  const token = scenario.action === 'authenticate' ? '' : await tokenFor(emu, scenario.instance)
  emu.switches.tokenTtlSeconds = ttl
  const connection: Record<string, string> =
    scenario.action === 'authenticate'
      ? { 'token-url': options.url ?? emu.url }
      : {
          'oic-url': options.url ?? emu.url,
          instance: scenario.instance,
          'access-token': token,
          retries: '3'
        }
  const filesBefore = filesUnder(ws)
  emu.counters.reset()
  emu.switches.faults.push(...(options.faults ?? []))
  const step = await runStep(
    scenario.action,
    { ...scenario.inputs(emu), ...connection, ...options.inputs },
    { env, cwd: ws.GITHUB_WORKSPACE, timeoutMs: 30_000 }
  )
  return { step, ws, token, filesBefore }
}

/** Every file under the workspace and runner temp, relative to their parent, sorted. */
export function filesUnder(ws: Workspace): string[] {
  const root = join(ws.GITHUB_WORKSPACE, '..')
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap(e =>
          e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name))]
        )
      : []
  return walk(root).sort()
}

/** A stack frame as Node prints it. */
const STACK_FRAME = /\n\s+at .+:\d+:\d+/

/**
 * Checks a failed step: exit code 1, exactly one `::error::` line matching `pattern`, no stack trace, nothing on
 * stderr, and no partial archive left behind.
 */
export function expectOneErrorLine(result: CaseResult, pattern: RegExp): void {
  const { step } = result
  expect({ exitCode: step.exitCode, errors: step.errors }).toEqual({
    exitCode: 1,
    errors: [expect.stringMatching(pattern)]
  })
  expect(step.stdout).not.toMatch(STACK_FRAME)
  expect(step.stderr).toBe('')
  expect(filesUnder(result.ws).filter(f => /\.partial$|\.car$/.test(f))).toEqual(
    result.filesBefore.filter(f => /\.partial$|\.car$/.test(f))
  )
}

/** Checks that neither the access token nor the sentinels appear unmasked anywhere in the step. */
export function expectNoLeaks(result: CaseResult, extra: string[] = []): void {
  const secrets = [result.token, ...extra, ...Object.values(CONNECTION_SECRETS)].filter(Boolean)
  expect(findLeaks(result.step, secrets, { outputs: ['access-token'], env: ['OIC_ACCESS_TOKEN'] })).toEqual(
    []
  )
}

/** Every successful mutation the emulator counted, by route. */
export function mutations(emu: Emulator): Record<string, number> {
  return emu.counters.snapshot().mutations
}

/** Where a secret may legitimately be: the masked outputs and the env variables export-env promises. */
export interface Allowed {
  outputs?: string[]
  env?: string[]
}

/** What {@link expectSecretsClean} may find where. */
export interface CleanOptions {
  /** Outputs and env variables that may carry a secret (masked outputs, what export-env promises). */
  allowed?: Allowed
  /** Files the step wrote (JUnit reports and the like), scanned too. */
  files?: string[]
  /** Secrets the step never had (a server's own): they must be absent, with no mask to expect. */
  foreign?: string[]
}

/**
 * Checks that no form (plain, URL-encoded, base64) of any secret appears unmasked anywhere in the step or in the
 * files it wrote, and that each secret's `::add-mask::` precedes every line containing it.
 */
export function expectSecretsClean(step: StepResult, secrets: string[], options: CleanOptions = {}): void {
  const own = secrets.filter(s => s.length >= 6)
  const all = [...own, ...(options.foreign ?? [])]
  expect(findLeaks(step, all, options.allowed)).toEqual([])
  for (const file of options.files ?? []) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
    expect(all.filter(s => occurrences(text, s) > 0).map(s => `${s} in ${file}`)).toEqual([])
  }
  for (const secret of own) expect([secret, maskedFirst(step, secret)]).toEqual([secret, true])
}
