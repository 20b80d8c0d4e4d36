/** Monitoring state of one instance (instances, errors, recovery jobs, audit records) and its seed. */
import { buildMonitoring } from './generate.js'
import type { MonitoringSeedBlock } from './seed-format.js'
import { MonitoringStore } from './store.js'

export type { MonitoringSeedBlock } from './seed-format.js'
export { MonitoringStore } from './store.js'

/** The monitoring part of an instance seed. */
export interface MonitoringSeed {
  /** Instance name (seeds the PRNG when `monitoring.seed` is absent). */
  name?: string
  monitoring?: MonitoringSeedBlock
}

/** Monitoring state of one instance. */
export type MonitoringState = MonitoringStore

/** Builds the monitoring state from its seed; ages in the seed are relative to `now`. */
export function createMonitoringState(seed: MonitoringSeed, now: number): MonitoringState {
  return new MonitoringStore(buildMonitoring(seed.monitoring, seed.name ?? 'instance', now))
}
