/** Builds the monitoring model of one instance from its seed block: explicit lists plus seeded generators. */
import { buildAudit } from './audit-seed.js'
import { opaqueId, pickWeighted, prng } from './ids.js'
import { DEFAULT_CONNECTION, faultDetails, faultMessage } from './samples.js'
import type { GeneratorEntry, InstanceListEntry, MonitoringSeedBlock, SeedSection } from './seed-format.js'
import {
  initials,
  numberOr,
  parseConnection,
  parseIntegration,
  parseRecovery,
  parseStatus,
  SeedError
} from './seed-parse.js'
import type {
  AuditRecord,
  InstanceStatus,
  IntegrationRef,
  IntegrationStyle,
  KnownIntegration,
  TrackedInstance
} from './types.js'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const DEFAULT_RETENTION_DAYS = 32
const DEFAULT_SPREAD_MINUTES = 50
const DEFAULT_AGE_MINUTES = 1

/** What a seed block yields. */
export interface BuiltMonitoring {
  /** PRNG seed (also decides recovery outcomes later). */
  seed: string
  retentionMs: number
  instances: TrackedInstance[]
  integrations: Map<string, KnownIntegration>
  audit: AuditRecord[]
}

/** Builds the model; `now` anchors every age. Throws {@link SeedError} on invalid input. */
export function buildMonitoring(
  block: MonitoringSeedBlock | undefined,
  instanceName: string,
  now: number
): BuiltMonitoring {
  const b = block ?? {}
  const seed = String(b.seed ?? instanceName)
  const builder = new Builder(seed, now)
  for (const [i, entry] of (b.integrations ?? []).entries()) {
    const where = `integrations[${i}]`
    builder.know(parseIntegration(entry.integration, where), entry.project, entry.style ?? 'appdriven')
  }
  builder.section(b.instances, 'instances', false)
  builder.section(b.errors, 'errors', true)
  const audit = buildAudit(b.auditRecords, { seed, now, integrations: builder.integrations })
  return {
    seed,
    retentionMs: numberOr(b.retentionDays, DEFAULT_RETENTION_DAYS, 'retentionDays', 'retentionDays') * DAY,
    instances: builder.instances,
    integrations: builder.integrations,
    audit
  }
}

class Builder {
  readonly instances: TrackedInstance[] = []
  readonly integrations = new Map<string, KnownIntegration>()
  private readonly ids = new Set<string>()
  // Each seed entry draws from its own PRNG stream and id keys, so editing one entry leaves the others' ids,
  // times and recoverability unchanged.
  private random: () => number
  private values = 0

  constructor(
    private readonly seed: string,
    private readonly now: number
  ) {
    this.random = prng(seed)
  }

  know(integration: IntegrationRef, projectCode: string | undefined, style: IntegrationStyle): void {
    const key = `${integration.code}|${integration.version}`
    if (!this.integrations.has(key)) this.integrations.set(key, { integration, projectCode, style })
  }

  section(section: SeedSection | undefined, name: string, errors: boolean): void {
    for (const [i, entry] of (section?.list ?? []).entries()) this.listed(entry, `${name}.list[${i}]`, errors)
    for (const [i, entry] of (section?.generate ?? []).entries())
      this.generated(entry, `${name}.generate[${i}]`, errors)
  }

  private nextId(explicit: string | undefined, key: string, where: string): string {
    if (explicit !== undefined) {
      const id = String(explicit)
      if (this.ids.has(id)) throw new SeedError(where, `duplicate instance id '${id}'.`)
      this.ids.add(id)
      return id
    }
    let id = opaqueId(`${this.seed}:${key}`)
    for (let n = 1; this.ids.has(id); n++) id = opaqueId(`${this.seed}:${key}:${n}`)
    this.ids.add(id)
    return id
  }

  /** The next generated tracking value, e.g. `SCO-100042`. */
  private nextValue(prefix: string): string {
    return `${prefix}-${100001 + this.values++}`
  }

