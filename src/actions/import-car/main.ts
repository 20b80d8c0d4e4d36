/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */
import { diffArchive } from '../../core/archive/diff.js'
import { missingConnectionNotes } from '../../core/archive/diff-report.js'
import { collaborators } from '../../core/collaborators.js'
import { OicActionError } from '../../core/errors.js'
import { createOicClient } from '../../core/oic-instance.js'
import { activateIntegrations, type ActivationOutcome } from '../../core/oic/activation.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import type { ActionContext } from '../../core/run-action.js'
import { applyConnections, checkAgainstTarget, readTargets } from './configure.js'
import { getSettings } from './inputs.js'
import { prepare } from './prepare.js'
import { applicableSettings, reportDryRun } from './plan.js'
import { activationSet, checkActivationTarget, importOrReplace, readTarget } from './steps.js'
import { verifyAndReport } from './verify.js'

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  const deps = collaborators(ctx)
  const { log } = deps
  const { archive, car, expected, file } = await prepare(host, s, log)
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

  const { project, result, reactivate, replaced } = await importOrReplace(deps, client, s, {
    car,
    target,
    expected,
    instance,
    path: archive.path,
    imported
  })
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
