// Every Factory API operation named in seed 000 (/work/shared/seeds/000_*.txt) reached by one CLI command against
// the emulator: each row's argv runs, succeeds, and the emulator's request counters show the documented call
// (method and path) answered with a 2xx (a read) or took effect (a write), plus a read-back where state changed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { deleteIntegration } from '../../../src/core/oic/integrations.js'
import { writeIarFile } from '../../support/car.js'
import { runCli } from '../../support/cli.js'
import { clientFor, startEmulator, tokenFor } from '../../support/emulator.js'

const V1 = '/ic/api/integration/v1'
let emu: Emulator
let dev: NodeJS.ProcessEnv
let prod: NodeJS.ProcessEnv
let dir: string

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  dev = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  prod = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
  dir = mkdtempSync(join(tmpdir(), 'seed000-'))
  writeFileSync(
    join(dir, 'crm.json'),
    JSON.stringify({
      connectionProperties: [
        { propertyName: 'connectionUrl', propertyType: 'URL', propertyValue: 'https://crm-2.example.com/api' }
      ]
    })
  )
  await writeIarFile(join(dir, 'new.iar'), {
    code: 'SO_NEW_FLOW',
    version: '01.00.0000',
    connections: ['SO_ERP_CLOUD']
  })
})
afterAll(() => emu.stop())

interface Row {
  /** The operation's exact name in seed 000. */
  operation: string
  argv: () => string[]
  env: () => NodeJS.ProcessEnv
  /** `METHOD pattern` the emulator must have answered (the documented call). */
  call: string
  before?: () => Promise<void>
  /** A read-back after the command (a failed expectation fails the row). */
  check?: () => Promise<void>
}

const car = (): string => join(dir, 'so.car')
const P = 'SALES_ORDERS'
const code = async (argv: string[], env: NodeJS.ProcessEnv): Promise<number> => (await runCli(argv, env)).code

