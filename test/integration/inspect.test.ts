// Verify `oic-actions inspect --json` against a target (the emulator): the diff of a real-layout export, with the
// demo's pre-seeded connection found in the target instance and a connection that neither archive nor target has.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { inspect } from '../../src/cli/inspect.js'
import { writeProjectCar } from '../support/car.js'
import { exportTo } from '../support/promotion.js'
import { QUICK_JOBS, startEmulator, tokenFor } from '../support/emulator.js'

interface Dependency {
  id: string
  integrations: string[]
  found: string
}
/** The parts of the `inspect --json` document these tests read. */
interface InspectJson {
  schemaVersion: number
  diff: {
    projectExists: boolean
    counts: Record<string, number>
    externalConnections: Dependency[]
    missingConnections: Dependency[]
  }
}

let emu: Emulator
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  dir = mkdtempSync(join(tmpdir(), 'inspect-'))
})
afterAll(() => emu.stop())

async function run(file: string, instance: string): Promise<{ code: number; json: InspectJson }> {
  let stdout = ''
  const argv = ['inspect', file, '--json', '--oic-url', emu.url, '--instance', instance]
  const code = await inspect(
    [...argv, '--access-token', await tokenFor(emu, instance)],
    { stdout: t => void (stdout += t), stderr: () => undefined },
    { PATH: process.env.PATH }
  )
  return { code, json: JSON.parse(code === 0 ? stdout : '{}') as InspectJson }
}

describe('inspect against a target', () => {
  it('diffs the whole demo export against its own instance', async () => {
    const path = join(dir, 'all.car')
    await exportTo(emu, 'dev', path)
    const { code, json } = await run(path, 'dev')
    expect(code).toBe(0)
    expect(json.schemaVersion).toBe(1)
    expect(json.diff.projectExists).toBe(true)
    expect(json.diff.counts.added).toBe(0)
    expect(json.diff.counts['version changed']).toBe(0)
    expect(json.diff.externalConnections).toEqual([
      expect.objectContaining({ id: 'PRESEEDED_COLLOCATED_CONN_ATP', found: 'target instance' })
    ])
    expect(json.diff.missingConnections).toEqual([])
  })

  it('names a connection that neither the archive nor the target has', async () => {
    const path = join(dir, 'missing.car')
    await writeProjectCar(path, {
      code: 'SALES_ORDERS',
      integrations: [
        { code: 'SO_NEW_FEED', version: '01.00.0000', connections: ['SO_ERP_CLOUD', 'SHARED_HCM'] }
      ]
    })
    const { json } = await run(path, 'dev')
    expect(json.diff.externalConnections).toEqual([
      { id: 'SO_ERP_CLOUD', integrations: ['SO_NEW_FEED|01.00.0000'], found: 'target project' },
      { id: 'SHARED_HCM', integrations: ['SO_NEW_FEED|01.00.0000'], found: 'missing' }
    ])
    expect(json.diff.missingConnections.map(m => m.id)).toEqual(['SHARED_HCM'])
  })
})
