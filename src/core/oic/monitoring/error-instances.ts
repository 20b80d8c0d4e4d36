/** Errored instances (contract §9.2–§9.6): list, get, resubmit (single, bulk) and discard (single, bulk). */
import type { HttpClient } from '../../http/client.js'
import { apiPath, getJson, type Collection, type Link } from '../api.js'
import { unexpected } from '../shape.js'
import { monitoringQ, type MonitoringFilter } from './q.js'

/** An errored integration instance. */
export interface ErrorInstance {
  id: string
  runId?: string
  status?: string
  creationDate?: string
  lastTrackedTime?: string
  errorMessage?: string
  errorDetails?: string
  recoverable?: boolean
  retryCount?: number
  primaryName?: string
  primaryValue?: string
  projectCode?: string
  integration?: { code?: string; version?: string; name?: string; id?: string }
  /** The connection that failed (ConnectionErrorRs; `return=minimal` leaves out the app type). */
  connection?: { id?: string; name?: string; appTypeName?: string; appTypeDisplayName?: string }
  links?: Link[]
}

/** The root of a monitoring collection. */
export interface MonitoringCollection<T> extends Collection<T> {
  totalRecordsCount?: number
  timeWindow?: string
  dataFetchTime?: string
}

/** Answer of a single resubmit (ErrorResubmitRs). */
export interface ResubmitResult {
  message?: string
  recoveryJobId?: string
  redirectUrl?: string
  resubmitSuccessful?: boolean
  resubmittedFailedInstances?: string[]
}

/** Answer of a bulk resubmit (ErrorsBulkResubmitRs). */
export interface BulkResubmitResult {
  acceptedIds?: string[]
  invalidIds?: string[]
  nonRecoverableIds?: string[]
  message?: string
  recoveryJobId?: string
  resubmitRequested?: boolean
  resubmittedInstancesCount?: number
}

/** Answer of a bulk discard (ErrorBulkDiscardRs). */
export interface BulkDiscardResult {
  abortJobId?: string
  abortedInstancesCount?: number
  acceptedIds?: string[]
  invalidIds?: string[]
  nonDiscardableIds?: string[]
  discardRequested?: boolean
  message?: string
}

const ERRORS = apiPath('monitoring', 'errors')

/** One page of `GET /monitoring/errors`. */
export const listErrors = (
  client: HttpClient,
  filter: MonitoringFilter,
  page: { offset: number; limit: number; orderBy?: 'lastupdateddate' | 'creationdate' }
): Promise<MonitoringCollection<ErrorInstance>> =>
  getJson(client, ERRORS, 'list errored instances', { q: monitoringQ(filter), ...page })

/** `GET /monitoring/errors/{id}`. */
export const getError = (client: HttpClient, id: string, minimal = false): Promise<ErrorInstance> =>
  getJson(client, apiPath('monitoring', 'errors', id), `get errored instance ${id}`, {
    return: minimal ? 'minimal' : undefined
  })

/** `POST /monitoring/errors/{id}/resubmit`: never repeated blindly (check the instance's state instead). */
export async function resubmitError(
  client: HttpClient,
  id: string,
  recoveryTraceLevel?: string
): Promise<ResubmitResult> {
  const res = await client.json<ResubmitResult>({
    method: 'POST',
    path: apiPath('monitoring', 'errors', id, 'resubmit'),
    json: recoveryTraceLevel ? { recoveryTraceLevel } : {},
    safeToRetry: false,
    label: `resubmit ${id}`
  })
  return res.body ?? {}
}

/**
 * `POST /monitoring/errors/resubmit?return=sync` with `{ids}`: never repeated blindly (re-read the error list
 * instead). Without `return=sync` OIC answers 202 with an empty body (contract K2), and a server may ignore the
 * parameter: then the answer is undefined, the ids count as submitted and the job is found in the recovery-job
 * list.
 */
export async function resubmitErrors(
  client: HttpClient,
  ids: string[],
  recoveryTraceLevel?: string
): Promise<BulkResubmitResult | undefined> {
  const res = await client.json<BulkResubmitResult | undefined>({
    method: 'POST',
    path: `${ERRORS}/resubmit`,
    query: { return: 'sync' },
    json: recoveryTraceLevel ? { ids, recoveryTraceLevel } : { ids },
    safeToRetry: false,
    label: `resubmit ${ids.length} errored instances`
  })
  const body = res.body
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  // The id lists are read item by item: a list of another type ends in one line, not an internal failure.
  for (const key of ['acceptedIds', 'invalidIds', 'nonRecoverableIds'] as const) {
    const list: unknown = body[key]
    if (list === undefined) continue
    const odd: unknown = Array.isArray(list)
      ? (list as unknown[]).find(id => typeof id !== 'string' && typeof id !== 'number')
      : list
    if (odd !== undefined)
      throw unexpected(`resubmit ${ids.length} errored instances`, odd, `${key} as a list of ids`)
  }
  return body
}

/**
 * `POST /monitoring/errors/{id}/discard` (202). Callers check the instance against the user's selection first
 * (`checkInstance` in selection.ts, contract K6).
 */
export async function discardError(client: HttpClient, id: string): Promise<void> {
  await client.json({
    method: 'POST',
    path: apiPath('monitoring', 'errors', id, 'discard'),
    safeToRetry: false,
    label: `discard ${id}`
  })
}

/** `POST /monitoring/errors/discard` with `{ids}`; callers check each instance first (selection.ts, K6). */
export async function discardErrors(client: HttpClient, ids: string[]): Promise<BulkDiscardResult> {
  const res = await client.json<BulkDiscardResult>({
    method: 'POST',
    path: `${ERRORS}/discard`,
    json: { ids },
    safeToRetry: false,
    label: `discard ${ids.length} errored instances`
  })
  return res.body ?? {}
}
