/**
 * Workflow artifacts through `@actions/artifact`, loaded lazily: only the steps that upload or download pay for it
 * (the Azure storage SDK and Octokit it carries). The library keeps its own HTTP stack (the results service
 * through `@actions/http-client`, blobs through the Azure SDK), with its own retries, user agent and proxy support
 * (`HTTP(S)_PROXY`, `NO_PROXY`); it takes no dispatcher and no CA, so `ca-certificate` does not apply to artifact
 * calls (a self-hosted runner behind a TLS-inspecting proxy sets `NODE_EXTRA_CA_CERTS` for the job instead).
 */
import { basename, dirname } from 'node:path'
import { OicActionError } from './errors.js'

/** Why artifacts cannot be used here, or undefined when they can. */
export function artifactUnavailable(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)'
  }
  return undefined
}

/** An uploaded artifact. */
export interface UploadedArtifact {
  id?: number
  size?: number
  /** `sha256:<hex>` of what was uploaded. */
  digest?: string
}

/** Uploads one file as an artifact named `name`. */
export async function uploadFileArtifact(
  name: string,
  file: string,
  retentionDays?: number
): Promise<UploadedArtifact> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  try {
    const res = await new DefaultArtifactClient().uploadArtifact(
      name,
      [file],
      dirname(file),
      retentionDays ? { retentionDays } : {}
    )
    return { id: res.id, size: res.size, digest: res.digest ? `sha256:${res.digest}` : undefined }
  } catch (error) {
    throw new OicActionError(`Could not upload artifact '${name}': ${(error as Error).message}`, {
      cause: error
    })
  }
}

/** Where to find an artifact of another run (or repository). */
export interface ArtifactSource {
  token: string
  workflowRunId: number
  repositoryOwner: string
  repositoryName: string
}

/** Downloads artifact `name` (of this run, or of `findBy`) into `destination`; returns the folder. */
export async function downloadNamedArtifact(
  name: string,
  destination: string,
  findBy?: ArtifactSource
): Promise<string> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  try {
    const { artifact } = await client.getArtifact(name, findBy ? { findBy } : undefined)
    const res = await client.downloadArtifact(artifact.id, {
      path: destination,
      ...(findBy ? { findBy } : {}),
      ...(artifact.digest
        ? {
            expectedHash: artifact.digest.startsWith('sha256:')
              ? artifact.digest
              : `sha256:${artifact.digest}`
          }
        : {})
    })
    if (res.digestMismatch)
      throw new OicActionError(
        `Artifact '${name}' arrived with a different SHA-256 than it was uploaded with.`
      )
    return res.downloadPath ?? destination
  } catch (error) {
    if (error instanceof OicActionError) throw error
    const where = findBy
      ? ` of run ${findBy.workflowRunId} in ${findBy.repositoryOwner}/${findBy.repositoryName}`
      : ' of this run'
    throw new OicActionError(`Could not download artifact '${name}'${where}: ${(error as Error).message}`, {
      cause: error
    })
  }
}

/** A file name usable in an artifact name (no `" : < > | * ? \\ /`). */
export function artifactSafe(name: string): string {
  return basename(name).replace(/["':<>|*?\\/\r\n]/g, '-')
}
