/** Deployments of a project ("labels", LabelRs; contract §3.2, §5.8): list, create, get, update, delete. */
import { ApiError, readJson } from '../http-kit.js'
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { touch } from './lifecycle.js'
import { byText, listPage } from './listing.js'
import {
  integrationId,
  type CodeVersion,
  type Deployment,
  type IdentifierVersion,
  type Project,
  type Stamp
} from './model.js'
import {
  asObject,
  CODE_PATTERN,
  designRoute,
  optionalString,
  projectOf,
  requiredString,
  stampOf
} from './route-kit.js'
import { deploymentView } from './views.js'

const DEPLOYMENT_LIST = {
  q: { name: (d: Deployment) => d.name, code: (d: Deployment) => d.code },
  orderBy: {
    name: (a: Deployment, b: Deployment) => byText(a.name, b.name) || byText(a.code, b.code),
    time: (a: Deployment, b: Deployment) => b.updated.at - a.updated.at
  }
}

/** Deployment routes. */
export function deploymentRoutes(deps: RouteDeps): Route[] {
  const base = '/projects/:p/deployments'
  const parse = (project: Project, raw: unknown, stamp: Stamp, what: string): Deployment =>
    parseDeployment(project, raw, stamp, what, deps.switches.deploymentMissingIntegrationStatus)
  return [
    designRoute('GET', base, 'read', async (ctx, design) => {
      const project = projectOf(ctx, design)
      // `items` only, no paging fields (test/fixtures/oracle/deployments-list.json, PM); offset/limit still apply
      // (documented parameters, contract §3.2). Switch deploymentsEnvelope: the older full envelope.
      const envelope = deps.switches.deploymentsEnvelope
      await listPage(
        ctx,
        project.deployments.values(),
        DEPLOYMENT_LIST,
        d => deploymentView(ctx, project, d, envelope),
        { itemsOnly: !envelope }
      )
    }),
    designRoute('POST', base, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const stamp = stampOf(ctx)
      const deployment = parse(project, await readJson(ctx.req), stamp, 'Creating a deployment')
      if (project.deployments.has(deployment.code))
        throw new ApiError(409, `Deployment ${deployment.code} already exists in project ${project.code}.`)
      project.deployments.set(deployment.code, deployment)
      touch(project, stamp)
      // 201 by default (test/fixtures/oracle/deployment-create-201.json, PM); switch createStatus: 200.
      await ctx.json(
        deps.switches.createStatus,
        deploymentView(ctx, project, deployment, deps.switches.deploymentsEnvelope)
      )
    }),
    designRoute('GET', `${base}/:d`, 'read', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const deployment = deploymentOf(project, ctx.params.d ?? '')
      await ctx.json(200, deploymentView(ctx, project, deployment, deps.switches.deploymentsEnvelope))
    }),
    // Update needs X-HTTP-Method-Override: PATCH (contract §3.2: "required"); a plain POST answers 405.
    designRoute('PATCH', `${base}/:d`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const current = deploymentOf(project, ctx.params.d ?? '')
      const stamp = stampOf(ctx)
      const next = parse(project, await readJson(ctx.req), stamp, 'Updating a deployment')
      if (next.code !== current.code)
        throw new ApiError(
          400,
          `The body's code '${next.code}' does not match deployment ${current.code} in the path.`
        )
      project.deployments.set(current.code, next)
      touch(project, stamp)
      await ctx.json(200, deploymentView(ctx, project, next, deps.switches.deploymentsEnvelope))
    }),
    designRoute('DELETE', `${base}/:d`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const deployment = deploymentOf(project, ctx.params.d ?? '')
      project.deployments.delete(deployment.code)
      touch(project, stampOf(ctx))
      await ctx.empty(200)
    })
  ]
}

function deploymentOf(project: Project, code: string): Deployment {
  const deployment = project.deployments.get(code)
  if (!deployment) throw new ApiError(404, `Deployment ${code} was not found in project ${project.code}.`)
  return deployment
}

/** Validates a LabelRs body (name and code required) into a deployment; lists are replaced as a whole. */
function parseDeployment(
  project: Project,
  raw: unknown,
  stamp: Stamp,
  what: string,
  missingStatus: number
): Deployment {
  const body = asObject(raw, what.toLowerCase())
  const code = requiredString(body, 'code', what)
  const name = requiredString(body, 'name', what)
  if (!CODE_PATTERN.test(code))
    throw new ApiError(400, `Deployment code '${code}' may only contain letters, digits, '_', '-' and '.'.`)
  const integrations = refs<CodeVersion>(body, 'integrations', 'code')
  for (const ref of integrations)
    if (!project.integrations.has(integrationId(ref.code, ref.version)))
      throw new ApiError(
        missingStatus,
        `Integration ${ref.code}|${ref.version} named by deployment ${code} does not exist in project ${project.code}.`
      )
  return {
    code,
    name,
    description: optionalString(body, 'description', what) ?? '',
    integrations,
    robots: refs<IdentifierVersion>(body, 'robots', 'identifier'),
    decisions: refs<IdentifierVersion>(body, 'decisions', 'identifier'),
    b2btradingpartners: refs<CodeVersion>(body, 'b2btradingpartners', 'code'),
    updated: stamp
  }
}

/** A list of `{<key>, version}` references (400 on anything else). */
function refs<T>(body: Record<string, unknown>, field: string, key: 'code' | 'identifier'): T[] {
  const value = body[field]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new ApiError(400, `'${field}' must be an array of {${key}, version}.`)
  const seen = new Set<string>()
  return value.map((item: unknown, n) => {
    const ref = item as Record<string, unknown> | null
    if (!ref || typeof ref[key] !== 'string' || typeof ref.version !== 'string')
      throw new ApiError(400, `${field}[${n}] must be {${key}, version} with string values.`)
    const id = `${String(ref[key])}|${ref.version}`
    if (seen.has(id)) throw new ApiError(400, `${field} names ${id} twice.`)
    seen.add(id)
    return { [key]: ref[key], version: ref.version } as T
  })
}
