// Verify the sticky pull-request comment against an in-memory fake of the issue-comment API: created once and then
// updated in place, one comment per marker, found on a later page, cut to GitHub's limit, outside text escaped and
// secrets removed, GitHub's refusals as one line naming the permission, and the pull request read from the event.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Report } from '../../../src/core/job-summary.js'
import {
  commentBody,
  commentFailure,
  commentMarker,
  MAX_COMMENT_CHARS,
  pullRequestOf,
  upsertComment,
  type CommentsApi,
  type IssueComment,
  type PullRequestRef
} from '../../../src/core/pr-comment.js'
import { clearSecrets, registerSecret } from '../../../src/core/secrets/registry.js'

const PR: PullRequestRef = { owner: 'acme', repo: 'oic', number: 7 }

/** A fake issue-comment API: comments of one pull request, every call recorded, failures by call name. */
function fakeApi(initial: string[] = []) {
  const comments: IssueComment[] = initial.map((body, i) => ({ id: i + 1, body, html_url: `u/${i + 1}` }))
  const calls: string[] = []
  const fail: Record<string, Error> = {}
  let nextId = comments.length + 1
  const check = (name: string): void => {
    calls.push(name)
    if (fail[name]) throw fail[name]
  }
  const api: CommentsApi = {
    rest: {
      issues: {
        listComments: async p => {
          check(`list ${p.page}`)
          expect(p).toMatchObject({ owner: 'acme', repo: 'oic', issue_number: 7 })
          return { data: comments.slice((p.page - 1) * p.per_page, p.page * p.per_page) }
        },
        createComment: async p => {
          check('create')
          const c = { id: nextId++, body: p.body, html_url: `u/${nextId - 1}` }
          comments.push(c)
          return { data: c }
        },
        updateComment: async p => {
          check(`update ${p.comment_id}`)
          const c = comments.find(x => x.id === p.comment_id)!
          c.body = p.body
          return { data: c }
        }
      }
    }
  }
  return { api, comments, calls, fail }
}

const report = (statusLine: string, rows: string[][] = []): Report => ({
  title: 'OIC import-car',
  status: 'planned',
  statusLine,
  table: { headers: ['Kind', 'Id'], rows }
})

afterEach(() => clearSecrets())

describe('upsertComment', () => {
  const marker = commentMarker('import-car', { instance: 'dev', project: 'SO' })

  it('creates the comment on the first run and updates that one in place on the next', async () => {
    const gh = fakeApi(['a reviewer says hello'])
    const first = await upsertComment(gh.api, PR, marker, `${marker}\nplan 1`)
    expect(first).toEqual({ action: 'created', url: 'u/2' })
    const second = await upsertComment(gh.api, PR, marker, `${marker}\nplan 2`)
    expect(second).toEqual({ action: 'updated', url: 'u/2' })
    expect(gh.comments.map(c => c.body)).toEqual(['a reviewer says hello', `${marker}\nplan 2`])
    expect(gh.calls).toEqual(['list 1', 'create', 'list 1', 'update 2'])
  })

  it('keeps one comment per marker: two gates on one pull request keep two comments', async () => {
    const gh = fakeApi()
    const prod = commentMarker('import-car', { instance: 'prod', project: 'SO' })
    await upsertComment(gh.api, PR, marker, `${marker}\ndev 1`)
    await upsertComment(gh.api, PR, prod, `${prod}\nprod 1`)
    await upsertComment(gh.api, PR, prod, `${prod}\nprod 2`)
    await upsertComment(gh.api, PR, marker, `${marker}\ndev 2`)
    expect(gh.comments.map(c => c.body)).toEqual([`${marker}\ndev 2`, `${prod}\nprod 2`])
  })

  it('finds its comment on a later page, and reads no page after a short one', async () => {
    const others = Array.from({ length: 150 }, (_, i) => `comment ${i}`)
    const gh = fakeApi([...others, `${marker}\nold plan`])
    expect(await upsertComment(gh.api, PR, marker, `${marker}\nnew`)).toEqual({
      action: 'updated',
      url: 'u/151'
    })
    expect(gh.calls).toEqual(['list 1', 'list 2', 'update 151'])
    const none = fakeApi(others)
    await upsertComment(none.api, PR, marker, `${marker}\nnew`)
    expect(none.calls).toEqual(['list 1', 'list 2', 'create'])
  })

  it('does not take over a comment that only quotes or mentions the marker', async () => {
    const gh = fakeApi([`> ${marker}\n> quoted plan`, `see ${marker}`])
    expect((await upsertComment(gh.api, PR, marker, `${marker}\nmine`)).action).toBe('created')
    expect(gh.comments).toHaveLength(3)
  })

  it("turns a 403 into one line naming 'pull-requests: write'", async () => {
    const gh = fakeApi()
    gh.fail.create = Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
    await expect(upsertComment(gh.api, PR, marker, 'b')).rejects.toThrow(
      "Could not comment on pull request #7 of acme/oic: GitHub answered 403 (Resource not accessible by integration). Give the job 'permissions: pull-requests: write' (a pull request from a fork gets a read-only token)."
    )
  })

  it('turns a refused list or update into one line too', async () => {
    const gh = fakeApi([`${marker}\nold`])
    gh.fail['update 1'] = Object.assign(new Error('Validation Failed:\n body is too long'), { status: 422 })
    await expect(upsertComment(gh.api, PR, marker, 'b')).rejects.toThrow(
      'Could not comment on pull request #7 of acme/oic: GitHub answered 422 (Validation Failed: body is too long).'
    )
    gh.fail['list 1'] = Object.assign(new Error('Not Found'), { status: 404 })
    await expect(upsertComment(gh.api, PR, marker, 'b')).rejects.toThrow(
      /GitHub answered 404 \(Not Found\): the github-token cannot see this pull request\.$/
    )
    expect(commentFailure(new Error('socket hang up'), PR)).toBe(
      'Could not comment on pull request #7 of acme/oic: socket hang up.'
    )
  })
})

