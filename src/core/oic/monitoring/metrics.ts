/** Audit records, message count summary and historical tracking metrics (contract §9.9). */
import type { HttpClient } from '../../http/client.js'
import { apiPath, getJson, qFilter } from '../api.js'
import type { MonitoringCollection } from './error-instances.js'
import { monitoringDate, type TimeWindow } from './q.js'

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

/** The `q` keys of `GET /monitoring/auditRecords` (G2:Retrieve Audit Records). */
export interface AuditFilter {
  /** How many records at most (q key; the server's default is 15). */
  limit?: number
  code?: string
  version?: string
  timewindow?: TimeWindow
  type?: string
  distinct?: boolean
}

/** One page of `GET /monitoring/auditRecords` (paged by `offset`/`limit` like the other monitoring lists). */
export const auditRecordsPage = (
  client: HttpClient,
  filter: AuditFilter,
  page: { offset: number; limit: number }
): Promise<MonitoringCollection<AuditRecord>> =>
  getJson(client, apiPath('monitoring', 'auditRecords'), 'list audit records', {
    q: auditQ(filter),
    ...page
  })

function auditQ(filter: AuditFilter): string | undefined {
  return qFilter({
    limit: filter.limit === undefined ? undefined : String(filter.limit),
    code: filter.code,
    version: filter.version,
    timewindow: filter.timewindow,
    type: filter.type,
    distinct: filter.distinct === undefined ? undefined : String(filter.distinct)
  })
}

/** `GET /monitoring/auditRecords` (`limit` inside q defaults to 15). */
export async function listAuditRecords(client: HttpClient, filter: AuditFilter = {}): Promise<AuditRecord[]> {
  const q = auditQ(filter)
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

/**
 * `GET /monitoring/history`: historical tracking metrics, hourly or daily; `range` (UTC) replaces the time window
 * (D:Retrieve Historical Tracking Metrics: `q` startdate, enddate).
 */
export const getHistory = (
  client: HttpClient,
  frequency: 'hourly' | 'daily',
  timewindow?: TimeWindow,
  range: { startdate?: Date; enddate?: Date } = {}
): Promise<unknown> =>
  getJson(client, apiPath('monitoring', 'history'), 'historical tracking metrics', {
    frequency,
    q: qFilter({
      timewindow: range.startdate || range.enddate ? undefined : timewindow,
      startdate: range.startdate ? monitoringDate(range.startdate) : undefined,
      enddate: range.enddate ? monitoringDate(range.enddate) : undefined
    })
  })
