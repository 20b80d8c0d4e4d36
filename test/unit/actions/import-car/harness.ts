/**
 * Running import-car in-process against a {@link FakeTarget} over the MockAgent network: an archive in the real
 * layout written into a fresh workspace, the action's `run`, and the recorded host, target and call history.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { run } from '../../../../src/actions/import-car/index.js'
import { runInProcess, workspace } from '../../../support/actions.js'
import { writeProjectCar, type CarSpec } from '../../../support/car.js'
import type { HttpClient } from '../../../../src/core/http/client.js'
import { createOicClient } from '../../../../src/core/oic-instance.js'
import type { ActionContext } from '../../../../src/core/run-action.js'
import { FakeHost } from '../../../support/fake-host.js'
import { mockNetwork, OIC_INSTANCE, OIC_ORIGIN, OIC_TOKEN, type UnitRun } from '../../../support/http-mock.js'
import { FakeTarget } from './fake-target.js'

/** Project code of most cases. */
export const P = 'SALES_ORDERS'
export const A0 = { code: 'ORDER_SYNC', version: '01.00.0000' }
export const B0 = { code: 'INVOICE_PUSH', version: '01.00.0000' }

/**
 * A whole-project archive: two integrations using one connection, and two deployments (a single deployment pinning
 * every integration would read as a deployment export, oic-car-format.md §4).
 */
export function salesSpec(over: Partial<CarSpec> = {}): CarSpec {
  return {
    code: P,
    integrations: [
      { ...A0, connections: ['ERP_REST'] },
      { ...B0, connections: ['ERP_REST'] }
    ],
    connections: [{ code: 'ERP_REST', properties: { connectionUrl: 'https://erp.dev.example.com' } }],
    labels: [
      { code: 'REL_1', integrations: [A0, B0] },
      { code: 'REL_0', integrations: [A0] }
    ],
    ...over
  }
}

/** One prepared run: the workspace, the archive in it, the target and the network. */
export interface Case {
  env: { GITHUB_WORKSPACE: string; RUNNER_TEMP: string }
  net: UnitRun
  target: FakeTarget
  /** The archive, as the `path` input names it. */
  path: string
  /** Writes a file into the workspace; returns its workspace-relative name. */
  file(name: string, text: string): string
}

/** A fresh workspace with `spec` written to `car/<code>.car`, and a target for project `project`. */
export async function setup(spec: CarSpec = salesSpec(), project = spec.code): Promise<Case> {
  const env = workspace()
  const car = join(env.GITHUB_WORKSPACE, 'car', `${spec.code}.car`)
  mkdirSync(dirname(car), { recursive: true })
  await writeProjectCar(car, spec)
  const net = mockNetwork()
  const target = new FakeTarget(project).install(net)
  // What an import leaves: the archive's integrations, CONFIGURED; its connections draft (no credentials).
  target.afterUpload = (spec.integrations ?? []).map(i => ({
    code: i.code,
    version: i.version,
    status: 'CONFIGURED',
    lastUpdated: '2026-12-01T12:00:05.000+0000'
  }))
  target.deploymentsAfterUpload = (spec.labels ?? []).map(l => ({
    code: l.code,
    name: l.name ?? l.code,
    integrations: l.integrations ?? []
  }))
  target.connectionsAfterUpload = (spec.connections ?? []).map(c => ({
    id: c.code,
    status: 'INPROGRESS',
    securityPolicy: c.securityPolicy ?? 'BASIC_AUTH',
    connectionProperties: Object.keys({ connectionUrl: '', ...(c.properties ?? {}) }).map(n => ({
      propertyName: n,
      propertyType: 'URL',
      propertyGroup: 'CONNECTION_PROPS'
    })),
    securityProperties: [
      { propertyName: 'username', propertyType: 'STRING', propertyGroup: 'CREDENTIALS' },
      { propertyName: 'password', propertyType: 'PASSWORD', propertyGroup: 'CREDENTIALS' }
    ]
  }))
  return {
    env,
    net,
    target,
    path: `car/${spec.code}.car`,
    file: (name, text) => {
      const at = join(env.GITHUB_WORKSPACE, name)
      mkdirSync(dirname(at), { recursive: true })
      writeFileSync(at, text)
      return name
    }
  }
}

/** Runs import-car with `path` set to the case's archive plus `inputs`; `env` is added to the step's environment. */
export function importCar(
  c: Case,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<FakeHost> {
  return runInProcess(run, { path: c.path, ...inputs }, { net: c.net, env: { ...c.env, ...env } })
}

/** `METHOD path` of every request the network saw, in order (query left out). */
export function calls(c: Case): string[] {
  return (c.net.agent.getCallHistory()?.calls() ?? []).map(
    l => `${l.method} ${decodeURIComponent(l.path.split('?')[0] ?? '').replace('/ic/api/integration/v1', '')}`
  )
}

/** The requests that change something (everything but GET). */
export function writes(c: Case): string[] {
  return calls(c).filter(l => !l.startsWith('GET '))
}

/** The summary table rows of the host's (only) report. */
export function rows(host: FakeHost): string[][] {
  return host.summaries.at(-1)?.table?.rows ?? []
}

/** Parses a JSON output. */
export function output<T = unknown>(host: FakeHost, name: string): T {
  return JSON.parse(host.outputs[name] ?? 'null') as T
}

/** Log lines of a level. */
export function logged(host: FakeHost, level: 'info' | 'warning' | 'error' | 'notice' | 'debug'): string[] {
  return host.logs.filter(l => l.level === level).map(l => l.message)
}

/** Makes the project exist in the target with these integrations (and the archive's connections, configured). */
export function existing(
  c: Case,
  integrations: Array<{ code: string; version: string; status: string; lastUpdated?: string; style?: string }>
): void {
  c.target.exists = true
  c.target.integrations = integrations.map(i => ({ lastUpdated: '2026-11-01T08:00:00.000+0000', ...i }))
  c.target.connections = c.target.connectionsAfterUpload.map(x => ({ ...x, status: 'CONFIGURED' }))
  for (const d of c.target.deploymentsAfterUpload) c.target.deployments.set(d.code, d)
}

/** An OIC client over the case's network, for testing the steps below `main` directly. */
export function targetClient(c: Case): HttpClient {
  const host = new FakeHost({}, c.env)
  const ctx: ActionContext = {
    name: 'import-car',
    host,
    sleep: async ms => void c.net.slept.push(ms),
    now: () => Date.parse('2026-12-01T12:00:00Z'),
    random: () => 0.5,
    defer: () => undefined,
    report: async () => undefined,
    dispatcher: c.net.agent
  }
  return createOicClient(
    {
      url: new URL(OIC_ORIGIN),
      instance: OIC_INSTANCE,
      token: OIC_TOKEN,
      transport: { timeoutMs: 10_000, retries: 0 }
    },
    ctx
  )
}
