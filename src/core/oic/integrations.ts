/** Integrations in a project or global (contract §3.4, §7): list, get, activate/deactivate, status, delete, import. */
import { basename } from 'node:path'
import type { HttpClient } from '../http/client.js'
import { multipart } from '../http/multipart.js'
import { apiPath, getJson, integrationId, listAll, type Link, type ListOptions } from './api.js'

/** Integration statuses (contract §7.1). */
export type IntegrationStatus =
  'CONFIGURED' | 'ACTIVATED' | 'ACTIVATION_INPROGRESS' | 'FAILEDACTIVATION' | 'INPROGRESS'

/** An integration version. */
export interface Integration {
  id?: string
  code: string
  version: string
  name?: string
  /** One of {@link IntegrationStatus} (read as a string: servers may add values). */
  status?: string
  lockedFlag?: boolean
  /** Pattern, e.g. `freeform_scheduled` (scheduled integrations start runs by themselves). */
  style?: string
  scheduleDefinedFlag?: boolean
  /** True for a scheduled integration, even before its schedule is defined (recorded list items, PM). */
  scheduleApplicableFlag?: boolean
  projectType?: string
  lastUpdated?: string
  links?: Link[]
}

/** Where integrations live: inside a project, or global when `project` is undefined. */
export const integrationsPath = (project: string | undefined, ...rest: string[]): string =>
  project ? apiPath('projects', project, 'integrations', ...rest) : apiPath('integrations', ...rest)

/** Every integration of a project (or global ones). */
export const listIntegrations = (
  client: HttpClient,
  project: string | undefined,
  options?: Pick<ListOptions, 'q' | 'orderBy'>
): Promise<Integration[]> =>
  listAll(client, integrationsPath(project), `list integrations${project ? ` in ${project}` : ''}`, options)

/** `GET …/integrations/{CODE%7CVERSION}`. */
export const getIntegration = (
  client: HttpClient,
  project: string | undefined,
  code: string,
  version: string
): Promise<Integration> =>
  getJson(
    client,
    integrationsPath(project, integrationId(code, version)),
    `get integration ${integrationId(code, version)}`
  )

/**
 * Activates (`ACTIVATED`) or deactivates (`CONFIGURED`) a version: POST + `X-HTTP-Method-Override: PATCH`.
 * Never repeated blindly: a lost answer is settled by reading the activation status.
 */
export async function setIntegrationStatus(
  client: HttpClient,
  project: string | undefined,
  code: string,
  version: string,
  status: 'ACTIVATED' | 'CONFIGURED'
): Promise<Integration | undefined> {
  return (
    await client.json<Integration>({
      method: 'POST',
      path: integrationsPath(project, integrationId(code, version)),
      query: { enableAsyncActivationMode: status === 'ACTIVATED' ? true : undefined },
      headers: { 'x-http-method-override': 'PATCH' },
      json: { status },
      safeToRetry: false,
      label: `${status === 'ACTIVATED' ? 'activate' : 'deactivate'} ${integrationId(code, version)}`
    })
  ).body
}

/** `GET …/integrations/{id}/activationStatus`. */
export async function getActivationStatus(
  client: HttpClient,
  project: string | undefined,
  code: string,
  version: string
): Promise<string> {
  const body = await getJson<{ activationStatus?: string }>(
    client,
    integrationsPath(project, integrationId(code, version), 'activationStatus'),
    `activation status of ${integrationId(code, version)}`
  )
  return body?.activationStatus ?? 'UNKNOWN'
}

/** `DELETE …/integrations/{id}` (a version). */
export async function deleteIntegration(
  client: HttpClient,
  project: string | undefined,
  code: string,
  version: string
): Promise<void> {
  await client.json({
    method: 'DELETE',
    path: integrationsPath(project, integrationId(code, version)),
    label: `delete ${integrationId(code, version)}`
  })
}

/** Imports an `.iar` (add: POST …/integrations/archive, 204 + Location). */
export async function importIntegration(
  client: HttpClient,
  project: string | undefined,
  file: string
): Promise<string | undefined> {
  const res = await client.json({
    method: 'POST',
    path: integrationsPath(project, 'archive'),
    multipart: multipart([
      { name: 'file', file },
      { name: 'type', value: 'application/octet-stream' }
    ]),
    safeToRetry: false,
    label: `import integration archive ${basename(file)}`
  })
  return res.headers.location
}
