/** The emulator's in-memory world: instances, each with design-time and monitoring state. */
import { createDesignState, type DesignSeed, type DesignState } from './design/state.js'
import { createMonitoringState, type MonitoringSeed, type MonitoringState } from './monitoring/state.js'

/** One instance in a seed. */
export interface InstanceSeed extends DesignSeed, MonitoringSeed {
  /** Service instance name (`integrationInstance`). */
  name: string
  /** Primary audience, e.g. `https://abc123.integration.us-phoenix-1.ocp.oraclecloud.com:443`. */
  audience?: string
}

/** One emulated OIC instance. */
export interface InstanceState {
  name: string
  audience: string
  design: DesignState
  monitoring: MonitoringState
}

/** Default audience of an instance named `name`. */
export function defaultAudience(name: string): string {
  return `https://${name.toLowerCase()}-emu.integration.us-phoenix-1.ocp.oraclecloud.com:443`
}

/** Builds an instance from its seed. */
export function createInstance(seed: InstanceSeed, now: number): InstanceState {
  return {
    name: seed.name,
    audience: seed.audience ?? defaultAudience(seed.name),
    design: createDesignState(seed, now),
    monitoring: createMonitoringState(seed, now)
  }
}
