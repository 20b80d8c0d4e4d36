/**
 * Resubmitting errored instances (contract §9.4, §9.5): single → 200 ErrorResubmitRs, bulk → 202 with an empty
 * body, or ErrorsBulkResubmitRs when the query asks `return=sync` (contract K2: an Oracle product manager's test
 * on a real tenant; the `bulkResubmitBody` switch gives the older "always a body" reading or a server that
 * ignores `return=sync`). Accepted instances leave the error list at once and a recovery job takes them over.
 */
import { ApiError, readJson } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { selectForBulk } from './selectors.js'
import { inError, type MonitoringStore } from './store.js'
import type { RecoveryJob, TrackedInstance } from './types.js'
import { linker, MONITORING, storeOf, type MonitoringDeps } from './views.js'

const TRACE_LEVELS = ['Production', 'Audit', 'Debug'] as const

/** The `recoveryTraceLevel` of a body (default Production; 400 for other values). */
function traceLevel(body: unknown): string {
  const raw =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>).recoveryTraceLevel
      : undefined
  if (raw === undefined || raw === null || raw === '') return 'Production'
  const found = TRACE_LEVELS.find(l => typeof raw === 'string' && l.toLowerCase() === raw.toLowerCase())
  if (!found)
    throw new ApiError(
      400,
      `Invalid recoveryTraceLevel ${JSON.stringify(raw)}: expected ${TRACE_LEVELS.join(', ')}.`
    )
  return found
}

/**
 * Starts the recovery job of `accepted`: it runs `recoveryJobDelayMs`, or the latency model's time for that many
 * instances when the model is on (emulator/README.md, "Latency model"), recorded in its trace.
 */
function startJob(
  ctx: RequestContext,
  deps: MonitoringDeps,
  store: MonitoringStore,
  accepted: TrackedInstance[],
  kind: 'single' | 'bulk',
  traceLevel: string
): RecoveryJob {
  const instance = ctx.instance?.name ?? ''
  const modelMs = deps.latency?.recoveryJobMs(accepted.length)
  const job = store.startRecovery(accepted, ctx.now(), {
    kind,
    traceLevel,
    delayMs: modelMs ?? deps.switches.recoveryJobDelayMs,
    status: deps.switches.resubmittedStatus
  })
  if (modelMs !== undefined) deps.latency?.recordJob('recovery-job', job.id, instance, ctx.now(), modelMs)
  return job
}

/** An errored instance (ever failed) by id, or 404. */
export function erroredInstance(store: MonitoringStore, id: string): TrackedInstance {
  const inst = store.get(id)
  if (!inst?.error) throw new ApiError(404, `No errored integration instance with id '${id}'.`)
  return inst
}

async function resubmitOne(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const body = await readJson<unknown>(ctx.req)
  const store = storeOf(ctx)
  const level = traceLevel(body)
  const inst = erroredInstance(store, ctx.params.id ?? '')
  // Counted before the checks, so tests can tell a client that re-sent a resubmit from one that never did.
  inst.resubmitRequests++
  if (!inError(inst))
    throw new ApiError(
      412,
      `Instance '${inst.id}' is not in error (status ${inst.status}); there is nothing to resubmit.`
    )
  if (!inst.error?.recoverable)
    throw new ApiError(
      412,
      `Instance '${inst.id}' is not recoverable; discard it instead of resubmitting it.`
    )
  const job = startJob(ctx, deps, store, [inst], 'single', level)
  return ctx.json(deps.switches.resubmitStatus, {
    message: `Resubmit request accepted for instance ${inst.id}.`,
    recoveryJobId: job.id,
    redirectUrl: linker(ctx, '/errors/recoveryJobs/{id}')(job.id),
    resubmitSuccessful: true,
    resubmittedFailedInstances: []
  })
}

async function resubmitMany(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const body = await readJson<unknown>(ctx.req)
  const store = storeOf(ctx)
  const level = traceLevel(body)
  const selection = selectForBulk(body, store, ctx.now(), deps.switches.bulkIdCap)
  for (const id of selection.named.length > 0 ? selection.named : selection.ids) {
    const inst = store.get(id)
    if (inst) inst.resubmitRequests++
  }
  const accepted: TrackedInstance[] = []
  const invalidIds: string[] = []
  const nonRecoverableIds: string[] = []
  for (const id of selection.ids) {
    const inst = store.get(id)
    if (!inst || !inError(inst)) invalidIds.push(id)
    else if (!inst.error?.recoverable) nonRecoverableIds.push(id)
    else accepted.push(inst)
  }
  const job = accepted.length > 0 ? startJob(ctx, deps, store, accepted, 'bulk', level) : undefined
  const mode = deps.switches.bulkResubmitBody
  const sync = mode === 'always' || (mode === 'sync' && ctx.query.get('return')?.toLowerCase() === 'sync')
  if (!sync) return ctx.empty(202)
  return ctx.json(202, {
    acceptedIds: accepted.map(i => i.id),
    invalidIds,
    nonRecoverableIds,
    message: job
      ? `Resubmit request accepted for ${accepted.length} of ${selection.ids.length} instances (${selection.describe}).`
      : `No instance was resubmitted: none of the ${selection.ids.length} instances (${selection.describe}) is a recoverable error.`,
    ...(job ? { recoveryJobId: job.id } : {}),
    resubmitRequested: job !== undefined,
    resubmittedFailedInstances: [],
    resubmittedInstancesCount: accepted.length
  })
}

/** The resubmit routes (`monitor-write`). */
export function resubmitRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: `${MONITORING}/errors/resubmit`,
      permission: 'monitor-write',
      handler: ctx => resubmitMany(ctx, deps)
    },
    {
      method: 'POST',
      pattern: `${MONITORING}/errors/:id/resubmit`,
      permission: 'monitor-write',
      handler: ctx => resubmitOne(ctx, deps)
    }
  ]
}
