/** `export-car`: streams a project (or one deployment) `.car` to disk, then uploads and/or commits it. */
import { relative } from 'node:path'
import { readCar } from '../../core/archive/car.js'
import { ArchiveSizeLimit } from '../../core/archive-size.js'
import { artifactUnavailable, uploadFileArtifact } from '../../core/artifact.js'
import { ConfigurationError, withContext } from '../../core/errors.js'
import { createOicClient } from '../../core/oic-instance.js'
import { listDeployments } from '../../core/oic/deployments.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { exportProject, getProject } from '../../core/oic/projects.js'
import { allowedRoots } from '../../core/paths.js'
import type { ActionContext } from '../../core/run-action.js'
import { checkWriteTarget } from '../../core/safe-write.js'
import { archiveWriter } from '../../core/archive/writer.js'
import { pushArchive } from './git-push.js'
import { getSettings } from './inputs.js'

const MIB = 1024 * 1024

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  // The streaming writer renames a temporary file into place; a link or folder planted there fails first.
  checkWriteTarget(s.path, {
    roots: allowedRoots(host.env),
    input: 'path',
    shownAs: host.getInput('path') || s.path
  })
  const client = createOicClient(s.connection, ctx)
  const instance = s.connection.instance ?? 'the OIC 2 instance'

  const project = await orUndefined(getProject(client, s.project))
  if (!project)
    throw new ConfigurationError(
      `Project '${s.project}' does not exist in instance '${instance}': check the project input.`,
      { input: 'project' }
    )
  if (s.deployment) {
    const deployments = await listDeployments(client, s.project)
    if (!deployments.some(d => d.code === s.deployment)) {
      throw new ConfigurationError(
        `Deployment '${s.deployment}' does not exist in project ${s.project} (deployments there: ${deployments.map(d => d.code).join(', ') || 'none'}): create it with create-deployment first.`,
        { input: 'deployment' }
      )
    }
  }

  const what = `project ${s.project}${s.deployment ? ` deployment ${s.deployment}` : ''}`
  host.info(`Exporting ${what} from ${instance} to ${s.path}`)
  const started = ctx.now()
  const limit = s.maxArchiveSize === undefined ? undefined : new ArchiveSizeLimit(s.maxArchiveSize)
  const write = archiveWriter(s.path)
  const archive = await exportProject(
    client,
    { code: s.project, name: project.name, type: project.type, label: s.deployment },
    (body, headers) => write(limit ? limit.guard(body, headers) : body)
  ).catch((e: unknown) => {
    throw withContext(`Could not export ${what}`, limit?.tripped ? limit.error() : e)
  })
  const seconds = Math.max(0.001, (ctx.now() - started) / 1000)
  host.info(
    `Wrote ${archive.size} bytes (${(archive.size / MIB / seconds).toFixed(1)} MiB/s), sha256 ${archive.sha256}`
  )
  const contents = await readCar(archive.path, archive.path)
  if (contents.project && contents.project.code !== s.project) {
    host.warning(`The archive names project ${contents.project.code}, not ${s.project}.`)
  }
  host.setOutput('path', archive.path)
  host.setOutput('sha256', archive.sha256)
  host.setOutput('size', String(archive.size))

  const rows: string[][] = [
    ['Archive', archive.path],
    ['Size', `${archive.size} bytes`],
    ['SHA-256', archive.sha256],
    [
      'Integrations',
      contents.integrations.map(i => `${i.code}|${i.version}`).join(', ') ||
        '(not listed by this archive layout)'
    ]
  ]
  const notes: string[] = []
  const results: Record<string, unknown> = {
    project: s.project,
    deployment: s.deployment ?? '',
    path: archive.path,
    sha256: archive.sha256,
    size: archive.size
  }

  if (s.uploadArtifact) {
    const unavailable = artifactUnavailable(host.env)
    if (unavailable) {
      host.notice(`Artifact upload skipped: ${unavailable}.`)
      notes.push(`Artifact upload skipped: ${unavailable}.`)
    } else {
      const uploaded = await uploadFileArtifact(s.artifactName, archive.path, s.retentionDays)
      host.setOutput('artifact-id', String(uploaded.id ?? ''))
      host.setOutput('artifact-name', s.artifactName)
      rows.push(['Artifact', `${s.artifactName} (id ${uploaded.id ?? '?'})`])
      Object.assign(results, { artifactId: uploaded.id, artifactName: s.artifactName })
    }
  }
  if (s.gitPush) {
    const tag = `${s.stem}-${s.buildNumber}`
    const pushed = await pushArchive({
      archive: archive.path,
      workspace: s.workspace,
      gitPath: s.gitPath,
      tag,
      message: `OIC export: project ${s.project}${s.deployment ? `, deployment ${s.deployment}` : ''}, build ${s.buildNumber}`,
      log: line => host.info(line),
      sleep: ms => ctx.sleep(ms)
    })
    host.setOutput('git-commit', pushed.commit)
    host.setOutput('git-tag', pushed.tag)
    rows.push([
      'Git',
      `${pushed.tag} at ${pushed.commit.slice(0, 12)} (${relative(s.workspace, s.gitPath) || s.gitPath})`
    ])
    Object.assign(results, { gitCommit: pushed.commit, gitTag: pushed.tag })
  }
  host.setOutput('results', JSON.stringify(results))
  await ctx.report({
    title: 'OIC export-car',
    status: 'success',
    statusLine: `Exported ${what} from ${instance}: ${(archive.size / MIB).toFixed(2)} MiB.`,
    table: { headers: ['Item', 'Value'], rows },
    notes: [...notes, ...contents.warnings.map(w => `Archive: ${w}.`)]
  })
}
