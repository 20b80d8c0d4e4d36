/**
 * `pr-comment: true`: import-car's report (a dry run's plan, or what the import did) as one sticky comment on the
 * pull request the run is for, created on the first run and updated in place on every later push. It wraps the
 * whole action so a failed run updates the comment too: a plan from an earlier push must not stand for this one.
 * The gate's result never depends on the comment: outside a pull request, or when GitHub refuses (a token without
 * `pull-requests: write`), the step warns in one line and ends as the import did.
 */
import { failureLine, type ActionContext, type ActionMain } from '../../core/run-action.js'
import type { Host } from '../../core/host.js'
import type { Report } from '../../core/job-summary.js'
import {
  commentBody,
  commentMarker,
  githubComments,
  pullRequestOf,
  upsertComment,
  type CommentsApi,
  type PullRequestRef
} from '../../core/pr-comment.js'
import { getSettings, type ImportCarSettings } from './inputs.js'

/** Where the comment API comes from (tests inject a fake). */
export type CommentsFactory = (token: string, apiUrl: string | undefined) => Promise<CommentsApi>

/**
 * `main` with the comment step after it: the last report `main` wrote (or its failure line) is posted once `main`
 * has ended, success or not; `main`'s error is rethrown unchanged.
 */
export function withPrComment(main: ActionMain, comments: CommentsFactory = githubComments): ActionMain {
  return async ctx => {
    const s = getSettings(ctx.host)
    if (!s.prComment) return main(ctx)
    let report: Report | undefined
    // The project names the comment; without the input, it is the archive's (the `project` output).
    let project = s.project
    const watched: ActionContext = {
      ...ctx,
      host: onOutput(ctx.host, (name, value) => {
        if (name === 'project' && value) project ??= value
      }),
      report: async r => {
        report = r
        await ctx.report(r)
      }
    }
    try {
      await main(watched)
    } catch (error) {
      const line = failureLine(ctx.name, error)
      await prCommentStep(ctx, { ...s, project }, failed(report, line), comments)
      throw error
    }
    if (report) await prCommentStep(ctx, { ...s, project }, report, comments)
  }
}

/** `host`, telling `seen` about every output it sets. */
function onOutput(host: Host, seen: (name: string, value: string) => void): Host {
  return new Proxy(host, {
    get(target, key) {
      if (key === 'setOutput')
        return (name: string, value: string) => {
          seen(name, value)
          target.setOutput(name, value)
        }
      const value: unknown = Reflect.get(target, key, target)
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    }
  })
}

/** The report of a failed run: the one written before the failure with the failure line on top, or that line alone. */
function failed(report: Report | undefined, line: string): Report {
  if (!report) return { title: 'OIC import-car', status: 'failure', statusLine: line }
  return { ...report, status: 'failure', notes: [`Failed: ${line}`, ...(report.notes ?? [])] }
}

/** Posts `report` as the gate's comment; every problem is a warning. */
export async function prCommentStep(
  ctx: Pick<ActionContext, 'host'>,
  s: ImportCarSettings,
  report: Report,
  comments: CommentsFactory = githubComments
): Promise<void> {
  const { host } = ctx
  if (!s.prComment) return
  const found = pullRequestOf(host.env)
  if ('why' in found) {
    host.warning(`pr-comment: no pull-request comment written: ${found.why}.`)
    return
  }
  const marker = commentMarker('import-car', {
    instance: s.connection.instance,
    project: s.project
  })
  const body = commentBody(marker, report, footer(host.env, found.pr))
  try {
    const api = await comments(s.prComment.token, host.env.GITHUB_API_URL)
    const done = await upsertComment(api, found.pr, marker, body)
    host.info(`pr-comment: ${done.action} ${done.url}`)
  } catch (error) {
    host.warning(`pr-comment: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** `for <head sha> · run <n>`, from values checked to be what they claim (they are written unescaped). */
function footer(env: Readonly<Record<string, string | undefined>>, pr: PullRequestRef): string {
  const server = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?$/.test(env.GITHUB_SERVER_URL ?? '')
    ? env.GITHUB_SERVER_URL
    : undefined
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined
  const parts = [
    ...(pr.headSha ? [`for ${pr.headSha.slice(0, 7)}`] : []),
    ...(server && runId
      ? [
          `[run ${runId}](${server}/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}/actions/runs/${runId})`
        ]
      : [])
  ]
  return `<sub>oic-actions import-car${parts.length ? ` ${parts.join(' · ')}` : ''}: updated in place on every run.</sub>`
}
