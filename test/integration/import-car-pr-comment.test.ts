// Verify import-car's pr-comment in-process against the emulator and the fake GitHub API on loopback (through the
// real @actions/github client on GITHUB_API_URL): a dry run's plan commented once and updated in place on the next
// run, two gates on one pull request keeping two comments, and a refused comment (403) only warning.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/import-car/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { QUICK_JOBS, startEmulator } from '../support/emulator.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { exportTo } from '../support/promotion.js'

const TOKEN = 'ghs_integration_pr_comment_1'
const SHA = 'fedcba9876543210fedcba9876543210fedcba98'
let emu: Emulator
let gh: FakeGitHub

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  gh = await startFakeGitHub()
})
afterAll(async () => {
  await gh.stop()
  await emu.stop()
  clearSecrets()
})
afterEach(() => {
  for (const key of Object.keys(gh.failures)) delete gh.failures[key]
})

/** The step environment of a run for pull request `pr`, with the archive exported from dev at `r1.car`. */
async function gateEnv(pr: number): Promise<Record<string, string>> {
  const ws = workspace()
  await exportTo(emu, 'dev', join(ws.GITHUB_WORKSPACE, 'r1.car'), 'ORDERS_R1')
  const event = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
  writeFileSync(event, JSON.stringify({ number: pr, pull_request: { number: pr, head: { sha: SHA } } }))
  return {
    ...ws,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/oic-release',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
    GITHUB_API_URL: gh.url
  }
}

const plan = (env: Record<string, string>, instance = 'prod') =>
  runInProcess(
    run,
    { path: 'r1.car', 'dry-run': 'true', 'pr-comment': 'true', 'github-token': TOKEN },
    { emu, instance, env }
  )

const warnings = (host: { logs: Array<{ level: string; message: string }> }): string[] =>
  host.logs.filter(l => l.level === 'warning').map(l => l.message)

describe('import-car pr-comment against the fake GitHub API', () => {
  it('comments the plan once and updates that comment on the next run', async () => {
    const env = await gateEnv(7)
    const before = emu.counters.snapshot().mutations
    const first = await plan(env)
    expect(first.failed).toBeUndefined()
    expect(warnings(first)).toEqual([])
    const mine = () => gh.comments.filter(c => c.issue === 7)
    expect(mine()).toHaveLength(1)
    const [comment] = mine()
    const project = first.outputs.project
    expect(project).toMatch(/^[A-Z_]+$/)
    expect(comment!.body.split('\n')[0]).toBe(
      `<!-- oic-actions:import-car instance=prod project=${project} -->`
    )
    expect(comment!.body).toContain('### OIC import-car')
    expect(comment!.body).toMatch(/📝 Dry run: importing \w+ into prod would add the project — 2 added/)
    expect(comment!.body).toMatch(/\| Kind \| Id \| Archive \| Target \| Change \| Importable \|/)
    expect(comment!.body).toContain(
      'for fedcba9 · [run 77](https://github.com/acme/oic-release/actions/runs/77)'
    )
    expect(comment!.auth).toBe(`token ${TOKEN}`)
    expect(first.logs.map(l => l.message)).toContain(
      `pr-comment: created ${gh.url}/acme/oic-release/pull/7#issuecomment-${comment!.id}`
    )

    const second = await plan(env)
    expect(second.failed).toBeUndefined()
    expect(mine()).toHaveLength(1)
    expect(mine()[0]!.updates).toBe(1)
    expect(second.logs.map(l => l.message)).toContain(
      `pr-comment: updated ${gh.url}/acme/oic-release/pull/7#issuecomment-${comment!.id}`
    )
    const calls = gh.requests.filter(r => r.includes('/issues/'))
    expect(calls).toEqual([
      'GET /repos/acme/oic-release/issues/7/comments',
      'POST /repos/acme/oic-release/issues/7/comments',
      'GET /repos/acme/oic-release/issues/7/comments',
      `PATCH /repos/acme/oic-release/issues/comments/${comment!.id}`
    ])
    // A dry run changes nothing in OIC, comment or not.
    expect(emu.counters.snapshot().mutations).toEqual(before)
  })

  it('keeps one comment per instance: gates against dev and prod on one pull request', async () => {
    const env = await gateEnv(8)
    expect((await plan(env, 'prod')).failed).toBeUndefined()
    expect((await plan(env, 'dev')).failed).toBeUndefined()
    expect((await plan(env, 'prod')).failed).toBeUndefined()
    const mine = gh.comments.filter(c => c.issue === 8)
    expect(mine.map(c => /instance=(\w+)/.exec(c.body)?.[1])).toEqual(['prod', 'dev'])
    expect(mine.map(c => c.updates)).toEqual([1, 0])
  })

  it('warns in one line naming pull-requests: write when GitHub answers 403; the plan still succeeds', async () => {
    const env = await gateEnv(9)
    gh.failures['POST /repos/acme/oic-release/issues/9/comments'] = 403
    const host = await plan(env)
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('planned')
    expect(gh.comments.filter(c => c.issue === 9)).toEqual([])
    const [warning, ...more] = warnings(host)
    expect(more).toEqual([])
    expect(warning).toMatch(
      /^pr-comment: Could not comment on pull request #9 of acme\/oic-release: GitHub answered 403 \(injected failure\)\. Give the job 'permissions: pull-requests: write' \(a pull request from a fork gets a read-only token\)\.$/
    )
    expect(warning).not.toContain(TOKEN)
  })
})
