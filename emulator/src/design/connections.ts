/** Connections in a project and in the global space (contract §3.3, §6): list, get, update, test, delete, attachments. */
import { ApiError, readJson } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { applyUpdate, settleStatus, testConnection } from './connection-ops.js'
import { touch, usageOf } from './lifecycle.js'
import { byText, listPage } from './listing.js'
import type { Connection, DesignState, Space } from './model.js'
import { readUpload, requireFile } from './multipart.js'
import { asObject, designRoute, spaceOf, stampOf } from './route-kit.js'
import { connectionView, type PolicyCatalogue } from './views.js'

const CONNECTION_LIST = {
  q: {
    name: (c: Connection) => c.name,
    status: (c: Connection) => c.status,
    role: (c: Connection) => c.role
  },
  orderBy: {
    name: (a: Connection, b: Connection) => byText(a.name, b.name) || byText(a.id, b.id),
    time: (a: Connection, b: Connection) => b.updated.at - a.updated.at || byText(a.id, b.id),
    type: (a: Connection, b: Connection) => byText(a.adapterType, b.adapterType) || byText(a.id, b.id)
  }
}

function connectionOf(space: Space, id: string): Connection {
  const connection = space.connections.get(id)
  const where = space.project ? ` in project ${space.project.code}` : ''
  if (!connection) throw new ApiError(404, `Connection ${id} was not found${where}.`)
  return connection
}

/** Routes for both `/projects/:p/connections` and `/connections`. */
export function connectionRoutes(deps: RouteDeps): Route[] {
  const { switches } = deps
  const catalogue = (design: DesignState): PolicyCatalogue => ({
    design,
    names: switches.policyPropertyNames
  })
  const one = async (
    ctx: RequestContext,
    design: DesignState,
    space: Space,
    c: Connection,
    afterUpdate = false
  ): Promise<void> => {
    const usage = usageOf(space).get(`c:${c.id}`) ?? 0
    await ctx.json(200, connectionView(ctx, space, c, usage, afterUpdate, catalogue(design)))
  }
  const forBase = (base: string): Route[] => [
    designRoute('GET', base, 'read', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const usage = usageOf(space)
      await listPage(ctx, space.connections.values(), CONNECTION_LIST, c =>
        connectionView(ctx, space, c, usage.get(`c:${c.id}`) ?? 0, false, catalogue(design))
      )
    }),
    designRoute('GET', `${base}/:c`, 'read', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      await one(ctx, design, space, connectionOf(space, ctx.params.c ?? ''))
    }),
    // Update needs X-HTTP-Method-Override: PATCH (contract §6.2: header required); a plain POST answers 405.
    designRoute('PATCH', `${base}/:c`, 'write', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const connection = connectionOf(space, ctx.params.c ?? '')
      const body = asObject(await readJson(ctx.req), 'update connection')
      if (connection.locked)
        throw new ApiError(412, `Connection ${connection.id} is locked (open in an editor); try again later.`)
      const stamp = stampOf(ctx)
      applyUpdate(connection, body, switches, stamp, design)
      touch(space.project, stamp)
      // Answered with an empty securityPolicyInfo (test/fixtures/oracle/connection-update-response.json, PM).
      await one(ctx, design, space, connection, true)
    }),
    // D:Test a Connection in a Project: "There's no request body for this operation" (contract K11).
    designRoute('POST', `${base}/:c/test`, 'write', async (ctx, design) => {
      let bytes = 0
      for await (const chunk of ctx.req) bytes += (chunk as Buffer).length
      if (bytes > 0 && switches.connectionTestRejectsBody)
        throw new ApiError(400, "There's no request body for this operation: send the test without one.")
      const space = spaceOf(ctx, design)
      const connection = connectionOf(space, ctx.params.c ?? '')
      const before = connection.status
      const result = testConnection(connection, healthOf(design, connection), switches)
      if (connection.status !== before) touch(space.project, stampOf(ctx))
      // The shape of a failed test is undocumented (K11): a 200 with FAILED, or an HTTP error, by switch.
      if (result.status === 'FAILED' && switches.connectionTestFailureStatus !== 200)
        throw new ApiError(switches.connectionTestFailureStatus, result.details)
      await ctx.json(200, result)
    }),
    // D:Delete a Connection in a Project / D:Delete a Connection: 200; 404 not found; 423 "Connection is locked".
    // Deleting one an integration uses is not on the page: refused by default (switch connectionDeleteInUse).
    designRoute('DELETE', `${base}/:c`, 'write', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const connection = connectionOf(space, ctx.params.c ?? '')
      if (connection.locked) throw new ApiError(423, `Connection ${connection.id} is locked.`)
      const users = [...space.integrations.values()].filter(i => i.connections.includes(connection.id))
      if (users.length && switches.connectionDeleteInUse !== 'allow')
        throw new ApiError(
          switches.connectionDeleteInUse,
          `Connection ${connection.id} is used by ${users.map(i => `${i.code}|${i.version}`).join(', ')} and cannot be deleted.`
        )
      space.connections.delete(connection.id)
      touch(space.project, stampOf(ctx))
      await ctx.empty(200)
    }),
    designRoute('POST', `${base}/:c/attachments/:property`, 'write', async (ctx, design) => {
      const space = spaceOf(ctx, design)
      const connection = connectionOf(space, ctx.params.c ?? '')
      const name = ctx.params.property ?? ''
      const property = [...connection.properties, ...connection.securityProperties].find(
        p => p.propertyName === name
      )
      if (!property && switches.rejectUnknownConnectionProperties)
        throw new ApiError(400, `Connection ${connection.id} has no property '${name}' to attach a file to.`)
      const upload = await readUpload(ctx.req, { mode: 'discard', maxBytes: switches.maxArchiveBytes })
      const file = requireFile(upload)
      if (connection.locked)
        throw new ApiError(412, `Connection ${connection.id} is locked (open in an editor); try again later.`)
      if (property) property.value = file.fileName || `${name}.bin`
      const stamp = stampOf(ctx)
      connection.updated = stamp
      settleStatus(connection, switches)
      touch(space.project, stamp)
      await one(ctx, design, space, connection)
    })
  ]
  return [...forBase('/projects/:p/connections'), ...forBase('/connections')]
}

/** The endpoint health deciding a test: the connection's own, else the instance's `connectionHealth`, else ok. */
function healthOf(design: DesignState, connection: Connection): NonNullable<Connection['health']> {
  return connection.health ?? design.connectionHealth[connection.id] ?? 'ok'
}
