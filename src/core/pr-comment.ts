/**
 * One sticky pull-request comment per gate: found by a hidden marker in its first line, created once and updated in
 * place on every later run. The GitHub side goes through `@actions/github` (`getOctokit` with `GITHUB_API_URL`, so
 * GitHub Enterprise Server and a test's fake API are used), loaded only when a comment is written; its HTTP stack
 * honours the proxy variables but not `ca-certificate` (a TLS-inspecting proxy needs `NODE_EXTRA_CA_CERTS`).
 * The body is a job-summary {@link Report} rendered in the suite's one grammar: secrets removed, every text from a
 * server or an archive escaped, and cut to GitHub's comment limit.
 */
import { readFileSync } from 'node:fs'
import { OicActionError } from './errors.js'
import { redactReport } from './github-host.js'
import { renderMarkdown, type Report } from './job-summary.js'

/**
 * The most characters GitHub accepts in a comment body: its 422 says "Body is too long (maximum is 65536
 * characters)" (reported in telia-oss/github-pr-resource#259, danger/danger#424); measurements disagree on whether it
 * counts code points or UTF-8 bytes (262,144). Counting UTF-16 units against 65,536 stays within both.
 */
export const MAX_COMMENT_CHARS = 65536
/** Comments read per page, and the most pages read before giving up the search (10,000 comments). */
const PER_PAGE = 100
const MAX_PAGES = 100

/** A pull request to comment on. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  /** The head commit the run checked (the event's `pull_request.head.sha`), when the event names it. */
  headSha?: string
}

/** A comment as the REST API returns it (the fields used here). */
export interface IssueComment {
  id: number
  body?: string | null
  html_url: string
}

/** The issue-comment calls of an Octokit (`getOctokit(...)` satisfies it; unit tests pass a fake). */
export interface CommentsApi {
  rest: {
    issues: {
      listComments(params: {
        owner: string
        repo: string
        issue_number: number
        per_page: number
        page: number
      }): Promise<{ data: IssueComment[] }>
      createComment(params: {
        owner: string
        repo: string
        issue_number: number
        body: string
      }): Promise<{ data: IssueComment }>
      updateComment(params: {
        owner: string
        repo: string
        comment_id: number
        body: string
      }): Promise<{ data: IssueComment }>
    }
  }
}

/**
 * The pull request the run is for, from the event payload (`GITHUB_EVENT_PATH`: `pull_request` and
 * `pull_request_target` events; an `issue_comment` on a pull request) and `GITHUB_REPOSITORY`; otherwise why not.
 */
export function pullRequestOf(
  env: Readonly<Record<string, string | undefined>>
): { pr: PullRequestRef } | { why: string } {
  const event = env.GITHUB_EVENT_NAME ? `the ${env.GITHUB_EVENT_NAME} event` : 'this event'
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo || !/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo))
    return { why: 'GITHUB_REPOSITORY is not owner/repo' }
  let payload: {
    pull_request?: { number?: unknown; head?: { sha?: unknown } }
    issue?: { number?: unknown; pull_request?: unknown }
  }
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as typeof payload
  } catch {
    return { why: 'the event payload (GITHUB_EVENT_PATH) cannot be read' }
  }
  const number =
    payload?.pull_request?.number ?? (payload?.issue?.pull_request ? payload.issue.number : undefined)
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
    return { why: `${event} is not about a pull request` }
  const sha = payload.pull_request?.head?.sha
  return {
    pr: {
      owner,
      repo,
      number,
      headSha: typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined
    }
  }
}

/**
 * The hidden first line that finds a gate's comment again: `<!-- oic-actions:<tool> key=value … -->`. Values are
 * reduced to code characters, so nothing in them can end the HTML comment.
 */
