/**
 * The monitoring state of one instance: instances indexed by id with cached time orderings, recovery jobs that
 * settle lazily from the emulator clock (no timers), and the per-instance resubmit counters tests read.
 */
import type { BuiltMonitoring } from './generate.js'
import { opaqueId, unitFor } from './ids.js'
import type { AuditRecord, KnownIntegration, RecoveryJob, RecoveryOutcome, TrackedInstance } from './types.js'

/** How a recovery job is started. */
export interface RecoveryOptions {
  kind: RecoveryJob['kind']
  traceLevel: string
  /** Milliseconds until the job settles (the `recoveryJobDelayMs` switch). */
  delayMs: number
  /** Status of the instances while the job runs (the `resubmittedStatus` switch). */
  status: 'RECOVERING' | 'RESUBMITTED'
}

const byTime =
  (field: 'lastTrackedTime' | 'creationDate') =>
  (a: TrackedInstance, b: TrackedInstance): number =>
    b[field] - a[field] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** True while an instance is listed by `GET /monitoring/errors` (failed, not resubmitted or discarded). */
export function inError(inst: TrackedInstance): boolean {
  return inst.status === 'FAILED' && inst.error !== undefined
}

/** Monitoring state of one emulated instance. */
export class MonitoringStore {
  /** PRNG seed of the instance (recovery outcomes depend on it). */
  readonly seed: string
  /** The RETENTIONPERIOD window in ms. */
  readonly retentionMs: number
  readonly instances = new Map<string, TrackedInstance>()
  readonly integrations: Map<string, KnownIntegration>
  /** Audit records, newest first. */
  readonly auditRecords: readonly AuditRecord[]
  readonly jobs = new Map<string, RecoveryJob>()
  private readonly pending = new Set<RecoveryJob>()
  private readonly jobOrder: RecoveryJob[] = []
  private byTracked: TrackedInstance[] | undefined
  private byCreated: TrackedInstance[] | undefined
  private seq = 0

  constructor(built: BuiltMonitoring) {
    this.seed = built.seed
    this.retentionMs = built.retentionMs
    this.integrations = built.integrations
    for (const inst of built.instances) this.instances.set(inst.id, inst)
    this.auditRecords = [...built.audit].sort((a, b) => b.date - a.date)
  }

  /** An instance by id. */
  get(id: string): TrackedInstance | undefined {
    return this.instances.get(id)
  }

  /** All instances, most recently updated first (cached until something changes). */
  byLastTracked(): readonly TrackedInstance[] {
    this.byTracked ??= [...this.instances.values()].sort(byTime('lastTrackedTime'))
    return this.byTracked
  }

  /** All instances, most recently created first. */
  byCreation(): readonly TrackedInstance[] {
    this.byCreated ??= [...this.instances.values()].sort(byTime('creationDate'))
    return this.byCreated
  }

  /** Recovery jobs, newest first. */
  jobsNewestFirst(): RecoveryJob[] {
    return [...this.jobOrder].reverse()
  }

  /** Accepted resubmissions of one instance (0 when unknown). */
  resubmitCount(id: string): number {
    return this.instances.get(id)?.resubmitCount ?? 0
  }

  /** Accepted resubmissions per instance id, for instances resubmitted at least once. */
  resubmitCounts(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const inst of this.instances.values())
      if (inst.resubmitCount > 0) counts.set(inst.id, inst.resubmitCount)
    return counts
  }

  /** A fresh deterministic id for a job (`kind` keeps recovery and abort ids apart). */
  newJobId(kind: 'recovery' | 'abort'): string {
    let id = opaqueId(`${this.seed}:${kind}:${this.seq++}`)
    while (this.jobs.has(id) || this.instances.has(id)) id = opaqueId(`${this.seed}:${kind}:${this.seq++}`)
    return id
  }

  /** Starts a recovery job for instances the caller checked are in error and recoverable. */
  startRecovery(instances: readonly TrackedInstance[], now: number, options: RecoveryOptions): RecoveryJob {
    const job: RecoveryJob = {
      id: this.newJobId('recovery'),
      status: 'IN_PROGRESS',
      kind: options.kind,
      traceLevel: options.traceLevel,
      creationDate: now,
      lastUpdatedDate: now,
      dueAt: now + Math.max(0, options.delayMs),
      instanceIds: instances.map(i => i.id),
      recoveredIds: [],
      failedIds: []
    }
    for (const inst of instances) {
      inst.status = options.status
      inst.resubmitCount++
      inst.recoveryJobId = job.id
      inst.lastTrackedTime = now
    }
    this.jobs.set(job.id, job)
    this.jobOrder.push(job)
    this.pending.add(job)
    this.changed()
    return job
  }

  /** Settles every recovery job due by `now`: each instance recovers (COMPLETED) or fails again (FAILED). */
  settle(now: number): void {
    if (this.pending.size === 0) return
    const due = [...this.pending].filter(job => job.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt)
    for (const job of due) {
      for (const id of job.instanceIds) {
        const inst = this.instances.get(id)
        if (!inst || inst.recoveryJobId !== job.id) continue
        inst.recoveryJobId = undefined
        // The outcome happens when the job ends, not when a later request notices it.
        inst.lastTrackedTime = job.dueAt
        if (this.outcome(inst) === 'recover') {
          inst.status = 'COMPLETED'
          job.recoveredIds.push(id)
        } else {
          inst.status = 'FAILED'
          inst.retryCount++
          job.failedIds.push(id)
        }
      }
      job.status = job.recoveredIds.length === 0 && job.failedIds.length > 0 ? 'FAILED' : 'COMPLETED'
      job.lastUpdatedDate = job.dueAt
      this.pending.delete(job)
    }
    if (due.length > 0) this.changed()
  }

  /** Discards an errored instance: ABORTED and no longer recoverable. */
  discard(inst: TrackedInstance, now: number, abortJobId: string): void {
    inst.status = 'ABORTED'
    if (inst.error) inst.error.recoverable = false
    inst.abortJobId = abortJobId
    inst.lastTrackedTime = now
    this.changed()
  }

  /** Aborts a running or waiting instance; returns the abort job id. */
  abort(inst: TrackedInstance, now: number): string {
    const abortJobId = this.newJobId('abort')
    inst.status = 'ABORTED'
    inst.abortJobId = abortJobId
    inst.durationMs = Math.max(inst.durationMs, now - inst.creationDate)
    inst.lastTrackedTime = now
    this.changed()
    return abortJobId
  }

  /** The outcome of the instance's latest resubmission, from its seeded plan. */
  private outcome(inst: TrackedInstance): RecoveryOutcome {
    const attempt = inst.resubmitCount
    const { outcomes, recover } = inst.recovery
    if (outcomes && outcomes.length > 0) return outcomes[Math.min(attempt, outcomes.length) - 1] ?? 'recover'
    return unitFor(`${this.seed}:${inst.id}:${attempt}`) < recover ? 'recover' : 'fail'
  }

  private changed(): void {
    this.byTracked = undefined
    this.byCreated = undefined
  }
}
