/** `create-deployment`: the named set of integration versions to promote, created or updated in a project. */
import { collaborators, type Collaborators } from '../../core/collaborators.js'
import { ConfigurationError, isNotFound, withContext } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { createOicClient } from '../../core/oic-instance.js'
import { integrationId } from '../../core/oic/api.js'
import {
  createDeployment,
  getDeployment,
  updateDeployment,
  type Deployment,
  type VersionRef
} from '../../core/oic/deployments.js'
import { listIntegrations } from '../../core/oic/integrations.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { allInOrder } from '../../core/pool.js'
import type { ActionContext } from '../../core/run-action.js'
import { lostAnswerLine, settleLostWrite } from '../../core/settle-lost-write.js'
import { getSettings, type CreateDeploymentSettings } from './inputs.js'
import { resolveIntegrations, type ResolvedIntegration } from './resolve.js'

/** What happened to the deployment. */
export type DeploymentResult = 'created' | 'updated' | 'unchanged' | 'skipped' | 'planned'

const sortedKeys = (refs: readonly VersionRef[] | undefined): string =>
  (refs ?? [])
    .map(r => integrationId(r))
    .sort()
    .join(',')
const idKeys = (refs: ReadonlyArray<{ identifier: string; version: string }> | undefined): string =>
  (refs ?? [])
    .map(r => integrationId(r.identifier, r.version))
    .sort()
    .join(',')

/** True when `a` and `b` define the same deployment. */
export function sameDeployment(a: Deployment, b: Deployment): boolean {
  return (
    (a.name ?? a.code) === (b.name ?? b.code) &&
    (a.description ?? '') === (b.description ?? '') &&
    sortedKeys(a.integrations) === sortedKeys(b.integrations) &&
    sortedKeys(a.b2btradingpartners) === sortedKeys(b.b2btradingpartners) &&
    idKeys(a.robots) === idKeys(b.robots) &&
    idKeys(a.decisions) === idKeys(b.decisions)
  )
}

function desired(settings: CreateDeploymentSettings, resolved: ResolvedIntegration[]): Deployment {
  const d = settings.deployment
  return {
    code: d.code,
    name: d.name ?? d.code,
    description: d.description ?? '',
    integrations: resolved.map(({ code, version }) => ({ code, version })),
    robots: d.robots,
    decisions: d.decisions,
    b2btradingpartners: d.b2bTradingPartners
  }
}

function changeOf(ref: VersionRef, before: Deployment | undefined): string {
  if (!before) return 'added'
  const old = before.integrations?.find(i => i.code === ref.code)
  if (!old) return 'added'
  return old.version === ref.version ? 'unchanged' : `version ${old.version} → ${ref.version}`
}

/**
 * The integrations resolved against the project's list, and the deployment as it is, read together (issue 21). A
 * project that is not there is named (both reads answer 404 then), and a mistake in the integrations input is
 * reported before whatever the deployment's read met.
 */
async function readProject(
  client: HttpClient,
  settings: CreateDeploymentSettings,
  instance: string
): Promise<[ResolvedIntegration[], Deployment | undefined]> {
  const { project } = settings
  const resolved = listIntegrations(client, project)
    .catch((error: unknown) => {
      if (isNotFound(error))
        throw new ConfigurationError(
          `Project '${project}' does not exist in instance '${instance}': check the project input.`,
          { input: 'project' }
        )
      throw withContext(`Could not list the integrations of project ${project}`, error)
    })
    .then(available => resolveIntegrations(settings.deployment.integrations, available, project))
  return allInOrder([resolved, orUndefined(getDeployment(client, project, settings.deployment.code))])
}

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const settings = getSettings(host)
  const { project } = settings
  const code = settings.deployment.code
  const client = createOicClient(settings.connection, ctx)
  const instance = settings.connection.instance ?? 'the OIC 2 instance'

  const [resolved, existing] = await readProject(client, settings, instance)
  const body = desired(settings, resolved)

  let result: DeploymentResult
  if (!existing) result = settings.dryRun ? 'planned' : 'created'
  else if (settings.ifExists === 'fail') {
    throw new ConfigurationError(
      `Deployment '${code}' already exists in project ${project} (${existing.integrations?.length ?? 0} integrations): set if-exists to update or skip.`,
      { input: 'if-exists' }
    )
  } else if (settings.ifExists === 'skip') result = 'skipped'
  else if (sameDeployment(existing, body)) result = 'unchanged'
  else result = settings.dryRun ? 'planned' : 'updated'

  let final: Deployment = result === 'skipped' || result === 'unchanged' ? existing! : body
  if (result === 'created') final = await create(collaborators(ctx), client, project, body)
  if (result === 'updated') {
    await updateDeployment(client, project, body).catch((e: unknown) => {
      throw withContext(`Could not update deployment ${code} in project ${project}`, e)
    })
    final = await getDeployment(client, project, code)
  }

  const integrations = (final.integrations ?? []).map(({ code: c, version }) => ({ code: c, version }))
  host.setOutput('deployment', code)
  host.setOutput('result', result)
  host.setOutput('integrations', JSON.stringify(integrations))
  host.setOutput(
    'results',
    JSON.stringify({ project, deployment: code, result, integrations, dryRun: settings.dryRun })
  )
  host.info(`Deployment ${code} in project ${project}: ${result} (${integrations.length} integrations)`)

  const rows = resolved.map(r => [
    r.code,
    r.version,
    r.requestedAs,
    result === 'skipped' ? 'skipped' : changeOf(r, existing)
  ])
  if (existing && result !== 'skipped') {
    for (const old of existing.integrations ?? [])
      if (!resolved.some(r => r.code === old.code)) rows.push([old.code, old.version, '', 'removed'])
  }
  await ctx.report({
    title: 'OIC create-deployment',
    status: result === 'planned' ? 'planned' : result === 'skipped' ? 'skipped' : 'success',
    statusLine: `Deployment ${code} in project ${project} on ${instance}: ${result}${settings.dryRun ? ' (dry run: nothing changed)' : ''}.`,
    table: { headers: ['Integration', 'Version', 'Requested as', 'Change'], rows },
    notes: settings.configFile ? [`Defined by ${settings.configFile}.`] : []
  })
}

/** Creates the deployment; a lost answer is settled by reading it back (a POST is never repeated). */
async function create(
  deps: Pick<Collaborators, 'warn'>,
  client: HttpClient,
  project: string,
  body: Deployment
): Promise<Deployment> {
  const written = await settleLostWrite({
    what: `create deployment ${body.code} in project ${project}`,
    send: () => createDeployment(client, project, body),
    readBack: async () => {
      const now = await orUndefined(getDeployment(client, project, body.code))
      return now && sameDeployment(now, body) ? now : undefined
    }
  })
  if (written.answered) return getDeployment(client, project, body.code)
  deps.warn(
    lostAnswerLine(
      `creating deployment ${body.code}`,
      written.error,
      'it exists with the requested content, so it was not sent again.'
    )
  )
  return written.state
}
