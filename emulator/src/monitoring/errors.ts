/** `GET /monitoring/errors` (errored instances, monitoring `q`, paging, groupBy) and `GET /monitoring/errors/{id}`. */
import { ApiError } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { instancePredicate, parseTerms, resolveRange, selectInstances } from './monitoring-q.js'
import type { TrackedInstance } from './types.js'
import {
  choice,
  errorView,
  linker,
  MONITORING,
  monitoringCollection,
  monitoringPaging,
  storeOf,
  type MonitoringDeps
} from './views.js'

const ORDERS = ['lastupdateddate', 'creationdate'] as const
const GROUPS = ['messages', 'integration', 'connection'] as const

interface Group {
  key: string
  view: Record<string, unknown>
  errorCount: number
  recoverableCount: number
}

/** Counts errors per integration, connection or message (the `groupBy` views; their shape is an assumption). */
function groupErrors(list: readonly TrackedInstance[], by: (typeof GROUPS)[number]): Group[] {
  const groups = new Map<string, Group>()
  for (const inst of list) {
    const { code, version, name } = inst.integration
    const conn = inst.error?.connection
    const [key, view] =
      by === 'integration'
        ? [`${code}|${version}`, { integration: { id: `${code}|${version}`, code, version, name } }]
        : by === 'connection'
          ? [conn?.code ?? '', { connection: { id: conn?.code ?? '', name: conn?.name ?? '' } }]
          : [inst.error?.message ?? '', { errorMessage: inst.error?.message ?? '' }]
    const group = groups.get(key) ?? { key, view, errorCount: 0, recoverableCount: 0 }
    group.errorCount++
    if (inst.error?.recoverable) group.recoverableCount++
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => b.errorCount - a.errorCount || a.key.localeCompare(b.key))
}

async function listErrors(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  // Parameters are checked before any filtering, so a rejected offset costs nothing on 10 000 errors.
  const page = monitoringPaging(ctx, deps.switches)
  const terms = parseTerms(ctx.query.get('q'))
  const range = resolveRange(terms, ctx.now(), store.retentionMs)
  const order = choice(ctx, 'orderBy', ORDERS) ?? 'lastupdateddate'
  const groupBy = choice(ctx, 'groupBy', GROUPS)
  const sorted = order === 'creationdate' ? store.byCreation() : store.byLastTracked()
  const list = selectInstances(
    sorted,
    range,
    instancePredicate(terms, deps.switches.monitoringUndocumentedQ),
    true
  )
  if (groupBy) {
    const groups = groupErrors(list, groupBy)
    const render = (g: Group): unknown => ({
      ...g.view,
      errorCount: g.errorCount,
      recoverableCount: g.recoverableCount
    })
    return ctx.json(200, monitoringCollection(ctx, groups, page, render, range, deps.switches))
  }
  const link = linker(ctx, '/errors/{id}')
  return ctx.json(
    200,
    monitoringCollection(
      ctx,
      list,
      page,
      inst => errorView(inst, link(inst.id), false, deps.switches.errorItemProject),
      range,
      deps.switches
    )
  )
}

async function getError(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  const id = ctx.params.id ?? ''
  const inst = store.get(id)
  if (!inst?.error) throw new ApiError(404, `No errored integration instance with id '${id}'.`)
  const minimal = ctx.query.get('return') === 'minimal'
  const self = linker(ctx, '/errors/{id}')(inst.id)
  return ctx.json(200, errorView(inst, self, minimal, deps.switches.errorItemProject))
}

/** The errored-instance read routes. */
export function errorRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${MONITORING}/errors`,
      permission: 'monitor-read',
      handler: ctx => listErrors(ctx, deps)
    },
    {
      method: 'GET',
      pattern: `${MONITORING}/errors/:id`,
      permission: 'monitor-read',
      handler: ctx => getError(ctx, deps)
    }
  ]
}
