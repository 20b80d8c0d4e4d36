// Verify import-car's pr-comment step in-process over a mocked OIC and an in-memory comment API: the dry run's plan
// posted once and then updated in place, nothing posted unless asked, a warning (and the import's own result) outside
// a pull request and when GitHub refuses, a failed run's line posted over the earlier plan, the token masked.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { main } from '../../../../src/actions/import-car/main.js'
import { withPrComment, type CommentsFactory } from '../../../../src/actions/import-car/pr-comment-step.js'
import { OicActionError } from '../../../../src/core/errors.js'
import type { CommentsApi, IssueComment } from '../../../../src/core/pr-comment.js'
import { runAction, type RunOptions } from '../../../../src/core/run-action.js'
import { runInProcess } from '../../../support/actions.js'
import { FakeHost } from '../../../support/fake-host.js'
import { logged, P, setup, type Case } from './harness.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const TOKEN = 'ghs_unit_pr_comment_token'
const MARKER = `<!-- oic-actions:import-car instance=mock-instance project=${P} -->`

/** The comments of pull request 7 of acme/oic, the tokens and API URLs asked for, and a status to fail with. */
function fakeGitHub() {
  const comments: IssueComment[] = []
  const opened: Array<[string, string | undefined]> = []
  const state: { status?: number } = {}
  const refuse = (): void => {
    if (state.status)
      throw Object.assign(new Error('Resource not accessible by integration'), { status: state.status })
  }
  const api: CommentsApi = {
    rest: {
      issues: {
        listComments: async p => {
          expect(p).toMatchObject({ owner: 'acme', repo: 'oic', issue_number: 7 })
          return { data: comments.slice((p.page - 1) * p.per_page, p.page * p.per_page) }
        },
        createComment: async p => {
          refuse()
          const c = {
            id: comments.length + 1,
            body: p.body,
            html_url: `https://github.test/c/${comments.length + 1}`
          }
          comments.push(c)
          return { data: c }
        },
        updateComment: async p => {
          refuse()
          const c = comments.find(x => x.id === p.comment_id)!
          c.body = p.body
          return { data: c }
        }
      }
    }
  }
  const factory: CommentsFactory = async (token, apiUrl) => {
    opened.push([token, apiUrl])
    return api
  }
  return { comments, opened, state, factory }
}

/** A runner's environment for an event: its payload file, the repository, the run and the API URL. */
function eventEnv(name: string, payload: unknown): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/oic',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_API_URL: 'http://127.0.0.1:9/api'
  }
}
const PR_EVENT = { number: 7, pull_request: { number: 7, head: { sha: SHA } } }

function gate(
  c: Case,
  factory: CommentsFactory,
  inputs: Record<string, string>,
  env: Record<string, string>
) {
  const run = (options: RunOptions): Promise<boolean> =>
    runAction('import-car', withPrComment(main, factory), options)
  return runInProcess(
    run,
    { path: c.path, 'dry-run': 'true', 'github-token': TOKEN, ...inputs },
    {
      net: c.net,
      env: { ...c.env, ...env }
    }
  )
}

