/**
 * A best-effort report of the instances in flight (contract K12). OIC documents COMPLETED, FAILED and ABORTED as
 * instance `status` filter values; filtering on in-flight states is unverified, and `projectCode` is not a
 * documented `q` key (K6). So the filter is only a hint: every page is read (K4) and each item is checked here —
 * its status must be an in-flight one, its project (when it names one) the selected one, its integration one of
 * those asked for. Callers must present the result as best effort ({@link IN_FLIGHT_NOTE}).
 */
import type { HttpClient } from '../../http/client.js'
import { integrationId } from '../api.js'
import { listInstances, type Instance } from './instances.js'
import { maxPagesOf } from '../page-guard.js'
import { readPages } from './paging.js'
import type { TimeWindow } from './q.js'

/** Statuses of an instance that has not finished (contract §9.1). */
export const IN_FLIGHT_STATUSES: ReadonlySet<string> = new Set([
  'IN_PROGRESS',
  'QUEUED',
  'SCHEDULE_WAITING',
  'SCHEDULE_PAUSED',
  'PAUSED',
  'BLOCKED',
  'RECOVERING',
  'RESUBMITTED'
])

/** One sentence for summaries: why the report may be incomplete. */
export const IN_FLIGHT_NOTE =
  'The instances in flight are a best-effort report: OIC documents no in-flight status filter, so the server may answer fewer (or other) instances than are running.'

/** What was found. */
export interface InFlightReport {
  /** Instance ids per `CODE|VERSION`, only for the integrations asked for. */
  byIntegration: Map<string, string[]>
  /** In-flight instances of those integrations whose items name no project (counted, not listed by project). */
  projectUnknown: number
  requests: number
}

const codeOf = (i: Instance): string | undefined =>
  (i as { integration?: { code?: string } }).integration?.code ?? i.integrationId
const versionOf = (i: Instance): string | undefined =>
  (i as { integration?: { version?: string } }).integration?.version ?? i.integrationVersion

/** Reads the in-flight instances of `integrations` (`CODE|VERSION` keys) in `project`, best effort. */
export async function listInFlight(
  client: HttpClient,
  selection: { project?: string; integrations: ReadonlySet<string>; timewindow?: TimeWindow },
  pageSize = 100
): Promise<InFlightReport> {
  const report: InFlightReport = { byIntegration: new Map(), projectUnknown: 0, requests: 0 }
  const filter = {
    status: 'IN_PROGRESS',
    projectCode: selection.project,
    timewindow: selection.timewindow ?? '1d'
  }
  const read = await readPages<Instance>(
    (offset, limit) => listInstances(client, filter, { offset, limit }),
    {
      pageSize,
      label: 'list in-flight instances',
      maxPages: maxPagesOf(client),
      onItems: items => {
        for (const item of items) {
          const key = integrationId(codeOf(item) ?? '?', versionOf(item) ?? '?')
          if (!selection.integrations.has(key)) continue
          if (!IN_FLIGHT_STATUSES.has(String(item.status ?? '').toUpperCase())) continue
          if (selection.project && item.projectCode && item.projectCode !== selection.project) continue
          if (selection.project && !item.projectCode) report.projectUnknown++
          report.byIntegration.set(key, [...(report.byIntegration.get(key) ?? []), item.id])
        }
      }
    }
  )
  report.requests = read.requests
  return report
}
