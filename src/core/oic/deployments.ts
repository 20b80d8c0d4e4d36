/** Deployments in a project (contract §3.2, §5.8): the named sets of integration versions ("labels"). */
import type { HttpClient } from '../http/client.js'
import { apiPath, getJson, listAll, type ListOptions } from './api.js'

/** A `{code, version}` reference. */
export interface VersionRef {
  code: string
  version: string
}

/** A deployment (LabelRs). */
export interface Deployment {
  code: string
  name: string
  description?: string
  integrations?: VersionRef[]
  robots?: Array<{ identifier: string; version: string }>
  decisions?: Array<{ identifier: string; version: string }>
  b2btradingpartners?: VersionRef[]
  lastUpdated?: string
}

const path = (project: string, ...rest: string[]): string =>
  apiPath('projects', project, 'deployments', ...rest)

/** Every deployment of a project. */
export const listDeployments = (
  client: HttpClient,
  project: string,
  options?: Pick<ListOptions, 'q'>
): Promise<Deployment[]> => listAll(client, path(project), `list deployments of ${project}`, options)

/** `GET /projects/{p}/deployments/{d}`. */
export const getDeployment = (client: HttpClient, project: string, code: string): Promise<Deployment> =>
  getJson(client, path(project, code), `get deployment ${code} of ${project}`)

/** `POST /projects/{p}/deployments` (not repeated blindly: a lost response may have created it). */
export const createDeployment = (
  client: HttpClient,
  project: string,
  deployment: Deployment
): Promise<Deployment | undefined> =>
  postDeployment(client, path(project), deployment, { label: `create deployment ${deployment.code}` })

/**
 * Update = `POST /projects/{p}/deployments/{d}` with `X-HTTP-Method-Override: PATCH` and the full body. Sending
 * the same full body twice yields the same deployment, so the call is safe to repeat.
 */
export const updateDeployment = (
  client: HttpClient,
  project: string,
  deployment: Deployment
): Promise<Deployment | undefined> =>
  postDeployment(client, path(project, deployment.code), deployment, {
    headers: { 'x-http-method-override': 'PATCH' },
    safeToRetry: true,
    label: `update deployment ${deployment.code}`
  })

async function postDeployment(
  client: HttpClient,
  at: string,
  deployment: Deployment,
  how: { label: string; headers?: Record<string, string>; safeToRetry?: boolean }
): Promise<Deployment | undefined> {
  return (await client.json<Deployment>({ method: 'POST', path: at, json: deployment, ...how })).body
}

/** `DELETE /projects/{p}/deployments/{d}`. */
export async function deleteDeployment(client: HttpClient, project: string, code: string): Promise<void> {
  await client.json({ method: 'DELETE', path: path(project, code), label: `delete deployment ${code}` })
}
