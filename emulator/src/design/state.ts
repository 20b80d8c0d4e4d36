/** Design-time state of one instance (projects, connections, integrations, …). Filled in by the design-time API. */

/** The design-time part of an instance seed. */
export interface DesignSeed {
  /** Projects with their contents. */
  projects?: unknown[]
}

/** Design-time state of one instance. */
export interface DesignState {
  placeholder?: true
}

/** Builds the design-time state from its seed. */
export function createDesignState(_seed: DesignSeed, _now: number): DesignState {
  return {}
}
