// Verify the switch historyRoot: GET /monitoring/history puts its rows in `items` (default) or in `records`, the
// name Gen2's HistoryItemsRs gives them (G2:Retrieve Historical Tracking Metrics); the rows are the same.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator, tokenFor } from '../support/emulator.js'

let emu: Emulator
let token: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  token = await tokenFor(emu, 'prod')
})
afterAll(() => emu.stop())

async function history(): Promise<Record<string, unknown>> {
  const url = `${emu.url}/ic/api/integration/v1/monitoring/history?integrationInstance=prod&frequency=daily`
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as Record<string, unknown>
}

describe('switch historyRoot', () => {
  it('items by default, records when set, with the same rows', async () => {
    const byDefault = await history()
    expect(byDefault.records).toBeUndefined()
    expect(byDefault.items).toHaveLength(30)
    emu.switches.historyRoot = 'records'
    try {
      const gen2 = await history()
      expect(gen2.items).toBeUndefined()
      const counts = (rows: unknown): unknown[] =>
        (rows as Array<Record<string, unknown>>).map(r => [r.totalMessagesReceived, r.failedMessages])
      expect(counts(gen2.records)).toEqual(counts(byDefault.items))
    } finally {
      emu.switches.historyRoot = 'items'
    }
  })
})
