/** `export-car`: streams a project (or one deployment) `.car` to disk, then uploads and/or commits it. */
import { rmSync } from 'node:fs'
import { readCar } from '../../core/archive/car.js'
import { ArchiveSizeLimit } from '../../core/archive-size.js'
import { collaborators } from '../../core/collaborators.js'
import { withContext } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { createOicClient } from '../../core/oic-instance.js'
import { integrationId } from '../../core/oic/api.js'
import { exportProject } from '../../core/oic/projects.js'
import { allowedRoots } from '../../core/paths.js'
import type { ActionContext } from '../../core/run-action.js'
import { checkWriteTarget } from '../../core/safe-write.js'
import { archiveWriter, type WrittenArchive } from '../../core/archive/writer.js'
import { getSettings, type ExportCarSettings } from './inputs.js'
import { gitPushStep, uploadArtifactStep, type Published } from './publish.js'
import { checkSource, type ExportSource } from './source.js'

const MIB = 1024 * 1024

/** Runs the action: check the source, stream the archive, read it back, publish it, report. */
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
  const source = await checkSource(client, s, instance)

  host.info(`Exporting ${source.what} from ${instance} to ${s.path}`)
  const archive = await download(ctx, client, s, source)
  const contents = await readCar(archive.path, archive.path).catch((e: unknown) => {
    // A body cut short with a success status is written whole; an archive that cannot be read is not left behind.
    rmSync(archive.path, { force: true })
    throw e
  })
  if (contents.project && contents.project.code !== s.project) {
    host.warning(`The archive names project ${contents.project.code}, not ${s.project}.`)
  }
  host.setOutput('path', archive.path)
  host.setOutput('sha256', archive.sha256)
  host.setOutput('size', String(archive.size))

  const published: Published[] = []
  if (s.uploadArtifact) published.push(await uploadArtifactStep(host, s, archive.path))
  if (s.gitPush) published.push(await gitPushStep(host, collaborators(ctx), s, archive.path))

  const { path, sha256, size } = archive
  const results = { project: s.project, deployment: s.deployment ?? '', path, sha256, size }
  host.setOutput('results', JSON.stringify(Object.assign(results, ...published.map(p => p.results))))
  const listed = contents.integrations.map(i => integrationId(i.code, i.version)).join(', ')
  await ctx.report({
    title: 'OIC export-car',
    status: 'success',
    statusLine: `Exported ${source.what} from ${instance}: ${(archive.size / MIB).toFixed(2)} MiB.`,
    table: {
      headers: ['Item', 'Value'],
      rows: [
        ['Archive', archive.path],
        ['Size', `${archive.size} bytes`],
        ['SHA-256', archive.sha256],
        ['Integrations', listed || '(not listed by this archive layout)'],
        ...published.flatMap(p => p.rows)
      ]
    },
    notes: [...published.flatMap(p => p.notes), ...contents.warnings.map(w => `Archive: ${w}.`)]
  })
}

/** Streams the archive to `s.path` within `max-archive-size`, and logs its size, speed and digest. */
async function download(
  ctx: ActionContext,
  client: HttpClient,
  s: ExportCarSettings,
  source: ExportSource
): Promise<WrittenArchive> {
  const started = ctx.now()
  const limit = s.maxArchiveSize === undefined ? undefined : new ArchiveSizeLimit(s.maxArchiveSize)
  const write = archiveWriter(s.path)
  const { project } = source
  const archive = await exportProject(
    client,
    { code: s.project, name: project.name, type: project.type, label: s.deployment },
    (body, headers) => write(limit ? limit.guard(body, headers) : body)
  ).catch((e: unknown) => {
    throw withContext(`Could not export ${source.what}`, limit?.tripped ? limit.error() : e)
  })
  const seconds = Math.max(0.001, (ctx.now() - started) / 1000)
  ctx.host.info(
    `Wrote ${archive.size} bytes (${(archive.size / MIB / seconds).toFixed(1)} MiB/s), sha256 ${archive.sha256}`
  )
  return archive
}
