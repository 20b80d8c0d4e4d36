// Verify `oic-actions recovery-jobs …` against the emulator's demo seed (prod): the job a resubmit starts is
// listed and shown (Oracle's RecoveryJobRs: counts only, K3), --json gives the API's items, a 404 is exit 1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
let jobId: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: { recoveryJobDelayMs: 60_000 } })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
  const resubmit = await runCli(['errors', 'resubmit-all', '--id', '19', '--json'], env)
  const answer = JSON.parse(resubmit.stdout) as { batches: Array<{ answer: { recoveryJobId: string } }> }
  jobId = answer.batches[0]!.answer.recoveryJobId
})
afterAll(() => emu.stop())

describe('recovery-jobs', () => {
  it('lists the jobs as a table and the API items with --json; --job narrows by id', async () => {
    const table = await runCli(['recovery-jobs', 'list'], env)
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^ID +CREATED +TOTAL +RECOVERED +FAILED +IN-PROGRESS +STATE$/)
    const json = await runCli(['recovery-jobs', 'list', '--json', '--job', jobId.slice(0, 6)], env)
    const jobs = JSON.parse(json.stdout) as Array<{ totalCount: number; status?: string }>
    expect(jobs).toHaveLength(1)
    expect(jobs[0]!.totalCount).toBe(1)
    expect(jobs[0]!.status).toBeUndefined()
    expect((await runCli(['recovery-jobs', 'list', '--time-window', 'week'], env)).code).toBe(2)
  })

  it('shows one job, running then ended, and a 404 is exit 1 with one line', async () => {
    const running = await runCli(['recovery-jobs', 'get', jobId], env)
    expect(running.code).toBe(0)
    expect(running.stdout).toMatch(new RegExp(`^${jobId} +\\S+ +1 +0 +0 +1 +running$`, 'm'))
    emu.clock.advance(61_000)
    const ended = await runCli(['recovery-jobs', 'get', jobId], env)
    expect(ended.stdout).toMatch(new RegExp(`^${jobId} +\\S+ +1 +[01] +[01] +0 +ended$`, 'm'))
    const missing = await runCli(['recovery-jobs', 'get', 'NO_SUCH'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })
})
