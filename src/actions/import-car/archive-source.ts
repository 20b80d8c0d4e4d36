/**
 * Getting the archive to import: a path, a workflow artifact (of this run or of another run/repository), or the
 * `.car` of a GitHub release (rollback), verified against its recorded SHA-256.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import { artifactUnavailable, downloadNamedArtifact } from '../../core/artifact.js'
import { ConfigurationError, inputError } from '../../core/errors.js'
import { downloadReleaseArchive } from '../../core/github-release.js'
import type { ArchiveSource } from './inputs.js'

/** Returns the path of the `.car` to import and how to name it in messages. */
export async function obtainArchive(
  source: ArchiveSource,
  env: Readonly<Record<string, string | undefined>>,
  log: (l: string) => void
): Promise<{ path: string; shownAs: string; sha256?: string }> {
  if (source.kind === 'release') {
    const into = await mkdtemp(join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'oic-release-'))
    log(
      `Downloading the .car of release ${source.tag} of ${source.repository.owner}/${source.repository.name}`
    )
    const release = await downloadReleaseArchive({
      tag: source.tag,
      owner: source.repository.owner,
      repo: source.repository.name,
      token: source.token,
      apiUrl: source.apiUrl,
      directory: into,
      transport: source.transport,
      log
    })
    log(`${release.name}: SHA-256 ${release.sha256} matches ${release.recordedIn}`)
    return { path: release.path, shownAs: `release ${source.tag}/${release.name}`, sha256: release.sha256 }
  }
  if (source.kind === 'path') {
    if (!existsSync(source.path) || !statSync(source.path).isFile()) {
      throw inputError(
        `Input 'path': no archive at '${source.shownAs}': pass the path output of export-car.`,
        {
          input: 'path',
          value: source.shownAs,
          fix: 'Pass the path output of export-car.'
        }
      )
    }
    return { path: source.path, shownAs: `Input 'path' (${source.shownAs})` }
  }
  const unavailable = artifactUnavailable(env)
  if (unavailable) {
    throw inputError(
      `Input 'artifact-name' needs a GitHub Actions runner (${unavailable}): use 'path' instead.`,
      {
        input: 'artifact-name',
        value: source.name,
        fix: "Use 'path' instead."
      }
    )
  }
  const into = await mkdtemp(join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'oic-import-'))
  const findBy =
    source.runId && source.repository && source.token
      ? {
          token: source.token,
          workflowRunId: source.runId,
          repositoryOwner: source.repository.owner,
          repositoryName: source.repository.name
        }
      : undefined
  log(
    `Downloading artifact ${source.name}${findBy ? ` of run ${findBy.workflowRunId} in ${findBy.repositoryOwner}/${findBy.repositoryName}` : ''}`
  )
  const folder = await downloadNamedArtifact(source.name, into, findBy)
  const cars = readdirSync(folder).filter(f => f.endsWith('.car'))
  if (cars.length !== 1) {
    throw new ConfigurationError(
      `Artifact '${source.name}' holds ${cars.length} .car files (${cars.join(', ') || 'none'}); expected exactly one.`,
      { input: 'artifact-name' }
    )
  }
  return { path: join(folder, cars[0] as string), shownAs: `artifact ${source.name}/${cars[0] as string}` }
}
