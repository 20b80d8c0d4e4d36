/**
 * Integration archives (`.iar`, contract §3.4, §7.4): import (add) into a project or the global space, replace
 * in the global space, and export from it. Layout: `icspackage/project/<CODE>_<VERSION>/PROJECT-INF/project.xml`
 * (+ `payload.bin`) and `icspackage/appinstances/<ID>.xml` per connection.
 */
import { ApiError } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { newConnection, newIntegration, type ConnectionInit, type IntegrationInit } from './build.js'
import { writeIar } from './car-writer.js'
import { integrationOf } from './integrations.js'
import { touch } from './lifecycle.js'
import { integrationId, isActive, SAFE_NAME, type Connection, type Space, type Stamp } from './model.js'
import { readUpload, requireFile } from './multipart.js'
import { designRoute, spaceOf, stampOf } from './route-kit.js'
import { integrationPath, integrationView } from './views.js'
import { scanZip, xmlText } from './zip-scan.js'

const IAR_ENTRY = /^icspackage\/project\/([^/]+)_(\d{2}\.\d{2}\.\d{4})\/(.+)$/
const APP_INSTANCE = /^icspackage\/appinstances\/([^/]+)\.xml$/
const PROPERTY = /<property name="([^"]*)" type="([^"]*)" group="([^"]*)" required="(true|false)"\/>/g

/** An integration archive's content. */
interface ParsedIar {
  integration: IntegrationInit
  connections: ConnectionInit[]
}

/** Reads an `.iar` from a file (400 when it holds no or several integrations). */
async function readIar(path: string): Promise<ParsedIar> {
  const ids = new Set<string>()
  let integration: IntegrationInit | undefined
  let payloadBytes = 0
  const connections: ConnectionInit[] = []
  await scanZip(path, async entry => {
    const m = IAR_ENTRY.exec(entry.name)
    if (m) {
      const [, code = '', version = '', rest = ''] = m
      ids.add(integrationId(code, version))
      if (rest === 'payload.bin') payloadBytes = entry.size
      if (rest === 'PROJECT-INF/project.xml') {
        const xml = (await entry.read()).toString('utf8')
        const used = [...xml.matchAll(/<connection id="([^"]*)"\/>/g)].map(x => x[1] ?? '')
        integration = {
          code,
          version,
          name: xmlText(xml, 'name') ?? code,
          description: xmlText(xml, 'description') ?? '',
          style: xmlText(xml, 'style'),
          connections: used.filter(id => SAFE_NAME.test(id))
        }
      }
      return
    }
    const a = APP_INSTANCE.exec(entry.name)
    if (a && SAFE_NAME.test(a[1] ?? ''))
      connections.push(connectionFromXml(a[1] ?? '', (await entry.read()).toString('utf8')))
  })
  if (ids.size === 0)
    throw new ApiError(
      400,
      'The uploaded file is not an integration archive: no icspackage/project/<CODE>_<VERSION>/ folder.'
    )
  if (ids.size > 1)
    throw new ApiError(400, `The archive holds more than one integration (${[...ids].join(', ')}).`)
  const [code = '', version = ''] = [...ids][0]?.split('|') ?? []
  const result = integration ?? { code, version, name: code }
  return { integration: { ...result, payloadBytes }, connections }
}

function connectionFromXml(id: string, xml: string): ConnectionInit {
  const props = [...xml.matchAll(PROPERTY)].map(m => ({
    propertyName: m[1] ?? '',
    propertyType: m[2] ?? 'STRING',
    propertyGroup: m[3] ?? 'CONNECTION_PROPS',
    required: m[4] === 'true'
  }))
  const role = xmlText(xml, 'role')
  return {
    id,
    name: xmlText(xml, 'name') ?? id,
    adapterType: xmlText(xml, 'adapterType') ?? 'rest',
    role: role === 'SOURCE' || role === 'TARGET' ? role : 'SOURCE_AND_TARGET',
    securityPolicy: xmlText(xml, 'securityPolicy') ?? 'NONE',
    properties: props.filter(p => p.propertyGroup !== 'CREDENTIALS'),
    securityProperties: props.filter(p => p.propertyGroup === 'CREDENTIALS')
  }
}

async function receiveIar(ctx: RequestContext, maxBytes: number): Promise<ParsedIar> {
  const upload = await readUpload(ctx.req, { mode: 'disk', maxBytes })
  try {
    return await readIar(requireFile(upload).path ?? '')
  } finally {
    await upload.cleanup()
  }
}

/** Puts an imported integration into a space (CONFIGURED); connections it brings arrive as drafts. */
function land(space: Space, iar: ParsedIar, stamp: Stamp): void {
  for (const c of iar.connections)
    if (!space.connections.has(c.id)) space.connections.set(c.id, newConnection(c, stamp, false))
  for (const id of iar.integration.connections ?? [])
    if (!space.connections.has(id)) space.connections.set(id, newConnection({ id }, stamp, false))
  const { code, version } = iar.integration
  space.integrations.set(
    integrationId(code, version),
    newIntegration({ ...iar.integration, status: 'CONFIGURED' }, stamp)
  )
  touch(space.project, stamp)
}

/** Integration archive routes; they must come before `…/integrations/:id`. */
export function integrationArchiveRoutes(deps: RouteDeps): Route[] {
  const add = async (ctx: RequestContext, space: Space): Promise<void> => {
    const iar = await receiveIar(ctx, deps.switches.maxArchiveBytes)
    const id = integrationId(iar.integration.code, iar.integration.version)
    if (space.integrations.has(id))
      throw new ApiError(409, `Integration ${id} already exists; replace it with PUT /integrations/archive.`)
    land(space, iar, stampOf(ctx))
    const integration = space.integrations.get(id)
    await ctx.empty(204, integration ? { location: ctx.href(integrationPath(space, integration)) } : {})
  }
  return [
    designRoute('POST', '/projects/:p/integrations/archive', 'write', async (ctx, design) =>
      add(ctx, spaceOf(ctx, design))
    ),
    designRoute('POST', '/integrations/archive', 'write', async (ctx, design) => add(ctx, design.global)),
    designRoute('PUT', '/integrations/archive', 'write', async (ctx, design) => {
      const iar = await receiveIar(ctx, deps.switches.maxArchiveBytes)
      const id = integrationId(iar.integration.code, iar.integration.version)
      const current = design.global.integrations.get(id)
      if (!current)
        throw new ApiError(
          404,
          `Integration ${id} does not exist; import it with POST /integrations/archive.`
        )
      if (current.locked || isActive(current))
        throw new ApiError(
          412,
          `Integration ${id} is ${current.locked ? 'locked' : current.status}; deactivate it before replacing it.`
        )
      design.pending.delete(current)
      land(design.global, iar, stampOf(ctx))
      const replaced = design.global.integrations.get(id)
      await ctx.json(200, replaced ? integrationView(ctx, design.global, replaced) : {})
    }),
    designRoute('GET', '/integrations/:id/archive', 'read', async (ctx, design) => {
      const integration = integrationOf(design.global, ctx.params.id ?? '')
      if (integration.locked)
        throw new ApiError(
          423,
          `Integration ${integration.code}|${integration.version} is locked and cannot be exported.`
        )
      const connections = integration.connections
        .map(id => design.global.connections.get(id))
        .filter((c): c is Connection => c !== undefined)
      await ctx.stream(
        200,
        {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename="${integration.code}_${integration.version}.iar"`
        },
        writeIar(integration, connections, ctx.now())
      )
    })
  ]
}
