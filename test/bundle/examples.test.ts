// Verify the example workflows by running their own steps (our actions, with their ${{ }} expressions) through the
// bundles against the emulator: the nightly job resubmits (the PR gate: ./pr-gate-comment.test.ts).
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
  // pr-gate.yml (two jobs, the pull-request comment on the fake GitHub API): ./pr-gate-comment.test.ts.
  it('nightly-resubmit.yml: resubmits the errors of the last day', async () => {
    const steps = await runJob(join(ROOT, 'examples', 'nightly-resubmit.yml'), 'resubmit', ctx, workspace())
    const resubmit = steps.at(-1)!.result
    expect(steps.map(s => s.result.exitCode)).toEqual([0, resubmit.exitCode])
    expect(Number(resubmit.outputs.resubmitted)).toBeGreaterThan(0)
    expect(resubmit.summary).toMatch(/### OIC resubmit-errors/)
  })
})
