/** JSON views of the monitoring model (camelCase, Oracle dates) and the monitoring collection root. */
import { randomUUID } from 'node:crypto'
import { ApiError, collection, oracleDate, paging } from '../http-kit.js'
import type { RequestContext } from '../router.js'
import type { LatencyModel } from '../latency-model.js'
import type { Switches } from '../switches.js'
import type { TimeRange } from './monitoring-q.js'
import type { MonitoringStore } from './store.js'
import type { RecoveryJob, TrackedInstance } from './types.js'

/** Base path of the monitoring API. */
export const MONITORING = '/ic/api/integration/v1/monitoring'

/** What monitoring route factories need (switches are read per request: tests change them at run time). */
export interface MonitoringDeps {
  switches: Switches
  /** The latency model: recovery-job times when its switch is on. */
  latency?: LatencyModel
}

/** Reads a case-insensitive enumerated query parameter (400 for other values). */
export function choice<T extends string>(
  ctx: RequestContext,
  name: string,
  allowed: readonly T[]
): T | undefined {
  const raw = ctx.query.get(name)
  if (raw === null || raw === '') return undefined
  const found = allowed.find(a => a.toLowerCase() === raw.toLowerCase())
  if (!found) throw new ApiError(400, `Invalid ${name} '${raw}': expected one of ${allowed.join(', ')}.`)
  return found
}

/** Builds many links cheaply: one `ctx.href` call, then a string replacement per item. */
export function linker(ctx: RequestContext, pathTemplate: string): (id: string) => string {
  const template = ctx.href(`${MONITORING}${pathTemplate.replace('{id}', '__ID__')}`)
  return id => template.replace('__ID__', encodeURIComponent(id))
}

/** The instance's monitoring state, settled to the current emulator time. */
export function storeOf(ctx: RequestContext): MonitoringStore {
  const store = ctx.instance?.monitoring
  if (!store) throw new ApiError(500, 'No instance was selected for this monitoring request.')
  store.settle(ctx.now())
  return store
}

/**
 * `offset`/`limit`, with the `monitoringMaxOffset` switch (400 beyond it) and the `monitoringPageCap` switch (a
 * larger `limit` is served as the cap, silently: a client must page until a short page or `totalRecordsCount`).
 */
export function monitoringPaging(ctx: RequestContext, switches: Switches): { offset: number; limit: number } {
  const page = paging(ctx.query)
  const max = switches.monitoringMaxOffset
  if (max !== null && max !== undefined && page.offset > max) {
    throw new ApiError(
      400,
      `The offset ${page.offset} exceeds the maximum offset ${max} of monitoring queries; narrow the time window with startdate/enddate instead of paging further.`
    )
  }
  const cap = switches.monitoringPageCap
  return cap !== null && cap !== undefined && cap > 0 ? { ...page, limit: Math.min(page.limit, cap) } : page
}

/**
 * The root of monitoring collections. Default (contract K4: Gen3 ErrorsRs): `items`, `totalRecordsCount` (all
 * matches), `totalResults` (the items of this page: whether it counts the page or all is an open question, §13.2,
 * so the strictest reading), `dataFetchTime`, `timeWindow`, `isPurged`, `instanceReportingLevel`, `opcRequestId` —
 * no `hasMore`. With the `monitoringHasMore` switch, the older envelope: + `hasMore`, `limit`, `offset`, `links`,
 * and `totalResults` of all matches.
 */
export function monitoringCollection<T>(
  ctx: RequestContext,
  all: readonly T[],
  page: { offset: number; limit: number },
  render: (item: T) => unknown,
  range?: TimeRange,
  switches?: Pick<Switches, 'monitoringHasMore'>
): Record<string, unknown> {
  const root = {
    dataFetchTime: oracleDate(ctx.now()),
    instanceReportingLevel: 'Production',
    isPurged: false,
    opcRequestId: randomUUID().replace(/-/g, '').toUpperCase(),
    ...(range ? { timeWindow: range.label } : {}),
    totalRecordsCount: all.length
  }
  if (switches?.monitoringHasMore) {
    const body = collection(all, page, ctx.href(ctx.path), root)
    body.items = (body.items as T[]).map(render)
    return body
  }
  const items = all.slice(page.offset, page.offset + page.limit).map(render)
  return { items, totalResults: items.length, ...root }
}

function integrationView(inst: TrackedInstance, minimal: boolean): Record<string, unknown> {
  const { code, version, name } = inst.integration
  return { id: `${code}|${version}`, code, version, name: minimal ? '' : name }
}

function trackingFields(inst: TrackedInstance): Record<string, string> {
  const out: Record<string, string> = {}
  if (inst.primary) Object.assign(out, { primaryName: inst.primary.name, primaryValue: inst.primary.value })
  if (inst.secondary)
    Object.assign(out, { secondaryName: inst.secondary.name, secondaryValue: inst.secondary.value })
  if (inst.tertiary)
    Object.assign(out, { tertiaryName: inst.tertiary.name, tertiaryValue: inst.tertiary.value })
  return out
}

/**
 * An errored instance (contract §9.2); `minimal` trims connection details and the integration name; `project`
 * (the `errorItemProject` switch) adds `projectCode`.
 */
