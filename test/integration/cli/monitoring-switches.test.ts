// Verify the Monitoring commands survive the emulator's alternative readings: pages capped at 2 items, `hasMore`
// roots, a bulk resubmit answered with an empty 202 (K2), a 50-id cap, Gen2's 202 bulk discard, detailed jobs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

const M = 'POST /ic/api/integration/v1/monitoring/errors'
let emu: Emulator
let env: NodeJS.ProcessEnv
beforeAll(async () => {
  emu = await startEmulator({
    instances: 'demo',
    switches: {
      monitoringPageCap: 2,
      monitoringHasMore: true,
      bulkResubmitBody: 'never',
      bulkIdCap: 50,
      bulkDiscardStatus: 202,
      recoveryJobFields: 'detailed',
      recoveryJobDelayMs: 60_000
    }
  })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
})
afterAll(() => emu.stop())

describe('Monitoring commands under the switches', () => {
  it('lists through pages of 2 items', async () => {
    const errors = JSON.parse(
      (await runCli(['errors', 'list', '--json', '--limit', '7'], env)).stdout
    ) as unknown[]
    expect(errors).toHaveLength(7)
    const instances = JSON.parse(
      (await runCli(['instances', 'list', '--json', '--limit', '5'], env)).stdout
    ) as Array<{ id: string }>
    expect(new Set(instances.map(i => i.id)).size).toBe(5)
  })

  it('counts an empty 202 bulk resubmit as submitted, and keeps every request within the 50-id cap', async () => {
    const run = await runCli(
      ['errors', 'resubmit-all', '--integration', 'SO_CREATE_ORDER|01.00.0001', '--project', 'SALES_ORDERS'],
      env
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^1 +50 +submitted/m)
    const requests = emu.counters.mutationCount(`${M}/resubmit`)
    expect(requests).toBeGreaterThan(1)
    const jobs = await runCli(['recovery-jobs', 'list', '--json'], env)
    const list = JSON.parse(jobs.stdout) as Array<{ id: string; status: string }>
    expect(list).toHaveLength(requests)
    const one = await runCli(['recovery-jobs', 'get', list[0]!.id], env)
    expect(one.stdout).toMatch(/IN_PROGRESS$/m)
  })

  it('discards many under Gen2 202 answers', async () => {
    const run = await runCli(
      [
        'errors',
        'discard-all',
        '--project',
        'RETURNS',
        '--integration',
        'SO_CREATE_ORDER',
        '--limit',
        '2',
        '--yes'
      ],
      env
    )
    expect(run.code).toBe(0)
    expect(emu.counters.mutationCount(`${M}/discard`)).toBe(1)
  })
})
