/** What `activate` asks import-car to activate, and the check, before anything changes, that it can be found. */
import type { CarContents } from '../../core/archive/car.js'
import type { TargetState } from '../../core/archive/diff.js'
import { ConfigurationError, isNotFound } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { getDeployment, type VersionRef } from '../../core/oic/deployments.js'
import { listIntegrations, type Integration } from '../../core/oic/integrations.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { newestByCode } from '../../core/oic/versions.js'
import { allInOrder } from '../../core/pool.js'
import type { ImportCarSettings } from './inputs.js'

/**
 * The versions `activate` asks for: none, the newest of each imported code, or a deployment's. `listed` is the
 * project's integrations when already read.
 */
export async function activationSet(
  client: HttpClient,
  project: string,
  s: ImportCarSettings,
  imported: VersionRef[],
  listed?: readonly Integration[]
): Promise<VersionRef[]> {
  if (s.activate.kind === 'none') return []
  if (s.activate.kind === 'all') {
    // One version per integration: activating two of the same major version would deactivate the first again.
    if (imported.length) return [...newestByCode(imported).values()]
    const present = listed ?? (await listIntegrations(client, project))
    return [...newestByCode(present).values()].map(({ code, version }) => ({
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
 * Refuses `activate: <deployment>` before anything changes when neither the archive's labels nor the target holds
 * that deployment: found only after the import, the project would be left half done. The deployment is read
 * together with the target (`target` is its read in flight): a project that is not there answers 404.
 */
export async function checkActivationTarget(
  client: HttpClient,
  s: ImportCarSettings,
  car: CarContents,
  target: Promise<TargetState>,
  project: string | undefined
): Promise<void> {
  if (s.activate.kind !== 'deployment') return
  const code = s.activate.code
  if (car.deployments.some(d => d.code === code)) return
  const deployment = project ? orUndefined(getDeployment(client, project, code)) : Promise.resolve(undefined)
  const [found, pinned] = await allInOrder([target, deployment])
  if (found.exists && pinned) return
  throw new ConfigurationError(
    `Input 'activate': deployment ${code} is neither in the archive nor in the target (the archive has: ${car.deployments.map(d => d.code).join(', ') || 'none'}): name one of them, all or none.`,
    { input: 'activate' }
  )
}