describe('commentMarker', () => {
  it('names the tool and each field, and nothing in a value can end the HTML comment', () => {
    expect(commentMarker('import-car', { instance: 'dev', project: 'SO_1.0' })).toBe(
      '<!-- oic-actions:import-car instance=dev project=SO_1.0 -->'
    )
    expect(commentMarker('import-car', { instance: undefined, project: 'a --> <b>' })).toBe(
      '<!-- oic-actions:import-car instance= project=a_--___b_ -->'
    )
  })
})

describe('commentBody', () => {
  const marker = commentMarker('import-car', { instance: 'dev', project: 'SO' })

  it('starts with the marker and renders the report, its footer last', () => {
    const body = commentBody(marker, report('Dry run: 1 added.', [['integration', 'SO_A']]), '<sub>f</sub>')
    expect(body).toBe(
      `${marker}\n### OIC import-car\n\n📝 Dry run: 1 added.\n\n| Kind | Id |\n| --- | --- |\n| integration | SO_A |\n\n<sub>f</sub>\n`
    )
  })

  it('escapes hostile server text: no table break, no HTML, no link; secrets removed', () => {
    registerSecret('s3cr3t-value')
    const body = commentBody(
      marker,
      report('Target says <img src=x onerror=alert(1)> [x](https://evil)', [
        ['integration', 'A|B\n| injected | row |'],
        ['connection', 'password s3cr3t-value']
      ])
    )
    expect(body).not.toContain('<img')
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(body).toContain('\\[x\\](https://evil)')
    expect(body).toContain('| integration | A\\|B<br>\\| injected \\| row \\| |')
    expect(body).not.toContain('s3cr3t-value')
    expect(body).toContain('| connection | password *** |')
    // Every table line keeps the two cells of its header.
    for (const line of body.split('\n').filter(l => l.startsWith('|')))
      expect(line.replace(/\\\|/g, '').split('|').length - 2).toBe(2)
  })

  it("cuts a long report at a line to GitHub's limit, saying how many lines are left out", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ['integration', `INTEGRATION_${i}_${'X'.repeat(20)}`])
    const body = commentBody(marker, report('big', rows), '<sub>footer</sub>')
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS - 200)
    expect(body.startsWith(`${marker}\n### OIC import-car`)).toBe(true)
    expect(body.endsWith('\n\n<sub>footer</sub>\n')).toBe(true)
    const shown = body.split('\n').filter(l => l.startsWith('| integration |')).length
    const left = Number(
      /_(\d+) more line\(s\) did not fit in a pull-request comment \(65536 characters\)/.exec(body)?.[1]
    )
    expect(shown).toBeGreaterThan(1000)
    expect(left).toBe(3000 - shown)
    const small = commentBody(marker, report('big', rows), '', 2000)
    expect(small.length).toBeLessThanOrEqual(2000)
    expect(small).toMatch(/more line\(s\) did not fit in a pull-request comment \(2000 characters\)/)
  })
})

describe('pullRequestOf', () => {
  const eventFile = (payload: unknown): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
    writeFileSync(file, JSON.stringify(payload))
    return file
  }
  const sha = 'a'.repeat(40)

  it('reads the pull request of a pull_request event, with its head commit', () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/oic',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile({ number: 7, pull_request: { number: 7, head: { sha } } })
    }
    expect(pullRequestOf(env)).toEqual({ pr: { owner: 'acme', repo: 'oic', number: 7, headSha: sha } })
  })

  it('reads an issue comment on a pull request', () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/oic',
      GITHUB_EVENT_PATH: eventFile({ issue: { number: 9, pull_request: { url: 'x' } } })
    }
    expect(pullRequestOf(env)).toEqual({ pr: { owner: 'acme', repo: 'oic', number: 9, headSha: undefined } })
  })

  it('says why there is no pull request', () => {
    const base = { GITHUB_REPOSITORY: 'acme/oic', GITHUB_EVENT_NAME: 'push' }
    expect(pullRequestOf({ ...base, GITHUB_EVENT_PATH: eventFile({ ref: 'refs/heads/main' }) })).toEqual({
      why: 'the push event is not about a pull request'
    })
    expect(pullRequestOf({ ...base, GITHUB_EVENT_PATH: eventFile({ issue: { number: 3 } }) })).toEqual({
      why: 'the push event is not about a pull request'
    })
    expect(
      pullRequestOf({ ...base, GITHUB_EVENT_PATH: eventFile({ pull_request: { number: '7' } }) })
    ).toEqual({
      why: 'the push event is not about a pull request'
    })
    expect(pullRequestOf(base)).toEqual({ why: 'the event payload (GITHUB_EVENT_PATH) cannot be read' })
    expect(pullRequestOf({ GITHUB_REPOSITORY: 'acme' })).toEqual({
      why: 'GITHUB_REPOSITORY is not owner/repo'
    })
  })
})
