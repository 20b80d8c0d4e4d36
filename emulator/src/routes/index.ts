/** Every route of the emulator. */
import { designRoutes } from '../design/routes.js'
import type { IdentityDomain } from '../identity.js'
import { monitoringRoutes } from '../monitoring/routes.js'
import type { Route } from '../router.js'
import type { Switches } from '../switches.js'
import { tokenRoutes } from './token.js'

/** What route factories receive. */
export interface RouteDeps {
  identity: IdentityDomain
  /** Live switches (read them per request: tests change them at run time). */
  switches: Switches
  /** Emulator clock in ms. */
  now(): number
}

/** All routes, token endpoint first. */
export function routes(deps: RouteDeps): Route[] {
  return [...tokenRoutes(deps.identity, deps.switches), ...designRoutes(deps), ...monitoringRoutes(deps)]
}
