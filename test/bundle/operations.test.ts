// Verify the operations bundles run as a runner runs them: test-connections (outputs, JUnit, failure line) and
// resubmit-errors (outputs and summary) against the demo emulator.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from '../support/actions.js'
import { QUICK_JOBS, startEmulator, tokenFor } from '../support/emulator.js'
import { runStep } from '../support/runner.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
})
afterAll(() => emu.stop())

const oic = async (instance: string) => ({
  'oic-url': emu.url,
  instance,
  'access-token': await tokenFor(emu, instance)
})

describe('operations through the bundles', () => {
  it('test-connections passes in dev and writes JUnit', async () => {
    const ws = workspace()
    const result = await runStep(
      'test-connections',
      { ...(await oic('dev')), project: 'SALES_ORDERS', 'junit-path': 'junit.xml' },
      { env: ws, cwd: ws.GITHUB_WORKSPACE }
    )
    expect(result.exitCode).toBe(0)
    expect([result.outputs.passed, result.outputs.failed, result.outputs.skipped]).toEqual(['3', '0', '0'])
    expect(existsSync(join(ws.GITHUB_WORKSPACE, 'junit.xml'))).toBe(true)
    expect(result.summary).toMatch(/### OIC test-connections/)
  })

  it('test-connections fails with one summarising error line when a connection is unknown', async () => {
    const result = await runStep('test-connections', {
      ...(await oic('dev')),
      project: 'SALES_ORDERS',
      connections: 'NOPE'
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      expect.stringMatching(/^Input 'connections' names a connection not in project SALES_ORDERS: NOPE/)
    ])
  })

  it('resubmit-errors resubmits the demo errors of the last hour and follows the jobs', async () => {
    const result = await runStep('resubmit-errors', {
      ...(await oic('prod')),
      project: 'SALES_ORDERS',
      'wait-timeout': '30'
    })
    expect(result.exitCode).toBe(0)
    expect(Number(result.outputs.matched)).toBeGreaterThan(100)
    expect(result.outputs.resubmitted).toBe(result.outputs.matched)
    expect(JSON.parse(result.outputs['recovery-jobs']!).length).toBe(
      Math.ceil(Number(result.outputs.matched) / 50)
    )
    expect(result.summary).toMatch(/### OIC resubmit-errors/)
  })
})
