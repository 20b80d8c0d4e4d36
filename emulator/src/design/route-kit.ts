/** Shared plumbing of the design-time routes: route factory, space lookup, stamps, links, body checks. */
import { ApiError } from '../http-kit.js'
import type { Permission, RequestContext, Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { settle } from './lifecycle.js'
import { SAFE_NAME, type DesignState, type Project, type Space, type Stamp } from './model.js'

/** Base path of the design-time API. */
export const V1 = '/ic/api/integration/v1'

/** A design-time handler: the request and the instance's (settled) design-time state. */
export type DesignHandler = (ctx: RequestContext, design: DesignState) => Promise<void>

/** Builds a route under {@link V1} whose handler sees the design state with due activations settled. */
export function designRoute(
  method: Route['method'],
  pattern: string,
  permission: Permission,
  handler: DesignHandler
): Route {
  return {
    method,
    pattern: `${V1}${pattern}`,
    permission,
    handler: async ctx => {
      if (!ctx.instance) throw new ApiError(500, 'No instance was selected.')
      const design = ctx.instance.design
      settle(design, ctx.now())
      await handler(ctx, design)
    }
  }
}

/** Route factories receive the common dependencies. */
export type DesignRouteFactory = (deps: RouteDeps) => Route[]

/** Who and when, for `created`/`updated` stamps. */
export function stampOf(ctx: RequestContext): Stamp {
  return { by: ctx.principal?.subject ?? 'anonymous', at: ctx.now() }
}

/** The project named by the `:p` path parameter (404 when unknown). */
export function projectOf(ctx: RequestContext, design: DesignState): Project {
  const code = ctx.params.p ?? ''
  const project = design.projects.get(code)
  if (!project) throw new ApiError(404, `Project ${code} was not found.`)
  return project
}

/** The project of `:p`, or the global space on routes without it. */
export function spaceOf(ctx: RequestContext, design: DesignState): Space {
  return ctx.params.p === undefined ? design.global : projectOf(ctx, design)
}

/** The API path prefix of a space (`/projects/P` or empty). */
export function spacePath(space: Space): string {
  return space.project ? `${V1}/projects/${encodeURIComponent(space.project.code)}` : V1
}

/** `self` and `canonical` links of a resource path (absolute, with `integrationInstance`). */
export function linksOf(ctx: RequestContext, path: string): Array<{ href: string; rel: string }> {
  const href = ctx.href(path)
  return [
    { href, rel: 'self' },
    { href, rel: 'canonical' }
  ]
}

/** A JSON object body (400 for arrays and scalars). */
export function asObject(body: unknown, what: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new ApiError(400, `The request body of ${what} must be a JSON object.`)
  return body as Record<string, unknown>
}

/** A required non-empty string field (400 naming it otherwise). */
export function requiredString(body: Record<string, unknown>, field: string, what: string): string {
  const value = body[field]
  if (typeof value !== 'string' || !value.trim())
    throw new ApiError(400, `${what} requires a non-empty '${field}'.`)
  return value.trim()
}

/** An optional string field (400 when present but not a string). */
export function optionalString(
  body: Record<string, unknown>,
  field: string,
  what: string
): string | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new ApiError(400, `'${field}' of ${what} must be a string.`)
  return value
}

/** Identifiers of projects, deployments, connections and lookups (see {@link SAFE_NAME}). */
export const CODE_PATTERN = SAFE_NAME
