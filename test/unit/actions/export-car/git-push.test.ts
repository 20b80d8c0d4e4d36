// Verify export-car's git-push against real git in temporary folders (a bare remote and clones): commit under
// git-path, annotated tag with the build number, atomic push, rebase and retry when the branch moved on (never
// force), and one line for every refusal and failure — directly (pushArchive) and through main.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { run } from '../../../../src/actions/export-car/index.js'
import {
  PUSH_ATTEMPTS,
  pushArchive,
  type GitPushRequest
} from '../../../../src/actions/export-car/git-push.js'
import { ConfigurationError, OicActionError } from '../../../../src/core/errors.js'
import { clearSecrets } from '../../../../src/core/secrets/registry.js'
import { runInProcess } from '../../../support/actions.js'
import { projectCarBytes } from '../../../support/car.js'
import { mockNetwork, type UnitRun } from '../../../support/http-mock.js'

/** git with a fixed identity and branch name, for setting up the repositories (not the code under test). */
function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  ).trim()
}

interface Repos {
  root: string
  origin: string
  ws: string
  other: string
}

/** A bare `origin`, a clone `ws` (the workspace) with one commit on main, and a second clone `other`. */
function repos(): Repos {
  const root = mkdtempSync(join(tmpdir(), 'git-push-'))
  git(root, 'init', '--bare', '-q', 'origin.git')
  git(root, 'clone', '-q', 'origin.git', 'ws')
  const ws = join(root, 'ws')
  git(ws, 'checkout', '-q', '-b', 'main')
  writeFileSync(join(ws, 'README.md'), 'hi\n')
  git(ws, 'add', '.')
  git(ws, 'commit', '-q', '-m', 'init')
  git(ws, 'push', '-q', 'origin', 'HEAD:main')
  git(root, 'clone', '-q', '-b', 'main', 'origin.git', 'other')
  return { root, origin: join(root, 'origin.git'), ws, other: join(root, 'other') }
}

/** Someone else pushes `file` to main first. */
function pushFromOther(r: Repos, file: string, content: string): void {
  mkdirSync(join(r.other, file, '..'), { recursive: true })
  writeFileSync(join(r.other, file), content)
  git(r.other, 'add', '.')
  git(r.other, 'commit', '-q', '-m', 'someone else')
  git(r.other, 'push', '-q', 'origin', 'HEAD:main')
}

/** An archive file outside the repository, as export-car writes it to runner temp. */
function archive(content = 'PK\u0003\u0004 archive bytes'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rt-')), 'SALES_ORDERS-7.car')
  writeFileSync(file, content)
  return file
}

function request(
  r: Repos,
  overrides: Partial<GitPushRequest> = {}
): GitPushRequest & { lines: string[]; slept: number[] } {
  const lines: string[] = []
  const slept: number[] = []
  return {
    archive: archive(),
    workspace: r.ws,
    gitPath: 'car/',
    tag: 'SALES_ORDERS-7',
    message: 'OIC export: project SALES_ORDERS, build 7',
    log: line => void lines.push(line),
    sleep: async ms => void slept.push(ms),
    lines,
    slept,
    ...overrides
  }
}

/** Installs an executable hook in a repository's hooks folder. */
function hook(gitDir: string, name: string, script: string): void {
  const file = join(gitDir, 'hooks', name)
  writeFileSync(file, `#!/bin/sh\n${script}\n`)
  chmodSync(file, 0o755)
}

