/** Monitoring API routes (errors, resubmit, discard, recovery jobs, instances, audit, summaries). */
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { activityRoutes } from './activity.js'
import { auditRoutes } from './audit.js'
import { discardRoutes } from './discard.js'
import { errorRoutes } from './errors.js'
import { instanceRoutes } from './instances.js'
import { integrationRoutes } from './integrations.js'
import { recoveryJobRoutes } from './recovery-jobs.js'
import { resubmitRoutes } from './resubmit.js'
import { summaryRoutes } from './summary.js'

/** Every monitoring route. Order matters: fixed segments (`recoveryJobs`, `resubmit`, `discard`,
 * `messages/summary`) come before the `{id}` patterns they would otherwise match. */
export function monitoringRoutes(deps: RouteDeps): Route[] {
  return [
    ...recoveryJobRoutes(deps),
    ...resubmitRoutes(deps),
    ...discardRoutes(deps),
    ...errorRoutes(deps),
    ...instanceRoutes(deps),
    ...activityRoutes(),
    ...summaryRoutes(deps),
    ...integrationRoutes(deps),
    ...auditRoutes(deps)
  ]
}
