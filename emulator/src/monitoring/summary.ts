/**
 * Counters over tracked instances: `GET /monitoring/integrations/messages/summary` (MessageCountRs, contract
 * §9.9; the `messageSummary` keys are an assumption) and `GET /monitoring/history` (Retrieve Historical Tracking
 * Metrics: `frequency=hourly|daily`, `q` timewindow/startdate/enddate; HistoryItemRs fields in camelCase).
 */
import { oracleDate } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { parseDateTime, parseTerms, windowRange } from './monitoring-q.js'
import { FINISHED_STATUSES, type TrackedInstance } from './types.js'
import { choice, MONITORING, storeOf, type MonitoringDeps } from './views.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Default span of hourly (24 h) and daily (30 days) metrics, per the Oracle page. */
const DEFAULT_SPAN = { hourly: 24 * HOUR, daily: 30 * DAY }
/** Most buckets one history request returns. */
const MAX_BUCKETS = 1000

/** Status counts of a set of instances. */
export interface StatusCounts {
  total: number
  processed: number
  succeeded: number
  errored: number
  aborted: number
  inflight: number
}

/** Counts instances by outcome; `processed` = finished (completed, failed or aborted). */
export function countStatuses(instances: Iterable<TrackedInstance>): StatusCounts {
  const c: StatusCounts = { total: 0, processed: 0, succeeded: 0, errored: 0, aborted: 0, inflight: 0 }
  for (const inst of instances) {
    c.total++
    if (FINISHED_STATUSES.has(inst.status)) c.processed++
    else c.inflight++
    if (inst.status === 'COMPLETED') c.succeeded++
    else if (inst.status === 'FAILED') c.errored++
    else if (inst.status === 'ABORTED') c.aborted++
  }
  return c
}

/** Percentage of processed instances that succeeded, two decimals. */
export function successRate(c: StatusCounts): number {
  return c.processed === 0 ? 0 : Math.round((c.succeeded / c.processed) * 10000) / 100
}

async function messageSummary(ctx: RequestContext): Promise<void> {
  const store = storeOf(ctx)
  const c = countStatuses(store.instances.values())
  return ctx.json(200, {
    dataFetchTime: oracleDate(ctx.now()),
    links: [{ href: ctx.href(ctx.path), rel: 'self' }],
    messageSummary: {
      totalCount: c.total,
      processedCount: c.processed,
      succeededCount: c.succeeded,
      erroredCount: c.errored,
      abortedCount: c.aborted
    }
  })
}

function historyRange(
  ctx: RequestContext,
  frequency: 'hourly' | 'daily',
  retentionMs: number
): { from: number; to: number } {
  const terms = parseTerms(ctx.query.get('q'))
  const now = ctx.now()
  const start = terms.get('startdate')?.value
  const end = terms.get('enddate')?.value
  if (start || end) {
    const to = end ? parseDateTime(end, 'enddate', true) + 1 : now
    return { from: start ? parseDateTime(start, 'startdate') : to - 30 * DAY, to }
  }
  const window = terms.get('timewindow')?.value
  if (window) return windowRange(window, now, retentionMs)
  return { from: now - DEFAULT_SPAN[frequency], to: now }
}

async function history(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  const frequency = choice(ctx, 'frequency', ['hourly', 'daily'] as const) ?? 'hourly'
  const size = frequency === 'hourly' ? HOUR : DAY
  const { from, to } = historyRange(ctx, frequency, store.retentionMs)
  const count = Math.min(MAX_BUCKETS, Math.max(1, Math.ceil((to - from) / size)))
  const first = to - count * size
  const created: TrackedInstance[][] = Array.from({ length: count }, () => [])
  const updated = new Array<number>(count).fill(0)
  for (const inst of store.instances.values()) {
    const c = Math.floor((inst.creationDate - first) / size)
    if (c >= 0 && c < count) created[c]?.push(inst)
    const u = Math.floor((inst.lastTrackedTime - first) / size)
    if (u >= 0 && u < count) updated[u] = (updated[u] ?? 0) + 1
  }
  const items = created.map((bucket, i) => {
    const c = countStatuses(bucket)
    return {
      startTime: oracleDate(first + i * size),
      endTime: oracleDate(first + (i + 1) * size),
      totalMessagesReceived: c.total,
      totalMessagesCreated: c.total,
      totalMessagesProcessed: c.processed,
      successfulMessages: c.succeeded,
      failedMessages: c.errored,
      abortedMessages: c.aborted,
      inflightMessages: c.inflight,
      totalInstancesByUpdatedTime: updated[i] ?? 0,
      productionInstancesCount: c.total,
      auditInstancesCount: 0,
      debugInstancesCount: 0,
      successRate: successRate(c)
    }
  })
  // The root's name is undocumented for Gen3; Gen2's HistoryItemsRs calls it `records` (switch historyRoot).
  return ctx.json(200, {
    dataFetchTime: oracleDate(ctx.now()),
    frequency,
    [deps.switches.historyRoot]: items,
    hasMore: false,
    totalResults: items.length,
    links: [{ href: ctx.href(ctx.path), rel: 'self' }]
  })
}

/** The summary routes (`monitor-read`). */
export function summaryRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${MONITORING}/integrations/messages/summary`,
      permission: 'monitor-read',
      handler: messageSummary
    },
    {
      method: 'GET',
      pattern: `${MONITORING}/history`,
      permission: 'monitor-read',
      handler: ctx => history(ctx, deps)
    }
  ]
}
