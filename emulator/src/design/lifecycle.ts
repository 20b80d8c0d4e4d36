/**
 * State machines computed lazily from the emulator clock: activations settle when a request looks (no timers),
 * so `emu.clock.advance(ms)` moves them on. Project status is derived on every read.
 */
import { ApiError } from '../http-kit.js'
import {
  isActive,
  majorOf,
  type Connection,
  type DesignState,
  type Integration,
  type Project,
  type Space,
  type Stamp
} from './model.js'

/** Settles every activation whose delay has passed, oldest first. O(activations in flight). */
export function settle(design: DesignState, now: number): void {
  if (design.pending.size === 0) return
  const due = [...design.pending].filter(([i]) => (i.activation?.readyAt ?? 0) <= now)
  due.sort(([a], [b]) => (a.activation?.readyAt ?? 0) - (b.activation?.readyAt ?? 0))
  for (const [integration, space] of due) {
    design.pending.delete(integration)
    const outcome = integration.activation?.outcome ?? 'ACTIVATED'
    const at = integration.activation?.readyAt ?? now
    if (outcome === 'FAILEDACTIVATION') integration.activationError = integration.activation?.error
    delete integration.activation
    integration.status = outcome
    integration.updated = { by: integration.updated.by, at }
    if (outcome === 'ACTIVATED') deactivateSiblings(space, integration, at)
  }
}

/** Activating `XYZ|01.00.0001` deactivates an active `XYZ|01.00.0000` (same major version, contract §7.2). */
function deactivateSiblings(space: Space, activated: Integration, at: number): void {
  const major = majorOf(activated.version)
  for (const other of space.integrations.values()) {
    if (other === activated || other.code !== activated.code || majorOf(other.version) !== major) continue
    if (other.status === 'ACTIVATED') {
      other.status = 'CONFIGURED'
      other.updated = { by: activated.updated.by, at }
    }
  }
}

/** How an activation proceeds (from the switches). */
export interface ActivationPlan {
  /** Milliseconds from ACTIVATION_INPROGRESS to the outcome. */
  delayMs: number
  /** Status polls answered CONFIGURED before the activation starts (contract K5). */
  configuredPolls: number
  /** Activation errors to fail with, by `CODE|VERSION` or `CODE`. */
  failures: Readonly<Record<string, string>>
  /** [U] A connection still waiting for console consent fails the activation (switch `consentBlocksActivation`). */
  consentBlocksActivation?: boolean
  /** [U] Most activations in flight per instance (switch `activationConcurrencyLimit`); null or absent: none. */
  concurrencyLimit?: number | null
}

/**
 * Refuses an activation beyond `limit` in flight with 429 and `Retry-After` (whole seconds until the earliest one
 * settles). Oracle documents no limit and no 429 for activations (Service Limits, "Component: Integrations"; Update
 * (Activate/Deactivate) an Integration): this is issue 21's reading of an undocumented limit — refused before
 * anything changes, so the request is safe to send again (RFC 6585 §4).
 */
function checkConcurrency(design: DesignState, limit: number | null | undefined, now: number): void {
  if (limit === null || limit === undefined || design.pending.size < limit) return
  let earliest = Infinity
  for (const i of design.pending.keys()) earliest = Math.min(earliest, i.activation?.readyAt ?? now)
  const seconds = Math.max(1, Math.ceil((earliest - now) / 1000))
  throw new ApiError(
    429,
    `Too many activations in progress on this instance (${design.pending.size} of ${limit}); retry after ${seconds} s.`,
    { headers: { 'retry-after': String(seconds) } }
  )
}

/** The activation error an activation will end with, or undefined when it will succeed. */
function failureOf(
  space: Space,
  shared: Space,
  integration: Integration,
  plan: ActivationPlan
): string | undefined {
  const id = `${integration.code}|${integration.version}`
  const forced = plan.failures[id] ?? plan.failures[integration.code]
  if (forced !== undefined) return forced
  // A dependency outside the project is a shared connection of the instance (pre-seeded, format file §3); one that
  // exists nowhere fails the activation.
  const connection = (c: string): Connection | undefined =>
    space.connections.get(c) ?? shared.connections.get(c)
  const missing = integration.connections.filter(c => !connection(c))
  if (missing.length)
    return `Integration ${id} cannot be activated: connection(s) ${missing.join(', ')} do not exist in the project or the instance.`
  const unconsented = integration.connections.filter(c => connection(c)?.consent === 'NEEDED')
  if (unconsented.length && plan.consentBlocksActivation !== false)
    return `Integration ${id} cannot be activated: connection(s) ${unconsented.join(', ')} need consent; open each in Design > Connections of the Oracle Integration console and click Provide Consent.`
  const draft = integration.connections.filter(
    c => connection(c)?.status !== 'CONFIGURED' && !(connection(c)?.consent === 'NEEDED')
  )
  return draft.length
    ? `Integration ${id} cannot be activated: connection(s) ${draft.join(', ')} are not configured.`
    : undefined
}

