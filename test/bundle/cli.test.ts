// Verify the oic-actions CLI (npx oic-actions): help per command, exit codes 0/1/2, inputs from flags and OIC_*
// variables, a token kept in a session file for the next command without ever being printed, and inspect.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { QUICK_JOBS, scopeOf, startEmulator, TEST_CLIENT } from '../support/emulator.js'
import { ROOT } from '../support/runner.js'

let emu: Emulator
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  dir = mkdtempSync(join(tmpdir(), 'cli-'))
})
afterAll(() => emu.stop())

function cli(
  args: string[],
  env: Record<string, string> = {},
  command = [join(ROOT, 'bin', 'oic-actions.js')]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      command[0] === 'npx' ? 'npx' : process.execPath,
      [...(command[0] === 'npx' ? command.slice(1) : command), ...args],
      { cwd: command[0] === 'npx' ? ROOT : dir, env: { PATH: process.env.PATH ?? '', HOME: dir, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
}

describe('oic-actions CLI', () => {
  it('prints general and per-command help (exit 0) generated from action.yml', async () => {
    const general = await cli(['--help'])
    expect(general.code).toBe(0)
    expect(general.stdout).toMatch(
      /Commands:\n {2}authenticate +Get an OAuth 2.0 access token.*\n {2}create-deployment +Create/
    )
    const help = await cli(['import-car', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/--connections-file\n\s+YAML file of per-environment connection settings/)
    expect(help.stdout).toMatch(
      /--if-exists\n\s+fail, replace, or skip[^[]*\[default fail,\s+OIC_IF_EXISTS\]/
    )
  })

  it('runs through npx from the repository', async () => {
    const res = await cli(['--version'], { PATH: process.env.PATH ?? '' }, [
      'npx',
      '--no-install',
      'oic-actions'
    ])
    expect(res.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })

  it.each([
    [['nope'], /Unknown command 'nope'/],
    [[], /Commands:/],
    [['export-car', '--bogus', 'x'], /Unknown option --bogus for 'export-car'/],
    [['export-car', '--project'], /Option --project needs a value/],
    [
      ['export-car', '--oic-url', 'https://x.example.com', '--instance', 'i', '--access-token', 'tok'],
      /Option --project is required/
    ],
    [
      [
        'export-car',
        '--project',
        'P',
        '--oic-url',
        'http://x.example.com',
        '--instance',
        'i',
        '--access-token',
        'tok'
      ],
      /Option --oic-url must use https:\/\//
    ]
  ])('usage errors exit 2: %j', async (args, pattern) => {
    const res = await cli(args)
    expect(res.code).toBe(2)
    expect(res.stdout + res.stderr).toMatch(pattern)
  })

  it('keeps the token in a session file (mode 600) for later commands, never printing it', async () => {
    const session = join(dir, 'session.json')
    const auth = await cli(
      [
        'authenticate',
        '--token-url',
        emu.url,
        '--client-id',
        TEST_CLIENT.clientId,
        '--scope',
        scopeOf(emu, 'dev'),
        '--oic-url',
        emu.url,
        '--instance',
        'dev',
        '--session',
        session
      ],
      { OIC_CLIENT_SECRET: TEST_CLIENT.clientSecret }
    )
    expect(auth.code).toBe(0)
    expect(auth.stdout).toMatch(/access-token: \*\*\*/)
    const token = JSON.parse(readFileSync(session, 'utf8')).OIC_ACCESS_TOKEN as string
    expect(token.split('.')).toHaveLength(3)
    expect(auth.stdout + auth.stderr).not.toContain(token)
    expect(auth.stdout + auth.stderr).not.toContain(TEST_CLIENT.clientSecret)
    expect(statSync(session).mode & 0o777).toBe(0o600)

    const exported = await cli(
      [
        'export-car',
        '--project',
        'SALES_ORDERS',
        '--deployment',
        'ORDERS_R1',
        '--path',
        'r1.car',
        '--upload-artifact',
        'false',
        '--json'
      ],
      { OIC_SESSION: session, GITHUB_WORKSPACE: dir }
    )
    expect(exported.code).toBe(0)
    const outputs = JSON.parse(exported.stdout.slice(exported.stdout.lastIndexOf('{\n')))
    expect(outputs.path).toBe(join(dir, 'r1.car'))
    expect(existsSync(outputs.path)).toBe(true)
    expect(exported.stdout).toMatch(/== OIC export-car ==/)

    const failed = await cli(
      ['export-car', '--project', 'SALES_ORDERS', '--deployment', 'NOPE', '--session', session],
      { GITHUB_WORKSPACE: dir }
    )
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/error: Deployment 'NOPE' does not exist/)

    const inspected = await cli(['inspect', 'r1.car', '--session', session])
    expect(inspected.code).toBe(0)
    expect(inspected.stdout).toMatch(
      /Against dev: the project exists; 0 added, 0 version changed, 2 unchanged, 3 only in target\./
    )
    const offline = await cli(['inspect', 'r1.car'])
    expect(offline.stdout).toMatch(/2 integration\(s\), 2 connection\(s\), 1 lookup\(s\), 0 libraries/)
    const wrongAudience = await cli(['inspect', 'r1.car', '--session', session, '--instance', 'prod'])
    expect(wrongAudience.code).toBe(1)
    expect(wrongAudience.stderr).toMatch(/HTTP 401 Unauthorized/)
  })
})
