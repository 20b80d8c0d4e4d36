/** Where `export-car` publishes the archive after writing it: a workflow artifact, a commit and tag in Git. */
import { relative, resolve } from 'node:path'
import { artifactUnavailable, uploadFileArtifact } from '../../core/artifact.js'
import type { Collaborators } from '../../core/collaborators.js'
import type { Host } from '../../core/host.js'
import { pushArchive } from './git-push.js'
import type { ExportCarSettings } from './inputs.js'

/** What one publishing step adds to the job summary and to the `results` output. */
export interface Published {
  rows: string[][]
  notes: string[]
  results: Record<string, unknown>
}

/** Uploads the archive as a workflow artifact; off a runner (no results service) it says why it skipped. */
export async function uploadArtifactStep(
  host: Pick<Host, 'env' | 'notice' | 'setOutput'>,
  s: Pick<ExportCarSettings, 'artifactName' | 'retentionDays'>,
  archive: string
): Promise<Published> {
  const unavailable = artifactUnavailable(host.env)
  if (unavailable) {
    host.notice(`Artifact upload skipped: ${unavailable}.`)
    return { rows: [], notes: [`Artifact upload skipped: ${unavailable}.`], results: {} }
  }
  const uploaded = await uploadFileArtifact(s.artifactName, archive, s.retentionDays)
  host.setOutput('artifact-id', String(uploaded.id ?? ''))
  host.setOutput('artifact-name', s.artifactName)
  return {
    rows: [['Artifact', `${s.artifactName} (id ${uploaded.id ?? '?'})`]],
    notes: [],
    results: { artifactId: uploaded.id, artifactName: s.artifactName }
  }
}

/** Commits the archive into the workspace's repository with the build number and tags it. */
export async function gitPushStep(
  host: Pick<Host, 'setOutput'>,
  deps: Pick<Collaborators, 'log' | 'sleep'>,
  s: Pick<ExportCarSettings, 'stem' | 'buildNumber' | 'workspace' | 'gitPath' | 'project' | 'deployment'>,
  archive: string
): Promise<Published> {
  const pushed = await pushArchive({
    archive,
    workspace: s.workspace,
    gitPath: s.gitPath,
    tag: `${s.stem}-${s.buildNumber}`,
    message: `OIC export: project ${s.project}${s.deployment ? `, deployment ${s.deployment}` : ''}, build ${s.buildNumber}`,
    log: deps.log,
    sleep: deps.sleep
  })
  host.setOutput('git-commit', pushed.commit)
  host.setOutput('git-tag', pushed.tag)
  return {
    rows: [
      [
        'Git',
        `${pushed.tag} at ${pushed.commit.slice(0, 12)} (${relative(s.workspace, resolve(s.workspace, s.gitPath)) || '.'})`
      ]
    ],
    notes: [],
    results: { gitCommit: pushed.commit, gitTag: pushed.tag }
  }
}
