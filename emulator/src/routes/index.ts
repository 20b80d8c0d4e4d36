/** Every route of the emulator. */
import { designRoutes } from '../design/routes.js'
import { monitoringRoutes } from '../monitoring/routes.js'
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { authorizeRoutes } from './authorize.js'
import { tokenRoutes } from './token.js'

export type { RouteDeps } from '../route-deps.js'

/** All routes, token endpoint first. */
export function routes(deps: RouteDeps): Route[] {
  return [
    ...tokenRoutes(deps.identity, deps.switches),
    ...authorizeRoutes(deps.identity, deps.switches),
    ...designRoutes(deps),
    ...monitoringRoutes(deps)
  ]
}
