// Verify import-car's lookups: section against the emulator: the dry run shows the change (against the archive's rows
// for a new project, the target's once it exists), and a real run sets the rows with PUT …/lookups/{name}.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/import-car/index.js'
import { getLookup } from '../../src/core/oic/lookups.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { clientFor, QUICK_JOBS, startEmulator } from '../support/emulator.js'
import { exportTo } from '../support/promotion.js'

let emu: Emulator
let env: Record<string, string>

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})
beforeEach(() => {
  env = { ...workspace(), ERP_SHIPPED: 'SHIPPED_PROD' }
})

// The demo seed's dev lookup holds [NEW, ENTERED], [BOOKED, BOOKED], [SHIPPED, CLOSED].
const FILE = `connections: {}
lookups:
  SO_ORDER_STATUS:
    columns: [oic, erp]
    rows:
      - [NEW, ENTERED]
      - rowData: [SHIPPED, '\${ERP_SHIPPED}']
      - [CANCELLED, VOID]
`

const go = (inputs: Record<string, string>) =>
  runInProcess(run, { 'connections-file': 'prod.yaml', ...inputs }, { emu, instance: 'prod', env })

describe('import-car lookups on the emulator', () => {
  it('dry run shows the change, a real run applies it, a second dry run finds nothing left to change', async () => {
    await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'all.car'))
    writeFileSync(join(env.GITHUB_WORKSPACE!, 'prod.yaml'), FILE)

    const before = emu.counters.snapshot().mutations
    const plan = await go({ path: 'all.car', 'dry-run': 'true' })
    expect(plan.failed).toBeUndefined()
    expect(emu.counters.snapshot().mutations).toEqual(before)
    expect(plan.summaries[0]?.notes).toContain(
      `Lookup SO_ORDER_STATUS: 3 → 3 rows against the archive's rows: 1 added (["CANCELLED","VOID"]), 1 removed (["BOOKED","BOOKED"]), 1 changed (["SHIPPED","CLOSED"] → ["SHIPPED","SHIPPED_PROD"]), 1 unchanged.`
    )

    const host = await go({ path: 'all.car' })
    expect(host.failed).toBeUndefined()
    expect(host.summaries[0]?.table?.rows).toContainEqual([
      'lookup',
      'SO_ORDER_STATUS',
      '',
      'rows 3 → 3 (1 added, 1 removed, 1 changed)',
      'set by connections-file',
      ''
    ])
    const client = await clientFor(emu, 'prod')
    try {
      const lookup = await getLookup(client, 'SALES_ORDERS', 'SO_ORDER_STATUS')
      expect(lookup.columns).toEqual(['oic', 'erp'])
      expect(lookup.rows).toEqual([
        { rowData: ['NEW', 'ENTERED'] },
        { rowData: ['SHIPPED', 'SHIPPED_PROD'] },
        { rowData: ['CANCELLED', 'VOID'] }
      ])
    } finally {
      await client.close()
    }

    const again = await go({ path: 'all.car', 'dry-run': 'true', 'if-exists': 'replace' })
    expect(again.failed).toBeUndefined()
    expect(again.summaries[0]?.notes).toContain(
      "Lookup SO_ORDER_STATUS: 3 → 3 rows against the target's current rows: 3 unchanged."
    )
  })

  it('refuses a lookup the archive and the target lack, at its line, before the import', async () => {
    await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'all.car'))
    writeFileSync(join(env.GITHUB_WORKSPACE!, 'prod.yaml'), FILE.replace('SO_ORDER_STATUS', 'SO_ORDER_STATE'))
    const before = emu.counters.snapshot().mutations
    const host = await go({ path: 'all.car', 'if-exists': 'replace' })
    expect(host.failed?.message).toMatch(
      /^prod\.yaml:3: lookup SO_ORDER_STATE is neither in the archive nor in the target project/
    )
    expect(emu.counters.snapshot().mutations).toEqual(before)
  })
})
