// Verify on the emulator that a scheduled integration is promoted with its schedule: imported, activated and its
// schedule started (defined from the connections file's schedules: section); a replace stops the running schedule
// first — the emulator, as by default, refuses to deactivate an integration whose schedule runs — and starts it again.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/import-car/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { writeProjectCar, type CarSpec } from '../support/car.js'
import { QUICK_JOBS, startEmulator } from '../support/emulator.js'

const P = 'RATES'
const PULL = { code: 'PULL_RATES', version: '01.00.0000' }
const PUSH = { code: 'PUSH_RATES', version: '01.00.0000' }
const SPEC: CarSpec = {
  code: P,
  integrations: [
    { ...PULL, scheduled: true },
    { ...PUSH, connections: [] }
  ],
  connections: [],
  labels: []
}

let emu: Emulator
let env: Record<string, string>
beforeEach(async () => {
  emu = await startEmulator({ instances: [{ name: 'prod', projects: [] }], switches: QUICK_JOBS })
  env = workspace()
  await writeProjectCar(join(env.GITHUB_WORKSPACE!, 'rates.car'), SPEC)
  writeFileSync(
    join(env.GITHUB_WORKSPACE!, 'prod.yaml'),
    `connections: {}\nschedules:\n  ${PULL.code}:\n    ical: FREQ=DAILY;BYHOUR=2;BYMINUTE=0;\n    timezone: Europe/Paris\n`
  )
})
afterEach(async () => {
  await emu.stop()
  clearSecrets()
})

const importRates = (inputs: Record<string, string> = {}) =>
  runInProcess(
    run,
    {
      path: 'rates.car',
      'connections-file': 'prod.yaml',
      activate: 'all',
      'activation-timeout': '60',
      ...inputs
    },
    { emu, instance: 'prod', env }
  )
const integration = (ref: { code: string; version: string }) =>
  emu.state.get('prod')?.design.projects.get(P)?.integrations.get(`${ref.code}|${ref.version}`)

describe('import-car schedules on the emulator', () => {
  it('ends with the scheduled integration activated and its schedule defined as the file says and started', async () => {
    const host = await importRates()
    expect(host.failed).toBeUndefined()
    expect(integration(PULL)?.status).toBe('ACTIVATED')
    expect(integration(PULL)?.schedule).toMatchObject({
      state: 'ACTIVE',
      icalExpression: 'FREQ=DAILY;BYHOUR=2;BYMINUTE=0;',
      scheduleTZ: 'Europe/Paris'
    })
    expect(integration(PUSH)?.schedule ?? undefined).toBeUndefined()
    expect(JSON.parse(host.outputs.results!).schedules).toEqual([
      { ...PULL, definition: 'changed', status: 'started' }
    ])
  })

  it('replace: stops the running schedule before deactivating, and starts it again after activation', async () => {
    expect((await importRates()).failed).toBeUndefined()
    expect(integration(PULL)?.schedule?.state).toBe('ACTIVE')
    const host = await importRates({ 'if-exists': 'replace', 'accept-unchanged': 'true' })
    expect(host.failed).toBeUndefined()
    const lines = host.logs.map(l => l.message)
    const stopped = lines.indexOf(`Schedule of ${PULL.code}|${PULL.version} stopped before deactivation`)
    const deactivated = lines.indexOf(`Deactivated ${PULL.code}|${PULL.version}`)
    expect(stopped).toBeGreaterThanOrEqual(0)
    expect(deactivated).toBeGreaterThan(stopped)
    expect(integration(PULL)?.status).toBe('ACTIVATED')
    expect(integration(PULL)?.schedule?.state).toBe('ACTIVE')
  })
})
