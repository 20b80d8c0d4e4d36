// Verify the example workflows by running their own steps (our actions, with their ${{ }} expressions) through the
// bundles against the emulator: the PR gate ends with the diff summary of a dry-run import; the nightly job resubmits.
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from '../support/actions.js'
import { QUICK_JOBS, scopeOf, startEmulator, TEST_CLIENT } from '../support/emulator.js'
import { ROOT } from '../support/runner.js'
import { runJob, type ExpressionContext } from '../support/workflow.js'

let emu: Emulator
let ctx: ExpressionContext
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  ctx = {
    vars: {
      OIC_IDCS_URL: emu.url,
      OIC_CLIENT_ID: TEST_CLIENT.clientId,
      OIC_DEV_SCOPE: scopeOf(emu, 'dev'),
      OIC_TEST_SCOPE: scopeOf(emu, 'prod'),
      OIC_PROD_SCOPE: scopeOf(emu, 'prod'),
      OIC_DESIGN_URL: emu.url,
      OIC_DEV_INSTANCE: 'dev',
      OIC_TEST_INSTANCE: 'prod',
      OIC_PROD_INSTANCE: 'prod',
      OIC_DEPLOYMENT: 'REL_2026_11'
    },
    secrets: {
      OIC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
      TEST_ERP_PASSWORD: 'pr-gate-erp',
      TEST_CRM_CLIENT_SECRET: 'pr-gate-crm',
      TEST_SFTP_KEY: 'pr-gate-sftp-key'
    },
    github: {
      event: { pull_request: { number: 7 } },
      run_attempt: '1',
      run_number: '12',
      ref_name: 'v1.0.0',
      token: 'ghs_example'
    }
  }
})
afterAll(() => emu.stop())

describe('example workflows', () => {
  it('pr-gate.yml: validates the deployment, exports it and shows the diff of a dry-run import', async () => {
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
    const before = emu.counters.snapshot().mutations
    const steps = await runJob(join(ROOT, 'examples', 'pr-gate.yml'), 'validate', ctx, ws)
    expect(steps.map(s => [s.step.id ?? s.step.name, s.result.exitCode])).toEqual([
      ['dev', 0],
      ['Resolve the deployment (dry run)', 0],
      ['Create or update the deployment in dev', 0],
      ['export', 0],
      ['test', 0],
      ['plan', 0]
    ])
    const plan = steps.at(-1)!.result
    expect(plan.outputs.result).toBe('planned')
    expect(JSON.parse(plan.outputs.diff!).counts).toEqual({
      added: 3,
      'version changed': 0,
      unchanged: 0,
      'only in target': 0
    })
    expect(plan.summary).toMatch(/\| Kind \| Id \| Archive \| Target \| Change \| Importable \|/)
    expect(plan.summary).toMatch(/\| integration \| SO_CREATE_ORDER \| 01\.00\.0001 \| — \| added \| yes \|/)
    const after = emu.counters.snapshot().mutations
    const prodImports =
      (after['POST /ic/api/integration/v1/projects/archive'] ?? 0) -
      (before['POST /ic/api/integration/v1/projects/archive'] ?? 0)
    expect(prodImports).toBe(0)
  })

  it('nightly-resubmit.yml: resubmits the errors of the last day', async () => {
    const steps = await runJob(join(ROOT, 'examples', 'nightly-resubmit.yml'), 'resubmit', ctx, workspace())
    const resubmit = steps.at(-1)!.result
    expect(steps.map(s => s.result.exitCode)).toEqual([0, resubmit.exitCode])
    expect(Number(resubmit.outputs.resubmitted)).toBeGreaterThan(0)
    expect(resubmit.summary).toMatch(/### OIC resubmit-errors/)
  })
})
