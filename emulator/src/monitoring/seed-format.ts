/**
 * The `monitoring:` block of an instance seed: explicit lists and generators of instances and errored instances,
 * with ages relative to the emulator's start time. Generators use a seeded PRNG, so a seed always yields the
 * same ids, times and recovery outcomes.
 */
import type { InstanceStatus, IntegrationStyle, RecoveryOutcome } from './types.js'

/** An integration as `'CODE|VERSION'` (version defaults to `01.00.0000`) or as an object. */
export type IntegrationSpec = string | { code: string; version?: string; name?: string }

/** A connection as its code or as an object (`appType` defaults to `rest`). */
export type ConnectionSpec = string | { code: string; name?: string; appType?: string }

/** Recovery of resubmitted errors: a chance, or the outcomes of successive resubmissions. */
export type RecoverySpec = { recover?: number; outcomes?: RecoveryOutcome[] } | RecoveryOutcome[]

/** Fields shared by explicit instances and generators. */
export interface CommonSpec {
  integration: IntegrationSpec
  /** Gen3 project code (the `projectCode` q filter). */
  project?: string
  style?: IntegrationStyle
  mepType?: string
  /** Name of the primary tracking field (default `orderId`). */
  primaryName?: string
  invokedBy?: string
}

/** Fields of errored instances. */
export interface ErrorSpec {
  errorMessage?: string
  errorDetails?: string
  connection?: ConnectionSpec
  recovery?: RecoverySpec
  /** Earlier resubmissions that failed again. */
  retryCount?: number
}

/** One explicit instance (`instances.list`) or errored instance (`errors.list`). */
export interface InstanceListEntry extends CommonSpec, ErrorSpec {
  /** Instance id (default: generated). Numeric ids such as `'19'` are fine. */
  id?: string
  /** Status (default `COMPLETED` in `instances`, always `FAILED` in `errors`). */
  status?: InstanceStatus
  /** Minutes between the last update and the emulator's start (default 1). */
  ageMinutes?: number
  durationMs?: number
  primaryValue?: string
  secondaryName?: string
  secondaryValue?: string
  tertiaryName?: string
  tertiaryValue?: string
  /** Errors only: can be resubmitted (default true). */
  recoverable?: boolean
}

/** Generates `count` instances or errored instances of one integration. */
export interface GeneratorEntry extends CommonSpec, ErrorSpec {
  count: number
  /** Age in minutes of the newest generated instance (default 0). */
  ageMinutes?: number
  /** Ages are spread evenly-at-random over `[ageMinutes, ageMinutes + spreadMinutes]` (default 50). */
  spreadMinutes?: number
  /** Instances only: one status or weights such as `{COMPLETED: 0.9, IN_PROGRESS: 0.1}` (default COMPLETED). */
  status?: InstanceStatus | Partial<Record<InstanceStatus, number>>
  /** Errors only: share (0..1) that can be resubmitted (default 1). */
  recoverable?: number
  /** Prefix of generated primary values (default: initials of the code, e.g. `SCO-100001`). */
  valuePrefix?: string
}

/** A list and/or generators. */
export interface SeedSection {
  list?: InstanceListEntry[]
  generate?: GeneratorEntry[]
}

/** An explicit audit record. */
export interface AuditSpec {
  type?: string
  integration?: IntegrationSpec
  /** Resource code when not an integration (project, lookup, …). */
  code?: string
  name?: string
  project?: string
  action?: string
  user?: string
  ageMinutes?: number
}

/** Display data of an integration that has no instance yet (for `/monitoring/integrations`). */
export interface IntegrationEntry {
  integration: IntegrationSpec
  project?: string
  style?: IntegrationStyle
}

/** The `monitoring:` block of an instance seed. */
export interface MonitoringSeedBlock {
  /** PRNG seed (default: the instance name). */
  seed?: string | number
  /** Tracking data retention in days: the `RETENTIONPERIOD` window (default 32). */
  retentionDays?: number
  integrations?: IntegrationEntry[]
  instances?: SeedSection
  errors?: SeedSection
  /** Explicit audit records; absent = one ACTIVATED record per integration, within the last hour. */
  auditRecords?: AuditSpec[]
}
