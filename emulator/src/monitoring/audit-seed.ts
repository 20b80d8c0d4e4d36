/** Audit records of a monitoring seed: the explicit `auditRecords` list, or records derived from the integrations. */
import { opaqueId } from './ids.js'
import type { AuditSpec } from './seed-format.js'
import { numberOr, parseIntegration, SeedError } from './seed-parse.js'
import type { AuditRecord, KnownIntegration } from './types.js'

const MINUTE = 60_000
const DEFAULT_AUDIT_USER = 'ci.deployer@example.com'
/** Age of a record whose seed entry gives none. */
const DEFAULT_AGE_MINUTES = 5

/** What audit records are built from. */
export interface AuditContext {
  seed: string
  now: number
  /** Integrations known to the seed (names and projects of records come from here). */
  integrations: ReadonlyMap<string, KnownIntegration>
}

function auditRecord(spec: AuditSpec, i: number, ctx: AuditContext): AuditRecord {
  const where = `auditRecords[${i}]`
  const parsed = spec.integration !== undefined ? parseIntegration(spec.integration, where) : undefined
  const known = parsed && ctx.integrations.get(`${parsed.code}|${parsed.version}`)
  const integration = known?.integration ?? parsed
  const code = integration?.code ?? spec.code
  if (!code) throw new SeedError(where, "an audit record needs 'integration' or 'code'.")
  return {
    id: opaqueId(`${ctx.seed}:audit:${i}`),
    type: spec.type ?? (integration ? 'ICS_AppInstance' : 'ICS_ProjectV2'),
    code,
    version: integration?.version,
    name: spec.name ?? integration?.name ?? code,
    projectCode: spec.project ?? known?.projectCode,
    action: spec.action ?? 'UPDATED',
    user: spec.user ?? DEFAULT_AUDIT_USER,
    date: ctx.now - Math.round(numberOr(spec.ageMinutes, DEFAULT_AGE_MINUTES, where, 'ageMinutes') * MINUTE)
  }
}

/** One ACTIVATED record per integration and one IMPORTED record per project, all within the last hour. */
function derivedSpecs(integrations: ReadonlyMap<string, KnownIntegration>): AuditSpec[] {
  const specs: AuditSpec[] = []
  const projects = new Set<string>()
  const keys = [...integrations.keys()].sort()
  for (const [j, key] of keys.entries()) {
    const k = integrations.get(key) as KnownIntegration
    if (k.projectCode) projects.add(k.projectCode)
    // Spread over 5..50 minutes so the default 1h window shows them in a stable order.
    specs.push({
      integration: k.integration,
      project: k.projectCode,
      action: 'ACTIVATED',
      ageMinutes: 50 - ((j * 7) % 45)
    })
  }
  for (const project of [...projects].sort())
    specs.push({ code: project, project, action: 'IMPORTED', ageMinutes: 58 })
  return specs
}

/** Builds the audit records of a seed (`specs` absent = derived from the integrations). */
export function buildAudit(specs: AuditSpec[] | undefined, ctx: AuditContext): AuditRecord[] {
  return (specs ?? derivedSpecs(ctx.integrations)).map((spec, i) => auditRecord(spec, i, ctx))
}
