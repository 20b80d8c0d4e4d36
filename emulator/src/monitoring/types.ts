/** The monitoring model: tracked integration instances (some in error), recovery jobs and audit records. */

/** Instance statuses (contract §9.1: the union of the Gen2 and Gen3 vocabularies, RECOVERING included). */
export const INSTANCE_STATUSES = [
  'IN_PROGRESS',
  'SCHEDULE_WAITING',
  'QUEUED',
  'SCHEDULE_PAUSED',
  'PAUSED',
  'FAILED',
  'COMPLETED',
  'ABORTED',
  'UNKNOWN',
  'RESUBMITTED',
  'RECOVERING',
  'BLOCKED'
] as const
/** One instance status. */
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number]

/** Statuses an abort applies to: "a waiting or paused scheduled instance or any in-progress asynchronous instance". */
export const ABORTABLE_STATUSES: ReadonlySet<InstanceStatus> = new Set<InstanceStatus>([
  'IN_PROGRESS',
  'SCHEDULE_WAITING',
  'QUEUED',
  'SCHEDULE_PAUSED',
  'PAUSED'
])

/** Statuses that count as finished for summaries. */
export const FINISHED_STATUSES: ReadonlySet<InstanceStatus> = new Set<InstanceStatus>([
  'COMPLETED',
  'FAILED',
  'ABORTED'
])

/** The integration an instance ran. */
export interface IntegrationRef {
  code: string
  version: string
  name: string
}

/** The connection an error happened on. */
export interface ConnectionRef {
  code: string
  name: string
  /** Adapter type, e.g. `rest`, `erp`, `ftp`. */
  appType: string
}

/** A tracking field (primary, secondary or tertiary business identifier). */
export interface TrackingValue {
  name: string
  value: string
}

/** The fault of an instance that failed at least once. */
export interface InstanceError {
  message: string
  details: string
  faultId: string
  /** False for faults a resubmission cannot fix (e.g. a mapping error); discarded errors become false. */
  recoverable: boolean
  connection?: ConnectionRef
}

/** Outcome of one resubmission. */
export type RecoveryOutcome = 'recover' | 'fail'

/** How resubmissions of an errored instance end, decided deterministically from the seed. */
export interface RecoveryPlan {
  /** Chance (0..1) that a resubmission recovers (used when `outcomes` is absent). */
  recover: number
  /** Outcomes of the 1st, 2nd, … resubmission; the last one repeats. */
  outcomes?: RecoveryOutcome[]
}

/** Integration styles of the `integration-style` q key. */
export type IntegrationStyle = 'appdriven' | 'scheduled'

/** One integration instance (a run of an integration), errored or not. Times are epoch ms. */
export interface TrackedInstance {
  id: string
  runId: string
  integration: IntegrationRef
  /** Gen3 project the integration belongs to. */
  projectCode?: string
  style: IntegrationStyle
  /** Message exchange pattern, e.g. `ASYNC_ONE_WAY`, `SYNC`. */
  mepType: string
  status: InstanceStatus
  creationDate: number
  lastTrackedTime: number
  durationMs: number
  primary?: TrackingValue
  secondary?: TrackingValue
  tertiary?: TrackingValue
  /** Who or what started the instance (a user, a schedule, a trigger connection). */
  invokedBy: string
  /** Present once the instance failed; kept after recovery so `GET /errors/{id}` still finds it. */
  error?: InstanceError
  /** Resubmissions that failed again. */
  retryCount: number
  /** Accepted resubmissions (tests read this to prove nothing was resubmitted twice). */
  resubmitCount: number
  /** Times the id was named in a resubmit request, accepted or not. */
  resubmitRequests: number
  recovery: RecoveryPlan
  /** The recovery job currently working on the instance. */
  recoveryJobId?: string
  /** Set by discard and abort. */
  abortJobId?: string
}

/** An integration known to the monitoring API (from instances or the seed's `integrations`). */
export interface KnownIntegration {
  integration: IntegrationRef
  projectCode?: string
  style: IntegrationStyle
}

/** Statuses of a recovery job. */
export type RecoveryJobStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'

/** A recovery job created by a (bulk) resubmit; it settles lazily from the emulator clock. */
export interface RecoveryJob {
  id: string
  status: RecoveryJobStatus
  /** `single` (POST /errors/{id}/resubmit) or `bulk` (POST /errors/resubmit). */
  kind: 'single' | 'bulk'
  /** Requested `recoveryTraceLevel`. */
  traceLevel: string
  creationDate: number
  lastUpdatedDate: number
  /** When the job settles. */
  dueAt: number
  instanceIds: string[]
  recoveredIds: string[]
  failedIds: string[]
}

/** Audit record types (contract §4.3). */
export const AUDIT_TYPES = [
  'ICS_AppInstance',
  'ICS_DVM',
  'ICS_ProjectV2',
  'ICS_AgentDefinition',
  'ICS_AgentInstance',
  'ICS_Schedule',
  'API_LIBRARY',
  'ICS_PACKAGE'
] as const

/** A design-time audit record (who changed or activated what). */
export interface AuditRecord {
  id: string
  type: string
  code: string
  version?: string
  name: string
  projectCode?: string
  /** e.g. CREATED, UPDATED, ACTIVATED, DEACTIVATED, IMPORTED, DELETED. */
  action: string
  user: string
  date: number
}
