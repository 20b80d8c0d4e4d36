// `oic-actions lookups …` against the emulator: list and get (rows under their columns; --json the API's lookup),
// create and update from a JSON body, export to CSV (an existing file refused without --force) and import it,
// --dry-run changing nothing, delete only with --yes, 404 as exit 1 with one line.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  dir = mkdtempSync(join(tmpdir(), 'cli-lookups-'))
})
afterAll(() => emu.stop())

const P = 'SALES_ORDERS'
interface LookupJson {
  name: string
  columns: string[]
  rows: Array<{ rowData: string[] }>
}
const read = async (name: string): Promise<LookupJson | undefined> => {
  const run = await runCli(['lookups', 'get', P, name, '--json'], env)
  return run.code === 0 ? (JSON.parse(run.stdout) as LookupJson) : undefined
}
const body = (name: string, value: unknown): string => {
  writeFileSync(join(dir, name), JSON.stringify(value))
  return join(dir, name)
}

describe('lookups', () => {
  it('lists, and shows one lookup as its rows under its columns', async () => {
    const list = await runCli(['lookups', 'list', P], env)
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/^SO_ORDER_STATUS +\S+ +3 +oic, erp/m)
    const one = await runCli(['lookups', 'get', P, 'SO_ORDER_STATUS'], env)
    expect(one.stdout.split('\n').slice(0, 2)).toEqual(['OIC      ERP', 'NEW      ENTERED'])
    expect((await read('SO_ORDER_STATUS'))?.columns).toEqual(['oic', 'erp'])
  })

  it('creates from a JSON body (--dry-run creates nothing) and updates its rows', async () => {
    const file = body('new.json', {
      name: 'SO_REGIONS',
      columns: ['oic', 'erp'],
      rows: [{ rowData: ['EU', '01'] }]
    })
    const dry = await runCli(['lookups', 'create', P, '--json-file', file, '--dry-run'], env)
    expect(dry.code).toBe(0)
    expect(await read('SO_REGIONS')).toBeUndefined()
    expect((await runCli(['lookups', 'create', P, '--json-file', file], env)).code).toBe(0)
    expect((await read('SO_REGIONS'))?.rows).toEqual([{ rowData: ['EU', '01'] }])
    const next = body('next.json', {
      columns: ['oic', 'erp'],
      rows: [{ rowData: ['EU', '01'] }, { rowData: ['US', '02'] }]
    })
    expect(
      (await runCli(['lookups', 'update', P, 'SO_REGIONS', '--json-file', next, '--dry-run'], env)).code
    ).toBe(0)
    expect((await read('SO_REGIONS'))?.rows).toHaveLength(1)
    expect((await runCli(['lookups', 'update', P, 'SO_REGIONS', '--json-file', next], env)).code).toBe(0)
    expect((await read('SO_REGIONS'))?.rows).toHaveLength(2)
  })

  it('exports CSV to a file, refuses an existing one without --force, and imports it under another name', async () => {
    const csv = join(dir, 'status.csv')
    expect((await runCli(['lookups', 'export', P, 'SO_ORDER_STATUS', '--file', csv], env)).code).toBe(0)
    expect(readFileSync(csv, 'utf8')).toContain('NEW')
    expect((await runCli(['lookups', 'export', P, 'SO_ORDER_STATUS', '--file', csv], env)).code).toBe(2)
    expect(
      (await runCli(['lookups', 'export', P, 'SO_ORDER_STATUS', '--file', csv, '--force'], env)).code
    ).toBe(0)
    const copy = join(dir, 'SO_STATUS_COPY.csv')
    copyFileSync(csv, copy)
    expect((await runCli(['lookups', 'import', P, copy, '--dry-run'], env)).code).toBe(0)
    expect(await read('SO_STATUS_COPY')).toBeUndefined()
    expect((await runCli(['lookups', 'import', P, copy], env)).code).toBe(0)
    expect((await read('SO_STATUS_COPY'))?.rows).toEqual((await read('SO_ORDER_STATUS'))?.rows)
  })

  it('deletes only with --yes; a missing lookup is exit 1 with one line', async () => {
    expect((await runCli(['lookups', 'delete', P, 'SO_REGIONS'], env)).code).toBe(2)
    expect(await read('SO_REGIONS')).toBeDefined()
    expect((await runCli(['lookups', 'delete', P, 'SO_REGIONS', '--yes'], env)).code).toBe(0)
    const gone = await runCli(['lookups', 'get', P, 'SO_REGIONS'], env)
    expect(gone.code).toBe(1)
    expect(gone.stderr.trim().split('\n')).toHaveLength(1)
  })
})
