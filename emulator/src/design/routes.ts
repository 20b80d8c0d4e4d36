/** Design-time API routes (projects, deployments, connections, integrations, lookups, libraries, archives,
 * schedules, certificates). */
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { connectionRoutes } from './connections.js'
import { deploymentRoutes } from './deployments.js'
import { integrationArchiveRoutes } from './integration-archive.js'
import { integrationRoutes } from './integrations.js'
import { libraryRoutes } from './libraries.js'
import { lookupRoutes } from './lookups.js'
import { projectArchiveRoutes } from './project-archive.js'
import { projectRoutes } from './projects.js'
import { scheduleRoutes } from './schedules.js'
import { certificateRoutes } from './certificates.js'

/** Every design-time route; literal segments (`archive`) come before the parameters they would match. */
export function designRoutes(deps: RouteDeps): Route[] {
  return [
    ...projectArchiveRoutes(deps),
    ...projectRoutes(deps),
    ...deploymentRoutes(deps),
    ...connectionRoutes(deps),
    ...integrationArchiveRoutes(deps),
    ...scheduleRoutes(deps),
    ...integrationRoutes(deps),
    ...lookupRoutes(deps),
    ...libraryRoutes(deps),
    ...certificateRoutes(deps)
  ]
}