const ROWS: Row[] = [
  // Projects
  {
    operation: 'Retrieve Projects',
    argv: () => ['projects', 'list'],
    env: () => dev,
    call: `GET ${V1}/projects`
  },
  {
    operation: 'Retrieve a Project',
    argv: () => ['projects', 'get', P],
    env: () => dev,
    call: `GET ${V1}/projects/:p`
  },
  {
    operation: 'Export a Project',
    argv: () => ['projects', 'export', P, '--file', car()],
    env: () => dev,
    call: `POST ${V1}/projects/:p/archive`,
    check: async () => expect((await runCli(['inspect', car(), '--json'])).code).toBe(0)
  },
  {
    operation: 'Import(Add) a Project',
    argv: () => ['projects', 'import', car()],
    env: () => prod,
    call: `POST ${V1}/projects/archive`,
    check: async () => expect(await code(['projects', 'get', P], prod)).toBe(0)
  },
  {
    operation: 'Delete a Project',
    argv: () => ['projects', 'delete', P, '--yes'],
    env: () => prod,
    call: `DELETE ${V1}/projects/:p`,
    check: async () => expect(await code(['projects', 'get', P], prod)).toBe(1)
  },
  // Deployments
  {
    operation: 'Retrieve Deployments in a Project',
    argv: () => ['deployments', 'list', P],
    env: () => dev,
    call: `GET ${V1}/projects/:p/deployments`
  },
  {
    operation: 'Retrieve a Deployment in a Project',
    argv: () => ['deployments', 'get', P, 'ORDERS_R1'],
    env: () => dev,
    call: `GET ${V1}/projects/:p/deployments/:d`
  },
  {
    operation: 'Create a Deployment in a Project',
    argv: () => ['deployments', 'create', P, 'CLI_R3', '--integrations', 'SO_NOTIFY_SHIPMENT|01.00.0000'],
    env: () => dev,
    call: `POST ${V1}/projects/:p/deployments`,
    check: async () => expect(await code(['deployments', 'get', P, 'CLI_R3'], dev)).toBe(0)
  },
  {
    operation: 'Update a Deployment in a Project',
    argv: () => ['deployments', 'update', P, 'CLI_R3', '--integrations', 'SO_SYNC_CUSTOMER'],
    env: () => dev,
    call: `PATCH ${V1}/projects/:p/deployments/:d`,
    check: async () =>
      expect((await runCli(['deployments', 'get', P, 'CLI_R3', '--json'], dev)).stdout).toContain(
        'SO_SYNC_CUSTOMER'
      )
  },
  {
    operation: 'Delete a Deployment in a Project',
    argv: () => ['deployments', 'delete', P, 'CLI_R3', '--yes'],
    env: () => dev,
    call: `DELETE ${V1}/projects/:p/deployments/:d`,
    check: async () => expect(await code(['deployments', 'get', P, 'CLI_R3'], dev)).toBe(1)
  },
  // Integrations
  {
    operation: 'Retrieve Integrations in a Project',
    argv: () => ['integrations', 'list', P],
    env: () => dev,
    call: `GET ${V1}/projects/:p/integrations`
  },
  {
    operation: 'Retrieve an Integration in a Project',
    argv: () => ['integrations', 'get', P, 'SO_CREATE_ORDER|01.00.0000'],
    env: () => dev,
    call: `GET ${V1}/projects/:p/integrations/:id`
  },
  {
    operation: 'Update an Integration in a Project',
    argv: () => ['integrations', 'deactivate', P, 'SO_SYNC_CUSTOMER|01.00.0000'],
    env: () => dev,
    call: `PATCH ${V1}/projects/:p/integrations/:id`,
    check: async () =>
      expect(
        (await runCli(['integrations', 'get', P, 'SO_SYNC_CUSTOMER|01.00.0000', '--json'], dev)).stdout
      ).toMatch(/"status": ?"CONFIGURED"/)
  },
  {
    operation: 'Delete an Integration Version in a Project',
    argv: () => ['integrations', 'delete', P, 'SO_INVOICE_EXPORT|01.00.0000', '--yes'],
    env: () => dev,
    call: `DELETE ${V1}/projects/:p/integrations/:id`,
    check: async () =>
      expect(await code(['integrations', 'get', P, 'SO_INVOICE_EXPORT|01.00.0000'], dev)).toBe(1)
  },
  {
    operation: 'Import (Add) an Integration in a Project',
    argv: () => ['integrations', 'import', P, join(dir, 'new.iar')],
    env: () => dev,
    call: `POST ${V1}/projects/:p/integrations/archive`,
    check: async () => expect(await code(['integrations', 'get', P, 'SO_NEW_FLOW|01.00.0000'], dev)).toBe(0)
  },
  // Connections
  {
    operation: 'Retrieve Connections in a Project',
    argv: () => ['connections', 'list', P],
    env: () => dev,
    call: `GET ${V1}/projects/:p/connections`
  },
  {
    operation: 'Retrieve a Connection in a Project',
    argv: () => ['connections', 'get', P, 'SO_ERP_CLOUD'],
    env: () => dev,
    call: `GET ${V1}/projects/:p/connections/:c`
  },
  {
    operation: 'Update a Connection in a Project',
    argv: () => ['connections', 'update', P, 'SO_CRM_REST', '--json-file', join(dir, 'crm.json')],
    env: () => dev,
    call: `PATCH ${V1}/projects/:p/connections/:c`,
    check: async () =>
      expect((await runCli(['connections', 'get', P, 'SO_CRM_REST', '--json'], dev)).stdout).toContain(
        'https://crm-2.example.com/api'
      )
  },
  {
    operation: 'Test a Connection in a Project',
    argv: () => ['connections', 'test', P, 'SO_ERP_CLOUD'],
    env: () => dev,
    call: `POST ${V1}/projects/:p/connections/:c/test`
  },
  {
    operation: 'Delete a Connection in a Project',
    // SO_SHIPMENTS_FTP's last user (SO_INVOICE_EXPORT went above): the emulator refuses a connection in use.
    before: async () => {
      const client = await clientFor(emu, 'dev')
      await deleteIntegration(client, P, 'SO_NOTIFY_SHIPMENT', '01.00.0000')
      await client.close()
    },
    argv: () => ['connections', 'delete', P, 'SO_SHIPMENTS_FTP', '--yes'],
    env: () => dev,
    call: `DELETE ${V1}/projects/:p/connections/:c`,
    check: async () => expect(await code(['connections', 'get', P, 'SO_SHIPMENTS_FTP'], dev)).toBe(1)
  }
]

describe('seed 000 Factory API: one CLI command per operation', () => {
  it('names every Factory operation of seed 000 exactly once', () => {
    const seed = [
      'Delete a Project',
      'Export a Project',
      'Import(Add) a Project',
      'Retrieve a Project',
      'Retrieve Projects',
      'Delete a Connection in a Project',
      'Retrieve a Connection in a Project',
      'Retrieve Connections in a Project',
      'Test a Connection in a Project',
      'Update a Connection in a Project',
      'Create a Deployment in a Project',
      'Delete a Deployment in a Project',
      'Retrieve a Deployment in a Project',
      'Retrieve Deployments in a Project',
      'Update a Deployment in a Project',
      'Delete an Integration Version in a Project',
      'Import (Add) an Integration in a Project',
      'Retrieve an Integration in a Project',
      'Retrieve Integrations in a Project',
      'Update an Integration in a Project'
    ]
    expect(ROWS.map(r => r.operation).sort()).toEqual([...seed].sort())
  })

  // In order: later rows build on earlier ones (the export is imported, the deployment created then deleted).
  it.each(ROWS.map(r => [r.operation, r] as const))('%s', async (_name, row) => {
    await row.before?.()
    const before = emu.counters.requests.get(row.call) ?? 0
    const mutations = emu.counters.mutationCount(row.call)
    const run = await runCli(row.argv(), row.env())
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
    expect(emu.counters.requests.get(row.call) ?? 0).toBe(before + 1)
    if (!row.call.startsWith('GET')) expect(emu.counters.mutationCount(row.call)).toBe(mutations + 1)
    await row.check?.()
  })
})
