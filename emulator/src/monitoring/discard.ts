/**
 * Discarding errored instances (contract §9.6): single → 202, bulk → 200 ErrorBulkDiscardRs (Gen3; the
 * `bulkDiscardStatus` switch gives Gen2's 202). Discarded instances are ABORTED and no longer recoverable.
 */
import { ApiError, readJson } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { erroredInstance } from './resubmit.js'
import { selectForBulk } from './selectors.js'
import { inError } from './store.js'
import type { TrackedInstance } from './types.js'
import { MONITORING, storeOf, type MonitoringDeps } from './views.js'

async function discardOne(ctx: RequestContext): Promise<void> {
  const store = storeOf(ctx)
  const inst = erroredInstance(store, ctx.params.id ?? '')
  if (!inError(inst))
    throw new ApiError(
      412,
      `Instance '${inst.id}' is not in error (status ${inst.status}); it cannot be discarded.`
    )
  store.discard(inst, ctx.now(), store.newJobId('abort'))
  return ctx.empty(202)
}

async function discardMany(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const body = await readJson<unknown>(ctx.req)
  const store = storeOf(ctx)
  const selection = selectForBulk(body, store, ctx.now(), deps.switches.bulkIdCap)
  const accepted: TrackedInstance[] = []
  const invalidIds: string[] = []
  const nonDiscardableIds: string[] = []
  for (const id of selection.ids) {
    const inst = store.get(id)
    if (!inst?.error) invalidIds.push(id)
    else if (!inError(inst)) nonDiscardableIds.push(id)
    else accepted.push(inst)
  }
  const abortJobId = accepted.length > 0 ? store.newJobId('abort') : undefined
  for (const inst of accepted) store.discard(inst, ctx.now(), abortJobId as string)
  return ctx.json(deps.switches.bulkDiscardStatus, {
    ...(abortJobId ? { abortJobId } : {}),
    abortedInstancesCount: accepted.length,
    acceptedIds: accepted.map(i => i.id),
    discardRequested: accepted.length > 0,
    invalidIds,
    message: `Discarded ${accepted.length} of ${selection.ids.length} instances (${selection.describe}).`,
    nonDiscardableIds
  })
}

/** The discard routes (`monitor-write`). */
export function discardRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: `${MONITORING}/errors/discard`,
      permission: 'monitor-write',
      handler: ctx => discardMany(ctx, deps)
    },
    {
      method: 'POST',
      pattern: `${MONITORING}/errors/:id/discard`,
      permission: 'monitor-write',
      handler: discardOne
    }
  ]
}