/**
 * Starts an activation (412 unless CONFIGURED or FAILEDACTIVATION and unlocked). The answer says
 * ACTIVATION_INPROGRESS (RCHAFIK's recorded response), while `activationStatus` may still say CONFIGURED for
 * `configuredPolls` polls ("CONFIGURED: Activation has not yet started", D:Retrieve Integration Activation Status).
 */
export function startActivation(
  design: DesignState,
  space: Space,
  integration: Integration,
  stamp: Stamp,
  plan: ActivationPlan
): void {
  const id = `${integration.code}|${integration.version}`
  if (integration.locked) throw new ApiError(412, `Integration ${id} is locked.`)
  if (isActive(integration)) throw new ApiError(412, `Integration ${id} is already ${integration.status}.`)
  if (integration.status === 'INPROGRESS')
    throw new ApiError(
      412,
      `Integration ${id} is a draft (INPROGRESS) and cannot be activated until it is complete.`
    )
  checkConcurrency(design, plan.concurrencyLimit, stamp.at)
  // The outcome is decided when the activation is requested, as the service validates connections then.
  const error = failureOf(space, design.global, integration, plan)
  integration.status = 'ACTIVATION_INPROGRESS'
  integration.updated = stamp
  delete integration.activationError
  integration.activation = {
    readyAt: stamp.at + plan.delayMs,
    outcome: error === undefined ? 'ACTIVATED' : 'FAILEDACTIVATION',
    configuredPolls: Math.max(0, Math.floor(plan.configuredPolls)),
    error
  }
  design.pending.set(integration, space)
  design.peakPending = Math.max(design.peakPending ?? 0, design.pending.size)
  settle(design, stamp.at)
}

/**
 * The answer of `GET …/activationStatus`: while a requested activation has not settled, its first
 * `configuredPolls` answers are CONFIGURED ("not started yet"; each counts one down), later ones
 * ACTIVATION_INPROGRESS. The window never delays the outcome, which comes at `activationDelayMs` after the request.
 */
export function pollActivationStatus(integration: Integration): string {
  const activation = integration.activation
  if (!activation || activation.configuredPolls === 0) return integration.status
  activation.configuredPolls--
  return 'CONFIGURED'
}

/** Deactivates an active integration (412 when it is not active or is locked). */
export function deactivate(
  design: DesignState,
  integration: Integration,
  stamp: Stamp,
  scheduled: 'reject' | 'stop' = 'reject'
): void {
  const id = `${integration.code}|${integration.version}`
  if (integration.locked) throw new ApiError(412, `Integration ${id} is locked.`)
  if (!isActive(integration))
    throw new ApiError(412, `Integration ${id} is not active (status ${integration.status}).`)
  // [U] A running or paused schedule: scripts stop it before deactivating (ATHEEK; SCHED-SH in a project), so the
  // strictest reading refuses the deactivation until it is stopped; switch `deactivateScheduled: stop` stops it.
  const schedule = integration.schedule
  if (schedule && schedule.state !== 'CANCELLED') {
    if (scheduled === 'reject')
      throw new ApiError(
        412,
        `Integration ${id} has a schedule in ${schedule.state} state; stop the schedule (POST …/schedule/stop) before deactivating it.`
      )
    schedule.state = 'CANCELLED'
    schedule.updated = stamp
    integration.scheduled = false
  }
  design.pending.delete(integration)
  delete integration.activation
  integration.status = 'CONFIGURED'
  integration.updated = stamp
}

/**
 * Project status (contract §5.1, NIAL1109): DRAFT when an integration or a connection is a draft (or the project
 * is empty), ACTIVE when every integration is ACTIVATED, otherwise CONFIGURED.
 */
export function projectStatus(project: Project): 'DRAFT' | 'CONFIGURED' | 'ACTIVE' {
  if (project.integrations.size === 0) return 'DRAFT'
  let allActive = true
  for (const i of project.integrations.values()) {
    if (i.status === 'INPROGRESS') return 'DRAFT'
    if (i.status !== 'ACTIVATED') allActive = false
  }
  for (const c of project.connections.values()) if (c.status === 'INPROGRESS') return 'DRAFT'
  return allActive ? 'ACTIVE' : 'CONFIGURED'
}

/** Records a change of a project: a new revision and its `updated` stamp. */
export function touch(project: Project | undefined, stamp: Stamp): void {
  if (!project) return
  project.revision++
  project.updated = stamp
}

/** Integrations that block a delete or replace: active, activating, or locked. */
export function blockingIntegrations(space: Space): string[] {
  const ids: string[] = []
  for (const i of space.integrations.values())
    if (isActive(i) || i.locked) ids.push(`${i.code}|${i.version} (${i.locked ? 'locked' : i.status})`)
  return ids
}

/** How many integrations of a space use each connection, lookup and library. */
export function usageOf(space: Space): Map<string, number> {
  const usage = new Map<string, number>()
  const add = (key: string): void => void usage.set(key, (usage.get(key) ?? 0) + 1)
  for (const i of space.integrations.values()) {
    for (const c of i.connections) add(`c:${c}`)
    for (const l of i.lookups) add(`l:${l}`)
    for (const l of i.libraries) add(`b:${l}`)
  }
  return usage
}
