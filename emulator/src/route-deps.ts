/** What route factories receive from the emulator. */
import type { IdentityDomain } from './identity.js'
import type { LatencyModel } from './latency-model.js'
import type { Switches } from './switches.js'

/** Collaborators of every route factory. */
export interface RouteDeps {
  identity: IdentityDomain
  /** Live switches (read them per request: tests change them at run time). */
  switches: Switches
  /** Emulator clock in ms. */
  now(): number
  /** The latency model: activation and recovery-job times when its switch is on. */
  latency?: LatencyModel
}
