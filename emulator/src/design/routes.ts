/** Design-time API routes (projects, deployments, connections, integrations, lookups, libraries, archives). */
import type { Route } from '../router.js'
import type { RouteDeps } from '../routes/index.js'

/** Every design-time route. */
export function designRoutes(_deps: RouteDeps): Route[] {
  return []
}