describe('pushArchive', () => {
  it('commits the archive under git-path, tags it and pushes branch and tag atomically', async () => {
    const r = repos()
    const req = request(r)
    const pushed = await pushArchive(req)
    expect(pushed.tag).toBe('SALES_ORDERS-7')
    expect(pushed.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(git(r.origin, 'rev-parse', 'main')).toBe(pushed.commit)
    expect(git(r.origin, 'rev-parse', 'SALES_ORDERS-7^{commit}')).toBe(pushed.commit)
    expect(git(r.origin, 'cat-file', '-t', 'SALES_ORDERS-7')).toBe('tag')
    expect(git(r.origin, 'show', '--name-only', '--format=%s', 'main')).toBe(
      'OIC export: project SALES_ORDERS, build 7\n\ncar/SALES_ORDERS-7.car'
    )
    expect(git(r.origin, 'show', 'main:car/SALES_ORDERS-7.car')).toBe(readFileSync(req.archive, 'utf8'))
    expect(req.lines).toContain('git push --atomic origin HEAD:refs/heads/main refs/tags/SALES_ORDERS-7')
    expect(req.lines.some(l => l.includes('user.'))).toBe(false)
    expect(req.slept).toEqual([])
  })

  it('commits as github-actions[bot] when git has no identity configured', async () => {
    const r = repos()
    // An empty user.email reads as no identity (git's own fallback would be the machine's user and host).
    git(r.ws, 'config', 'user.email', '')
    await pushArchive(request(r))
    expect(git(r.origin, 'log', '-1', '--format=%an <%ae>', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
    )
    expect(git(r.origin, 'for-each-ref', '--format=%(taggername)', 'refs/tags/SALES_ORDERS-7')).toBe(
      'github-actions[bot]'
    )
  })

  it("keeps the repository's own identity when one is configured", async () => {
    const r = repos()
    git(r.ws, 'config', 'user.name', 'Release Bot')
    git(r.ws, 'config', 'user.email', 'release@example.com')
    await pushArchive(request(r))
    expect(git(r.origin, 'log', '-1', '--format=%an <%ae>', 'main')).toBe('Release Bot <release@example.com>')
  })

  it('commits in place when the archive already lies under git-path', async () => {
    const r = repos()
    mkdirSync(join(r.ws, 'car'))
    const inPlace = join(r.ws, 'car', 'SALES_ORDERS-7.car')
    writeFileSync(inPlace, 'PK in place')
    const pushed = await pushArchive(request(r, { archive: inPlace }))
    expect(git(r.origin, 'show', `${pushed.commit}:car/SALES_ORDERS-7.car`)).toBe('PK in place')
  })

  it('fetches, rebases and retries when the branch moved on, moving the tag, never forcing', async () => {
    const r = repos()
    pushFromOther(r, 'other.txt', 'x\n')
    const req = request(r)
    const pushed = await pushArchive(req)
    expect(git(r.origin, 'log', '--format=%s', 'main').split('\n')).toEqual([
      'OIC export: project SALES_ORDERS, build 7',
      'someone else',
      'init'
    ])
    expect(git(r.origin, 'rev-parse', 'main')).toBe(pushed.commit)
    expect(git(r.origin, 'rev-parse', 'SALES_ORDERS-7^{commit}')).toBe(pushed.commit)
    expect(req.lines).toContain(
      `Push rejected (the branch moved on); fetching, rebasing and retrying (attempt 2 of ${PUSH_ATTEMPTS}).`
    )
    expect(req.lines.filter(l => / push /.test(l)).every(l => !/--force|-f\b/.test(l))).toBe(true)
    expect(req.slept).toEqual([1000])
  })

  it('gives up after the last attempt when every push is rejected', async () => {
    const r = repos()
    hook(r.origin, 'pre-receive', 'echo "policy says no" >&2; exit 1')
    const req = request(r)
    const error = await pushArchive(req).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicActionError)
    expect((error as Error).message).toMatch(
      new RegExp(`^git-push: push to origin/main failed after ${PUSH_ATTEMPTS} attempts: .*rejected`)
    )
    expect(req.slept).toEqual([1000, 2000])
    expect(git(r.origin, 'rev-parse', 'main')).toBe(git(r.other, 'rev-parse', 'HEAD'))
    expect(git(r.origin, 'tag', '--list')).toBe('')
  })

  it('stops at once when the push fails for another reason than a rejection', async () => {
    const r = repos()
    git(r.ws, 'remote', 'set-url', 'origin', join(r.root, 'missing.git'))
    const req = request(r)
    await expect(pushArchive(req)).rejects.toThrow(/^git-push: push to origin\/main failed: .+/)
    expect(req.slept).toEqual([])
    expect(req.lines.filter(l => l.startsWith('git push'))).toHaveLength(1)
  })

  it('aborts a conflicting rebase and asks to resolve it by hand', async () => {
    const r = repos()
    pushFromOther(r, 'car/SALES_ORDERS-7.car', 'PK their archive')
    const req = request(r)
    await expect(pushArchive(req)).rejects.toThrow(
      /^git-push: rebasing onto origin\/main failed \([\s\S]*could not apply [\s\S]*\); resolve it by hand\.$/
    )
    expect(req.lines).toContain('git rebase --abort')
    expect(existsSync(join(r.ws, '.git', 'rebase-merge'))).toBe(false)
    expect(existsSync(join(r.ws, '.git', 'rebase-apply'))).toBe(false)
    expect(git(r.origin, 'show', 'main:car/SALES_ORDERS-7.car')).toBe('PK their archive')
  })

  it('names the step when a local git command fails (a pre-commit hook refuses)', async () => {
    const r = repos()
    hook(join(r.ws, '.git'), 'pre-commit', 'echo "lint failed" >&2; exit 1')
    await expect(pushArchive(request(r))).rejects.toThrow(
      'git-push: could not commit the archive: lint failed'
    )
    expect(git(r.origin, 'log', '--format=%s', 'main')).toBe('init')
  })

  it('refuses a tag that already exists, before committing', async () => {
    const r = repos()
    git(r.ws, 'tag', 'SALES_ORDERS-7')
    const head = git(r.ws, 'rev-parse', 'HEAD')
    const error = await pushArchive(request(r)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).input).toBe('build-number')
    expect((error as Error).message).toBe(
      'git-push: tag SALES_ORDERS-7 already exists; use another build-number.'
    )
    expect(git(r.ws, 'rev-parse', 'HEAD')).toBe(head)
  })

  it('refuses a tag name git rejects, naming build-number', async () => {
    const r = repos()
    const error = await pushArchive(request(r, { tag: 'SALES..7' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).input).toBe('build-number')
    expect((error as Error).message).toBe(
      "git-push: 'refs/tags/SALES..7' is not a valid git ref name (git check-ref-format): choose a build-number without .., a leading or trailing . or .lock."
    )
    expect(existsSync(join(r.ws, 'car'))).toBe(false)
  })

  it('refuses a workspace that is not a git repository', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'plain-'))
    const error = await pushArchive(request({ root: ws, origin: ws, ws, other: ws })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(
      `Input 'git-push' needs a git repository in the workspace (${ws}): add actions/checkout before this step.`
    )
  })

  it('refuses a detached HEAD', async () => {
    const r = repos()
    git(r.ws, 'checkout', '-q', '--detach')
    await expect(pushArchive(request(r))).rejects.toThrow(
      "Input 'git-push' needs a branch checked out, but HEAD is detached (a tag or PR checkout): use actions/checkout with ref: <branch>."
    )
  })

  it('refuses a git-path that a committed link carries outside the repository', async () => {
    const r = repos()
    const outside = mkdtempSync(join(tmpdir(), 'outside-'))
    symlinkSync(outside, join(r.ws, 'car'))
    await expect(pushArchive(request(r))).rejects.toThrow(
      /^Input 'git-path': .*SALES_ORDERS-7\.car resolves to .*, outside .*; nothing was written there\.$/
    )
    expect(existsSync(join(outside, 'SALES_ORDERS-7.car'))).toBe(false)
  })
})

