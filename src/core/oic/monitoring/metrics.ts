/** Audit records, message count summary and historical tracking metrics (contract §9.9). */
import type { HttpClient } from '../../http/client.js'
import { apiPath, getJson, qFilter } from '../api.js'
import type { TimeWindow } from './q.js'

/** An audit record (design-time change). */
export interface AuditRecord {
  id?: string
  code?: string
  version?: string
  name?: string
  projectCode?: string
  type?: string
  action?: string
  user?: string
  /** When it happened (the field the emulator sends; the contract leaves the shape unknown). */
  date?: string
  timestamp?: string
}

/** `GET /monitoring/auditRecords` (`limit` inside q defaults to 15). */
export async function listAuditRecords(
  client: HttpClient,
  filter: {
    limit?: number
    code?: string
    version?: string
    timewindow?: TimeWindow
    type?: string
    distinct?: boolean
  } = {}
): Promise<AuditRecord[]> {
  const q = qFilter({
    limit: filter.limit === undefined ? undefined : String(filter.limit),
    code: filter.code,
    version: filter.version,
    timewindow: filter.timewindow,
    type: filter.type,
    distinct: filter.distinct === undefined ? undefined : String(filter.distinct)
  })
  const body = await getJson<{ items?: AuditRecord[] } | AuditRecord[]>(
    client,
    apiPath('monitoring', 'auditRecords'),
    'list audit records',
    { q }
  )
  return Array.isArray(body) ? body : (body?.items ?? [])
}

/** The message count summary (MessageCountRs). */
export interface MessageSummary {
  dataFetchTime?: string
  messageSummary?: Record<string, number>
}

/** `GET /monitoring/integrations/messages/summary`. */
export const getMessageSummary = (client: HttpClient): Promise<MessageSummary> =>
  getJson(client, apiPath('monitoring', 'integrations', 'messages', 'summary'), 'message count summary')

/** `GET /monitoring/history`: historical tracking metrics, hourly or daily. */
export const getHistory = (
  client: HttpClient,
  frequency: 'hourly' | 'daily',
  timewindow?: TimeWindow
): Promise<unknown> =>
  getJson(client, apiPath('monitoring', 'history'), 'historical tracking metrics', {
    frequency,
    q: qFilter({ timewindow })
  })
