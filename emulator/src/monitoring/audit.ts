/**
 * `GET /monitoring/auditRecords` (contract §9.9): design-time audit trail with `q` keys `limit` (default 15),
 * `code`, `version`, `timewindow` (default 1h) or `startdate`/`enddate`, `type` (exact or /contains/),
 * `distinct` (one record per resource, the newest), then `offset`/`limit` paging.
 */
import { ApiError, matchesTerm, oracleDate } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { parseTerms, resolveRange } from './monitoring-q.js'
import type { AuditRecord } from './types.js'
import { MONITORING, monitoringCollection, monitoringPaging, storeOf, type MonitoringDeps } from './views.js'

/** Records fetched when `q` has no `limit` (contract §4.3). */
const DEFAULT_RECORDS = 15

function auditView(record: AuditRecord): Record<string, unknown> {
  return {
    id: record.id,
    type: record.type,
    code: record.code,
    version: record.version,
    name: record.name,
    projectCode: record.projectCode,
    action: record.action,
    user: record.user,
    date: oracleDate(record.date)
  }
}

async function listAudit(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  const page = monitoringPaging(ctx, deps.switches)
  const terms = parseTerms(ctx.query.get('q'))
  const range = resolveRange(terms, ctx.now(), store.retentionMs)
  const rawLimit = terms.get('limit')?.value
  if (rawLimit !== undefined && !/^[1-9]\d*$/.test(rawLimit))
    throw new ApiError(400, `Invalid limit '${rawLimit}' in q: expected a positive integer.`)
  const max = rawLimit === undefined ? DEFAULT_RECORDS : Number(rawLimit)
  const code = terms.get('code')
  const version = terms.get('version')
  const type = terms.get('type')
  const distinctTerm = terms.get('distinct')?.value.toLowerCase()
  if (distinctTerm !== undefined && distinctTerm !== 'true' && distinctTerm !== 'false')
    throw new ApiError(400, `Invalid distinct '${distinctTerm}' in q: expected 'true' or 'false'.`)
  const seen = new Set<string>()
  const records: AuditRecord[] = []
  for (const record of store.auditRecords) {
    if (records.length >= max) break
    if (record.date < range.from || record.date > range.to) continue
    if (!matchesTerm(record.code, code) || !matchesTerm(record.version, version)) continue
    if (!matchesTerm(record.type, type)) continue
    const resource = `${record.type}:${record.code}|${record.version ?? ''}`
    if (distinctTerm === 'true' && seen.has(resource)) continue
    seen.add(resource)
    records.push(record)
  }
  return ctx.json(200, monitoringCollection(ctx, records, page, auditView, range, deps.switches))
}

/** The audit records route. */
export function auditRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${MONITORING}/auditRecords`,
      permission: 'monitor-read',
      handler: ctx => listAudit(ctx, deps)
    }
  ]
}
