// Verify export-car against the emulator: streamed archive with SHA-256, deployment labels, retries that never leave
// a partial file, path confinement, and git-push (commit, tag, push, rebase after a rejected push, never force).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/export-car/index.js'
import { readCar } from '../../src/core/archive/car.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { startEmulator } from '../support/emulator.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})

const go = (inputs: Record<string, string>, env: Record<string, string> = workspace()) =>
  runInProcess(
    run,
    { project: 'SALES_ORDERS', 'build-number': '7', ...inputs },
    { emu, instance: 'dev', env }
  )

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8' }
  ).trim()
}

function repoPair(): { origin: string; ws: string; other: string } {
  const root = mkdtempSync(join(tmpdir(), 'git-'))
  git(root, 'init', '--bare', '-q', 'origin.git')
  git(root, 'clone', '-q', 'origin.git', 'ws')
  writeFileSync(join(root, 'ws', 'README.md'), 'hi\n')
  git(join(root, 'ws'), 'add', '.')
  git(join(root, 'ws'), 'commit', '-q', '-m', 'init')
  git(join(root, 'ws'), 'push', '-q', 'origin', 'HEAD:main')
  git(root, 'clone', '-q', 'origin.git', 'other')
  return { origin: join(root, 'origin.git'), ws: join(root, 'ws'), other: join(root, 'other') }
}

