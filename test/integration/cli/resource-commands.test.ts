// The resource commands' runner (src/cli/resources/run-group.ts) through `main()`, against the emulator: help,
// argument binding, --json, --dry-run, --yes for deletes, exit codes, server errors, the session's token.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../../emulator/index.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'
import { runCli } from '../../support/cli.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
})
afterAll(() => emu.stop())

describe('resource commands', () => {
  it('lists the groups in the general help and each operation in the group help', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}projects +list, show/m)
    const help = await runCli(['projects', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^ {2}list +every project/m)
    expect(help.stdout).toMatch(/^ {2}delete +delete a project/m)
    const opHelp = await runCli(['projects', 'delete', '--help'])
    expect(opHelp.code).toBe(0)
    expect(opHelp.stdout).toContain('Usage: oic-actions projects delete PROJECT [--dry-run] --yes')
  })

  it('prints a table by default and the API items with --json', async () => {
    const table = await runCli(['projects', 'list'], env)
    expect(table.stderr).toBe('')
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^CODE +NAME +TYPE +STATUS$/)
    expect(table.stdout).toMatch(/^SALES_ORDERS +Sales Orders/m)
    const json = await runCli(['projects', 'list', '--json'], env)
    const items = JSON.parse(json.stdout) as Array<{ code: string }>
    expect(items.map(p => p.code)).toContain('SALES_ORDERS')
  })

  it('takes --flag=value and positionals, and fails with 1 on what the server says', async () => {
    const one = await runCli(['projects', 'get', 'SALES_ORDERS', '--json', `--instance=dev`], env)
    expect(one.code).toBe(0)
    expect((JSON.parse(one.stdout) as { code: string }).code).toBe('SALES_ORDERS')
    const missing = await runCli(['projects', 'get', 'NO_SUCH'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses usage errors with 2: unknown operation, option, missing or extra argument, no token', async () => {
    for (const argv of [
      ['projects', 'explode'],
      ['projects', 'list', '--colour', 'red'],
      ['projects', 'get'],
      ['projects', 'get', 'A', 'B'],
      ['projects']
    ])
      expect((await runCli(argv, env)).code).toBe(2)
    expect((await runCli(['projects', 'list'], { OIC_URL: emu.url, OIC_INSTANCE: 'dev' })).code).toBe(2)
  })

  it('deletes only with --yes, and --dry-run changes nothing', async () => {
    const refused = await runCli(['projects', 'delete', 'SALES_ORDERS'], env)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('without --yes')
    const dry = await runCli(['projects', 'delete', 'SALES_ORDERS', '--dry-run'], env)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toBe('dry run: would delete project SALES_ORDERS\n')
    expect((await runCli(['projects', 'get', 'SALES_ORDERS'], env)).code).toBe(0)
  })

  it('escapes hostile server text in a table', async () => {
    const { formatTable } = await import('../../../src/cli/resources/table.js')
    const out = formatTable(['name'], [{ name: '\u001b[31mred\n::stop-commands::x' }])
    expect(out).not.toContain('\u001b')
    expect(out.split('\n')[1]).not.toMatch(/^::/)
  })
})
