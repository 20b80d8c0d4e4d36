// Verify examples/pr-gate.yml by running its two jobs step by step through the bundles against the demo emulator and
// the fake GitHub API (artifacts of the run, pull-request comments): without the opt-in nothing is written to dev
// nor test, and the plan is commented on the pull request once, then updated in place on the next push; with
// OIC_PR_GATE_WRITES the deployment is created in dev and exported. Its permissions and concurrency are checked too.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from '../support/actions.js'
import { QUICK_JOBS, scopeOf, startEmulator, TEST_CLIENT } from '../support/emulator.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { ROOT } from '../support/runner.js'
import { jobs, runJob, type ExpressionContext } from '../support/workflow.js'

const GATE = join(ROOT, 'examples', 'pr-gate.yml')
const TOKEN = 'ghs_pr_gate_bundle_token'
const IMPORT = 'POST /ic/api/integration/v1/projects/archive'
let emu: Emulator
let gh: FakeGitHub
let runId = 7000

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  gh = await startFakeGitHub()
})
afterAll(async () => {
  await gh.stop()
  await emu.stop()
})

function contexts(pr: number, sha: string, vars: Record<string, string> = {}): ExpressionContext {
  return {
    vars: {
      OIC_IDCS_URL: emu.url,
      OIC_CLIENT_ID: TEST_CLIENT.clientId,
      OIC_DEV_SCOPE: scopeOf(emu, 'dev'),
      OIC_TEST_SCOPE: scopeOf(emu, 'prod'),
      OIC_DESIGN_URL: emu.url,
      OIC_DEV_INSTANCE: 'dev',
      OIC_TEST_INSTANCE: 'prod',
      OIC_DEPLOYMENT: 'REL_2026_11',
      ...vars
    },
    secrets: {
      OIC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
      TEST_ERP_PASSWORD: 'pr-gate-erp',
      TEST_CRM_CLIENT_SECRET: 'pr-gate-crm',
      TEST_SFTP_KEY: 'pr-gate-sftp-key'
    },
    github: {
      event: { pull_request: { number: pr, head: { sha } } },
      run_attempt: '1',
      token: TOKEN
    }
  }
}

/** One push to pull request `pr`: both jobs of the gate, each on a fresh runner of one run; the steps of each. */
async function push(pr: number, sha: string, vars: Record<string, string> = {}) {
  const run = ++runId
  const event = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
  writeFileSync(event, JSON.stringify({ number: pr, pull_request: { number: pr, head: { sha } } }))
  const runner = (): Record<string, string> => {
    const ws = workspace()
    mkdirSync(join(ws.GITHUB_WORKSPACE, 'oic', 'connections'), { recursive: true })
    copyFileSync(
      join(ROOT, 'examples', 'config', 'deployment.yaml'),
      join(ws.GITHUB_WORKSPACE, 'oic', 'deployment.yaml')
    )
    copyFileSync(
      join(ROOT, 'examples', 'config', 'prod-connections.yaml'),
      join(ws.GITHUB_WORKSPACE, 'oic', 'connections', 'test.yaml')
    )
    return { ...ws, ...gh.envFor(run), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }
  }
  const ctx = contexts(pr, sha, vars)
  const validate = await runJob(GATE, 'validate', ctx, runner(), { conditions: true })
  const plan = await runJob(GATE, 'plan', ctx, runner(), { conditions: true })
  return { validate, plan }
}

/** The mutating routes the emulator counted since `before`. */
function changed(before: Record<string, number>): string[] {
  const after = emu.counters.snapshot().mutations
  return Object.keys(after)
    .filter(k => after[k] !== before[k])
    .sort()
}

const ids = (steps: Array<{ step: { id?: string; name?: string }; result: { exitCode: number } }>) =>
  steps.map(s => [s.step.id ?? s.step.name, s.result.exitCode])