describe('export-car main with git-push', () => {
  let car: Buffer
  beforeAll(async () => {
    car = await projectCarBytes({
      code: 'SALES_ORDERS',
      integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }]
    })
  })
  const nets: UnitRun[] = []
  afterEach(async () => {
    for (const net of nets.splice(0)) {
      net.agent.assertNoPendingInterceptors()
      await net.agent.close()
    }
  })
  afterAll(() => clearSecrets())

  function exportReplies(): UnitRun {
    const net = mockNetwork()
    nets.push(net)
    const json = { headers: { 'content-type': 'application/json' } }
    net.oic
      .intercept({ path: p => p.startsWith('/ic/api/integration/v1/projects/SALES_ORDERS?'), method: 'GET' })
      .reply(
        200,
        JSON.stringify({ code: 'SALES_ORDERS', id: 'SALES_ORDERS', name: 'Sales', type: 'DEVELOPED' }),
        json
      )
    net.oic
      .intercept({
        path: p => p.startsWith('/ic/api/integration/v1/projects/SALES_ORDERS/archive?'),
        method: 'POST'
      })
      .reply(200, car, { headers: { 'content-type': 'application/octet-stream' } })
    return net
  }

  it('commits the exported archive with the build number and reports commit and tag', async () => {
    const r = repos()
    const net = exportReplies()
    const runnerTemp = mkdtempSync(join(tmpdir(), 'rt-'))
    const host = await runInProcess(
      run,
      { project: 'SALES_ORDERS', 'build-number': '7', 'git-push': 'true', 'git-path': 'exports/oic' },
      { net, env: { GITHUB_WORKSPACE: r.ws, RUNNER_TEMP: runnerTemp } }
    )
    expect(host.failed).toBeUndefined()
    const commit = git(r.origin, 'rev-parse', 'main')
    expect(host.outputs['git-commit']).toBe(commit)
    expect(host.outputs['git-tag']).toBe('SALES_ORDERS-7')
    expect(git(r.origin, 'show', '--name-only', '--format=%s', 'main')).toBe(
      'OIC export: project SALES_ORDERS, build 7\n\nexports/oic/SALES_ORDERS-7.car'
    )
    expect(execFileSync('git', ['show', 'main:exports/oic/SALES_ORDERS-7.car'], { cwd: r.origin })).toEqual(
      car
    )
    expect(JSON.parse(host.outputs.results!)).toMatchObject({ gitCommit: commit, gitTag: 'SALES_ORDERS-7' })
    expect(host.summaries[0]?.table?.rows.find(row => row[0] === 'Git')?.[1]).toMatch(
      new RegExp(`^SALES_ORDERS-7 at ${commit.slice(0, 12)} \\(.*exports/oic\\)$`)
    )
    expect(net.slept).toEqual([])
  })

  // A relative git-path is shown relative to the workspace (it was resolved against the process's directory).
  it('names git-path relative to the workspace in the summary', async () => {
    const r = repos()
    const net = exportReplies()
    const host = await runInProcess(
      run,
      { project: 'SALES_ORDERS', 'build-number': '7', 'git-push': 'true', 'git-path': 'exports/oic' },
      { net, env: { GITHUB_WORKSPACE: r.ws, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) } }
    )
    const commit = git(r.origin, 'rev-parse', 'main')
    expect(host.summaries[0]?.table?.rows).toContainEqual([
      'Git',
      `SALES_ORDERS-7 at ${commit.slice(0, 12)} (exports/oic)`
    ])
  })

  it('fails with the push line after exporting when the push keeps failing, keeping the archive', async () => {
    const r = repos()
    git(r.ws, 'remote', 'set-url', 'origin', join(r.root, 'missing.git'))
    const net = exportReplies()
    const runnerTemp = mkdtempSync(join(tmpdir(), 'rt-'))
    const host = await runInProcess(
      run,
      { project: 'SALES_ORDERS', 'build-number': '7', 'git-push': 'true' },
      { net, env: { GITHUB_WORKSPACE: r.ws, RUNNER_TEMP: runnerTemp } }
    )
    expect(host.failed?.message).toMatch(/^git-push: push to origin\/main failed: /)
    expect(host.outputs['git-commit']).toBeUndefined()
    expect(host.outputs.results).toBeUndefined()
    expect(readFileSync(join(runnerTemp, 'SALES_ORDERS-7.car'))).toEqual(car)
    expect(host.summaries).toEqual([
      { title: 'OIC export-car', status: 'failure', statusLine: host.failed?.message }
    ])
  })
})
