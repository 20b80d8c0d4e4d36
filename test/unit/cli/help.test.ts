// Every command's --help works (exit 0, its own text on stdout, nothing on stderr), found from the general help
// itself, and every operation of every resource group too: a command added later is covered without editing this.
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../support/cli.js'

async function commandNames(): Promise<string[]> {
  const help = await runCli(['--help'])
  const block = help.stdout.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? ''
  return block
    .split('\n')
    .map(line => /^ {2}([a-z][a-z-]*)\s/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined)
}

describe('--help', () => {
  it('the general help lists each command on one line', async () => {
    const names = await commandNames()
    expect(names).toEqual(expect.arrayContaining(['authenticate', 'import-car', 'inspect', 'projects']))
    expect(new Set(names).size).toBe(names.length)
  })

  it('works for every command, as --help and -h', async () => {
    for (const name of await commandNames())
      for (const flag of ['--help', '-h']) {
        const run = await runCli([name, flag])
        expect({ name, flag, code: run.code, stderr: run.stderr }).toEqual({
          name,
          flag,
          code: 0,
          stderr: ''
        })
        expect(run.stdout).toContain(`oic-actions ${name}`)
      }
  })

  it('works for every operation of every resource group', async () => {
    for (const name of await commandNames()) {
      const help = await runCli([name, '--help'])
      const ops = help.stdout.split('\nOperations:\n')[1]?.split('\n\n')[0]
      if (!ops) continue
      for (const op of ops.split('\n').map(l => /^ {2}([a-z][a-z-]*)\s/.exec(l)?.[1])) {
        if (!op) continue
        const run = await runCli([name, op, '--help'])
        expect({ name, op, code: run.code, stderr: run.stderr }).toEqual({ name, op, code: 0, stderr: '' })
        expect(run.stdout).toContain(`Usage: oic-actions ${name} ${op}`)
      }
    }
  })
})
