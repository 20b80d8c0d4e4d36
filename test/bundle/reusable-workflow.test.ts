// Verify the reusable promotion workflow (.github/workflows/oic-promote.yml) through its callers, job by job and step
// by step through the bundles against one demo emulator and a fake GitHub (artifacts of the run): the 15-line caller
// promotes SALES_ORDERS dev → production; release.yml promotes to test, then the same archive to production; the
// matrix caller promotes two projects at once; and the failures stop where they should.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { listIntegrations } from '../../src/core/oic/integrations.js'
import { workspace } from '../support/actions.js'
import { writeProjectCar } from '../support/car.js'
import { clientFor, QUICK_JOBS, scopeOf, startEmulator, TEST_CLIENT, tokenFor } from '../support/emulator.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { ROOT, runStep } from '../support/runner.js'
import { findLeaks } from '../support/secrets.js'
import { ourAction, runJob } from '../support/workflow.js'
import {
  runCallerJob,
  type CallOptions,
  type EnvironmentSettings,
  type WorkflowCall
} from '../support/workflow-call.js'

const EXAMPLES = join(ROOT, 'examples')
/** An export (a POST on the project's archive) and an import (a POST of a new archive) as the emulator counts them. */
const EXPORT = 'POST /ic/api/integration/v1/projects/:p/archive'
const CONNECTION_SECRETS = {
  ERP_PASSWORD: 'sentinel-erp-reusable-41',
  CRM_CLIENT_SECRET: 'sentinel-crm-reusable-42',
  SFTP_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nsentinel-sftp-line-43\n-----END OPENSSH PRIVATE KEY-----',
  RT_PASSWORD: 'sentinel-returns-44',
  UNUSED_SECRET: 'sentinel-never-exported-45'
}
/** The second project of the matrix: one integration on one Basic-auth REST connection. */
const RETURNS_CONNECTIONS = `connections:
  RT_RETURNS_REST:
    properties:
      connectionUrl: https://returns.example.com/api
    security-properties:
      username: returns-prod
      password: \${RT_PASSWORD}
`

let emu: Emulator
let gh: FakeGitHub
let runId = 5000
/** release.yml's outputs of its test call, for the rollback. */
let released: Record<string, string> = {}

function environment(instance: string, secrets: Record<string, string> = {}): EnvironmentSettings {
  return {
    vars: {
      OIC_TOKEN_URL: emu.url,
      OIC_CLIENT_ID: TEST_CLIENT.clientId,
      OIC_SCOPE: scopeOf(emu, instance),
      OIC_URL: emu.url,
      OIC_INSTANCE: instance
    },
    secrets: { OIC_CLIENT_SECRET: TEST_CLIENT.clientSecret, ...secrets }
  }
}

/** A caller run: every job of the run gets a fresh runner with the caller repository's files, in one fake run. */
function callOptions(
  overrides: Partial<CallOptions> = {},
  connectionSecrets: string = JSON.stringify(CONNECTION_SECRETS)
): CallOptions {
  const run = ++runId
  const target = environment('prod', { OIC_CONNECTION_SECRETS: connectionSecrets })
  return {
    ctx: { vars: {}, secrets: {}, github: { ref_name: 'v2.0.0', run_number: '77', token: 'ghs_reusable' } },
    environments: { dev: environment('dev'), test: target, production: target, 'production-us': target },
    workspace: () => {
      const ws = workspace()
      const oic = join(ws.GITHUB_WORKSPACE, 'oic')
      mkdirSync(join(oic, 'connections', 'SALES_ORDERS'), { recursive: true })
      mkdirSync(join(oic, 'connections', 'RETURNS'), { recursive: true })
      const prod = join(EXAMPLES, 'config', 'prod-connections.yaml')
      for (const to of ['prod.yaml', 'test.yaml', 'SALES_ORDERS/production-us.yaml'])
        copyFileSync(prod, join(oic, 'connections', to))
      writeFileSync(join(oic, 'connections', 'RETURNS', 'production-us.yaml'), RETURNS_CONNECTIONS)
      copyFileSync(join(EXAMPLES, 'config', 'deployment.yaml'), join(oic, 'deployment.yaml'))
      return { ...ws, ...gh.envFor(run), GITHUB_RUN_NUMBER: '77' }
    },
    ...overrides
  }
}

