/** Integration instances (contract §9.8): list, get, abort, activity stream, details and large payloads. */
import type { Readable } from 'node:stream'
import type { HttpClient } from '../../http/client.js'
import { apiPath, getJson, type Link } from '../api.js'
import type { MonitoringCollection } from './error-instances.js'
import { monitoringQ, type MonitoringFilter } from './q.js'

/** An integration instance (InstanceRs). */
export interface Instance {
  id: string
  runId?: string
  status?: string
  integrationId?: string
  integrationName?: string
  integrationVersion?: string
  creationDate?: string
  lastTrackedTime?: string
  projectCode?: string
  links?: Link[]
}

/** Answer of an abort. */
export interface AbortResult {
  abortJobId?: string
  message?: string
  status?: string
}

/** One page of `GET /monitoring/instances`. */
export const listInstances = (
  client: HttpClient,
  filter: MonitoringFilter,
  page: { offset: number; limit: number; orderBy?: 'lastupdateddate' | 'creationdate' | 'executiontime' }
): Promise<MonitoringCollection<Instance>> =>
  getJson(client, apiPath('monitoring', 'instances'), 'list instances', { q: monitoringQ(filter), ...page })

/** `GET /monitoring/instances/{id}`. */
export const getInstance = (client: HttpClient, id: string, minimal = false): Promise<Instance> =>
  getJson(client, apiPath('monitoring', 'instances', id), `get instance ${id}`, {
    return: minimal ? 'minimal' : undefined
  })

/**
 * `POST /monitoring/instances/{id}/abort` (409 when not in progress). Callers check the instance against the
 * user's selection first (integration, project: contract K6).
 */
export async function abortInstance(client: HttpClient, id: string): Promise<AbortResult> {
  const res = await client.json<AbortResult>({
    method: 'POST',
    path: apiPath('monitoring', 'instances', id, 'abort'),
    json: {},
    safeToRetry: false,
    label: `abort instance ${id}`
  })
  return res.body ?? {}
}

/** `GET /monitoring/instances/{id}/activityStream` (deprecated in OIC 3). */
export const getActivityStream = (
  client: HttpClient,
  id: string,
  order: 'asc' | 'desc' = 'asc',
  timezone?: string
): Promise<unknown> =>
  getJson(client, apiPath('monitoring', 'instances', id, 'activityStream'), `activity stream of ${id}`, {
    order,
    timezone
  })

/** `GET /monitoring/instances/{id}/activityStreamDetails`. */
export const getActivityStreamDetails = (
  client: HttpClient,
  id: string,
  timezone?: string
): Promise<unknown> =>
  getJson(
    client,
    apiPath('monitoring', 'instances', id, 'activityStreamDetails'),
    `activity stream details of ${id}`,
    { timezone }
  )

/**
 * Downloads a large payload: `GET /monitoring/instances/{id}/activityStreamDetails/{+key}` — the key is a path
 * (`tracking-data/debug/…`) whose slashes stay unencoded.
 */
export function downloadLargePayload<R>(
  client: HttpClient,
  id: string,
  key: string,
  consume: (body: Readable) => Promise<R>
): Promise<R> {
  const path = `${apiPath('monitoring', 'instances', id, 'activityStreamDetails')}/${key.split('/').map(encodeURIComponent).join('/')}`
  return client.stream(
    { method: 'GET', path, headers: { accept: '*/*' }, label: `download payload ${key} of ${id}` },
    body => consume(body)
  )
}
