// Verify `oic-actions metrics …` against the emulator's demo seed (prod): historical tracking metrics (hourly,
// daily, a window, a start and end) and the message count summary, as tables and --json.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
})
afterAll(() => emu.stop())

type History = { frequency: string; items: Array<{ totalMessagesReceived: number }> }

describe('metrics', () => {
  it('history: 24 hourly rows by default, 30 daily, a window narrows them, --json is the API object', async () => {
    const hourly = await runCli(['metrics', 'history'], env)
    expect(hourly.code).toBe(0)
    const lines = hourly.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(
      /^START +END +RECEIVED +PROCESSED +SUCCEEDED +FAILED +ABORTED +INFLIGHT +SUCCESS-RATE$/
    )
    expect(lines).toHaveLength(25)
    const daily = JSON.parse(
      (await runCli(['metrics', 'history', '--frequency', 'daily', '--json'], env)).stdout
    ) as History
    expect(daily.frequency).toBe('daily')
    expect(daily.items).toHaveLength(30)
    expect(daily.items.reduce((n, i) => n + i.totalMessagesReceived, 0)).toBeGreaterThan(0)
    const window = await runCli(['metrics', 'history', '--time-window', '6h', '--json'], env)
    expect((JSON.parse(window.stdout) as History).items).toHaveLength(6)
    const start = new Date(Date.now() - 3 * 3_600_000).toISOString()
    const ranged = await runCli(['metrics', 'history', '--start', start, '--json'], env)
    expect((JSON.parse(ranged.stdout) as History).items.length).toBeGreaterThanOrEqual(3)
    expect((await runCli(['metrics', 'history', '--frequency', 'weekly'], env)).code).toBe(2)
    expect((await runCli(['metrics', 'history', '--start', 'yesterday'], env)).code).toBe(2)
  })

  it('history reads the rows from `records` too (switch historyRoot: Gen2 HistoryItemsRs)', async () => {
    const items = (await runCli(['metrics', 'history'], env)).stdout
    emu.switches.historyRoot = 'records'
    try {
      const records = await runCli(['metrics', 'history'], env)
      expect(records.code).toBe(0)
      expect(records.stdout.trimEnd().split('\n')).toHaveLength(25)
      const counts = (text: string): string[][] =>
        text
          .trimEnd()
          .split('\n')
          .slice(1)
          .map(l => l.split(/ +/).slice(2))
      expect(counts(records.stdout)).toEqual(counts(items))
    } finally {
      emu.switches.historyRoot = 'items'
    }
  })

  it('summary: one row per count, and --json is the MessageCountRs object', async () => {
    const table = await runCli(['metrics', 'summary'], env)
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^COUNT +VALUE$/m)
    expect(table.stdout).toMatch(/^erroredCount +\d+$/m)
    const json = JSON.parse((await runCli(['metrics', 'summary', '--json'], env)).stdout) as {
      messageSummary: Record<string, number>
    }
    expect(json.messageSummary.totalCount).toBeGreaterThan(0)
  })

  it('fails with 1 and one line when the server refuses (no monitoring permission)', async () => {
    const bad = await runCli(['metrics', 'summary'], { ...env, OIC_ACCESS_TOKEN: 'not-a-token' })
    expect(bad.code).toBe(1)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})
