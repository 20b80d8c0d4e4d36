// Verify .github/workflows/release.yml: a version tag triggers it; the release job runs only after the CI checks and
// is the only one that may write; its shell steps, run with bash and a fake git, read the version from the tag and
// move the major tag only for the highest final release of that major.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { ROOT } from '../../support/runner.js'

interface Job {
  needs?: string
  permissions?: Record<string, string>
  steps: { name?: string; run?: string; if?: string; uses?: string }[]
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } }
  permissions: Record<string, string>
  jobs: Record<string, Job>
}
const release = workflow.jobs.release!

function script(name: string): string {
  const step = release.steps.find(s => s.name === name)
  if (!step?.run) throw new Error(`no step ${name}`)
  return step.run
}

/** Runs a step's script with bash; `git` is a fake that answers ls-remote with `tags` and logs every call. */
function runStep(name: string, env: Record<string, string>, tags: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'release-'))
  const output = join(dir, 'output')
  writeFileSync(output, '')
  const git = join(dir, 'git')
  writeFileSync(
    git,
    `#!/usr/bin/env bash\necho "$*" >> "${dir}/calls"\nif [ "$1" = ls-remote ]; then printf '%s\\n' ${tags
      .map(t => `"0123abc\trefs/tags/${t}"`)
      .join(' ')}; fi\n`
  )
  chmodSync(git, 0o755)
  const run = spawnSync('bash', ['-e', '-c', script(name)], {
    env: { PATH: `${dir}:${process.env.PATH}`, GITHUB_OUTPUT: output, GITHUB_SHA: 'f00d', ...env },
    encoding: 'utf8'
  })
  const read = (f: string) => spawnSync('cat', [join(dir, f)], { encoding: 'utf8' }).stdout
  return { status: run.status, stdout: run.stdout, output: read('output'), calls: read('calls') }
}

describe('release.yml', () => {
  it('runs on version tags and writes only in the release job, after the checks', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*'])
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(release.needs).toBe('checks')
    for (const [name, job] of Object.entries(workflow.jobs))
      expect({ name, permissions: job.permissions }).toEqual({
        name,
        permissions: { contents: name === 'release' ? 'write' : 'read' }
      })
  })

  it('checks with what CI runs: npm ci, npm test, check-dist', () => {
    expect(workflow.jobs.checks!.steps.map(s => s.run).filter(Boolean)).toEqual(['bash .ci/run'])
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8')
    for (const command of ['npm ci', 'npm test', 'npm run check-dist']) expect(ci).toContain(command)
    const ciYml = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')
    expect(ciYml).toContain('bash .ci/run')
  })

  it('attaches the npm pack tarball to the GitHub release', () => {
    expect(script('Pack the tarball (versioned from the tag)')).toContain('npm pack')
    expect(script('Create the GitHub release with the tarball')).toMatch(
      /gh release create "\$GITHUB_REF_NAME" "\$FILE"/
    )
  })

  it.each([
    ['v1.2.3', 'major=v1\nprerelease=false\n'],
    ['v12.0.7', 'major=v12\nprerelease=false\n'],
    ['v2.0.0-rc.1', 'major=v2\nprerelease=true\n']
  ])('reads %s as %j', (tag, output) => {
    expect(runStep('Read the version from the tag', { GITHUB_REF_NAME: tag })).toMatchObject({
      status: 0,
      output
    })
  })

  it.each(['v1.2', 'v1.2.3.4', 'release-1.2.3', 'v1.2.x'])('refuses the tag %s', tag => {
    const run = runStep('Read the version from the tag', { GITHUB_REF_NAME: tag })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(`::error::tag ${tag} is not vMAJOR.MINOR.PATCH`)
  })

  const move = 'Move the major tag to the released commit'
  it('moves v1 to the released commit when it is the highest v1 release', () => {
    expect(release.steps.find(s => s.name === move)!.if).toBe("steps.version.outputs.prerelease == 'false'")
    const run = runStep(move, { GITHUB_REF_NAME: 'v1.10.0', MAJOR: 'v1' }, [
      'v1.9.9',
      'v1.10.0',
      'v1.10.1-rc.1'
    ])
    expect(run.status).toBe(0)
    expect(run.calls).toContain('tag -f v1 f00d\npush -f origin refs/tags/v1\n')
  })

  it('leaves v1 alone when a higher v1 release exists', () => {
    const run = runStep(move, { GITHUB_REF_NAME: 'v1.1.5', MAJOR: 'v1' }, ['v1.1.5', 'v1.2.3'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('v1 stays on v1.2.3')
    expect(run.calls).not.toContain('tag -f')
    expect(run.calls).not.toContain('push')
  })
})
