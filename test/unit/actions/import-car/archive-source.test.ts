// Verify where import-car gets its archive: a path (checked to be a file), a workflow artifact of this run or of
// another run (exactly one .car in it), or the .car of a GitHub release verified against its recorded SHA-256 —
// against the fake GitHub services on loopback (test/support/fake-github.ts), 4xx only.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { DefaultArtifactClient } from '@actions/artifact'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { obtainArchive } from '../../../../src/actions/import-car/archive-source.js'
import type { ArchiveSource } from '../../../../src/actions/import-car/inputs.js'
import { uploadFileArtifact } from '../../../../src/core/artifact.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { startFakeGitHub, type FakeGitHub } from '../../../support/fake-github.js'
import { useRunnerEnv } from '../../../support/runner-env.js'

let gh: FakeGitHub
let undoApiUrl: () => void
let Client: typeof DefaultArtifactClient
beforeAll(async () => {
  gh = await startFakeGitHub()
  // @actions/github fixes its API base URL when first loaded: load the artifact library once the fake's is set.
  undoApiUrl = useRunnerEnv({ GITHUB_API_URL: gh.url })
  Client = (await import('@actions/artifact')).DefaultArtifactClient
})
afterAll(async () => {
  undoApiUrl()
  await gh.stop()
})
const restore: Array<() => void> = []
afterEach(() => {
  for (const undo of restore.splice(0)) undo()
  for (const key of Object.keys(gh.failures)) delete gh.failures[key]
})

/** The env of a step of run `runId`, in process.env too (the artifact library reads it there). */
function onRun(runId: number): Record<string, string> {
  const env = { ...gh.envFor(runId), RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) }
  restore.push(useRunnerEnv(env))
  return env
}

function tempFile(name: string, data: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'src-')), name)
  writeFileSync(path, data)
  return path
}

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex')

async function failure(p: Promise<unknown>): Promise<ConfigurationError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ConfigurationError)
  return error as ConfigurationError
}

describe('obtainArchive: path', () => {
  it('returns the file as it is, named as the input', async () => {
    const path = tempFile('so.car', 'PK')
    const lines: string[] = []
    const got = await obtainArchive(
      { kind: 'path', path, shownAs: 'out/so.car' },
      {},
      l => void lines.push(l)
    )
    expect(got).toEqual({ path, shownAs: "Input 'path' (out/so.car)" })
    expect(lines).toEqual([])
  })

  it.each([
    ['nothing', (root: string) => join(root, 'missing.car')],
    [
      'a folder',
      (root: string) => {
        mkdirSync(join(root, 'dir.car'))
        return join(root, 'dir.car')
      }
    ]
  ])('refuses %s at the path with one line naming the input', async (_what, make) => {
    const path = make(mkdtempSync(join(tmpdir(), 'src-')))
    const error = await failure(
      obtainArchive({ kind: 'path', path, shownAs: 'x/so.car' }, {}, () => undefined)
    )
    expect(error.input).toBe('path')
    expect(error.message).toBe("Input 'path': no archive at 'x/so.car': pass the path output of export-car.")
  })
})