export function commentMarker(tool: string, fields: Record<string, string | undefined>): string {
  const safe = (v: string): string => v.replace(/[^A-Za-z0-9_.|-]/g, '_')
  const pairs = Object.entries(fields).map(([k, v]) => `${safe(k)}=${safe(v ?? '')}`)
  return `<!-- oic-actions:${safe(tool)} ${pairs.join(' ')} -->`
}

/**
 * The comment's Markdown: the marker, the report (secrets removed, outside text escaped: see renderMarkdown), an
 * optional footer of trusted text, all within {@link MAX_COMMENT_CHARS}. A longer report is cut at a line, with a
 * note saying how many lines were left out and where to find them.
 */
export function commentBody(marker: string, report: Report, footer = '', limit = MAX_COMMENT_CHARS): string {
  const text = renderMarkdown(redactReport(report)).trimEnd()
  const end = footer ? `\n\n${footer}` : ''
  const whole = `${marker}\n${text}${end}\n`
  if (whole.length <= limit) return whole
  const lines = text.split('\n')
  const note = (n: number): string =>
    `\n\n_${n} more line(s) did not fit in a pull-request comment (${limit} characters): the job summary of the run has them all._`
  let budget = limit - marker.length - end.length - note(lines.length).length - 2
  const kept: string[] = []
  for (const line of lines) {
    budget -= line.length + 1
    if (budget < 0) break
    kept.push(line)
  }
  return `${marker}\n${kept.join('\n')}${note(lines.length - kept.length)}${end}\n`
}

/** What {@link upsertComment} did. */
export interface UpsertedComment {
  action: 'created' | 'updated'
  url: string
}

/**
 * Updates the comment whose body starts with `marker` (the first one, searched page by page), or creates one.
 * GitHub's refusals become one line ({@link commentFailure}).
 */
export async function upsertComment(
  api: CommentsApi,
  pr: PullRequestRef,
  marker: string,
  body: string
): Promise<UpsertedComment> {
  const where = { owner: pr.owner, repo: pr.repo }
  try {
    const existing = await findComment(api, pr, marker)
    if (existing) {
      const { data } = await api.rest.issues.updateComment({ ...where, comment_id: existing.id, body })
      return { action: 'updated', url: data.html_url }
    }
    const { data } = await api.rest.issues.createComment({ ...where, issue_number: pr.number, body })
    return { action: 'created', url: data.html_url }
  } catch (error) {
    throw new OicActionError(commentFailure(error, pr), { cause: error })
  }
}

async function findComment(
  api: CommentsApi,
  pr: PullRequestRef,
  marker: string
): Promise<IssueComment | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await api.rest.issues.listComments({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: PER_PAGE,
      page
    })
    // A quote of the marker (`> <!-- …`) or a mention further down is someone else's comment.
    const found = data.find(c => (c.body ?? '').startsWith(marker))
    if (found) return found
    if (data.length < PER_PAGE) return undefined
  }
  return undefined
}

/**
 * One line for a refused comment: a 403 names the permission the job needs (`pull-requests: write`; a pull request
 * from a fork gets a read-only token), a 404 the token's reach; anything else GitHub's status and message.
 */
export function commentFailure(error: unknown, pr: PullRequestRef): string {
  const status = (error as { status?: unknown } | null)?.status
  const message = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error)
  const what = `Could not comment on pull request #${pr.number} of ${pr.owner}/${pr.repo}`
  if (status === 403)
    return `${what}: GitHub answered 403 (${message}). Give the job 'permissions: pull-requests: write' (a pull request from a fork gets a read-only token).`
  if (status === 404)
    return `${what}: GitHub answered 404 (${message}): the github-token cannot see this pull request.`
  return `${what}: ${typeof status === 'number' ? `GitHub answered ${status} (${message})` : message}.`
}

/** The Octokit of `token` on the API at `apiUrl` (`GITHUB_API_URL`), loaded on first use. */
export async function githubComments(token: string, apiUrl: string | undefined): Promise<CommentsApi> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, { baseUrl: apiUrl || 'https://api.github.com' })
}