function jobSteps(call: WorkflowCall, job: string): Array<[string, number]> {
  const found = call.jobs.find(j => j.job === job)
  return (found?.steps ?? []).map(s => [s.step.id ?? s.step.uses ?? '', s.result.exitCode])
}

function importMutations(): number {
  return emu.counters.snapshot().mutations['POST /ic/api/integration/v1/projects/archive'] ?? 0
}

async function activeIn(instance: string, project: string): Promise<string[]> {
  const client = await clientFor(emu, instance)
  try {
    return (await listIntegrations(client, project))
      .filter(i => i.status === 'ACTIVATED')
      .map(i => `${i.code}|${i.version}`)
      .sort()
  } finally {
    await client.close()
  }
}

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  gh = await startFakeGitHub()
  // The demo seed has one project in dev; the matrix needs a second one: imported into dev by the bundle.
  const ws = workspace()
  const car = join(ws.GITHUB_WORKSPACE, 'RETURNS.car')
  await writeProjectCar(car, {
    code: 'RETURNS',
    name: 'Returns',
    status: 'CONFIGURED',
    integrations: [{ code: 'RT_RECEIVE_RETURN', version: '01.00.0000', connections: ['RT_RETURNS_REST'] }],
    connections: [
      { code: 'RT_RETURNS_REST', properties: { connectionUrl: 'https://returns-dev.example.com' } }
    ]
  })
  const seeded = await runStep(
    'import-car',
    {
      path: car,
      project: 'RETURNS',
      'oic-url': emu.url,
      instance: 'dev',
      'access-token': await tokenFor(emu, 'dev')
    },
    { env: ws, cwd: ws.GITHUB_WORKSPACE }
  )
  expect(seeded.errors).toEqual([])
})
afterAll(async () => {
  await emu.stop()
  await gh.stop()
})

