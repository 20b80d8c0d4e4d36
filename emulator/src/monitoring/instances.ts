/**
 * Integration instances (contract §9.8): list with the monitoring `q`, `fields`, `orderBy`, `groupBy=integration`
 * and paging; get (`return=minimal`); abort (200, 404, 409 unless running, waiting or paused).
 */
import { ApiError } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { activityEntries, payloadHref } from './activity.js'
import { instancePredicate, parseTerms, resolveRange, selectInstances } from './monitoring-q.js'
import { ABORTABLE_STATUSES, type TrackedInstance } from './types.js'
import {
  choice,
  instanceView,
  linker,
  MONITORING,
  monitoringCollection,
  monitoringPaging,
  storeOf,
  type MonitoringDeps
} from './views.js'

const ORDERS = ['lastupdateddate', 'creationdate', 'executiontime'] as const
const FIELDS = ['id', 'runId', 'all', 'detail'] as const

interface IntegrationGroup {
  key: string
  inst: TrackedInstance
  counts: Record<string, number>
  total: number
}

function groupByIntegration(list: readonly TrackedInstance[]): IntegrationGroup[] {
  const groups = new Map<string, IntegrationGroup>()
  for (const inst of list) {
    const key = `${inst.integration.code}|${inst.integration.version}`
    const group = groups.get(key) ?? { key, inst, counts: {}, total: 0 }
    group.counts[inst.status] = (group.counts[inst.status] ?? 0) + 1
    group.total++
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key))
}

async function listInstances(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  const page = monitoringPaging(ctx, deps.switches)
  const terms = parseTerms(ctx.query.get('q'))
  const range = resolveRange(terms, ctx.now(), store.retentionMs)
  const order = choice(ctx, 'orderBy', ORDERS) ?? 'lastupdateddate'
  const fields = choice(ctx, 'fields', FIELDS)
  const groupBy = choice(ctx, 'groupBy', ['integration'] as const)
  const sorted = order === 'creationdate' ? store.byCreation() : store.byLastTracked()
  let list = selectInstances(
    sorted,
    range,
    instancePredicate(terms, deps.switches.monitoringUndocumentedQ),
    false
  )
  if (order === 'executiontime')
    list = list.sort((a, b) => b.durationMs - a.durationMs || (a.id < b.id ? -1 : 1))
  if (groupBy) {
    const render = (g: IntegrationGroup): unknown => {
      const { code, version, name } = g.inst.integration
      return {
        integration: { id: g.key, code, version, name },
        instanceCount: g.total,
        statusCounts: g.counts
      }
    }
    return ctx.json(
      200,
      monitoringCollection(ctx, groupByIntegration(list), page, render, range, deps.switches)
    )
  }
  const link = linker(ctx, '/instances/{id}')
  const withActivity = fields === 'all' || fields === 'detail'
  const render = (inst: TrackedInstance): unknown => {
    const self = link(inst.id)
    const activity = withActivity ? () => activityEntries(inst, payloadHref(ctx, inst)) : undefined
    return instanceView(inst, self, { fields, activity })
  }
  return ctx.json(200, monitoringCollection(ctx, list, page, render, range, deps.switches))
}

async function getInstance(ctx: RequestContext): Promise<void> {
  const store = storeOf(ctx)
  const id = ctx.params.id ?? ''
  const inst = store.get(id)
  if (!inst) throw new ApiError(404, `No integration instance with id '${id}'.`)
  const minimal = ctx.query.get('return') === 'minimal'
  return ctx.json(200, instanceView(inst, linker(ctx, '/instances/{id}')(inst.id), { minimal }))
}

async function abortInstance(ctx: RequestContext): Promise<void> {
  const store = storeOf(ctx)
  const id = ctx.params.id ?? ''
  const inst = store.get(id)
  if (!inst) throw new ApiError(404, `No integration instance with id '${id}'.`)
  if (!ABORTABLE_STATUSES.has(inst.status))
    throw new ApiError(
      409,
      `Instance '${id}' is ${inst.status}: only in-progress, queued, waiting or paused instances can be aborted.`
    )
  const abortJobId = store.abort(inst, ctx.now())
  return ctx.json(200, {
    abortJobId,
    message: `Abort request accepted for instance ${id}.`,
    status: 'ABORTED'
  })
}

/** The instance routes. */
export function instanceRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${MONITORING}/instances`,
      permission: 'monitor-read',
      handler: ctx => listInstances(ctx, deps)
    },
    {
      method: 'GET',
      pattern: `${MONITORING}/instances/:id`,
      permission: 'monitor-read',
      handler: getInstance
    },
    {
      method: 'POST',
      pattern: `${MONITORING}/instances/:id/abort`,
      permission: 'monitor-write',
      handler: abortInstance
    }
  ]
}