describe('import-car pr-comment', () => {
  it('posts the dry run’s plan once, then updates that comment in place on the next run', async () => {
    const gh = fakeGitHub()
    const c = await setup()
    const env = eventEnv('pull_request', PR_EVENT)
    const first = await gate(c, gh.factory, { 'pr-comment': 'true' }, env)
    expect(first.failed).toBeUndefined()
    expect(first.outputs.result).toBe('planned')
    expect(gh.comments).toHaveLength(1)
    const body = gh.comments[0]!.body!
    expect(body.split('\n')[0]).toBe(MARKER)
    expect(body).toContain('### OIC import-car')
    expect(body).toContain(`📝 Dry run: importing ${P} into mock-instance would add the project`)
    expect(body).toContain('| integration | ORDER_SYNC | 01.00.0000 | — | added | yes |')
    expect(body).toContain(
      '<sub>oic-actions import-car for 0123456 · [run 4242](https://github.test/acme/oic/actions/runs/4242): updated in place on every run.</sub>'
    )
    expect(logged(first, 'info')).toContain('pr-comment: created https://github.test/c/1')
    expect(gh.opened).toEqual([[TOKEN, 'http://127.0.0.1:9/api']])
    expect(first.secrets).toContain(TOKEN)

    const again = await setup()
    const second = await gate(again, gh.factory, { 'pr-comment': 'true' }, env)
    expect(second.failed).toBeUndefined()
    expect(gh.comments).toHaveLength(1)
    expect(logged(second, 'info')).toContain('pr-comment: updated https://github.test/c/1')
  })

  it('posts nothing unless pr-comment is true', async () => {
    const gh = fakeGitHub()
    const host = await gate(await setup(), gh.factory, {}, eventEnv('pull_request', PR_EVENT))
    expect(host.failed).toBeUndefined()
    expect(gh.opened).toEqual([])
    expect(logged(host, 'warning')).toEqual([])
  })

  it('outside a pull request: one warning, no comment, the plan as without it', async () => {
    const gh = fakeGitHub()
    const host = await gate(
      await setup(),
      gh.factory,
      { 'pr-comment': 'true' },
      eventEnv('push', { ref: 'refs/heads/main' })
    )
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('planned')
    expect(gh.opened).toEqual([])
    expect(logged(host, 'warning')).toEqual([
      'pr-comment: no pull-request comment written: the push event is not about a pull request.'
    ])
  })

  it('when GitHub refuses (403): one warning naming pull-requests: write; the step still succeeds', async () => {
    const gh = fakeGitHub()
    gh.state.status = 403
    const host = await gate(
      await setup(),
      gh.factory,
      { 'pr-comment': 'true' },
      eventEnv('pull_request', PR_EVENT)
    )
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('planned')
    expect(logged(host, 'warning')).toEqual([
      "pr-comment: Could not comment on pull request #7 of acme/oic: GitHub answered 403 (Resource not accessible by integration). Give the job 'permissions: pull-requests: write' (a pull request from a fork gets a read-only token)."
    ])
  })

  it('a failed run replaces the earlier plan with its failure line, and fails as it would without the comment', async () => {
    const gh = fakeGitHub()
    const env = eventEnv('pull_request', PR_EVENT)
    await gate(await setup(), gh.factory, { 'pr-comment': 'true' }, env)
    const c = await setup()
    const plain = await gate(c, gh.factory, { project: 'OTHER' }, env)
    const host = await gate(await setup(), gh.factory, { 'pr-comment': 'true', project: 'OTHER' }, env)
    expect(host.failed?.message).toMatch(/holds project SALES_ORDERS, not OTHER/)
    expect(host.failed?.message).toBe(plain.failed?.message)
    // The marker names the project input, so the failed run's comment is its own: the gate for OTHER.
    expect(gh.comments).toHaveLength(2)
    const failed = gh.comments[1]!.body!
    expect(failed.split('\n')[0]).toBe('<!-- oic-actions:import-car instance=mock-instance project=OTHER -->')
    expect(failed).toContain('❌ ')
    expect(failed).toContain('holds project SALES_ORDERS, not OTHER')
  })

  it('a failure after the report posts that report, marked failed, with the failure line first', async () => {
    const gh = fakeGitHub()
    const host = new FakeHost(
      { 'pr-comment': 'true', 'github-token': TOKEN, path: 'x.car', project: P },
      {
        ...eventEnv('pull_request', PR_EVENT),
        OIC_URL: 'https://design.example.com',
        OIC_INSTANCE: 'dev',
        OIC_ACCESS_TOKEN: 'tok-abcdef'
      }
    )
    const body = withPrComment(async ctx => {
      await ctx.report({
        title: 'OIC import-car',
        status: 'success',
        statusLine: 'Project imported.',
        table: { headers: ['Kind', 'Id'], rows: [['integration', 'A']] }
      })
      throw new OicActionError('Activation failed for 1 of 1 integrations: A|01 (FAILED).')
    }, gh.factory)
    expect(await runAction('import-car', body, { host })).toBe(false)
    expect(host.failed?.message).toBe('Activation failed for 1 of 1 integrations: A|01 (FAILED).')
    const comment = gh.comments[0]!.body!
    expect(comment.split('\n')[0]).toBe(`<!-- oic-actions:import-car instance=dev project=${P} -->`)
    expect(comment).toContain('❌ Project imported.')
    expect(comment).toContain('| integration | A |')
    expect(comment).toContain('- Failed: Activation failed for 1 of 1 integrations: A|01 (FAILED).')
  })

  it('refuses pr-comment with an empty github-token, before any request', async () => {
    const gh = fakeGitHub()
    const c = await setup()
    const host = await gate(
      c,
      gh.factory,
      { 'pr-comment': 'true', 'github-token': '' },
      eventEnv('pull_request', PR_EVENT)
    )
    expect(host.failed?.message).toBe(
      "Input 'pr-comment' needs 'github-token': a token with pull-requests: write."
    )
    expect(c.net.agent.getCallHistory()?.calls() ?? []).toEqual([])
    expect(gh.opened).toEqual([])
  })
})
