/**
 * Activity streams of an instance (shapes are assumptions, modelled on Gen2's MonitoringActivityStreamDetailsRs):
 * `GET …/activityStream` (deprecated), `GET …/activityStreamDetails`, and "Download Large Payload"
 * `GET …/activityStreamDetails/{+key}` (the key contains slashes: `tracking-data/debug/<id>`).
 */
import { Readable } from 'node:stream'
import { ApiError, oracleDate } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { opaqueId } from './ids.js'
import type { MonitoringStore } from './store.js'
import type { TrackedInstance } from './types.js'
import { choice, instanceView, linker, MONITORING, storeOf } from './views.js'

/** Number of order lines in a generated payload: enough to exceed Oracle's 32 KB "large payload" threshold. */
const PAYLOAD_LINES = 400
const MAX_KEY_SEGMENTS = 4

/** The key of an instance's large trigger payload. */
export function payloadKey(inst: TrackedInstance): string {
  return `tracking-data/debug/${opaqueId(`${inst.id}:payload`)}`
}

/** The activity stream entries of an instance, oldest first. */
export function activityEntries(inst: TrackedInstance, payloadHref: string): Array<Record<string, unknown>> {
  const steps: Array<{ at: number; identifier: string; message: string; error?: boolean; link?: boolean }> = [
    {
      at: inst.creationDate,
      identifier: 'trigger',
      message: `Message received by ${inst.integration.name}.`,
      link: true
    }
  ]
  const target = inst.error?.connection?.name ?? 'the target connection'
  steps.push({
    at: inst.creationDate + Math.floor(inst.durationMs * 0.4),
    identifier: 'invoke',
    message: `Invoking ${target}.`
  })
  if (inst.status === 'COMPLETED')
    steps.push({ at: inst.lastTrackedTime, identifier: 'end', message: 'Instance completed.' })
  else if (inst.status === 'FAILED')
    steps.push({
      at: inst.lastTrackedTime,
      identifier: 'fault',
      message: inst.error?.message ?? 'Instance failed.',
      error: true
    })
  else if (inst.status === 'ABORTED')
    steps.push({ at: inst.lastTrackedTime, identifier: 'abort', message: 'Instance aborted.' })
  else if (inst.recoveryJobId)
    steps.push({
      at: inst.lastTrackedTime,
      identifier: 'resubmit',
      message: `Resubmitted by recovery job ${inst.recoveryJobId}.`
    })
  return steps.map((step, i) => ({
    id: String(i + 1),
    identifier: step.identifier,
    message: step.message,
    mileStone: step.identifier,
    timestamp: oracleDate(step.at),
    modifiedTimestamp: oracleDate(step.at),
    endTimestamp: oracleDate(step.at),
    errorMileStone: step.error === true,
    ...(step.error ? { errorDetails: inst.error?.details ?? '' } : {}),
    isChild: false,
    isLastNode: i === steps.length - 1,
    links: step.link ? [{ href: payloadHref, rel: 'payload' }] : []
  }))
}

function instanceOr404(store: MonitoringStore, id: string): TrackedInstance {
  const inst = store.get(id)
  if (!inst) throw new ApiError(404, `No integration instance with id '${id}'.`)
  return inst
}

/** Link to the instance's large payload ("Download Large Payload"). */
export function payloadHref(ctx: RequestContext, inst: TrackedInstance): string {
  return ctx.href(
    `${MONITORING}/instances/${encodeURIComponent(inst.id)}/activityStreamDetails/${payloadKey(inst)}`
  )
}

function hrefs(ctx: RequestContext, inst: TrackedInstance): { self: string; payload: string } {
  return { self: linker(ctx, '/instances/{id}')(inst.id), payload: payloadHref(ctx, inst) }
}

async function activityStream(ctx: RequestContext): Promise<void> {
  const inst = instanceOr404(storeOf(ctx), ctx.params.id ?? '')
  const order = choice(ctx, 'order', ['asc', 'desc'] as const) ?? 'asc'
  const { self, payload } = hrefs(ctx, inst)
  const entries = activityEntries(inst, payload)
  return ctx.json(
    200,
    instanceView(inst, self, { activity: () => (order === 'desc' ? entries.reverse() : entries) })
  )
}

async function activityDetails(ctx: RequestContext): Promise<void> {
  const inst = instanceOr404(storeOf(ctx), ctx.params.id ?? '')
  const { self, payload } = hrefs(ctx, inst)
  const asc = activityEntries(inst, payload)
  return ctx.json(200, {
    id: inst.id,
    ascList: asc,
    descList: [...asc].reverse(),
    errorMessage: inst.status === 'FAILED' ? (inst.error?.message ?? '') : '',
    errorMilestones: inst.status === 'FAILED' ? 'fault' : '',
    flowMilestones: asc.map(e => e.identifier).join(','),
    links: [{ href: `${self}`, rel: 'instance' }]
  })
}

/** A deterministic JSON order document of about 40 KB. */
function payloadBody(inst: TrackedInstance): Buffer {
  const lines = Array.from({ length: PAYLOAD_LINES }, (_, i) => ({
    lineNumber: i + 1,
    item: `ITEM-${String((i * 7919) % 100000).padStart(5, '0')}`,
    quantity: (i % 9) + 1,
    unitPrice: Number((((i * 37) % 5000) / 100 + 1).toFixed(2))
  }))
  const doc = {
    order: { orderId: inst.primary?.value ?? inst.id, integration: inst.integration.code, lines }
  }
  return Buffer.from(JSON.stringify(doc, null, 1))
}

async function downloadPayload(ctx: RequestContext): Promise<void> {
  const inst = instanceOr404(storeOf(ctx), ctx.params.id ?? '')
  const key = [ctx.params.k1, ctx.params.k2, ctx.params.k3, ctx.params.k4].filter(Boolean).join('/')
  if (key !== payloadKey(inst)) throw new ApiError(404, `No payload '${key}' in instance '${inst.id}'.`)
  const body = payloadBody(inst)
  const name = key.split('/').pop() ?? 'payload'
  return ctx.stream(
    200,
    {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      'content-disposition': `attachment; filename="${name}.json"`
    },
    Readable.from([body])
  )
}

/** The activity stream routes (`monitor-read`). */
export function activityRoutes(): Route[] {
  const base = `${MONITORING}/instances/:id`
  // The router matches whole segments and `{+key}` contains slashes, so there is one pattern per key depth
  // (a `%2F`-encoded key matches the one-segment pattern).
  const keyPatterns = Array.from({ length: MAX_KEY_SEGMENTS }, (_, n) =>
    Array.from({ length: n + 1 }, (_, i) => `:k${i + 1}`).join('/')
  )
  return [
    { method: 'GET', pattern: `${base}/activityStream`, permission: 'monitor-read', handler: activityStream },
    {
      method: 'GET',
      pattern: `${base}/activityStreamDetails`,
      permission: 'monitor-read',
      handler: activityDetails
    },
    ...keyPatterns.map((keys): Route => ({
      method: 'GET',
      pattern: `${base}/activityStreamDetails/${keys}`,
      permission: 'monitor-read',
      handler: downloadPayload
    }))
  ]
}
