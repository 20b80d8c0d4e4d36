/** Monitoring state of one instance (instances, errors, recovery jobs). Filled in by the monitoring API. */

/** The monitoring part of an instance seed. */
export interface MonitoringSeed {
  monitoring?: unknown
}

/** Monitoring state of one instance. */
export interface MonitoringState {
  placeholder?: true
}

/** Builds the monitoring state from its seed. */
export function createMonitoringState(_seed: MonitoringSeed, _now: number): MonitoringState {
  return {}
}
