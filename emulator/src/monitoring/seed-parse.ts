/** Normalising and validating the parts of a monitoring seed (integrations, connections, recovery, statuses). */
import type { ConnectionSpec, IntegrationSpec, RecoverySpec } from './seed-format.js'
import {
  INSTANCE_STATUSES,
  type ConnectionRef,
  type InstanceStatus,
  type IntegrationRef,
  type RecoveryPlan
} from './types.js'

/** Version used when a seed names an integration without one. */
export const DEFAULT_VERSION = '01.00.0000'

/** A seed error naming where it is. */
export class SeedError extends Error {
  constructor(where: string, problem: string) {
    super(`Monitoring seed ${where}: ${problem}`)
  }
}

/** `SO_CREATE_ORDER` → `So Create Order` (display name when the seed gives none). */
export function nameFromCode(code: string): string {
  return code
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map(word => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(' ')
}

/** Parses `'CODE|VERSION'` or `{code, version, name}`. */
export function parseIntegration(spec: IntegrationSpec | undefined, where: string): IntegrationRef {
  if (spec === undefined || spec === null) throw new SeedError(where, "'integration' is required.")
  if (typeof spec === 'string') {
    const [code = '', version = DEFAULT_VERSION, ...rest] = spec.split('|')
    if (!code.trim() || rest.length > 0)
      throw new SeedError(where, `integration '${spec}' must be 'CODE' or 'CODE|VERSION'.`)
    return { code: code.trim(), version: version.trim() || DEFAULT_VERSION, name: nameFromCode(code) }
  }
  if (typeof spec !== 'object' || typeof spec.code !== 'string' || !spec.code)
    throw new SeedError(where, "integration must be 'CODE|VERSION' or {code, version?, name?}.")
  return {
    code: spec.code,
    version: spec.version ?? DEFAULT_VERSION,
    name: spec.name ?? nameFromCode(spec.code)
  }
}

/** Parses a connection code or `{code, name, appType}`. */
export function parseConnection(spec: ConnectionSpec | undefined, where: string): ConnectionRef | undefined {
  if (spec === undefined || spec === null) return undefined
  if (typeof spec === 'string') return { code: spec, name: nameFromCode(spec), appType: 'rest' }
  if (typeof spec !== 'object' || typeof spec.code !== 'string' || !spec.code)
    throw new SeedError(where, 'connection must be a code or {code, name?, appType?}.')
  return { code: spec.code, name: spec.name ?? nameFromCode(spec.code), appType: spec.appType ?? 'rest' }
}

/** Parses `{recover: 0.9}`, `{outcomes: [...]}` or `[fail, recover]` (default: always recovers). */
export function parseRecovery(spec: RecoverySpec | undefined, where: string): RecoveryPlan {
  if (spec === undefined || spec === null) return { recover: 1 }
  const outcomes = Array.isArray(spec) ? spec : spec.outcomes
  const recover = Array.isArray(spec) ? 1 : (spec.recover ?? 1)
  if (typeof recover !== 'number' || recover < 0 || recover > 1)
    throw new SeedError(where, 'recovery.recover must be a number between 0 and 1.')
  if (outcomes !== undefined) {
    if (
      !Array.isArray(outcomes) ||
      outcomes.length === 0 ||
      outcomes.some(o => o !== 'recover' && o !== 'fail')
    )
      throw new SeedError(where, "recovery outcomes must be a non-empty list of 'recover' and 'fail'.")
    return { recover, outcomes: [...outcomes] }
  }
  return { recover }
}

/** Validates a status name. */
export function parseStatus(value: unknown, where: string): InstanceStatus {
  if (typeof value === 'string' && (INSTANCE_STATUSES as readonly string[]).includes(value))
    return value as InstanceStatus
  throw new SeedError(where, `status '${String(value)}' is not one of ${INSTANCE_STATUSES.join(', ')}.`)
}

/** Validates a non-negative number with a default. */
export function numberOr(value: unknown, fallback: number, where: string, name: string): number {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new SeedError(where, `${name} must be a non-negative number.`)
  return value
}

/** Initials of a code: `SO_CREATE_ORDER` → `SCO`. */
export function initials(code: string): string {
  const letters = code
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map(word => word.charAt(0).toUpperCase())
    .join('')
  return letters || 'ID'
}
