// Verify least privilege and safe concurrency in every example and repository workflow: top-level permissions are
// at most read; a job holds contents: write or pull-requests: write only when one of its steps (or of the reusable
// workflow it calls) needs it; every promotion job (one that imports into OIC for real) is in a concurrency group
// that names its target instance, and is never cancelled half-way.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { ROOT } from '../../support/runner.js'
import { calledWorkflowFile } from '../../support/workflow-call.js'
import { ourAction, workflowFiles, type Job, type Step } from '../../support/workflow.js'

type Permissions = string | Record<string, string> | undefined
interface Workflow {
  env?: Record<string, string>
  permissions?: Permissions
  concurrency?: Job['concurrency']
  jobs: Record<string, Job>
}

/** The write scopes we police, and whether a step needs each. */
const NEEDS: Record<'contents' | 'pull-requests', (step: Step) => boolean> = {
  // Pushing the archive to Git (export-car git-push), or creating a release or pushing from a script.
  contents: step =>
    (ourAction(step.uses) === 'export-car' && isOn(step.with?.['git-push'])) ||
    /\bgh release (?:create|upload|edit|delete)\b|\bgit push\b/.test(step.run ?? '') ||
    /^(?:softprops\/action-gh-release|ncipollo\/release-action|actions\/create-release)@/.test(
      step.uses ?? ''
    ),
  // Commenting on the pull request (import-car pr-comment), or a script that does.
  'pull-requests': step =>
    (ourAction(step.uses) !== undefined && isOn(step.with?.['pr-comment'])) ||
    /^actions\/github-script@/.test(step.uses ?? '') ||
    /\bgh pr (?:comment|review|edit)\b/.test(step.run ?? '')
}

/** A scalar of the YAML as text ('' for anything else). */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''
}

/** An input that is set and not literally false (an expression may turn it on). */
function isOn(value: unknown): boolean {
  return text(value).trim() !== '' && text(value) !== 'false'
}

/** Scope → access of a `permissions:` value (`read-all` / `write-all` apply to every scope, as `*`). */
function scopes(permissions: Permissions): Record<string, string> {
  if (permissions === undefined) return {}
  if (typeof permissions === 'string') return { '*': permissions.replace(/-all$/, '') }
  return permissions
}

/** The steps a job runs: its own, or those of the reusable workflow of ours it calls. */
function stepsOf(job: Job): Step[] {
  const called = calledWorkflowFile(job.uses)
  if (!called) return job.steps ?? []
  return Object.values((parse(readFileSync(called, 'utf8')) as Workflow).jobs).flatMap(j => j.steps ?? [])
}

/** The property paths of a value's `${{ }}` expressions, or the value itself when it has none. */
function namesIn(value: unknown): string[] {
  const shown = typeof value === 'object' && value ? text((value as { name?: unknown }).name) : text(value)
  const expressions = [...shown.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(m => m[1] as string)
  if (!expressions.length) return shown ? [shown] : []
  return expressions.flatMap(e => [...e.matchAll(/[A-Za-z_][\w-]*(?:\.[\w-]+)+/g)].map(m => m[0]))
}

/**
 * The job imports into an emulator it started itself (an `oic-url` on loopback, as e2e.yml does): no instance
 * anyone else shares, so nothing to serialise.
 */
function onLoopback(steps: Step[], env: Record<string, string>): boolean {
  const url = steps.map(s => text(s.with?.['oic-url'])).findLast(Boolean) ?? ''
  const resolved = url.replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (_m, name: string) => env[name] ?? '')
  return /^http:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?(?:\/|$)/.test(resolved)
}

/** What is wrong with one promotion job's concurrency, if anything. */
function promotionFindings(name: string, job: Job, workflow: Workflow): string[] {
  const steps = job.steps ?? []
  const at = steps.findIndex(s => ourAction(s.uses) === 'import-car' && text(s.with?.['dry-run']) !== 'true')
  if (at < 0 || onLoopback(steps.slice(0, at + 1), { ...workflow.env, ...job.env })) return []
  const concurrency = job.concurrency ?? workflow.concurrency
  const group = typeof concurrency === 'string' ? concurrency : concurrency?.group
  if (!group) return [`job ${name} imports into OIC without a concurrency group`]
  const auth = steps.slice(0, at).findLast(s => ourAction(s.uses) === 'authenticate')
  const instance = steps[at]?.with?.instance ?? auth?.with?.instance
  const names = [...namesIn(instance), ...namesIn(job.environment)]
  const found: string[] = []
  if (!names.some(n => group.includes(n)))
    found.push(
      `job ${name}: concurrency group '${group}' names none of its target instance (${names.join(', ')})`
    )
  if (typeof concurrency === 'object' && String(concurrency['cancel-in-progress'] ?? false) !== 'false')
    found.push(`job ${name}: a promotion must not be cancelled in progress`)
  return found
}

