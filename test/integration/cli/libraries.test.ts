// `oic-actions libraries …` against the emulator: list and get, register a .js (--dry-run registers nothing),
// replace its code, delete only with --yes (one an integration calls refused by OIC: exit 1), bad ids exit 2.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
let js: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  js = join(mkdtempSync(join(tmpdir(), 'cli-libraries-')), 'money.js')
  writeFileSync(js, 'function cents(x) { return Math.round(x * 100) }\n')
})
afterAll(() => emu.stop())

const P = 'SALES_ORDERS'
const exists = async (id: string): Promise<boolean> =>
  (await runCli(['libraries', 'get', P, id], env)).code === 0

describe('libraries', () => {
  it('lists as a table and --json, and gets one by CODE|VERSION', async () => {
    const table = await runCli(['libraries', 'list', P], env)
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^SO_DATE_UTILS +01\.00\.0000 +Date utilities/m)
    const items = JSON.parse((await runCli(['libraries', 'list', P, '--json'], env)).stdout) as Array<{
      code: string
    }>
    expect(items.map(l => l.code)).toEqual(['SO_DATE_UTILS'])
    const one = await runCli(['libraries', 'get', P, 'SO_DATE_UTILS|01.00.0000', '--json'], env)
    expect(JSON.parse(one.stdout)).toMatchObject({ code: 'SO_DATE_UTILS' })
    expect((await runCli(['libraries', 'get', P, 'SO_DATE_UTILS'], env)).code).toBe(2)
  })

  it('registers a library (--dry-run registers nothing) and replaces its code', async () => {
    const argv = ['libraries', 'register', P, 'SO_MONEY|01.00.0000', js, '--name', 'Money']
    expect(await runCli([...argv, '--dry-run'], env)).toMatchObject({ code: 0, stderr: '' })
    expect(await exists('SO_MONEY|01.00.0000')).toBe(false)
    expect((await runCli(argv, env)).code).toBe(0)
    expect(await exists('SO_MONEY|01.00.0000')).toBe(true)
    expect((await runCli(argv, env)).code).toBe(1)
    expect((await runCli(['libraries', 'replace', P, 'SO_MONEY|01.00.0000', js], env)).code).toBe(0)
    expect((await runCli(['libraries', 'register', P, 'X|1', js], env)).code).toBe(2)
  })

  it('deletes only with --yes; one in use is refused by OIC (exit 1, one line)', async () => {
    expect((await runCli(['libraries', 'delete', P, 'SO_MONEY|01.00.0000'], env)).code).toBe(2)
    expect(await exists('SO_MONEY|01.00.0000')).toBe(true)
    const inUse = await runCli(['libraries', 'delete', P, 'SO_DATE_UTILS|01.00.0000', '--yes'], env)
    expect(inUse.code).toBe(1)
    expect(inUse.stderr.trim().split('\n')).toHaveLength(1)
    expect((await runCli(['libraries', 'delete', P, 'SO_MONEY|01.00.0000', '--yes'], env)).code).toBe(0)
    expect(await exists('SO_MONEY|01.00.0000')).toBe(false)
    const missing = await runCli(['libraries', 'get', P, 'SO_MONEY|01.00.0000'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })
})