export function errorView(
  inst: TrackedInstance,
  self: string,
  minimal = false,
  project = true
): Record<string, unknown> {
  const error = inst.error
  const connection = error?.connection
  return {
    id: inst.id,
    runId: inst.runId,
    status: inst.status,
    creationDate: oracleDate(inst.creationDate),
    lastTrackedTime: oracleDate(inst.lastTrackedTime),
    errorMessage: error?.message ?? '',
    errorDetails: error?.details ?? '',
    faultId: error?.faultId ?? '',
    recoverable: error?.recoverable ?? false,
    retryCount: inst.retryCount,
    ...trackingFields(inst),
    integration: integrationView(inst, minimal),
    integrationDeleted: false,
    ...(project ? { projectCode: inst.projectCode } : {}),
    ...(connection
      ? {
          connection: minimal
            ? { id: connection.code, name: connection.name }
            : {
                id: connection.code,
                name: connection.name,
                appTypeName: connection.appType,
                appTypeDisplayName: connection.appType.toUpperCase(),
                appTypeVersion: '1.0'
              }
        }
      : {}),
    recoveryJobId: inst.recoveryJobId,
    isDataAccurate: true,
    links: [{ href: self, rel: 'self' }]
  }
}

/** An instance (contract §9.8). `fields`: `id`, `runId`, or everything (`all`/`detail` add the activity stream). */
export function instanceView(
  inst: TrackedInstance,
  self: string,
  options: { fields?: string | null; minimal?: boolean; activity?: () => unknown[] } = {}
): Record<string, unknown> {
  const fields = options.fields?.toLowerCase()
  if (fields === 'id') return { id: inst.id, links: [{ href: self, rel: 'self' }] }
  if (fields === 'runid') return { id: inst.id, runId: inst.runId, links: [{ href: self, rel: 'self' }] }
  const { code, version, name } = inst.integration
  const view: Record<string, unknown> = {
    id: inst.id,
    instanceId: inst.id,
    runId: inst.runId,
    integrationId: code,
    integrationName: options.minimal ? '' : name,
    integrationVersion: version,
    integration: integrationView(inst, options.minimal ?? false),
    projectCode: inst.projectCode,
    projectFound: options.minimal ? false : inst.projectCode !== undefined,
    status: inst.status,
    creationDate: oracleDate(inst.creationDate),
    date: oracleDate(inst.lastTrackedTime),
    lastTrackedTime: oracleDate(inst.lastTrackedTime),
    duration: inst.durationMs,
    mepType: inst.mepType,
    nonScheduleAsync: inst.style !== 'scheduled' && inst.mepType !== 'SYNC',
    invokedBy: inst.invokedBy,
    pkName: inst.primary?.name,
    pkValue: inst.primary?.value,
    secondaryTrackingName: inst.secondary?.name,
    secondaryTrackingValue: inst.secondary?.value,
    tertiaryTrackingName: inst.tertiary?.name,
    tertiaryTrackingValue: inst.tertiary?.value,
    ...trackingFields(inst),
    hasRecoverableFaults: inst.status === 'FAILED' && (inst.error?.recoverable ?? false),
    instanceReportingLevel: 'Production',
    isDataAccurate: true,
    isLitmusFlow: false,
    isLitmusSupported: false,
    isPurged: false,
    links: [{ href: self, rel: 'self' }]
  }
  if (inst.abortJobId) view.abortJobId = inst.abortJobId
  if (fields === 'all' || fields === 'detail' || options.activity) {
    view.activityStream = options.activity?.() ?? []
    view.auditTrail = []
  }
  return view
}

/**
 * A recovery job. Default (`recoveryJobFields: documented`, contract K3 from the op page "Retrieve an Error
 * Recovery Job", RecoveryJobRs): `createdDate`, `totalCount`, `recoveredCount`, `failedCount`, `inProgressCount` —
 * no id, no status (a job is addressed by the `recoveryJobId` a bulk resubmit with `return=sync` answers). With
 * `detailed` (the older assumption): also `id`, `status`, `type`, `recoveryTraceLevel`, dates, `links` and, when
 * asked, `instances` with each instance's current state.
 */
export function jobView(
  job: RecoveryJob,
  self: string,
  store: MonitoringStore,
  withInstances: boolean,
  fields: Switches['recoveryJobFields'] = 'documented'
): Record<string, unknown> {
  const running = job.status === 'IN_PROGRESS'
  const counts = {
    createdDate: oracleDate(job.creationDate),
    totalCount: job.instanceIds.length,
    recoveredCount: job.recoveredIds.length,
    failedCount: job.failedIds.length,
    inProgressCount: running ? job.instanceIds.length : 0
  }
  if (fields === 'documented') return counts
  const view: Record<string, unknown> = {
    id: job.id,
    status: job.status,
    type: job.kind === 'bulk' ? 'BULK_RESUBMIT' : 'RESUBMIT',
    recoveryTraceLevel: job.traceLevel,
    creationDate: oracleDate(job.creationDate),
    lastUpdatedDate: oracleDate(job.lastUpdatedDate),
    ...counts,
    links: [{ href: self, rel: 'self' }]
  }
  if (withInstances) {
    view.instances = job.instanceIds.map(id => {
      const inst = store.get(id)
      return { id, status: inst?.status ?? 'UNKNOWN', retryCount: inst?.retryCount ?? 0 }
    })
  }
  return view
}