/** Every least-privilege and concurrency finding of a workflow's text. */
function findings(text: string): string[] {
  const workflow = parse(text) as Workflow
  const found: string[] = []
  if (workflow.permissions === undefined)
    found.push('no top-level permissions: the token gets the repository default, which may be write')
  for (const [scope, access] of Object.entries(scopes(workflow.permissions)))
    if (!['read', 'none'].includes(access))
      found.push(`top-level permissions ${scope}: ${access} (at most read)`)
  for (const [name, job] of Object.entries(workflow.jobs)) {
    // A job's permissions replace the top-level ones entirely.
    const granted = scopes(job.permissions ?? workflow.permissions)
    for (const [scope, needs] of Object.entries(NEEDS))
      if ((granted[scope] ?? granted['*']) === 'write' && !stepsOf(job).some(needs))
        found.push(`job ${name} has ${scope}: write but no step that needs it`)
    found.push(...promotionFindings(name, job, workflow))
  }
  return found
}

const files = workflowFiles()

describe.each(files.map(f => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
  it('grants no more than its steps need, and serialises promotions per target instance', () => {
    expect(findings(readFileSync(file, 'utf8'))).toEqual([])
  })
})

describe('the checks can fail', () => {
  const job = (lines: string): string =>
    `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n${lines}`
  const promote = `    steps:
      - uses: oic-actions/oic-actions/actions/authenticate@v1
        with: { instance: '\${{ vars.OIC_PROD_INSTANCE }}' }
      - uses: oic-actions/oic-actions/actions/import-car@v1
        with: { path: a.car }
`

  it('finds broad or missing top-level permissions', () => {
    expect(findings('on: push\njobs: {}\n')).toEqual([expect.stringMatching(/^no top-level permissions/)])
    expect(findings('on: push\npermissions: write-all\njobs: {}\n')).toEqual([
      'top-level permissions *: write (at most read)'
    ])
    expect(findings('on: push\npermissions:\n  contents: write\njobs: {}\n')).toEqual([
      'top-level permissions contents: write (at most read)'
    ])
  })

  it('finds write scopes no step needs, and accepts the steps that need them', () => {
    const write = '    permissions:\n      contents: write\n      pull-requests: write\n'
    expect(findings(job(`${write}    steps:\n      - run: echo hi\n`))).toEqual([
      'job a has contents: write but no step that needs it',
      'job a has pull-requests: write but no step that needs it'
    ])
    expect(
      findings(
        job(
          `${write}    steps:\n      - run: gh release create v1 a.car\n      - uses: oic-actions/oic-actions/actions/import-car@v1\n        with: { path: a.car, dry-run: 'true', pr-comment: 'true' }\n`
        )
      )
    ).toEqual([])
    expect(
      findings(
        job(
          "    permissions: write-all\n    steps:\n      - uses: oic-actions/oic-actions/actions/export-car@v1\n        with: { project: P, git-push: 'true' }\n"
        )
      )
    ).toEqual(['job a has pull-requests: write but no step that needs it'])
    // A job calling the reusable workflow is judged by the called workflow's steps (none of which writes).
    expect(
      findings(
        'on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      contents: write\n    uses: ./.github/workflows/oic-promote.yml\n'
      )
    ).toEqual(['job a has contents: write but no step that needs it'])
  })

  it('finds a promotion without a concurrency group on its target instance, or one cancelled in progress', () => {
    expect(findings(job(promote))).toEqual(['job a imports into OIC without a concurrency group'])
    expect(findings(job(`    concurrency: oic-release\n${promote}`))).toEqual([
      "job a: concurrency group 'oic-release' names none of its target instance (vars.OIC_PROD_INSTANCE)"
    ])
    expect(
      findings(
        job(
          `    concurrency:\n      group: oic-\${{ vars.OIC_PROD_INSTANCE }}\n      cancel-in-progress: true\n${promote}`
        )
      )
    ).toEqual(['job a: a promotion must not be cancelled in progress'])
    expect(
      findings(job(`    environment: production\n    concurrency: oic-production-P\n${promote}`))
    ).toEqual([])
  })
})
