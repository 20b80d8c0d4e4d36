/** The monitoring `q` filter (contract §4.3): `{timewindow:'1h', code:'X', version:'Y', recoverable:'true', …}`. */
import { qFilter } from '../api.js'

/** Time windows the monitoring API knows. */
export const TIME_WINDOWS = ['1h', '6h', '1d', '2d', '3d', 'RETENTIONPERIOD'] as const
export type TimeWindow = (typeof TIME_WINDOWS)[number]

/** Filters of a monitoring query. */
export interface MonitoringFilter {
  timewindow?: TimeWindow
  /** UTC start; overrides the time window. */
  startdate?: Date
  /** UTC end. */
  enddate?: Date
  code?: string
  version?: string
  status?: string
  recoverable?: boolean
  /** Gen3 project filter. */
  projectCode?: string
  primaryValue?: string
  /** A whole `q` as the user wrote it (the CLI's --q): sent as it is, instead of the fields above. */
  q?: string
}

/** `yyyy-MM-dd HH:mm:ss` in UTC, the monitoring API's date form. */
export function monitoringDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ')
}

/** Builds the `q` string of a monitoring query. */
export function monitoringQ(filter: MonitoringFilter): string | undefined {
  if (filter.q?.trim()) return filter.q.trim()
  return qFilter({
    timewindow: filter.startdate ? undefined : filter.timewindow,
    startdate: filter.startdate ? monitoringDate(filter.startdate) : undefined,
    enddate: filter.enddate ? monitoringDate(filter.enddate) : undefined,
    code: filter.code,
    version: filter.version,
    status: filter.status,
    recoverable: filter.recoverable === undefined ? undefined : String(filter.recoverable),
    projectCode: filter.projectCode,
    primaryValue: filter.primaryValue
  })
}