describe('the reusable promotion workflow', () => {
  it('promote.yml (15 lines): export in dev, import in production, connections from the JSON secret', async () => {
    const before = importMutations()
    const [call] = await runCallerJob(join(EXAMPLES, 'promote.yml'), 'promote', callOptions())
    expect(call!.jobs.map(j => [j.job, j.environment, j.result])).toEqual([
      ['export', 'dev', 'success'],
      ['import', 'production', 'success']
    ])
    expect(jobSteps(call!, 'export')).toEqual([
      ['auth', 0],
      ['export', 0]
    ])
    expect(jobSteps(call!, 'import')).toEqual([
      ['connection-secrets', 0],
      ['auth', 0],
      ['import', 0],
      ['test', 0]
    ])
    expect(call!.outputs).toMatchObject({
      'artifact-name': 'oic-SALES_ORDERS-production',
      result: expect.stringMatching(/^(imported|replaced)$/),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      'archive-path': expect.stringMatching(/SALES_ORDERS-77\.car$/)
    })
    expect(gh.artifacts.map(a => a.name)).toContain('oic-SALES_ORDERS-production')
    expect(importMutations() - before).toBe(1)
    expect(call!.jobs.find(j => j.job === 'import')!.concurrency).toBe('oic-promote-production-SALES_ORDERS')

    // Only what the connections file references is exported, each value (each line of the key) masked first.
    const exported = call!.jobs[1]!.steps[0]!.result
    expect(exported.outputs.count).toBe('3')
    expect(Object.keys(exported.env).sort()).toEqual(['CRM_CLIENT_SECRET', 'ERP_PASSWORD', 'SFTP_KEY'])
    expect(exported.masks).toEqual(
      expect.arrayContaining([
        'sentinel-erp-reusable-41',
        'sentinel-crm-reusable-42',
        'sentinel-sftp-line-43'
      ])
    )
    expect(exported.masks.join('\n')).not.toContain(CONNECTION_SECRETS.UNUSED_SECRET)
    const imported = call!.jobs[1]!.steps[2]!.result
    expect(JSON.parse(imported.outputs.connections!).map((c: { status: string }) => c.status)).toEqual(
      expect.arrayContaining(['CONFIGURED'])
    )
    expect(
      findLeaks(imported, [CONNECTION_SECRETS.ERP_PASSWORD, CONNECTION_SECRETS.CRM_CLIENT_SECRET])
    ).toEqual([])
    expect(await activeIn('prod', 'SALES_ORDERS')).toEqual(
      expect.arrayContaining(['SO_CREATE_ORDER|01.00.0001', 'SO_SYNC_CUSTOMER|01.00.0000'])
    )
  })

  it('release.yml: dev → test, then the same archive (no second export) → production', async () => {
    const options = callOptions()
    const file = join(EXAMPLES, 'release.yml')
    const [test] = await runCallerJob(file, 'test', options)
    expect(test!.jobs.map(j => [j.job, j.result])).toEqual([
      ['export', 'success'],
      ['import', 'success']
    ])
    expect(jobSteps(test!, 'export').map(([id]) => id)).toEqual(['auth', 'from-file', 'export'])
    expect(test!.outputs.deployment).toBe('REL_2026_11')
    expect(test!.outputs['archive-path']).toMatch(/SALES_ORDERS-REL_2026_11-v2\.0\.0\.car$/)

    const exportsBefore = emu.counters.snapshot().mutations[EXPORT]
    const artifactsBefore = gh.artifacts.length
    const needs = { test: { outputs: test!.outputs, result: 'success' } }
    const [production] = await runCallerJob(file, 'production', {
      ...options,
      ctx: { ...options.ctx, needs }
    })
    expect(production!.jobs.map(j => [j.job, j.environment, j.result])).toEqual([
      ['export', undefined, 'skipped'],
      ['import', 'production', 'success']
    ])
    expect(production!.outputs).toMatchObject({ 'artifact-name': 'oic-SALES_ORDERS-test', sha256: '' })
    const imported = production!.jobs[1]!.steps.find(s => s.step.id === 'import')!.result
    expect(imported.outputs.result).toBe('replaced')
    expect(emu.counters.snapshot().mutations[EXPORT]).toBe(exportsBefore)
    expect(gh.artifacts.length).toBe(artifactsBefore)
    expect(await activeIn('prod', 'SALES_ORDERS')).toEqual(
      expect.arrayContaining(['SO_CREATE_ORDER|01.00.0001', 'SO_NOTIFY_SHIPMENT|01.00.0000'])
    )
    released = test!.outputs
  })

  it('rollback.yml: re-imports the released archive in the production environment, SHA-256 verified', async () => {
    // What release.yml's last job attaches: the archive and its <file>.sha256.
    const archive = released['archive-path']!
    const name = basename(archive)
    gh.releases.push({
      tag: 'v2.0.0',
      assets: [
        { name, data: readFileSync(archive) },
        { name: `${name}.sha256`, data: Buffer.from(`${released.sha256}  ${name}\n`) }
      ]
    })
    const options = callOptions()
    const production = options.environments.production!
    const steps = await runJob(
      join(EXAMPLES, 'rollback.yml'),
      'rollback',
      {
        vars: production.vars!,
        secrets: { ...production.secrets, ...CONNECTION_SECRETS },
        github: options.ctx.github,
        inputs: { tag: 'v2.0.0' }
      },
      options.workspace('rollback', {}),
      { conditions: true }
    )
    expect(steps.map(s => [s.step.id ?? ourAction(s.step.uses), s.result.exitCode])).toEqual([
      ['authenticate', 0],
      ['rollback', 0],
      ['test-connections', 0]
    ])
    const rolledBack = steps[1]!.result
    expect(rolledBack.outputs.result).toBe('replaced')
    expect(gh.requests).toContain('GET /repos/acme/oic-release/releases/tags/v2.0.0')
    expect(await activeIn('prod', 'SALES_ORDERS')).toEqual(
      expect.arrayContaining(['SO_CREATE_ORDER|01.00.0001', 'SO_SYNC_CUSTOMER|01.00.0000'])
    )
  })

  it('matrix-promote.yml: two projects promoted in parallel, each in its own concurrency group', async () => {
    const calls = await runCallerJob(
      join(EXAMPLES, 'matrix-promote.yml'),
      'promote',
      callOptions({ legs: leg => leg.target === 'production-us' })
    )
    expect(calls.map(c => [c.matrix, c.jobs.map(j => j.result)])).toEqual([
      [{ project: 'SALES_ORDERS', target: 'production-us', deployment: 'ORDERS_R1' }, ['success', 'success']],
      [{ project: 'RETURNS', target: 'production-us' }, ['success', 'success']]
    ])
    const [sales, returns] = calls as [WorkflowCall, WorkflowCall]
    // Both legs ran at the same time (max-parallel 4): each started before the other ended.
    const span = (c: WorkflowCall): [number, number] => [c.jobs[0]!.startedAt, c.jobs.at(-1)!.endedAt]
    expect(span(sales)[0]).toBeLessThan(span(returns)[1])
    expect(span(returns)[0]).toBeLessThan(span(sales)[1])
    expect(calls.map(c => c.jobs[1]!.concurrency)).toEqual([
      'oic-promote-production-us-SALES_ORDERS',
      'oic-promote-production-us-RETURNS'
    ])
    expect(calls.map(c => c.outputs['artifact-name'])).toEqual([
      'oic-SALES_ORDERS-production-us',
      'oic-RETURNS-production-us'
    ])
    expect(sales.outputs.deployment).toBe('ORDERS_R1')
    expect(await activeIn('prod', 'RETURNS')).toEqual(['RT_RECEIVE_RETURN|01.00.0000'])
    expect(await activeIn('prod', 'SALES_ORDERS')).toEqual(
      expect.arrayContaining(['SO_CREATE_ORDER|01.00.0001', 'SO_SYNC_CUSTOMER|01.00.0000'])
    )
  })

  it('a connection secret that is not a JSON object stops the import job before anything is imported', async () => {
    const before = importMutations()
    const [call] = await runCallerJob(
      join(EXAMPLES, 'promote.yml'),
      'promote',
      callOptions({}, 'ERP_PASSWORD=x')
    )
    expect(call!.jobs.map(j => j.result)).toEqual(['success', 'failure'])
    expect(jobSteps(call!, 'import')).toEqual([['connection-secrets', 1]])
    expect(call!.jobs[1]!.steps[0]!.result.errors).toEqual([
      'OIC_CONNECTION_SECRETS must be a JSON object of variable names to values.'
    ])
    expect(call!.outputs.result).toBe('')
    expect(importMutations()).toBe(before)
  })

  it('a variable the connections file needs but the JSON secret lacks fails the import with its name', async () => {
    const { SFTP_KEY: _omitted, ...rest } = CONNECTION_SECRETS
    const before = importMutations()
    const [call] = await runCallerJob(
      join(EXAMPLES, 'promote.yml'),
      'promote',
      callOptions({}, JSON.stringify(rest))
    )
    expect(jobSteps(call!, 'import')).toEqual([
      ['connection-secrets', 0],
      ['auth', 0],
      ['import', 1]
    ])
    const failed = call!.jobs[1]!.steps[2]!.result
    expect(failed.errors.join('\n')).toMatch(/SFTP_KEY is not set/)
    expect(importMutations()).toBe(before)
  })

  it('a source environment without its client secret fails the export and skips the import', async () => {
    const options = callOptions()
    const before = importMutations()
    const [call] = await runCallerJob(join(EXAMPLES, 'promote.yml'), 'promote', {
      ...options,
      environments: { ...options.environments, dev: { vars: environment('dev').vars } }
    })
    expect(call!.jobs.map(j => [j.job, j.result])).toEqual([
      ['export', 'failure'],
      ['import', 'skipped']
    ])
    expect(jobSteps(call!, 'export').map(([id, code]) => [id, code !== 0])).toEqual([['auth', true]])
    expect(call!.jobs[0]!.steps[0]!.result.errors.join('\n')).toMatch(/client-secret/)
    expect(importMutations()).toBe(before)
  })
})
