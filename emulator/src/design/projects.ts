/** Projects (contract §3.1, §5): list, get, create, delete, ACL, and `/identifies`. */
import { createHash } from 'node:crypto'
import { ApiError, collection, paging, readJson } from '../http-kit.js'
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { newProject } from './build.js'
import { blockingIntegrations, touch } from './lifecycle.js'
import { byText, listPage } from './listing.js'
import { ACL_ROLES, type AclRole, type Project } from './model.js'
import {
  asObject,
  CODE_PATTERN,
  designRoute,
  optionalString,
  projectOf,
  requiredString,
  stampOf,
  V1
} from './route-kit.js'
import { aclView } from './asset-views.js'
import { projectSummary, projectView } from './views.js'

// D:Retrieve Projects lists `type` (ACCELERATOR | DEVELOPED) among the `q` keys (contract K7).
const PROJECT_LIST = {
  q: { name: (p: Project) => p.name, type: (p: Project) => p.type },
  orderBy: {
    name: (a: Project, b: Project) => byText(a.name, b.name) || byText(a.code, b.code),
    time: (a: Project, b: Project) => b.updated.at - a.updated.at || byText(a.code, b.code)
  }
}

/** Project routes. */
export function projectRoutes(deps: RouteDeps): Route[] {
  return [
    designRoute('GET', '/projects', 'read', async (ctx, design) => {
      // A top-level `type` is ignored like any unknown parameter (§4.2), unless the older reading is switched on.
      const type = deps.switches.projectsTypeTopLevel ? ctx.query.get('type') : null
      const projects = [...design.projects.values()].filter(p => !type || p.type === type)
      await listPage(ctx, projects, PROJECT_LIST, p => projectSummary(ctx, p))
    }),
    designRoute('POST', '/projects', 'write', async (ctx, design) => {
      const body = asObject(await readJson(ctx.req), 'create project')
      const code = requiredString(body, 'code', 'Creating a project')
      const name = requiredString(body, 'name', 'Creating a project')
      if (!CODE_PATTERN.test(code))
        throw new ApiError(400, `Project code '${code}' may only contain letters, digits, '_', '-' and '.'.`)
      if (design.projects.has(code)) throw new ApiError(409, `Project ${code} already exists.`)
      const project = newProject(
        {
          code,
          name,
          description: optionalString(body, 'description', 'create project'),
          keyword: optionalString(body, 'keyword', 'create project'),
          type: optionalString(body, 'type', 'create project')
        },
        stampOf(ctx)
      )
      design.projects.set(code, project)
      await ctx.json(deps.switches.createStatus, projectView(ctx, project))
    }),
    designRoute('GET', '/projects/:p', 'read', async (ctx, design) => {
      await ctx.json(200, projectView(ctx, projectOf(ctx, design)))
    }),
    designRoute('DELETE', '/projects/:p', 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const blocking = blockingIntegrations(project)
      if (blocking.length)
        throw new ApiError(
          412,
          `Project ${project.code} cannot be deleted while integrations are active or locked: ${blocking.join(', ')}. Deactivate them first.`
        )
      design.projects.delete(project.code)
      for (const i of project.integrations.values()) design.pending.delete(i)
      await ctx.empty(200)
    }),
    designRoute('GET', '/projects/:p/acl', 'read', async (ctx, design) => {
      await ctx.json(200, aclView(projectOf(ctx, design).acl))
    }),
    designRoute('PUT', '/projects/:p/acl', 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const body = asObject(await readJson(ctx.req), 'update project ACL')
      const roles = ACL_ROLES.filter(role => body[role] !== undefined).map(
        role => [role, aclRole(body[role], role)] as const
      )
      const stamp = stampOf(ctx)
      for (const [role, value] of roles) project.acl[role] = value
      project.acl.updated = stamp
      touch(project, stamp)
      await ctx.empty(204)
    }),
    designRoute('GET', '/identifies', 'read', async (ctx, design) => {
      const items = [
        ...[...deps.identity.users.keys()].map(u => ({
          id: idOf(u),
          displayName: u,
          type: 'user',
          email: u
        })),
        ...design.groups.map(g => ({ id: idOf(g), displayName: g, type: 'group' }))
      ]
      await ctx.json(200, collection(items, paging(ctx.query), ctx.href(`${V1}/identifies`)))
    })
  ]
}

/** A stable 32-hex id, like the identity domain's GUIDs. */
function idOf(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 32)
}

function aclRole(value: unknown, role: string): AclRole {
  const v = value as Partial<AclRole> | null
  if (!v || typeof v !== 'object' || typeof v.allowAll !== 'boolean' || !Array.isArray(v.allowed))
    throw new ApiError(400, `ACL role '${role}' must be {allowAll: boolean, allowed: [...]}.`)
  const allowed = v.allowed.map((a: unknown, n) => {
    const item = a as Record<string, unknown> | null
    const ok = item && ['id', 'displayName', 'type'].every(k => typeof item[k] === 'string')
    if (!ok || !item)
      throw new ApiError(400, `ACL role '${role}': allowed[${n}] needs string id, displayName and type.`)
    return { id: String(item.id), displayName: String(item.displayName), type: String(item.type) }
  })
  return { allowAll: v.allowAll, allowed }
}