describe('export-car', () => {
  it('exports the whole project into runner temp with a correct SHA-256, skipping the artifact off-runner', async () => {
    const env = workspace()
    const host = await go({}, env)
    expect(host.failed).toBeUndefined()
    const path = host.outputs.path!
    expect(path).toBe(join(env.RUNNER_TEMP, 'SALES_ORDERS-7.car'))
    const bytes = readFileSync(path)
    expect(host.outputs.size).toBe(String(bytes.length))
    expect(host.outputs.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    const car = await readCar(path)
    expect(car).toMatchObject({ kind: 'project', project: { code: 'SALES_ORDERS' } })
    expect(car.integrations.length).toBe(
      emu.state.get('dev')!.design.projects.get('SALES_ORDERS')!.integrations.size
    )
    expect(
      host.logs.some(
        l =>
          l.level === 'notice' &&
          /Artifact upload skipped: not running on a GitHub Actions runner/.test(l.message)
      )
    ).toBe(true)
    expect(host.outputs['artifact-id']).toBeUndefined()
    expect(JSON.parse(host.outputs.results!)).toMatchObject({
      project: 'SALES_ORDERS',
      sha256: host.outputs.sha256
    })
  })

  it('exports one deployment (the label) to a path in the workspace', async () => {
    const env = workspace()
    const host = await go({ deployment: 'ORDERS_R1', path: 'out/orders.car' }, env)
    expect(host.failed).toBeUndefined()
    expect(host.outputs.path).toBe(join(env.GITHUB_WORKSPACE, 'out/orders.car'))
    const car = await readCar(host.outputs.path!)
    expect(car).toMatchObject({ kind: 'deployment', deployment: 'ORDERS_R1' })
    expect(car.deployments.map(d => d.code)).toEqual(['ORDERS_R1'])
    expect(car.integrations.map(i => `${i.code}|${i.version}`).sort()).toEqual([
      'SO_CREATE_ORDER|01.00.0001',
      'SO_SYNC_CUSTOMER|01.00.0000'
    ])
  })

  it('retries an export whose stream broke, leaving only the final file', async () => {
    const env = workspace()
    emu.switches.faults.push({ path: '/archive', kind: 'reset', phase: 'after', times: 1 })
    const host = await go({ path: 'a.car' }, env)
    emu.switches.faults.length = 0
    expect(host.failed).toBeUndefined()
    expect(
      host.logs.some(l => /^Retry export project SALES_ORDERS: attempt 1 of 5 failed/.test(l.message))
    ).toBe(true)
    expect(readdirSync(env.GITHUB_WORKSPACE)).toEqual(['a.car'])
  })

  it('fails without a partial .car when the stream keeps breaking', async () => {
    const env = workspace()
    emu.switches.faults.push({ path: '/archive', kind: 'reset', phase: 'after' })
    const host = await go({ path: 'b.car', retries: '1' }, env)
    emu.switches.faults.length = 0
    expect(host.failed?.message).toMatch(
      /^Could not export project SALES_ORDERS: POST .*archive.* failed: no response/
    )
    expect(readdirSync(env.GITHUB_WORKSPACE)).toEqual([])
  })

  it.each([
    [
      'an unknown deployment',
      { deployment: 'NOPE' },
      /^Deployment 'NOPE' does not exist in project SALES_ORDERS \(deployments there: FULFILMENT_R2, ORDERS_R1\): create it with create-deployment first\.$/
    ],
    ['an unknown project', { project: 'NOPE' }, /^Project 'NOPE' does not exist in instance 'dev'/],
    [
      'a path outside the workspace',
      { path: '/etc/x.car' },
      /^Input 'path' must stay inside the workspace or runner temp/
    ],
    [
      'a path escaping with ..',
      { path: '../../x.car' },
      /^Input 'path' must stay inside the workspace or runner temp/
    ],
    ['a non-.car path', { path: 'x.zip' }, /^Input 'path' must name a \.car file/],
    [
      'bad retention days',
      { 'retention-days': '120' },
      /^Input 'retention-days' must be a whole number from 1 to 90, got '120'\.$/
    ],
    ['a bad artifact name', { 'artifact-name': 'a/b' }, /^Input 'artifact-name' must not contain/]
  ])('fails with one line on %s', async (_name, inputs, pattern) => {
    const host = await go(inputs)
    expect(host.failed?.message).toMatch(pattern)
  })

  it('git-push commits under git-path, tags and pushes', async () => {
    const { origin, ws } = repoPair()
    const host = await go(
      { deployment: 'ORDERS_R1', 'git-push': 'true', 'upload-artifact': 'false' },
      { GITHUB_WORKSPACE: ws, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) }
    )
    expect(host.failed).toBeUndefined()
    expect(host.outputs['git-tag']).toBe('SALES_ORDERS-ORDERS_R1-7')
    expect(git(origin, 'rev-parse', 'main')).toBe(host.outputs['git-commit'])
    expect(git(origin, 'rev-parse', 'SALES_ORDERS-ORDERS_R1-7^{commit}')).toBe(host.outputs['git-commit'])
    expect(git(origin, 'show', '--name-only', '--format=%s', 'main')).toMatch(
      /^OIC export: project SALES_ORDERS, deployment ORDERS_R1, build 7\n\ncar\/SALES_ORDERS-ORDERS_R1-7\.car$/
    )
  })

  it('git-push rebases and retries when the branch moved on, never forcing', async () => {
    const { origin, ws, other } = repoPair()
    writeFileSync(join(other, 'other.txt'), 'x\n')
    git(other, 'add', '.')
    git(other, 'commit', '-q', '-m', 'someone else')
    git(other, 'push', '-q', 'origin', 'HEAD:main')
    const host = await go(
      { 'git-push': 'true', 'build-number': '8' },
      { GITHUB_WORKSPACE: ws, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) }
    )
    expect(host.failed).toBeUndefined()
    expect(
      host.logs.some(l =>
        /Push rejected \(the branch moved on\); fetching, rebasing and retrying/.test(l.message)
      )
    ).toBe(true)
    expect(git(origin, 'log', '--format=%s', 'main').split('\n')).toEqual([
      'OIC export: project SALES_ORDERS, build 8',
      'someone else',
      'init'
    ])
    expect(git(origin, 'rev-parse', 'SALES_ORDERS-8^{commit}')).toBe(host.outputs['git-commit'])
  })

  it('git-push refuses a detached HEAD and a workspace that is not a repository', async () => {
    const { ws } = repoPair()
    git(ws, 'checkout', '-q', '--detach')
    const detached = await go(
      { 'git-push': 'true' },
      { GITHUB_WORKSPACE: ws, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) }
    )
    expect(detached.failed?.message).toMatch(
      /^Input 'git-push' needs a branch checked out, but HEAD is detached/
    )
    const plain = await go({ 'git-push': 'true' })
    expect(plain.failed?.message).toMatch(/^Input 'git-push' needs a git repository in the workspace/)
    expect(existsSync(plain.outputs.path ?? '')).toBe(true)
  })
})
