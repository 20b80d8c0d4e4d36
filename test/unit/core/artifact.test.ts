// Verify workflow artifacts through @actions/artifact against a fake results service on loopback
// (test/support/fake-github.ts): upload of one file with its digest, download of this run's or another run's
// artifact, a digest that does not match, and one line naming the artifact for every refusal (4xx only: 5xx makes
// the toolkit retry for ~25 s).
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  artifactSafe,
  artifactUnavailable,
  downloadNamedArtifact,
  uploadFileArtifact
} from '../../../src/core/artifact.js'
import { OicActionError } from '../../../src/core/errors.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { useRunnerEnv } from '../../support/runner-env.js'

let gh: FakeGitHub
let undoApiUrl: () => void
beforeAll(async () => {
  gh = await startFakeGitHub()
  // @actions/github fixes its API base URL when first loaded: load the artifact library once the fake's is set.
  undoApiUrl = useRunnerEnv({ GITHUB_API_URL: gh.url })
  await import('@actions/artifact')
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

/** Runs as a step of run `runId` (the library reads process.env). */
function onRun(runId: number): void {
  restore.push(useRunnerEnv(gh.envFor(runId)))
}

function file(name: string, data: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'art-')), name)
  writeFileSync(path, data)
  return path
}

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex')

describe('artifactUnavailable', () => {
  it('needs both the runtime token and the results URL', () => {
    const why =
      'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)'
    expect(artifactUnavailable({})).toBe(why)
    expect(artifactUnavailable({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe(why)
    expect(artifactUnavailable({ ACTIONS_RESULTS_URL: 'http://x/' })).toBe(why)
    expect(artifactUnavailable({ ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: 'http://x/' })).toBe(why)
    expect(
      artifactUnavailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x/' })
    ).toBeUndefined()
  })
})

describe('artifactSafe', () => {
  it('keeps the file name only and replaces what artifact names refuse', () => {
    expect(artifactSafe('/tmp/out/SALES_ORDERS-7.car')).toBe('SALES_ORDERS-7.car')
    expect(artifactSafe('a"b:c<d>e|f*g?h\'i\r\nj')).toBe('a-b-c-d-e-f-g-h-i--j')
  })
})

describe('uploadFileArtifact and downloadNamedArtifact', () => {
  it('uploads one file with its digest and downloads it back in the same run', async () => {
    onRun(101)
    const data = Buffer.from('PK\u0003\u0004 the archive')
    const path = file('SO-7.car', data)
    const uploaded = await uploadFileArtifact('so-car', path, 5)
    expect(uploaded.id).toBe(gh.artifacts.at(-1)?.id)
    expect(uploaded.size).toBeGreaterThan(0)
    expect(uploaded.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(gh.artifacts.at(-1)).toMatchObject({ runId: 101, name: 'so-car' })
    expect(gh.requests.filter(r => r.includes('ArtifactService'))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/CreateArtifact'),
        expect.stringContaining('/FinalizeArtifact')
      ])
    )

    const into = mkdtempSync(join(tmpdir(), 'dl-'))
    const folder = await downloadNamedArtifact('so-car', into)
    expect(folder).toBe(into)
    expect(readdirSync(folder)).toEqual(['SO-7.car'])
    expect(sha(readFileSync(join(folder, 'SO-7.car')))).toBe(sha(data))
  })

  it('uploads without a retention when none is given', async () => {
    onRun(102)
    const uploaded = await uploadFileArtifact('plain', file('x.car', 'PK data'))
    expect(uploaded.id).toBe(gh.artifacts.find(a => a.runId === 102 && a.name === 'plain')?.id)
  })

  it('downloads the artifact of another run through the REST API with the token', async () => {
    onRun(201)
    await uploadFileArtifact('other-car', file('OTHER.car', 'PK other run'))
    restore.splice(0).forEach(undo => undo())
    onRun(202)
    const into = mkdtempSync(join(tmpdir(), 'dl-'))
    const folder = await downloadNamedArtifact('other-car', into, {
      token: 'ghs_other_run_token',
      workflowRunId: 201,
      repositoryOwner: 'acme',
      repositoryName: 'oic-release'
    })
    expect(readFileSync(join(folder, 'OTHER.car'), 'utf8')).toBe('PK other run')
    expect(gh.requests).toContain('GET /repos/acme/oic-release/actions/runs/201/artifacts')
  })

  // The fake's results service never records a digest (it reads FinalizeArtifact's hash as {value}, protobuf JSON
  // sends a string), so the digest check is exercised through the REST listing of another run, which sends it as is.
  const otherRun = {
    token: 'ghs_x',
    workflowRunId: 301,
    repositoryOwner: 'acme',
    repositoryName: 'oic-release'
  }

  it.each([
    ['with the sha256: prefix', (hex: string) => `sha256:${hex}`],
    ['as bare hex', (hex: string) => hex]
  ])('checks the recorded digest (%s) of another run’s artifact', async (_name, recorded) => {
    onRun(301)
    const uploaded = await uploadFileArtifact('checked', file('C.car', 'PK checked'))
    const stored = gh.artifacts.find(a => a.id === uploaded.id)!
    stored.digest = recorded(uploaded.digest!.replace('sha256:', ''))
    const folder = await downloadNamedArtifact('checked', mkdtempSync(join(tmpdir(), 'dl-')), otherRun)
    expect(readFileSync(join(folder, 'C.car'), 'utf8')).toBe('PK checked')
    gh.artifacts.splice(gh.artifacts.indexOf(stored), 1)
  })

  it('refuses an artifact whose content does not match the recorded digest', async () => {
    onRun(301)
    const uploaded = await uploadFileArtifact('tampered', file('T.car', 'PK original'))
    gh.artifacts.find(a => a.id === uploaded.id)!.digest = '0'.repeat(64)
    const error = await downloadNamedArtifact('tampered', mkdtempSync(join(tmpdir(), 'dl-')), otherRun).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(OicActionError)
    expect((error as Error).message).toBe(
      "Artifact 'tampered' arrived with a different SHA-256 than it was uploaded with."
    )
  })

  it('fails with one line naming the artifact when the results service refuses the upload (403)', async () => {
    onRun(401)
    gh.failures.CreateArtifact = 403
    const error = await uploadFileArtifact('refused', file('R.car', 'PK')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicActionError)
    expect((error as Error).message).toMatch(/^Could not upload artifact 'refused': .+/)
    expect(gh.artifacts.some(a => a.name === 'refused')).toBe(false)
  })

  it('fails naming this run when no artifact has the name', async () => {
    onRun(501)
    await expect(downloadNamedArtifact('missing', mkdtempSync(join(tmpdir(), 'dl-')))).rejects.toThrow(
      /^Could not download artifact 'missing' of this run: .+/
    )
  })

  it('fails naming the run and repository when another run has no such artifact', async () => {
    onRun(601)
    await expect(
      downloadNamedArtifact('missing', mkdtempSync(join(tmpdir(), 'dl-')), {
        token: 'ghs_x',
        workflowRunId: 600,
        repositoryOwner: 'acme',
        repositoryName: 'oic-release'
      })
    ).rejects.toThrow(/^Could not download artifact 'missing' of run 600 in acme\/oic-release: .+/)
  })

  it('fails with one line when the signed download URL is refused (403)', async () => {
    onRun(701)
    await uploadFileArtifact('no-url', file('N.car', 'PK'))
    gh.failures.GetSignedArtifactURL = 403
    await expect(downloadNamedArtifact('no-url', mkdtempSync(join(tmpdir(), 'dl-')))).rejects.toThrow(
      /^Could not download artifact 'no-url' of this run: .+/
    )
  })
})
