// Verify confined writes (issue 16): links planted where a report, an archive, a git copy or the CLI session goes
// end the step with one line and write nothing outside; a bad git ref name fails before the first commit.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { pushArchive } from '../../src/actions/export-car/git-push.js'
import { run as exportCar } from '../../src/actions/export-car/index.js'
import { run as testConnections } from '../../src/actions/test-connections/index.js'
import { main as cli } from '../../src/cli/main.js'
import { saveSession } from '../../src/cli/session.js'
import { runInProcess, workspace } from '../support/actions.js'
import { startScriptedOic, type HostileOic } from '../support/hostile-oic.js'

let oic: HostileOic
beforeAll(async () => {
  oic = await startScriptedOic({})
})
afterAll(() => oic.stop())

/** A folder outside the workspace, with a file the hostile link points at. */
function outside(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'oic-outside-'))
  const file = join(dir, 'victim.txt')
  writeFileSync(file, 'untouched\n')
  return { dir, file }
}

const connection = (): Record<string, string> => ({
  'oic-url': oic.url,
  instance: 'dev',
  'access-token': 'sentinel-token-value-1234',
  retries: '0'
})

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

/** A clone of a fresh bare origin with one commit made by `plant` (links committed in the repository). */
function repository(plant: (ws: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'oic-git-'))
  git(root, 'init', '--bare', '-q', '-b', 'main', 'origin.git')
  git(root, 'clone', '-q', 'origin.git', 'ws')
  const ws = join(root, 'ws')
  git(ws, 'checkout', '-q', '-b', 'main')
  plant(ws)
  git(ws, 'add', '-A')
  git(ws, 'commit', '-q', '-m', 'plant')
  return ws
}

const noop = (): void => undefined
const push = (ws: string, archive: string, tag = 'SO-7') =>
  pushArchive({
    archive,
    workspace: ws,
    gitPath: 'car/',
    tag,
    message: 'm',
    log: noop,
    sleep: async () => {}
  })

describe('hostile files: every write confined', () => {
  it('test-connections: junit-path through a dangling link fails before any request, nothing outside', async () => {
    const ws = workspace()
    const out = outside()
    const victim = join(out.dir, 'created-by-junit.xml')
    mkdirSync(join(ws.GITHUB_WORKSPACE, 'reports'))
    symlinkSync(victim, join(ws.GITHUB_WORKSPACE, 'reports', 'junit.xml'))
    const before = oic.requests.length
    const host = await runInProcess(
      testConnections,
      { ...connection(), project: 'P', 'junit-path': 'reports/junit.xml' },
      { env: ws }
    )
    expect(host.failed).toBeDefined()
    expect(host.failed?.message).toBe(
      "Input 'junit-path': reports/junit.xml is a symbolic link (refusing to write through it); nothing was written there."
    )
    expect(existsSync(victim)).toBe(false)
    expect(oic.requests.length).toBe(before)
  })

  it('export-car: a path that is a dangling link to outside is refused before the export', async () => {
    const ws = workspace()
    const out = outside()
    const victim = join(out.dir, 'created.car')
    symlinkSync(victim, join(ws.GITHUB_WORKSPACE, 'so.car'))
    const before = oic.requests.length
    const host = await runInProcess(
      exportCar,
      { ...connection(), project: 'SO', path: 'so.car' },
      { env: ws }
    )
    expect(host.failed).toBeDefined()
    expect(host.failed?.message).toMatch(
      /^Input 'path': so\.car is a symbolic link \(refusing to write through it\)/
    )
    expect(existsSync(victim)).toBe(false)
    expect(oic.requests.length).toBe(before)
  })

  it('git-push: an archive name committed as a link to a file outside is not copied through', async () => {
    const out = outside()
    const ws = repository(dir => {
      mkdirSync(join(dir, 'car'))
      symlinkSync(out.file, join(dir, 'car', 'so.car'))
    })
    const archive = join(mkdtempSync(join(tmpdir(), 'oic-car-')), 'so.car')
    writeFileSync(archive, 'PK\u0003\u0004 archive')
    const head = git(ws, 'rev-parse', 'HEAD')
    await expect(push(ws, archive)).rejects.toThrow(
      /^Input 'git-path': .*car\/so\.car is a symbolic link \(refusing to write through it\); nothing was written there\.$/
    )
    expect(readFileSync(out.file, 'utf8')).toBe('untouched\n')
    expect(git(ws, 'rev-parse', 'HEAD')).toBe(head)
  })

  it('git-push: a folder committed as a link outside the repository is refused', async () => {
    const out = outside()
    const ws = repository(dir => symlinkSync(out.dir, join(dir, 'car')))
    const archive = join(mkdtempSync(join(tmpdir(), 'oic-car-')), 'so.car')
    writeFileSync(archive, 'PK\u0003\u0004 archive')
    await expect(push(ws, archive)).rejects.toThrow(/^Input 'git-path': .* resolves to .*, outside /)
    expect(existsSync(join(out.dir, 'so.car'))).toBe(false)
  })

  it('git-push: a tag git refuses (build-number ..) fails before anything is copied or committed', async () => {
    const ws = repository(dir => writeFileSync(join(dir, 'README'), 'x'))
    const archive = join(mkdtempSync(join(tmpdir(), 'oic-car-')), 'so.car')
    writeFileSync(archive, 'PK\u0003\u0004 archive')
    const head = git(ws, 'rev-parse', 'HEAD')
    await expect(push(ws, archive, 'SO-..')).rejects.toThrow(
      /^git-push: 'refs\/tags\/SO-\.\.' is not a valid git ref name \(git check-ref-format\)/
    )
    expect(git(ws, 'rev-parse', 'HEAD')).toBe(head)
    expect(existsSync(join(ws, 'car'))).toBe(false)
  })

  it('CLI: a session file that is a link is refused (exit 2, one line) before anything runs', async () => {
    const out = outside()
    const dir = mkdtempSync(join(tmpdir(), 'oic-cli-'))
    const session = join(dir, 'session.json')
    symlinkSync(out.file, session)
    const printed = { stdout: '', stderr: '' }
    const code = await cli(
      [
        'authenticate',
        '--session',
        session,
        '--token-url',
        oic.url,
        '--client-id',
        'c',
        '--client-secret',
        's'
      ],
      { stdout: t => void (printed.stdout += t), stderr: t => void (printed.stderr += t) },
      {}
    )
    expect(code).toBe(2)
    expect(printed.stderr.split('\n')[0]).toBe(
      `error: --session: ${session} is a symbolic link (refusing to write through it); nothing was written there.`
    )
    expect(readFileSync(out.file, 'utf8')).toBe('untouched\n')
  })

  it('CLI: a pre-created session file is replaced by a new file of mode 600, never written into', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-cli-'))
    const session = join(dir, 'session.json')
    writeFileSync(session, 'planted\n', { mode: 0o644 })
    const inode = statSync(session).ino
    expect(saveSession(session, { OIC_ACCESS_TOKEN: 'sentinel-token-value-1234' })).toBe(true)
    expect(statSync(session).mode & 0o777).toBe(0o600)
    expect(statSync(session).ino).not.toBe(inode)
    expect(JSON.parse(readFileSync(session, 'utf8'))).toEqual({
      OIC_ACCESS_TOKEN: 'sentinel-token-value-1234'
    })
  })
})