  private listed(entry: InstanceListEntry, where: string, errors: boolean): void {
    this.random = prng(`${this.seed}:${where}`)
    const integration = parseIntegration(entry.integration, where)
    const status = errors ? 'FAILED' : parseStatus(entry.status ?? 'COMPLETED', where)
    const lastTracked =
      this.now - Math.round(numberOr(entry.ageMinutes, DEFAULT_AGE_MINUTES, where, 'ageMinutes') * MINUTE)
    const inst = this.base(entry, integration, status, lastTracked, where)
    inst.id = this.nextId(entry.id, where, where)
    inst.runId = inst.id
    const primaryValue = entry.primaryValue ?? this.nextValue(initials(integration.code))
    inst.primary = { name: entry.primaryName ?? 'orderId', value: String(primaryValue) }
    if (entry.secondaryValue !== undefined)
      inst.secondary = { name: entry.secondaryName ?? 'secondaryId', value: String(entry.secondaryValue) }
    if (entry.tertiaryValue !== undefined)
      inst.tertiary = { name: entry.tertiaryName ?? 'tertiaryId', value: String(entry.tertiaryValue) }
    if (entry.durationMs !== undefined) {
      inst.durationMs = numberOr(entry.durationMs, 0, where, 'durationMs')
      inst.creationDate = lastTracked - inst.durationMs
    }
    if (status === 'FAILED') this.addError(inst, entry, entry.recoverable !== false, where)
    this.instances.push(inst)
  }

  private generated(entry: GeneratorEntry, where: string, errors: boolean): void {
    this.random = prng(`${this.seed}:${where}`)
    const integration = parseIntegration(entry.integration, where)
    const count = entry.count
    if (!Number.isInteger(count) || count < 0)
      throw new SeedError(where, 'count must be a non-negative integer.')
    const age = numberOr(entry.ageMinutes, 0, where, 'ageMinutes')
    const spread = numberOr(entry.spreadMinutes, DEFAULT_SPREAD_MINUTES, where, 'spreadMinutes')
    const share = numberOr(entry.recoverable, 1, where, 'recoverable')
    if (share > 1) throw new SeedError(where, 'recoverable is a share between 0 and 1 in a generator.')
    const weights = typeof entry.status === 'object' && entry.status !== null ? entry.status : undefined
    if (weights) for (const key of Object.keys(weights)) parseStatus(key, where)
    const single = weights ? undefined : parseStatus(entry.status ?? 'COMPLETED', where)
    const prefix = entry.valuePrefix ?? initials(integration.code)
    for (let k = 0; k < count; k++) {
      const status: InstanceStatus = errors
        ? 'FAILED'
        : weights
          ? pickWeighted(weights, this.random())
          : (single as InstanceStatus)
      const lastTracked = this.now - Math.round((age + this.random() * spread) * MINUTE)
      const inst = this.base(entry, integration, status, lastTracked, where)
      inst.id = this.nextId(undefined, `${where}:${k}`, where)
      inst.runId = inst.id
      inst.primary = { name: inst.primary?.name ?? 'orderId', value: this.nextValue(prefix) }
      if (status === 'FAILED') this.addError(inst, entry, this.random() < share, where)
      this.instances.push(inst)
    }
  }

  private base(
    entry: InstanceListEntry | GeneratorEntry,
    integration: IntegrationRef,
    status: InstanceStatus,
    lastTracked: number,
    where: string
  ): TrackedInstance {
    // The first mention of CODE|VERSION (the `integrations` list first) sets its name, project and style.
    const known = this.integrations.get(`${integration.code}|${integration.version}`)
    const style = entry.style ?? known?.style ?? 'appdriven'
    if (style !== 'appdriven' && style !== 'scheduled')
      throw new SeedError(where, "style must be 'appdriven' or 'scheduled'.")
    const projectCode = entry.project ?? known?.projectCode
    this.know(integration, projectCode, style)
    const durationMs = 150 + Math.floor(this.random() * 6000)
    return {
      id: '',
      runId: '',
      integration: known?.integration ?? integration,
      projectCode,
      style,
      mepType: entry.mepType ?? (style === 'scheduled' ? 'SCHEDULED' : 'ASYNC_ONE_WAY'),
      status,
      creationDate: lastTracked - durationMs,
      lastTrackedTime: lastTracked,
      durationMs,
      primary: { name: entry.primaryName ?? 'orderId', value: '' },
      invokedBy: entry.invokedBy ?? (style === 'scheduled' ? 'scheduler' : 'integration.user@example.com'),
      retryCount: 0,
      resubmitCount: 0,
      resubmitRequests: 0,
      recovery: { recover: 1 }
    }
  }

  private addError(
    inst: TrackedInstance,
    entry: InstanceListEntry | GeneratorEntry,
    recoverable: boolean,
    where: string
  ): void {
    const connection = parseConnection(entry.connection, where) ?? DEFAULT_CONNECTION
    const message = entry.errorMessage ?? faultMessage(connection, recoverable, this.random())
    inst.error = {
      message,
      details: entry.errorDetails ?? faultDetails(message, connection),
      faultId: String(1_000_000 + Math.floor(this.random() * 9_000_000)),
      recoverable,
      connection
    }
    inst.retryCount = numberOr(entry.retryCount, 0, where, 'retryCount')
    inst.recovery = parseRecovery(entry.recovery, where)
  }
}
