/**
 * `oic-actions metrics …`: the Monitoring API's counters (seed 000 "Retrieve Historical Tracking Metrics",
 * "Retrieve Message Count Summary"). Field names are read in camelCase (what real answers use) or as the Gen3
 * pages render them (`successful-messages`); the history's rows are in `items`, or `records` as Gen2's
 * HistoryItemsRs names them.
 */
import { inputError } from '../../core/errors.js'
import { getHistory, getMessageSummary } from '../../core/oic/monitoring/metrics.js'
import { TIME_WINDOWS, type TimeWindow } from '../../core/oic/monitoring/q.js'
import { oneOf } from './monitoring-options.js'
import type { ResourceGroup } from './resource.js'

type Row = Record<string, unknown>
const kebab = (name: string): string => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)
const field = (row: Row, name: string): unknown => row[name] ?? row[kebab(name)]

const HISTORY_FIELDS: Readonly<Record<string, string>> = {
  start: 'startTime',
  end: 'endTime',
  received: 'totalMessagesReceived',
  processed: 'totalMessagesProcessed',
  succeeded: 'successfulMessages',
  failed: 'failedMessages',
  aborted: 'abortedMessages',
  inflight: 'inflightMessages',
  'success-rate': 'successRate'
}

/** A UTC date-time from `--name` (`2026-12-01 10:00:00` or ISO 8601), or undefined. */
function dateOf(options: Record<string, string>, name: string): Date | undefined {
  const raw = options[name] ?? ''
  if (!raw) return undefined
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw.replace(' ', 'T')}Z`)
  if (Number.isNaN(date.getTime()))
    throw inputError(`Option --${name} must be a UTC date-time, got '${raw}'.`, {
      input: `--${name}`,
      value: raw,
      fix: `Write --${name} '2026-12-01 10:00:00' (UTC) or an ISO 8601 time.`
    })
  return date
}

/** The metrics group. */
export const group: ResourceGroup = {
  name: 'metrics',
  summary: 'historical tracking metrics and the message count summary',
  operations: [
    {
      name: 'history',
      summary: 'messages received, processed, succeeded, failed per hour (past 24 h) or day (past 30 days)',
      effect: 'read',
      options: {
        frequency: { description: 'hourly (default) or daily' },
        'time-window': { description: TIME_WINDOWS.join(', ') },
        start: { description: "UTC start, e.g. '2026-12-01 00:00:00' (instead of --time-window)" },
        end: { description: 'UTC end' }
      },
      run: async ({ client, options }) => {
        const frequency = oneOf(options, 'frequency', ['hourly', 'daily'] as const) ?? 'hourly'
        const window = oneOf<TimeWindow>(options, 'time-window', TIME_WINDOWS)
        const range = { startdate: dateOf(options, 'start'), enddate: dateOf(options, 'end') }
        const body = ((await getHistory(client, frequency, window, range)) ?? {}) as Row
        const list = body.items ?? body.records
        const rows = (Array.isArray(list) ? (list as Row[]) : []).map(r =>
          Object.fromEntries(Object.entries(HISTORY_FIELDS).map(([col, name]) => [col, field(r, name)]))
        )
        return { kind: 'table', columns: Object.keys(HISTORY_FIELDS), rows, json: body }
      }
    },
    {
      name: 'summary',
      summary: 'total, processed, succeeded, errored and aborted message counts',
      effect: 'read',
      run: async ({ client }) => {
        const body = await getMessageSummary(client)
        const counts = (body?.messageSummary ?? (body as Row)?.['message-summary'] ?? {}) as Row
        return {
          kind: 'table',
          columns: ['count', 'value'],
          rows: Object.entries(counts).map(([count, value]) => ({ count, value })),
          json: body
        }
      }
    }
  ]
}
