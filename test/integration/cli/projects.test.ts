// `oic-actions projects export|import` against the emulator: the .car streamed to a file (an existing file refused
// unless --force, nothing half-written left), import with --dry-run changing nothing, 409 on a second import, and
// delete only with --yes (list/get/delete basics: resource-commands.test.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let dev: NodeJS.ProcessEnv
let prod: NodeJS.ProcessEnv
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  dev = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  prod = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
  dir = mkdtempSync(join(tmpdir(), 'cli-projects-'))
})
afterAll(() => emu.stop())

const zipMagic = (file: string): string => readFileSync(file).subarray(0, 2).toString('latin1')

describe('projects export', () => {
  it('streams the project to --file, refuses an existing file without --force, replaces it with --force', async () => {
    const car = join(dir, 'so.car')
    const first = await runCli(['projects', 'export', 'SALES_ORDERS', '--file', car], dev)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(
      /^Exported SALES_ORDERS to .*so\.car \(\d+ bytes, sha256 [0-9a-f]{64}\)\.\n$/
    )
    expect(zipMagic(car)).toBe('PK')
    writeFileSync(car, 'mine')
    const refused = await runCli(['projects', 'export', 'SALES_ORDERS', '--file', car], dev)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--force')
    expect(readFileSync(car, 'utf8')).toBe('mine')
    const forced = await runCli(
      ['projects', 'export', 'SALES_ORDERS', '--file', car, '--force', '--json'],
      dev
    )
    expect(forced.code).toBe(0)
    expect(JSON.parse(forced.stdout)).toMatchObject({ project: 'SALES_ORDERS', path: car })
    expect(zipMagic(car)).toBe('PK')
    expect(readdirSync(dir)).toEqual(['so.car'])
  })

  it('exports one deployment with --deployment, and fails with one line and no file for an unknown one', async () => {
    const one = join(dir, 'r1.car')
    expect(
      (await runCli(['projects', 'export', 'SALES_ORDERS', '--deployment', 'ORDERS_R1', '--file', one], dev))
        .code
    ).toBe(0)
    const inspected = await runCli(['inspect', one, '--json'])
    expect(inspected.stdout).toContain('ORDERS_R1')
    const bad = join(dir, 'nope.car')
    const failed = await runCli(
      ['projects', 'export', 'SALES_ORDERS', '--deployment', 'NOPE', '--file', bad],
      dev
    )
    expect(failed.code).toBe(1)
    expect(failed.stderr.trim().split('\n')).toHaveLength(1)
    expect(existsSync(bad)).toBe(false)
    expect(readdirSync(dir).filter(f => f.includes('nope'))).toEqual([])
    const missing = await runCli(['projects', 'export', 'NO_SUCH', '--file', bad], dev)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(existsSync(bad)).toBe(false)
  })

  it('requires --file (exit 2)', async () => {
    expect((await runCli(['projects', 'export', 'SALES_ORDERS'], dev)).code).toBe(2)
  })
})

describe('projects import and delete', () => {
  it('--dry-run imports nothing; the import creates the project; a second import is a 409 (exit 1)', async () => {
    const car = join(dir, 'import.car')
    expect((await runCli(['projects', 'export', 'SALES_ORDERS', '--file', car], dev)).code).toBe(0)
    const dry = await runCli(['projects', 'import', car, '--dry-run'], prod)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(
      /^dry run: would import project SALES_ORDERS \(\d+ integration versions, \d+ connections\) from import\.car\n$/
    )
    const replaceAbsent = await runCli(['projects', 'import', car, '--replace', '--dry-run'], prod)
    expect(replaceAbsent.stdout).toContain('nothing to replace')
    expect((await runCli(['projects', 'get', 'SALES_ORDERS'], prod)).code).toBe(1)
    const done = await runCli(['projects', 'import', car], prod)
    expect(done.code).toBe(0)
    expect(done.stdout).toMatch(/^Imported project SALES_ORDERS from import\.car/)
    expect((await runCli(['projects', 'get', 'SALES_ORDERS'], prod)).code).toBe(0)
    const again = await runCli(['projects', 'import', car], prod)
    expect(again.code).toBe(1)
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
    const dryAgain = await runCli(['projects', 'import', car, '--dry-run', '--json'], prod)
    expect(JSON.parse(dryAgain.stdout)).toMatchObject({
      dryRun: true,
      mode: 'add',
      project: 'SALES_ORDERS',
      exists: true
    })
    const dryExisting = await runCli(['projects', 'import', car, '--dry-run'], prod)
    expect(dryExisting.stdout).toContain('OIC would refuse it (409): add --replace')
  })

  it('refuses a file that does not exist (exit 2)', async () => {
    expect((await runCli(['projects', 'import', join(dir, 'absent.car')], prod)).code).toBe(2)
  })

  it('deletes only with --yes', async () => {
    const refused = await runCli(['projects', 'delete', 'SALES_ORDERS'], prod)
    expect(refused.code).toBe(2)
    expect((await runCli(['projects', 'get', 'SALES_ORDERS'], prod)).code).toBe(0)
    expect((await runCli(['projects', 'delete', 'SALES_ORDERS', '--yes'], prod)).code).toBe(0)
    expect((await runCli(['projects', 'get', 'SALES_ORDERS'], prod)).code).toBe(1)
  })
})
