/**
 * Integrations in a project and in the global space (contract §3.4, §7): list, get, activate/deactivate,
 * activation status, delete a version (schedules: schedules.ts).
 */
import { ApiError, readJson } from '../http-kit.js'
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { deactivate, pollActivationStatus, startActivation, touch } from './lifecycle.js'
import { byText, listPage } from './listing.js'
import { isActive, type Integration, type Space } from './model.js'
import { asObject, designRoute, spaceOf, stampOf, type DesignHandler } from './route-kit.js'
import { activationErrorsView, activationView, integrationSummary, integrationView } from './views.js'

const INTEGRATION_LIST = {
  q: {
    name: (i: Integration) => [i.name, i.code],
    status: (i: Integration) => i.status,
    type: () => 'DEVELOPED',
    style: (i: Integration) => i.style
  },
  orderBy: {
    name: (a: Integration, b: Integration) =>
      byText(a.name, b.name) || byText(a.code, b.code) || byText(a.version, b.version),
    time: (a: Integration, b: Integration) => b.updated.at - a.updated.at || byText(a.code, b.code)
  }
}

/** The integration of the `:id` path parameter (`CODE|VERSION`, sent as `CODE%7CVERSION` or raw). */
export function integrationOf(space: Space, id: string): Integration {
  const integration = space.integrations.get(id)
  if (!integration) {
    const where = space.project ? ` in project ${space.project.code}` : ''
    const hint = id.includes('|') ? '' : ' Address integrations as CODE%7CVERSION.'
    throw new ApiError(404, `Integration ${id} was not found${where}.${hint}`)
  }
  return integration
}

/** Integration routes for both `/projects/:p/integrations` and `/integrations` (archives are elsewhere). */
export function integrationRoutes(deps: RouteDeps): Route[] {
  const update: DesignHandler = async (ctx, design) => {
    const space = spaceOf(ctx, design)
    const integration = integrationOf(space, ctx.params.id ?? '')
    const body = asObject(await readJson(ctx.req), 'update integration')
    const stamp = stampOf(ctx)
    // The latency model, when on, chooses how long this activation takes (emulator/README.md, "Latency model").
    const id = `${integration.code}|${integration.version}`
    const modelMs = deps.latency?.activationMs(id)
    if (body.status === 'ACTIVATED') {
      startActivation(design, space, integration, stamp, {
        delayMs: modelMs ?? deps.switches.activationDelayMs,
        configuredPolls: deps.switches.activationConfiguredPolls,
        failures: deps.switches.activationFailures,
        consentBlocksActivation: deps.switches.consentBlocksActivation,
        concurrencyLimit: deps.switches.activationConcurrencyLimit
      })
      if (modelMs !== undefined)
        deps.latency?.recordJob('activation', id, ctx.instance?.name ?? '', stamp.at, modelMs)
    } else if (body.status === 'CONFIGURED')
      deactivate(design, integration, stamp, deps.switches.deactivateScheduled)
    else
      throw new ApiError(
        400,
        `Set status to ACTIVATED (activate) or CONFIGURED (deactivate); got ${JSON.stringify(body.status)}.`
      )
    if (typeof body.tracingEnabledFlag === 'boolean') integration.tracingEnabled = body.tracingEnabledFlag
    if (typeof body.payloadTracingEnabledFlag === 'boolean')
      integration.payloadTracingEnabled = body.payloadTracingEnabledFlag
    touch(space.project, stamp)
    await ctx.json(200, activationView(integration))
  }
  const forBase = (base: string): Route[] => [
    designRoute('GET', base, 'read', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      await listPage(ctx, space.integrations.values(), INTEGRATION_LIST, i =>
        integrationSummary(ctx, space, i)
      )
    }),
    designRoute('GET', `${base}/:id`, 'read', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      await ctx.json(
        200,
        integrationView(ctx, space, integrationOf(space, ctx.params.id ?? ''), design.global)
      )
    }),
    // Gen3 lists X-HTTP-Method-Override as optional here (contract §1.5): accept PATCH and a plain POST.
    designRoute('PATCH', `${base}/:id`, 'write', update),
    designRoute('POST', `${base}/:id`, 'write', update),
    designRoute('GET', `${base}/:id/activationStatus`, 'read', async (ctx, design) => {
      const integration = integrationOf(spaceOf(ctx, design), ctx.params.id ?? '')
      if (integration.status === 'INPROGRESS')
        throw new ApiError(
          412,
          `Integration ${integration.code}|${integration.version} is a draft and has no activation status.`
        )
      await ctx.json(200, { activationStatus: pollActivationStatus(integration) })
    }),
    // D:Retrieve Integration Activation Errors (in a Project): IntegrationActivationErrorRs
    // {code, version, hasErrors, errorMessage, shortSummaryMessage}; 404, 412, 500.
    designRoute('GET', `${base}/:id/activationErrors`, 'read', async (ctx, design) => {
      const integration = integrationOf(spaceOf(ctx, design), ctx.params.id ?? '')
      await ctx.json(200, activationErrorsView(integration))
    }),
    designRoute('DELETE', `${base}/:id`, 'write', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const integration = integrationOf(space, ctx.params.id ?? '')
      const id = `${integration.code}|${integration.version}`
      if (integration.locked) throw new ApiError(423, `Integration ${id} is locked and cannot be deleted.`)
      if (isActive(integration))
        throw new ApiError(
          423,
          `Integration ${id} is ${integration.status}; deactivate it before deleting it.`
        )
      space.integrations.delete(id)
      design.pending.delete(integration)
      for (const d of space.project?.deployments.values() ?? [])
        d.integrations = d.integrations.filter(
          ref => ref.code !== integration.code || ref.version !== integration.version
        )
      touch(space.project, stampOf(ctx))
      await ctx.empty(200)
    })
  ]
  return [...forBase('/projects/:p/integrations'), ...forBase('/integrations')]
}
