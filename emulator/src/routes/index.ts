/** Every route of the emulator. */
import type { IdentityDomain } from '../identity.js'
import type { Route } from '../router.js'
import type { Switches } from '../switches.js'
import { tokenRoutes } from './token.js'

/** What route factories receive. */
export interface RouteDeps {
  identity: IdentityDomain
  switches: Switches
  now(): number
}

/** All routes, token endpoint first. */
export function routes(deps: RouteDeps): Route[] {
  return [...tokenRoutes(deps.identity, deps.switches)]
}
