/**
 * Error recovery jobs (contract §9.7): `GET /monitoring/errors/recoveryJobs` (`q` timewindow, startdate,
 * enddate, primaryValue = job id or part of it) and `GET /monitoring/errors/recoveryJobs/{jobId}`. The job's
 * fields follow the `recoveryJobFields` switch (default: the documented RecoveryJobRs, counts only, contract K3).
 */
import { ApiError } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import { parseTerms, resolveRange } from './monitoring-q.js'
import {
  jobView,
  linker,
  MONITORING,
  monitoringCollection,
  monitoringPaging,
  storeOf,
  type MonitoringDeps
} from './views.js'

async function listJobs(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  const page = monitoringPaging(ctx, deps.switches)
  const terms = parseTerms(ctx.query.get('q'))
  const range = resolveRange(terms, ctx.now(), store.retentionMs)
  const part = terms.get('primaryvalue')?.value.replace(/^"(.*)"$/, '$1')
  const jobs = store
    .jobsNewestFirst()
    .filter(job => job.creationDate >= range.from && job.creationDate <= range.to)
    .filter(job => !part || job.id.includes(part))
  const link = linker(ctx, '/errors/recoveryJobs/{id}')
  const expand = ctx.query.has('expand')
  return ctx.json(
    200,
    monitoringCollection(
      ctx,
      jobs,
      page,
      job => jobView(job, link(job.id), store, expand, deps.switches.recoveryJobFields),
      range,
      deps.switches
    )
  )
}

async function getJob(ctx: RequestContext, deps: MonitoringDeps): Promise<void> {
  const store = storeOf(ctx)
  const id = ctx.params.jobId ?? ''
  const job = store.jobs.get(id)
  if (!job) throw new ApiError(404, `No error recovery job with id '${id}'.`)
  const self = linker(ctx, '/errors/recoveryJobs/{id}')(job.id)
  return ctx.json(200, jobView(job, self, store, true, deps.switches.recoveryJobFields))
}

/** The recovery job routes; they must precede `GET /errors/{id}`. */
export function recoveryJobRoutes(deps: MonitoringDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${MONITORING}/errors/recoveryJobs`,
      permission: 'monitor-read',
      handler: ctx => listJobs(ctx, deps)
    },
    {
      method: 'GET',
      pattern: `${MONITORING}/errors/recoveryJobs/:jobId`,
      permission: 'monitor-read',
      handler: ctx => getJob(ctx, deps)
    }
  ]
}
