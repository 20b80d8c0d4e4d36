/**
 * Per-integration counters (contract §9.9, Gen2 MonitoringIntegrationRs names): `GET /monitoring/integrations`
 * (`q` timewindow, status, startdate, enddate, name, style; `orderBy=name|time`; paging) and
 * `GET /monitoring/integrations/{code|version}`. Every integration the monitoring seed knows is ACTIVATED.
 */
import { ApiError, matchesTerm, oracleDate } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { KnownIntegration } from './types.js'
import { parseTerms, resolveRange, type TimeRange } from './monitoring-q.js'
import type { MonitoringStore } from './store.js'
import { countStatuses, successRate } from './summary.js'
import type { TrackedInstance } from './types.js'
import {
  choice,
  linker,
  MONITORING,
  monitoringCollection,
  monitoringPaging,
  storeOf,
  type MonitoringDeps
} from './views.js'

const STATUSES = ['CONFIGURED', 'ACTIVATION_INPROGRESS', 'FAILEDACTIVATION', 'ACTIVATED', 'ALL']
/** Integration styles of this q key and the emulator style they match. */
const STYLES: Record<string, string> = {
  freeform_mapmydata: 'appdriven',
  freeform_scheduled: 'scheduled',
  template_mapmydata: 'basic-routing',
  template_subscribetooic: 'subscribe',
  template_publishtooic: 'publish'
}

interface Row {
  key: string
  known: KnownIntegration
  instances: TrackedInstance[]
}

function rows(store: MonitoringStore, range: TimeRange): Map<string, Row> {
  const out = new Map<string, Row>()
  for (const [key, known] of store.integrations) out.set(key, { key, known, instances: [] })
  for (const inst of store.byLastTracked()) {
    if (inst.lastTrackedTime < range.from || inst.lastTrackedTime > range.to) continue
    out.get(`${inst.integration.code}|${inst.integration.version}`)?.instances.push(inst)
  }
  return out
}

function lastUpdated(row: Row): number | undefined {
  return row.instances[0]?.lastTrackedTime
}

function rowView(row: Row, self: string): Record<string, unknown> {
  const { code, version, name } = row.known.integration
  const c = countStatuses(row.instances)
  const updated = lastUpdated(row)
  return {
    id: row.key,
    code,
    version,
    name,
    projectCode: row.known.projectCode,
    status: 'ACTIVATED',
    flowStatus: 'ACTIVATED',
    // No `style`; `scheduleDefined` beside `scheduleApplicable` (test/fixtures/oracle/monitoring-integrations-list.json,
    // source N1087). The `style` q key still filters.
    mepType: row.instances[0]?.mepType ?? (row.known.style === 'scheduled' ? 'SCHEDULED' : 'ASYNC_ONE_WAY'),
    scheduleApplicable: row.known.style === 'scheduled',
    scheduleDefined: row.known.style === 'scheduled',
    lastUpdated: updated === undefined ? undefined : oracleDate(updated),
    noOfMsgsReceived: c.total,
    noOfMsgsProcessed: c.processed,
    noOfSuccess: c.succeeded,
    noOfErrors: c.errored,
    noOfAborted: c.aborted,
    successRate: successRate(c),
    links: [{ href: self, rel: 'self' }]
  }
}

async function listIntegrations(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  const page = monitoringPaging(ctx, deps.switches)
  const terms = parseTerms(ctx.query.get('q'))
  const range = resolveRange(terms, ctx.now(), store.retentionMs)
  const status = (terms.get('status')?.value ?? 'ACTIVATED').toUpperCase()
  if (!STATUSES.includes(status))
    throw new ApiError(400, `Invalid status '${status}' in q: expected one of ${STATUSES.join(', ')}.`)
  const style = terms.get('style')?.value
  const name = terms.get('name')
  const order = choice(ctx, 'orderBy', ['name', 'time'] as const) ?? 'name'
  let list = [...rows(store, range).values()].filter(
    row =>
      (status === 'ACTIVATED' || status === 'ALL') &&
      matchesTerm(row.known.integration.name, name) &&
      (!style || STYLES[style.toLowerCase()] === row.known.style)
  )
  list =
    order === 'time'
      ? list.sort((a, b) => (lastUpdated(b) ?? 0) - (lastUpdated(a) ?? 0) || a.key.localeCompare(b.key))
      : list.sort(
          (a, b) =>
            a.known.integration.name.localeCompare(b.known.integration.name) || a.key.localeCompare(b.key)
        )
  const link = linker(ctx, '/integrations/{id}')
  const body = monitoringCollection(ctx, list, page, row => rowView(row, link(row.key)), range, deps.switches)
  // The root carries `links` (test/fixtures/oracle/monitoring-integrations-list.json, source N1087).
  body.links ??= [{ href: ctx.href(ctx.path), rel: 'self' }]
  return ctx.json(200, body)
}

async function getIntegration(ctx: RequestContext): Promise<void> {
  const store = storeOf(ctx)
  const id = ctx.params.id ?? ''
  const range = resolveRange(parseTerms(ctx.query.get('q')), ctx.now(), store.retentionMs)
  const row = rows(store, range).get(id)
  if (!row) throw new ApiError(404, `No monitored integration '${id}' (expected CODE|VERSION).`)
  return ctx.json(200, rowView(row, linker(ctx, '/integrations/{id}')(row.key)))
}

/** The monitored integration routes (`monitor-read`). */
export function integrationRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${MONITORING}/integrations`,
      permission: 'monitor-read',
      handler: ctx => listIntegrations(ctx, deps)
    },
    {
      method: 'GET',
      pattern: `${MONITORING}/integrations/:id`,
      permission: 'monitor-read',
      handler: getIntegration
    }
  ]
}
