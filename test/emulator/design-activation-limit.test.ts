// Verify the activationConcurrencyLimit switch (issue 21's reading; Oracle documents no limit): one activation
// beyond the limit in flight is refused with 429 and Retry-After before anything changes, accepted again once one
// settles on the emulator clock; no limit by default.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import { designSeed, DesignClient, type IntegrationJson } from '../support/emulator-design.js'

const DELAY = 5000
let emu: Emulator
let dev: DesignClient
beforeEach(async () => {
  emu = await startEmulator({ seed: designSeed(), switches: { activationDelayMs: DELAY } })
  dev = await DesignClient.for(emu, 'dev')
})
afterEach(async () => {
  await emu.stop()
})

const P = '/projects/SALES/integrations'
const activate = (id: string) =>
  dev.patch<Record<string, unknown>>(`${P}/${encodeURIComponent(id)}`, { status: 'ACTIVATED' })
const status = async (id: string): Promise<string> =>
  (await dev.get<IntegrationJson>(`${P}/${encodeURIComponent(id)}`)).body.status
const peak = (): number | undefined => emu.state.get('dev')?.design.peakPending

describe('activationConcurrencyLimit', () => {
  it('has no limit by default', async () => {
    expect(emu.switches.activationConcurrencyLimit).toBeNull()
    for (const id of ['CUSTOMER_SYNC|01.00.0000', 'ORDER_IN|01.00.0000', 'FILE_DROP|01.00.0000'])
      expect((await activate(id)).status).toBe(200)
    expect(peak()).toBe(3)
  })

  it('answers 429 with Retry-After beyond the limit, changing nothing, and accepts again once one settles', async () => {
    emu.switches.activationConcurrencyLimit = 2
    expect((await activate('CUSTOMER_SYNC|01.00.0000')).status).toBe(200)
    emu.clock.advance(1000)
    expect((await activate('ORDER_IN|01.00.0000')).status).toBe(200)
    const refused = await activate('FILE_DROP|01.00.0000')
    expect(refused.status).toBe(429)
    // The earliest settles at DELAY after the first request, 1 s of it gone.
    expect(refused.headers.get('retry-after')).toBe('4')
    expect(refused.body.title).toMatch(/^Too many activations in progress on this instance \(2 of 2\)/)
    expect(await status('FILE_DROP|01.00.0000')).toBe('CONFIGURED')
    emu.clock.advance(DELAY - 1000)
    expect(await status('CUSTOMER_SYNC|01.00.0000')).toBe('ACTIVATED')
    expect((await activate('FILE_DROP|01.00.0000')).status).toBe(200)
    expect(peak()).toBe(2)
  })

  it('still answers 412 first for an integration that cannot be activated at all', async () => {
    emu.switches.activationConcurrencyLimit = 1
    expect((await activate('CUSTOMER_SYNC|01.00.0000')).status).toBe(200)
    expect((await activate('CUSTOMER_SYNC|01.00.0000')).status).toBe(412)
  })
})