describe('obtainArchive: artifact', () => {
  it('refuses off a runner, pointing at path', async () => {
    const error = await failure(
      obtainArchive({ kind: 'artifact', name: 'so-car' }, { RUNNER_TEMP: tmpdir() }, () => undefined)
    )
    expect(error.input).toBe('artifact-name')
    expect(error.message).toBe(
      "Input 'artifact-name' needs a GitHub Actions runner (not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)): use 'path' instead."
    )
  })

  it("downloads this run's artifact into runner temp and returns its one .car", async () => {
    const env = onRun(1101)
    const data = Buffer.from('PK\u0003\u0004 this run')
    await uploadFileArtifact('so-car', tempFile('SO-7.car', data))
    const lines: string[] = []
    const got = await obtainArchive({ kind: 'artifact', name: 'so-car' }, env, l => void lines.push(l))
    expect(got.shownAs).toBe('artifact so-car/SO-7.car')
    expect(got.sha256).toBeUndefined()
    expect(dirname(got.path)).toMatch(new RegExp(`^${env.RUNNER_TEMP}/oic-import-`))
    expect(sha(readFileSync(got.path))).toBe(sha(data))
    expect(lines).toEqual(['Downloading artifact so-car'])
  })

  it('downloads the artifact of another run with the token when run, repository and token are given', async () => {
    onRun(1201)
    await uploadFileArtifact('so-car', tempFile('SO-8.car', 'PK other run'))
    restore.splice(0).forEach(undo => undo())
    const env = onRun(1202)
    const lines: string[] = []
    const got = await obtainArchive(
      {
        kind: 'artifact',
        name: 'so-car',
        runId: 1201,
        repository: { owner: 'acme', name: 'oic-release' },
        token: 'ghs_cross_run'
      },
      env,
      l => void lines.push(l)
    )
    expect(readFileSync(got.path, 'utf8')).toBe('PK other run')
    expect(lines).toEqual(['Downloading artifact so-car of run 1201 in acme/oic-release'])
    expect(gh.requests).toContain('GET /repos/acme/oic-release/actions/runs/1201/artifacts')
  })

  it('searches this run when the run id comes without a token', async () => {
    const env = onRun(1301)
    await uploadFileArtifact('so-car', tempFile('SO-9.car', 'PK this run'))
    const lines: string[] = []
    const got = await obtainArchive(
      { kind: 'artifact', name: 'so-car', runId: 999, repository: { owner: 'acme', name: 'x' } },
      env,
      l => void lines.push(l)
    )
    expect(readFileSync(got.path, 'utf8')).toBe('PK this run')
    expect(lines).toEqual(['Downloading artifact so-car'])
  })

  it.each([
    [['a.car', 'b.car'], "Artifact 'two' holds 2 .car files (a.car, b.car); expected exactly one."],
    [['notes.txt'], "Artifact 'two' holds 0 .car files (none); expected exactly one."]
  ])('refuses an artifact holding %j', async (names, message) => {
    const env = onRun(names.length === 2 ? 1401 : 1402)
    const folder = mkdtempSync(join(tmpdir(), 'many-'))
    for (const n of names) writeFileSync(join(folder, n), 'PK')
    await new Client().uploadArtifact(
      'two',
      names.map(n => join(folder, n)),
      folder
    )
    const error = await failure(obtainArchive({ kind: 'artifact', name: 'two' }, env, () => undefined))
    expect(error.input).toBe('artifact-name')
    expect(error.message).toBe(message)
  })

  it('fails with one line when the artifact does not exist', async () => {
    const env = onRun(1501)
    await expect(obtainArchive({ kind: 'artifact', name: 'nope' }, env, () => undefined)).rejects.toThrow(
      /^Could not download artifact 'nope' of this run: /
    )
  })
})

describe('obtainArchive: release', () => {
  const car = Buffer.from('PK\u0003\u0004 released archive')
  const release = (
    tag: string,
    env: Record<string, string | undefined>
  ): ArchiveSource & { kind: 'release' } => ({
    kind: 'release',
    tag,
    repository: { owner: 'acme', name: 'oic-release' },
    token: 'ghs_release',
    apiUrl: env.GITHUB_API_URL ?? gh.url,
    transport: { timeoutMs: 5000, retries: 0 }
  })

  it('downloads the .car of the release into runner temp, verified against its .sha256 asset', async () => {
    gh.releases.push({
      tag: 'v1.0.0',
      assets: [
        { name: 'SO.car', data: car },
        { name: 'SO.car.sha256', data: Buffer.from(`${sha(car)}  SO.car\n`) }
      ]
    })
    const env = { ...gh.envFor(1601), RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) }
    const lines: string[] = []
    const got = await obtainArchive(release('v1.0.0', env), env, l => void lines.push(l))
    expect(got).toEqual({ path: got.path, shownAs: 'release v1.0.0/SO.car', sha256: sha(car) })
    expect(dirname(got.path)).toMatch(new RegExp(`^${env.RUNNER_TEMP}/oic-release-`))
    expect(readFileSync(got.path)).toEqual(car)
    expect(lines).toEqual([
      'Downloading the .car of release v1.0.0 of acme/oic-release',
      `SO.car: SHA-256 ${sha(car)} matches SO.car.sha256`
    ])
  })

  it('falls back to the workspace for its download folder and to the notes for the checksum', async () => {
    gh.releases.push({
      tag: 'v1.0.1',
      body: `Release notes\n\nSHA-256 (SO.car) = ${sha(car)}\n`,
      assets: [{ name: 'SO.car', data: car }]
    })
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    const env = { ...gh.envFor(1602), GITHUB_WORKSPACE: ws }
    const lines: string[] = []
    const got = await obtainArchive(release('v1.0.1', env), env, l => void lines.push(l))
    expect(dirname(got.path)).toMatch(new RegExp(`^${ws}/oic-release-`))
    expect(lines[1]).toBe(`SO.car: SHA-256 ${sha(car)} matches release notes of v1.0.1`)
  })

  it('names release-tag when the release does not exist', async () => {
    const env = { ...gh.envFor(1603), RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) }
    const error = await failure(obtainArchive(release('v9.9.9', env), env, () => undefined))
    expect(error.input).toBe('release-tag')
    expect(error.message).toBe(
      "Input 'release-tag': no release v9.9.9 in acme/oic-release (or github-token cannot read it)."
    )
  })
})
