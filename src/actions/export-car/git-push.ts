/**
 * Committing the archive to the checked-out repository with a tag, and pushing it (step 5 of Oracle's CI/CD
 * process). A rejected push is fetched, rebased and retried a bounded number of times; nothing is ever forced.
 */
import { realpathSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { getExecOutput } from '@actions/exec'
import type { Collaborators } from '../../core/collaborators.js'
import { ConfigurationError, inputError, OicActionError } from '../../core/errors.js'
import { quote } from '../../core/inputs.js'
import { copyFileSafely } from '../../core/safe-write.js'

/** Pushes after a rejection at most this many times. */
export const PUSH_ATTEMPTS = 3
const BOT = [
  '-c',
  'user.name=github-actions[bot]',
  '-c',
  'user.email=41898282+github-actions[bot]@users.noreply.github.com'
]

/** What to commit, and the collaborators it uses (each git command is logged; a rejected push waits and retries). */
export interface GitPushRequest extends Pick<Collaborators, 'log' | 'sleep'> {
  archive: string
  workspace: string
  gitPath: string
  tag: string
  message: string
}

async function git(
  cwd: string,
  args: string[],
  log: (l: string) => void
): Promise<{ code: number; out: string; err: string }> {
  log(`git ${args.filter(a => !a.startsWith('user.')).join(' ')}`)
  const res = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true })
  return { code: res.exitCode, out: res.stdout.trim(), err: res.stderr.trim() }
}

async function must(cwd: string, args: string[], log: (l: string) => void, what: string): Promise<string> {
  const res = await git(cwd, args, log)
  if (res.code !== 0) throw new OicActionError(`git-push: could not ${what}: ${res.err || res.out}`)
  return res.out
}

/** Checks the branch and tag names with git's own rules before anything is written or committed. */
async function checkRefs(repo: string, branch: string, tag: string, log: (l: string) => void): Promise<void> {
  for (const [ref, input] of [
    [`refs/heads/${branch}`, 'git-push'],
    [`refs/tags/${tag}`, 'build-number']
  ] as const) {
    if ((await git(repo, ['check-ref-format', ref], log)).code !== 0)
      throw inputError(
        `git-push: ${quote(ref)} is not a valid git ref name (git check-ref-format): ${input === 'build-number' ? 'choose a build-number without .., a leading or trailing . or .lock' : 'check out another branch'}.`,
        {
          input,
          value: ref.replace(/^refs\/(heads|tags)\//, ''),
          fix:
            input === 'build-number'
              ? 'Choose a build-number without .., a leading or trailing . or .lock.'
              : 'Check out another branch.'
        }
      )
  }
}

/**
 * Finds the repository and the checked-out branch, checks the ref names, and copies the archive under `git-path`
 * (a link committed in the repository, folder or file, must not carry the copy outside it).
 */
async function stage(req: GitPushRequest): Promise<{ repo: string; branch: string; file: string }> {
  const { log } = req
  const top = await git(req.workspace, ['rev-parse', '--show-toplevel'], log)
  if (top.code !== 0) {
    throw inputError(
      `Input 'git-push' needs a git repository in the workspace (${req.workspace}): add actions/checkout before this step.`,
      { input: 'git-push', value: 'true', fix: 'Add actions/checkout before this step.' }
    )
  }
  const repo = top.out
  const branch = (await git(repo, ['symbolic-ref', '--short', '-q', 'HEAD'], log)).out
  if (!branch) {
    throw inputError(
      "Input 'git-push' needs a branch checked out, but HEAD is detached (a tag or PR checkout): use actions/checkout with ref: <branch>.",
      { input: 'git-push', value: 'true', fix: 'Use actions/checkout with ref: <branch>.' }
    )
  }
  await checkRefs(repo, branch, req.tag, log)
  const file = join(resolve(req.workspace, req.gitPath), basename(req.archive))
  if (resolve(req.archive) !== file)
    copyFileSafely(req.archive, file, { roots: [realpathSync(repo)], input: 'git-path' })
  return { repo, branch, file }
}

/** Commits, tags and pushes the archive; returns the commit SHA and the tag. */
export async function pushArchive(req: GitPushRequest): Promise<{ commit: string; tag: string }> {
  const { log } = req
  const { repo, branch, file } = await stage(req)
  const identity = (await git(repo, ['config', 'user.email'], log)).out ? [] : BOT
  if ((await git(repo, ['rev-parse', '-q', '--verify', `refs/tags/${req.tag}`], log)).code === 0) {
    throw new ConfigurationError(`git-push: tag ${req.tag} already exists; use another build-number.`, {
      input: 'build-number'
    })
  }
  await must(repo, ['add', '--', relative(repo, file)], log, 'stage the archive')
  await must(
    repo,
    [...identity, 'commit', '-m', req.message, '--', relative(repo, file)],
    log,
    'commit the archive'
  )
  await must(repo, [...identity, 'tag', '-a', req.tag, '-m', req.message], log, 'create the tag')
  for (let attempt = 1; ; attempt++) {
    const push = await git(
      repo,
      ['push', '--atomic', 'origin', `HEAD:refs/heads/${branch}`, `refs/tags/${req.tag}`],
      log
    )
    if (push.code === 0) break
    const rejected = /non-fast-forward|fetch first|rejected|stale info/i.test(push.err)
    if (!rejected || attempt >= PUSH_ATTEMPTS) {
      throw new OicActionError(
        `git-push: push to origin/${branch} failed${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${push.err.split('\n').slice(-2).join(' ')}`
      )
    }
    log(
      `Push rejected (the branch moved on); fetching, rebasing and retrying (attempt ${attempt + 1} of ${PUSH_ATTEMPTS}).`
    )
    await must(repo, ['fetch', 'origin', branch], log, `fetch origin/${branch}`)
    const rebase = await git(repo, [...identity, 'rebase', `origin/${branch}`], log)
    if (rebase.code !== 0) {
      await git(repo, ['rebase', '--abort'], log)
      throw new OicActionError(
        `git-push: rebasing onto origin/${branch} failed (${rebase.err.split('\n')[0]}); resolve it by hand.`
      )
    }
    // The tag was never pushed (the push is atomic), so moving the local tag to the rebased commit is safe.
    await must(repo, [...identity, 'tag', '-f', '-a', req.tag, '-m', req.message], log, 'move the tag')
    await req.sleep(1000 * attempt)
  }
  return { commit: await must(repo, ['rev-parse', 'HEAD'], log, 'read the commit'), tag: req.tag }
}
