/**
 * Request bodies of bulk resubmit and bulk discard (contract §9.5): `{ids}` (strings or numbers, capped by the
 * `bulkIdCap` switch), `{flowCode, flowVersion, timewindow}` or `{connectionCode, startDate, endDate}`.
 */
import { ApiError } from '../http-kit.js'
import { parseDateTime, windowRange } from './monitoring-q.js'
import { inError, type MonitoringStore } from './store.js'

/** What a bulk body selects. */
export interface Selection {
  /** Ids to act on, deduplicated, in request order (ids) or newest first (flow, connection). */
  ids: string[]
  /** Every id the body named, duplicates included (`ids` selector only). */
  named: string[]
  /** Human description for the response `message`. */
  describe: string
}

function idOf(value: unknown): string {
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value)
  throw new ApiError(
    400,
    `Invalid id ${JSON.stringify(value)} in ids: ids are strings or non-negative integers.`
  )
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new ApiError(400, `${name} must be a string.`)
  return value
}

/** Resolves a bulk body against the store at `now`; `cap` is the `bulkIdCap` switch. */
export function selectForBulk(
  body: unknown,
  store: MonitoringStore,
  now: number,
  cap: number | null
): Selection {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ApiError(400, 'The request body must be a JSON object with ids, flowCode or connectionCode.')
  const b = body as Record<string, unknown>
  if (b.ids !== undefined) {
    if (!Array.isArray(b.ids) || b.ids.length === 0)
      throw new ApiError(400, 'ids must be a non-empty array of instance ids.')
    // The cap counts what was sent, duplicates included: a gateway limit would not de-duplicate first.
    if (cap !== null && cap !== undefined && b.ids.length > cap)
      throw new ApiError(
        400,
        `Too many ids: ${b.ids.length} were sent, at most ${cap} ids are accepted per request. Split them into batches of ${cap}.`
      )
    const named = b.ids.map(idOf)
    return { ids: [...new Set(named)], named, describe: `${named.length} requested ids` }
  }
  const errors = store.byLastTracked().filter(inError)
  const flowCode = optionalString(b, 'flowCode')
  if (flowCode) {
    const version = optionalString(b, 'flowVersion')
    const range = windowRange(optionalString(b, 'timewindow') ?? '1h', now, store.retentionMs)
    const ids = errors
      .filter(i => i.integration.code === flowCode && (!version || i.integration.version === version))
      .filter(i => i.lastTrackedTime >= range.from && i.lastTrackedTime <= range.to)
      .map(i => i.id)
    return {
      ids,
      named: [],
      describe: `errors of ${flowCode}${version ? `|${version}` : ''} in ${range.label}`
    }
  }
  const connectionCode = optionalString(b, 'connectionCode')
  if (connectionCode) {
    const start = optionalString(b, 'startDate')
    const end = optionalString(b, 'endDate')
    const from = start ? parseDateTime(start, 'startDate') : now - store.retentionMs
    const to = end ? parseDateTime(end, 'endDate', true) : now
    const ids = errors
      .filter(i => i.error?.connection?.code === connectionCode)
      .filter(i => i.lastTrackedTime >= from && i.lastTrackedTime <= to)
      .map(i => i.id)
    return { ids, named: [], describe: `errors on connection ${connectionCode}` }
  }
  throw new ApiError(
    400,
    'The request body must name ids, flowCode (with flowVersion and timewindow) or connectionCode (with startDate and endDate).'
  )
}
