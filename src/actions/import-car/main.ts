/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */
import { readCar, type CarContents } from '../../core/archive/car.js'
import { diffArchive, type TargetState } from '../../core/archive/diff.js'
import { diffReport } from '../../core/archive/diff-report.js'
import {
  ConfigurationError,
  isNotFound,
  OicActionError,
  OicHttpError,
  withContext
} from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { createOicClient } from '../../core/oic-connection.js'
import { activateIntegrations, type ActivationOutcome } from '../../core/oic/activation.js'
import { listConnections } from '../../core/oic/connections.js'
import { getDeployment, type VersionRef } from '../../core/oic/deployments.js'
import { listIntegrations } from '../../core/oic/integrations.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { getProject, importProject } from '../../core/oic/projects.js'
import { newestByCode } from '../../core/oic/versions.js'
import type { ActionContext } from '../../core/run-action.js'
import { obtainArchive } from './archive-source.js'
import { applyConnections, attachmentFiles, checkAgainstArchive, readTargets } from './configure.js'
import { readConnectionsFile } from './connections-file.js'
import { getSettings, type ImportCarSettings } from './inputs.js'
import { replaceNotes, replaceProject, type ReplaceOutcome } from './replace.js'
import { SUMMARY_HEADERS, summaryRows } from './report.js'

async function readTarget(client: HttpClient, project: string | undefined): Promise<TargetState> {
  const exists = project ? Boolean(await orUndefined(getProject(client, project))) : false
  if (!exists || !project) return { exists: false, integrations: [], connections: [] }
  return {
    exists,
    integrations: await listIntegrations(client, project),
    connections: await listConnections(client, project)
  }
}

/** Imports (POST) or replaces (PUT); a lost answer is settled by reading the project, never by sending again. */
async function upload(
  ctx: ActionContext,
  client: HttpClient,
  file: string,
  mode: 'add' | 'replace',
  expected: string | undefined
): Promise<string> {
  try {
    const project = await importProject(client, file, mode)
    const code = project?.code ?? expected
    if (!code)
      throw new OicActionError(
        'The import answer named no project and the archive did not either: set the project input.'
      )
    return code
  } catch (error) {
    if (error instanceof OicHttpError && error.status === 409) {
      throw new ConfigurationError(
        `Project ${expected ?? ''} already exists in the target (409): set if-exists: replace to replace it, or skip.`,
        { input: 'if-exists', cause: error }
      )
    }
    const lost = error instanceof OicHttpError && (error.status === 0 || error.status >= 500)
    if (lost && mode === 'add' && expected && (await orUndefined(getProject(client, expected)))) {
      ctx.host.warning(
        `The answer to the import was lost (${(error as Error).message}); project ${expected} now exists, so the archive was not sent again.`
      )
      return expected
    }
    throw withContext(`Could not ${mode === 'add' ? 'import' : 'replace'} the archive`, error)
  }
}

async function activationSet(
  client: HttpClient,
  project: string,
  s: ImportCarSettings,
  imported: VersionRef[]
): Promise<VersionRef[]> {
  if (s.activate.kind === 'none') return []
  if (s.activate.kind === 'all') {
    // One version per integration: activating two of the same major version would deactivate the first again.
    if (imported.length) return [...newestByCode(imported).values()]
    return [...newestByCode(await listIntegrations(client, project)).values()].map(({ code, version }) => ({
      code,
      version
    }))
  }
  const code = s.activate.code
  const deployment = await getDeployment(client, project, code).catch((e: unknown) => {
    if (isNotFound(e))
      throw new ConfigurationError(
        `Input 'activate': deployment ${code} is not in project ${project} on the target.`,
        { input: 'activate' }
      )
    throw e
  })
  return (deployment.integrations ?? []).map(({ code: c, version }) => ({ code: c, version }))
}

/**
 * Refuses `activate: <deployment>` before anything changes when neither the archive (if it lists its deployments)
 * nor the target holds that deployment: found only after the import, the project would be left half done.
 */
