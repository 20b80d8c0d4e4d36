/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */
import { readCar } from '../../core/archive/car.js'
import { diffArchive } from '../../core/archive/diff.js'
import { missingConnectionNotes } from '../../core/archive/diff-report.js'
import { ConfigurationError, OicActionError } from '../../core/errors.js'
import { createOicClient } from '../../core/oic-connection.js'
import { activateIntegrations, type ActivationOutcome } from '../../core/oic/activation.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import type { ActionContext } from '../../core/run-action.js'
import { obtainArchive } from './archive-source.js'
import {
  applyConnections,
  attachmentFiles,
  checkAgainstArchive,
  checkAgainstTarget,
  readTargets
} from './configure.js'
import { getSettings } from './inputs.js'
import { applicableSettings, reportDryRun } from './plan.js'
import { replaceProject, type ReplaceOutcome } from './replace.js'
import { activationSet, checkActivationTarget, readTarget, upload } from './steps.js'
import { verifyAndReport } from './verify.js'

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  const log = (line: string): void => host.info(line)
  const deps = { sleep: (ms: number) => ctx.sleep(ms), now: () => ctx.now(), log }
  const archive = await obtainArchive(s.source, host.env, log)
  const car = await readCar(archive.path, archive.shownAs)
  for (const warning of car.warnings) host.warning(`${archive.shownAs}: ${warning}`)
  if (s.project && car.project && car.project.code !== s.project) {
    throw new ConfigurationError(
      `${archive.shownAs} holds project ${car.project.code}, not ${s.project}: import the right archive or fix the project input.`,
      { input: 'project' }
    )
  }
  const expected = s.project ?? car.project?.code
  // Loaded only when used: the YAML parser is the largest module import-car would otherwise load at start.
  const file = s.connectionsFile
    ? (await import('./connections-file.js')).readConnectionsFile(
        s.connectionsFile.path,
        s.connectionsFile.shownAs,
        host.env,
        v => host.setSecret(v)
      )
    : undefined
  for (const setting of file?.connections ?? []) attachmentFiles(setting, host.env)
  if (file) checkAgainstArchive(file.connections, car.connections)
  const client = createOicClient(s.connection, ctx)
  const instance = s.connection.instance ?? 'the OIC 2 instance'
  const target = await readTarget(client, expected, car)
  await checkActivationTarget(client, s, car, target, expected)
  const settings = applicableSettings(host, car, target, file?.connections ?? [])
  if (target.exists) await checkAgainstTarget(client, expected, settings, target.connections)
  const diff = diffArchive(car, target, s.ifExists, new Set(settings.map(c => c.id)))
  const missingNotes = missingConnectionNotes(diff, instance)
  for (const note of missingNotes) host.warning(note)
  const imported: VersionRef[] = car.integrations.map(({ code, version }) => ({ code, version }))

  if (s.dryRun) {
    await reportDryRun(ctx, s, { car, target, diff, expected, instance })
    return
  }

  let result: 'imported' | 'replaced' | 'skipped'
  let project: string
  let reactivate: VersionRef[] = []
  let replaced: ReplaceOutcome | undefined
  if (target.exists && expected) {
    if (s.ifExists === 'fail') {
      throw new ConfigurationError(
        `Project ${expected} already exists in ${instance} (409): set if-exists: replace to replace it, or skip.`,
        { input: 'if-exists' }
      )
    }
    project = expected
    if (s.ifExists === 'skip') {
      result = 'skipped'
      host.info(`Project ${expected} exists in ${instance}: import skipped (if-exists: skip)`)
    } else {
      replaced = await replaceProject(client, project, target.integrations, imported, {
        prune: s.source.kind === 'release',
        wholeProject: car.kind === 'project',
        upload: async () => void (await upload(ctx, client, archive.path, 'replace', expected)),
        deps,
        acceptUnchanged: s.acceptUnchanged
      })
      reactivate = replaced.reactivate
      result = 'replaced'
    }
  } else {
    project = await upload(ctx, client, archive.path, 'add', expected)
    result = 'imported'
  }
  if (s.project && project !== s.project)
    throw new OicActionError(`The import created project ${project}, not ${s.project}.`)
  host.info(`Project ${project} ${result} in ${instance}`)

  const configured = file
    ? await applyConnections(
        client,
        project,
        settings,
        await readTargets(client, project, settings),
        host.env,
        log
      )
    : []
  const wanted = await activationSet(client, project, s, imported)
  const refs = [...reactivate, ...wanted.filter(w => !reactivate.some(r => r.code === w.code))]
  const activations: ActivationOutcome[] = refs.length
    ? await activateIntegrations(client, project, refs, s.activationTimeoutMs, deps)
    : []

  await verifyAndReport(ctx, client, s, {
    project,
    result,
    instance,
    imported,
    diff,
    activations,
    configured: configured.length,
    replaced,
    notes: missingNotes
  })
}
