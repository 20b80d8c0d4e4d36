// `oic-actions deployments …` against the emulator: table and --json, create from --integrations (CODE resolved
// to its newest version) or --config, update keeping what is not given, --dry-run changing nothing, delete with
// --yes only, input errors (exit 2) and the server's 404 (exit 1, one line).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { createDeployment } from '../../../src/core/oic/deployments.js'
import { clientFor, startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  dir = mkdtempSync(join(tmpdir(), 'cli-deployments-'))
})
afterAll(() => emu.stop())

const P = 'SALES_ORDERS'
interface Dep {
  code: string
  name: string
  description?: string
  integrations: Array<{ code: string; version: string }>
}
async function read(code: string): Promise<Dep | undefined> {
  const run = await runCli(['deployments', 'get', P, code, '--json'], env)
  return run.code === 0 ? (JSON.parse(run.stdout) as Dep) : undefined
}

describe('deployments', () => {
  it('lists as a table and as the API items', async () => {
    const table = await runCli(['deployments', 'list', P], env)
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^CODE +NAME +INTEGRATIONS +LASTUPDATED$/)
    expect(table.stdout).toMatch(
      /^ORDERS_R1 +Orders release 1 +SO_CREATE_ORDER\|01\.00\.0001, SO_SYNC_CUSTOMER/m
    )
    const json = JSON.parse((await runCli(['deployments', 'list', P, '--json'], env)).stdout) as Dep[]
    expect(json.map(d => d.code).sort()).toEqual(['FULFILMENT_R2', 'ORDERS_R1'])
  })

  it('creates from --integrations (CODE = its newest version); --dry-run creates nothing', async () => {
    const argv = [
      'deployments',
      'create',
      P,
      'R3',
      '--name',
      'Release 3',
      '--integrations',
      'SO_CREATE_ORDER'
    ]
    const dry = await runCli([...argv, '--dry-run'], env)
    expect(dry).toMatchObject({
      code: 0,
      stdout: `dry run: would create deployment R3 "Release 3" with SO_CREATE_ORDER in ${P}\n`
    })
    expect(await read('R3')).toBeUndefined()
    const done = await runCli(argv, env)
    expect(done).toMatchObject({
      code: 0,
      stdout: `Created deployment R3 in ${P}: SO_CREATE_ORDER|01.00.0001.\n`
    })
    expect(await read('R3')).toMatchObject({
      name: 'Release 3',
      integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }]
    })
  })

  it('creates from --config (the create-deployment file) and refuses a file for another code', async () => {
    const config = join(dir, 'r4.yaml')
    writeFileSync(config, 'code: R4\nname: Release 4\nintegrations:\n  - SO_SYNC_CUSTOMER|01.00.0000\n')
    expect((await runCli(['deployments', 'create', P, 'R4', '--config', config], env)).code).toBe(0)
    expect(await read('R4')).toMatchObject({
      name: 'Release 4',
      integrations: [{ code: 'SO_SYNC_CUSTOMER', version: '01.00.0000' }]
    })
    const other = await runCli(['deployments', 'create', P, 'R5', '--config', config], env)
    expect(other.code).toBe(2)
    expect(other.stderr).toContain('names deployment R4')
  })

  it('refuses bad input with exit 2 before calling OIC', async () => {
    const before = emu.counters.requestCount('/deployments')
    for (const argv of [
      ['deployments', 'create', P, 'R6'],
      ['deployments', 'create', P, 'R6', '--integrations', 'SO_CREATE_ORDER|1.0'],
      ['deployments', 'create', P, 'R6', '--integrations', 'A|01.00.0000', '--config', 'x.yaml']
    ])
      expect((await runCli(argv, env)).code).toBe(2)
    expect(emu.counters.requestCount('/deployments')).toBe(before)
  })

  it('updates what is given and keeps the rest; --dry-run changes nothing', async () => {
    const dry = await runCli(['deployments', 'update', P, 'R3', '--description', 'x', '--dry-run'], env)
    expect(dry.code).toBe(0)
    expect((await read('R3'))?.description ?? '').toBe('')
    const done = await runCli(['deployments', 'update', P, 'R3', '--description', 'third drop'], env)
    expect(done.code).toBe(0)
    expect(await read('R3')).toMatchObject({
      name: 'Release 3',
      description: 'third drop',
      integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }]
    })
  })

  it('settles a create whose answer is lost by reading it back, never by sending it again', async () => {
    const key = 'POST /ic/api/integration/v1/projects/:p/deployments'
    const sent = emu.counters.requests.get(key) ?? 0
    emu.switches.faults.push({
      method: 'POST',
      path: '/deployments',
      kind: 'status',
      status: 502,
      phase: 'after',
      times: 1
    })
    const lost = await runCli(
      ['deployments', 'create', P, 'R7', '--integrations', 'SO_SYNC_CUSTOMER|01.00.0000'],
      env
    )
    expect(lost.code).toBe(0)
    expect(lost.stdout).toMatch(
      /^The answer to create deployment R7 in project SALES_ORDERS was lost .*Created deployment R7/
    )
    expect(emu.counters.requests.get(key)).toBe(sent + 1)
    emu.switches.faults.push({
      method: 'POST',
      path: '/deployments',
      kind: 'status',
      status: 502,
      phase: 'before',
      times: 1
    })
    const failed = await runCli(
      ['deployments', 'create', P, 'R8', '--integrations', 'SO_SYNC_CUSTOMER|01.00.0000'],
      env
    )
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/^error: Could not create deployment R8/)
    expect(await read('R8')).toBeUndefined()
    emu.switches.faults.length = 0
  })

  it('pages through more deployments than one page holds', async () => {
    const client = await clientFor(emu, 'dev')
    for (let i = 0; i < 101; i++)
      await createDeployment(client, P, { code: `PAGE_${i}`, name: `p${i}`, integrations: [] })
    await client.close()
    const all = JSON.parse((await runCli(['deployments', 'list', P, '--json'], env)).stdout) as Dep[]
    expect(all.filter(d => d.code.startsWith('PAGE_'))).toHaveLength(101)
    expect(new Set(all.map(d => d.code)).size).toBe(all.length)
  })

  it('deletes only with --yes; a missing deployment is exit 1 with one line', async () => {
    const refused = await runCli(['deployments', 'delete', P, 'R3'], env)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('without --yes')
    expect(await read('R3')).toBeDefined()
    expect((await runCli(['deployments', 'delete', P, 'R3', '--dry-run'], env)).code).toBe(0)
    expect(await read('R3')).toBeDefined()
    expect((await runCli(['deployments', 'delete', P, 'R3', '--yes'], env)).code).toBe(0)
    expect(await read('R3')).toBeUndefined()
    const missing = await runCli(['deployments', 'get', P, 'R3'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })
})