describe('examples/pr-gate.yml', () => {
  it('comments the plan once and updates it on the next push, writing nothing to dev or test', async () => {
    const before = emu.counters.snapshot().mutations
    const first = await push(11, 'a'.repeat(40))
    expect(ids(first.validate)).toEqual([
      ['dev', 0],
      ['Resolve the deployment against dev (dry run)', 0],
      ['export', 0]
    ])
    expect(ids(first.plan)).toEqual([
      ['test', 0],
      ['plan', 0]
    ])
    const plan = first.plan.at(-1)!.result
    expect(plan.outputs.result).toBe('planned')
    expect(plan.summary).toMatch(/\| Kind \| Id \| Archive \| Target \| Change \| Importable \|/)
    const comments = () => gh.comments.filter(c => c.issue === 11)
    expect(comments()).toHaveLength(1)
    const body = comments()[0]!.body
    expect(body.split('\n')[0]).toBe('<!-- oic-actions:import-car instance=prod project=SALES_ORDERS -->')
    expect(body).toMatch(/📝 Dry run: importing SALES_ORDERS into prod would add the project/)
    expect(body).toMatch(/\| integration \| SO_CREATE_ORDER \| 01\.00\.0001 \| — \| added \| yes \|/)
    expect(body).toContain(
      `for aaaaaaa · [run ${runId}](https://github.com/acme/oic-release/actions/runs/${runId})`
    )
    expect(comments()[0]!.auth).toBe(`token ${TOKEN}`)
    expect(plan.stdout).toContain('pr-comment: created ')
    const shown = `${plan.stdout}${plan.stderr}`.split('\n').filter(l => !l.startsWith('::add-mask::'))
    expect(shown.filter(l => l.includes(TOKEN))).toEqual([])
    expect(plan.masks).toContain(TOKEN)

    const second = await push(11, 'b'.repeat(40))
    expect(ids(second.plan)).toEqual([
      ['test', 0],
      ['plan', 0]
    ])
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.updates).toBe(1)
    expect(comments()[0]!.body).toContain(`for bbbbbbb · [run ${runId}]`)
    expect(second.plan.at(-1)!.result.stdout).toContain('pr-comment: updated ')
    // The only POSTs: tokens, and the export of dev's project (which changes nothing there).
    expect(changed(before)).toEqual([
      'POST /ic/api/integration/v1/projects/:p/archive',
      'POST /oauth2/v1/token'
    ])
  })

  it('with OIC_PR_GATE_WRITES, creates the deployment in dev and plans that deployment; still no import', async () => {
    const before = emu.counters.snapshot().mutations
    const imports = before[IMPORT] ?? 0
    const { validate, plan } = await push(12, 'c'.repeat(40), { OIC_PR_GATE_WRITES: 'true' })
    expect(ids(validate)).toEqual([
      ['dev', 0],
      ['Resolve the deployment against dev (dry run)', 0],
      ['Create or update the deployment in dev (only when the repository opts in)', 0],
      ['export', 0]
    ])
    expect(validate.at(-1)!.result.outputs.path).toMatch(/SALES_ORDERS-REL_2026_11-pr12-1\.car$/)
    expect(ids(plan)).toEqual([
      ['test', 0],
      ['plan', 0]
    ])
    expect(gh.comments.filter(c => c.issue === 12)).toHaveLength(1)
    expect(emu.counters.snapshot().mutations[IMPORT] ?? 0).toBe(imports)
    expect(changed(before).filter(k => k.includes('deployments'))).not.toEqual([])
  })

  it('grants pull-requests: write to the commenting job only, and groups runs per instance and deployment', () => {
    const gate = jobs(GATE)
    expect(gate.validate?.permissions).toEqual({ contents: 'read' })
    expect(gate.plan?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const steps = Object.entries(gate).flatMap(([job, j]) => j.steps.map(s => ({ job, s })))
    expect(steps.filter(({ s }) => s.with?.['pr-comment'] === 'true').map(({ job }) => job)).toEqual(['plan'])
    const top = parse(readFileSync(GATE, 'utf8')) as {
      permissions: unknown
      concurrency: { group: string; 'cancel-in-progress': boolean }
    }
    expect(top.permissions).toEqual({ contents: 'read' })
    expect(top.concurrency).toEqual({
      group: 'oic-pr-gate-${{ vars.OIC_DEV_INSTANCE }}-${{ vars.OIC_DEPLOYMENT }}',
      'cancel-in-progress': false
    })
  })
})
