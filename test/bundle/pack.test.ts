// The package as a user installs it: `npm pack` makes a tarball that installs into an empty directory with no
// registry (the bundle has no runtime dependencies), and the installed `oic-actions` runs --help, --version and a
// command against the emulator. Also: what the tarball holds (the bundle, the action files; no sources or tests).
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator, tokenFor } from '../support/emulator.js'
import { ROOT } from '../support/runner.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise(resolve => {
    execFile(
      file,
      args,
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  })
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
  dependencies?: Record<string, string>
}
let emu: Emulator
let work: string
let packed: { filename: string; files: Array<{ path: string }> }
let bin: string

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  work = mkdtempSync(join(tmpdir(), 'oic-pack-'))
  const npmEnv = { npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' }
  const pack = await run('npm', ['pack', '--json', '--pack-destination', work], ROOT, npmEnv)
  expect(pack.stderr).not.toMatch(/npm error/)
  expect(pack.code).toBe(0)
  packed = (JSON.parse(pack.stdout) as Array<typeof packed>)[0] as typeof packed
  const install = await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed.filename)],
    work,
    npmEnv
  )
  expect(install.stderr).not.toMatch(/npm error/)
  expect(install.code).toBe(0)
  bin = join(work, 'node_modules', '.bin', 'oic-actions')
}, 120_000)
afterAll(async () => {
  await emu.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('npm pack', () => {
  it('is a scoped, publishable package with no runtime dependencies', () => {
    expect(pkg.name).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/)
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(packed.filename).toBe(`${pkg.name.slice(1).replace('/', '-')}-${pkg.version}.tgz`)
  })

  it('holds the bundle, the CLI and the action files, and no sources or tests', () => {
    const files = packed.files.map(f => f.path)
    for (const file of [
      'bin/oic-actions.js',
      'dist/cli.js',
      'dist/index.js',
      'action.yml',
      'actions/import-car/action.yml'
    ])
      expect(files).toContain(file)
    expect(files.filter(f => /^(src|test|emulator|bench|scripts)\//.test(f))).toEqual([])
  })

  it('installs into an empty directory and runs --help and --version', async () => {
    const help = await run(bin, ['--help'], work)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^ {2}import-car +Import a \.car archive/m)
    const version = await run(bin, ['--version'], work)
    expect(version.stdout).toBe(`${pkg.version}\n`)
  })

  it('runs a command against the emulator from the installed copy', async () => {
    const env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
    const list = await run(bin, ['projects', 'list'], work, env)
    expect(list.stderr).toBe('')
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/^SALES_ORDERS +Sales Orders/m)
  })
})