async function checkActivationTarget(
  client: HttpClient,
  s: ImportCarSettings,
  car: CarContents,
  target: TargetState,
  project: string | undefined
): Promise<void> {
  if (s.activate.kind !== 'deployment' || car.layout !== 'manifest') return
  const code = s.activate.code
  if (car.deployments.some(d => d.code === code)) return
  if (target.exists && project && (await orUndefined(getDeployment(client, project, code)))) return
  throw new ConfigurationError(
    `Input 'activate': deployment ${code} is neither in the archive nor in the target (the archive has: ${car.deployments.map(d => d.code).join(', ') || 'none'}): name one of them, all or none.`,
    { input: 'activate' }
  )
}

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
  const file = s.connectionsFile
    ? readConnectionsFile(s.connectionsFile.path, s.connectionsFile.shownAs, host.env, v => host.setSecret(v))
    : undefined
  for (const setting of file?.connections ?? []) attachmentFiles(setting, host.env)
  if (file) checkAgainstArchive(file.connections, car.connections)
  const client = createOicClient(s.connection, ctx)
  const instance = s.connection.instance ?? 'the OIC 2 instance'
  const target = await readTarget(client, expected)
  await checkActivationTarget(client, s, car, target, expected)
  const settings = (file?.connections ?? []).filter(setting => {
    const known =
      car.connections.length === 0 ||
      car.connections.some(c => c.id === setting.id) ||
      target.connections.some(c => c.id === setting.id)
    if (known) return true
    const where = `${setting.location.file}:${setting.location.line ?? '?'}`
    // A deployment's archive holds only the connections its integrations use; one file per environment may
    // legitimately describe the others too. For a whole project, an unknown id is a typo.
    if (car.label) {
      host.warning(
        `${where}: connection ${setting.id} is not in this deployment's archive nor in the target: skipped.`,
        {
          file: setting.location.file,
          startLine: setting.location.line
        }
      )
      return false
    }
    throw new ConfigurationError(
      `${where}: connection ${setting.id} is neither in the archive nor in the target (archive connections: ${car.connections.map(c => c.id).join(', ')}).`,
      { input: 'connections-file', location: setting.location }
    )
  })
  const diff = diffArchive(car, target, s.ifExists, new Set(settings.map(c => c.id)))
  const imported: VersionRef[] = car.integrations.map(({ code, version }) => ({ code, version }))
  const what = `${expected ?? 'the project'} into ${instance}`

  if (s.dryRun) {
    const blocked = diff.integrations.some(i => i.importable === '409')
    host.setOutput('project', expected ?? '')
    host.setOutput('result', 'planned')
    host.setOutput('integrations', JSON.stringify(imported.map(r => ({ ...r, status: 'planned' }))))
    host.setOutput(
      'connections',
      JSON.stringify(diff.connections.map(c => ({ id: c.id, status: c.targetStatus ?? 'INPROGRESS' })))
    )
    host.setOutput('diff', JSON.stringify(diff))
    host.setOutput('results', JSON.stringify({ project: expected, result: 'planned', diff }))
    const plan = diffReport(car, diff, instance)
    await ctx.report({
      ...plan,
      title: 'OIC import-car',
      statusLine: `Dry run: importing ${what} would ${target.exists ? (s.ifExists === 'replace' ? 'replace the existing project' : s.ifExists === 'skip' ? 'be skipped (project exists)' : 'fail: the project exists (409)') : 'add the project'} — ${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target. Nothing was changed.`,
      notes: [
        ...(blocked ? ['The project exists: with if-exists: fail the import would be refused (409).'] : []),
        ...diff.connections
          .filter(c => c.needsConfiguration)
          .map(c => `Connection ${c.id} would stay draft: add it to the connections file.`),
        ...(plan.notes ?? []).filter(n => !n.startsWith('Connections that will need'))
      ]
    })
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
        wholeProject: !car.label,
        upload: async () => void (await upload(ctx, client, archive.path, 'replace', expected)),
        deps
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

  const afterIntegrations = await listIntegrations(client, project)
  const missing = imported.filter(
    r => !afterIntegrations.some(a => a.code === r.code && a.version === r.version)
  )
  const afterConnections = (await listConnections(client, project)).map(c => ({
    id: c.id,
    status: c.status ?? 'UNKNOWN'
  }))
  const integrationsOut = (imported.length ? imported : afterIntegrations).map(r => ({
    code: r.code,
    version: r.version,
    status: afterIntegrations.find(a => a.code === r.code && a.version === r.version)?.status ?? 'MISSING'
  }))
  host.setOutput('project', project)
  host.setOutput('result', result)
  host.setOutput('integrations', JSON.stringify(integrationsOut))
  host.setOutput('connections', JSON.stringify(afterConnections))
  host.setOutput(
    'results',
    JSON.stringify({
      project,
      result,
      integrations: integrationsOut,
      connections: afterConnections,
      activations
    })
  )

  const failed = activations.filter(a => a.status !== 'ACTIVATED')
  const draft = afterConnections.filter(c => c.status !== 'CONFIGURED')
  await ctx.report({
    title: 'OIC import-car',
    status: failed.length || missing.length ? 'failure' : draft.length ? 'warning' : 'success',
    statusLine: `Project ${project} ${result} in ${instance}: ${integrationsOut.length} integrations, ${configured.length} connections configured, ${activations.filter(a => a.status === 'ACTIVATED').length} of ${activations.length} activated.`,
    table: {
      headers: SUMMARY_HEADERS,
      rows: summaryRows(diff, { integrations: integrationsOut, connections: afterConnections }, activations)
    },
    notes: [
      ...draft.map(
        c =>
          `Connection ${c.id} is ${c.status}: configure it (connections-file) before activating the integrations that use it.`
      ),
      ...(replaced ? replaceNotes(replaced) : [])
    ]
  })
  if (missing.length)
    throw new OicActionError(
      `Verification failed: ${missing.map(m => `${m.code}|${m.version}`).join(', ')} not found in project ${project} after the import.`
    )
  if (failed.length) {
    const list = failed.map(f => `${f.code}|${f.version} (${f.status})`).join(', ')
    const hint = draft.length
      ? ` — connection(s) ${draft.map(d => d.id).join(', ')} are still draft: configure them in connections-file`
      : s.activationTimeoutMs && failed.some(f => f.status === 'TIMEOUT')
        ? ' — raise activation-timeout'
        : ''
    throw new OicActionError(
      `Activation failed for ${failed.length} of ${activations.length} integrations: ${list}${hint}.`
    )
  }
}
