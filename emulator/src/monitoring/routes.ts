/** Monitoring API routes (errors, resubmit, discard, recovery jobs, instances, audit, summaries). */
import type { Route } from '../router.js'
import type { RouteDeps } from '../routes/index.js'

/** Every monitoring route. */
export function monitoringRoutes(_deps: RouteDeps): Route[] {
  return []
}
