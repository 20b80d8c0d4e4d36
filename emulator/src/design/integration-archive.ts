/**
 * Integration archives (`.iar`, contract §3.4, §7.4): import (add) into a project or the global space, replace
 * in the global space, and export from it. Layout (`../shared/oic-car-format.md` §5):
 * `icspackage/project/<CODE>_<VER>/{ics_project_attributes.properties, PROJECT-INF/…, resources/…}`,
 * `icspackage/appinstances/<CONN>.xml`, `icspackage/dvms/<LOOKUP>.dvm`, `icspackage/schedule/Schedule_….xml`.
 */
import { ApiError } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { newConnection, newIntegration, type ConnectionInit, type IntegrationInit } from './build.js'
import { CAR_ROOT, PAYLOAD_ENTRY, parseProperties, splitFolder } from './car-format.js'
import {
  checkSchedule,
  connectionFromXml,
  lookupFromDvm,
  projectXmlInfo,
  safeName,
  type LookupInit
} from './car-parse.js'
import { writeIar } from './car-writer.js'
import { integrationOf } from './integrations.js'
import { touch } from './lifecycle.js'
import {
  integrationId,
  isActive,
  type Connection,
  type DesignState,
  type Lookup,
  type Space,
  type Stamp
} from './model.js'
import { withPolicyProperties } from './car-apply.js'
import type { PolicyNames } from './security-policies.js'
import { readUpload, requireFile } from './multipart.js'
import { designRoute, spaceOf, stampOf } from './route-kit.js'
import { integrationPath, integrationView } from './views.js'
import { scanZip } from './zip-scan.js'

const IAR_ENTRY = /^icspackage\/project\/([^/]+)\/(.+)$/
const APP_INSTANCE = /^icspackage\/appinstances\/([^/]+)\.xml$/
const DVM = /^icspackage\/dvms\/([^/]+)\.dvm$/
const SCHEDULE = /^icspackage\/schedule\/Schedule_[^/]+\.xml$/

/** An integration archive's content. */
interface ParsedIar {
  integration: IntegrationInit
  connections: ConnectionInit[]
  lookups: LookupInit[]
}

/** What the first pass over an `.iar` collects. */
interface IarScan {
  folders: Set<string>
  attributes?: Record<string, string>
  flow?: ReturnType<typeof projectXmlInfo>
  payloadBytes: number
  scheduled: boolean
  schedule?: ReturnType<typeof checkSchedule>
  car: boolean
  connections: ConnectionInit[]
  lookups: LookupInit[]
}

async function scanIar(path: string): Promise<IarScan> {
  const scan: IarScan = {
    folders: new Set(),
    payloadBytes: 0,
    scheduled: false,
    car: false,
    connections: [],
    lookups: []
  }
  await scanZip(path, async entry => {
    const m = IAR_ENTRY.exec(entry.name)
    if (m) {
      const [, folder = '', rest = ''] = m
      scan.folders.add(folder)
      if (rest === 'ics_project_attributes.properties')
        scan.attributes = parseProperties((await entry.read()).toString('utf8'))
      else if (rest === 'PROJECT-INF/project.xml') scan.flow = projectXmlInfo(entry.name, await entry.read())
      else if (rest === PAYLOAD_ENTRY) scan.payloadBytes = entry.size
      return
    }
    if (entry.name === `${CAR_ROOT}project.yaml`) scan.car = true
    const a = APP_INSTANCE.exec(entry.name)
    if (a) scan.connections.push(connectionFromXml(entry.name, await entry.read()))
    const d = DVM.exec(entry.name)
    if (d) scan.lookups.push(lookupFromDvm(entry.name, await entry.read(), d[1] ?? ''))
    if (SCHEDULE.test(entry.name)) {
      scan.scheduled = true
      scan.schedule = checkSchedule(entry.name, await entry.read())
    }
  })
  return scan
}

/** Reads an `.iar` from a file (400 when it holds no or several integrations, or is a project archive). */
async function readIar(path: string): Promise<ParsedIar> {
  const scan = await scanIar(path)
  if (scan.folders.size === 0)
    throw new ApiError(
      400,
      scan.car
        ? 'The uploaded file is a project archive (.car, project/…), not an integration archive: import it with POST /projects/archive.'
        : 'The uploaded file is not an integration archive: no icspackage/project/<CODE>_<VERSION>/ folder.'
    )
  if (scan.folders.size > 1)
    throw new ApiError(400, `The archive holds more than one integration (${[...scan.folders].join(', ')}).`)
  const folder = [...scan.folders][0] ?? ''
  const split = splitFolder(folder)
  if (!split)
    throw new ApiError(400, `Archive folder icspackage/project/${folder}/ does not end with _NN.NN.NNNN.`)
  const code = safeName(split.code, 'integration code', `icspackage/project/${folder}/`)
  const a = scan.attributes ?? {}
  if (
    (a.project_code && a.project_code !== code) ||
    (a.project_version && a.project_version !== split.version)
  )
    throw new ApiError(
      400,
      `ics_project_attributes.properties names ${a.project_code}|${a.project_version}, not ${code}|${split.version}.`
    )
  const integration: IntegrationInit = {
    code,
    version: split.version,
    name: a.project_name || scan.flow?.name || code,
    description: scan.flow?.description ?? '',
    style: scan.scheduled || /style:scheduled/.test(a.smartTags ?? '') ? 'freeform_scheduled' : undefined,
    connections: scan.connections.map(c => c.id),
    lookups: scan.lookups.map(l => l.name),
    libraries: scan.flow?.libraries ?? [],
    payloadBytes: scan.payloadBytes,
    // The schedule's definition travels with the archive; it lands stopped (CANCELLED) [I].
    ...(scan.schedule ? { schedule: scan.schedule } : {})
  }
  return { integration, connections: scan.connections, lookups: scan.lookups }
}

async function receiveIar(ctx: RequestContext, maxBytes: number): Promise<ParsedIar> {
  const upload = await readUpload(ctx.req, { mode: 'disk', maxBytes })
  try {
    return await readIar(requireFile(upload).path ?? '')
  } finally {
    await upload.cleanup()
  }
}

/**
 * Puts an imported integration into a space (CONFIGURED); connections it brings arrive as drafts with their
 * connection property values (no credentials travel, format file §3), lookups it brings are added when absent.
 */
function land(space: Space, iar: ParsedIar, stamp: Stamp, design: DesignState, names: PolicyNames): void {
  for (const c of iar.connections)
    if (!space.connections.has(c.id)) {
      const connection = newConnection(withPolicyProperties(c, design, names), stamp, true)
      connection.status = 'INPROGRESS'
      space.connections.set(c.id, connection)
    }
  for (const l of iar.lookups)
    if (!space.lookups.has(l.name))
      space.lookups.set(l.name, { ...l, locked: false, created: stamp, updated: stamp })
  const { code, version } = iar.integration
  space.integrations.set(
    integrationId(code, version),
    newIntegration({ ...iar.integration, status: 'CONFIGURED' }, stamp)
  )
  touch(space.project, stamp)
}

/** Integration archive routes; they must come before `…/integrations/:id`. */
export function integrationArchiveRoutes(deps: RouteDeps): Route[] {
  const add = async (ctx: RequestContext, space: Space, design: DesignState): Promise<void> => {
    const iar = await receiveIar(ctx, deps.switches.maxArchiveBytes)
    const id = integrationId(iar.integration.code, iar.integration.version)
    if (space.integrations.has(id))
      throw new ApiError(409, `Integration ${id} already exists; replace it with PUT /integrations/archive.`)
    land(space, iar, stampOf(ctx), design, deps.switches.policyPropertyNames)
    const integration = space.integrations.get(id)
    await ctx.empty(204, integration ? { location: ctx.href(integrationPath(space, integration)) } : {})
  }
  return [
    designRoute('POST', '/projects/:p/integrations/archive', 'write', async (ctx, design) =>
      add(ctx, spaceOf(ctx, design), design)
    ),
    designRoute('POST', '/integrations/archive', 'write', async (ctx, design) =>
      add(ctx, design.global, design)
    ),
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
      land(design.global, iar, stampOf(ctx), design, deps.switches.policyPropertyNames)
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
      const lookups = integration.lookups
        .map(name => design.global.lookups.get(name))
        .filter((l): l is Lookup => l !== undefined)
      await ctx.stream(
        200,
        {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename="${integration.code}_${integration.version}.iar"`
        },
        writeIar(integration, connections, lookups, ctx.now())
      )
    })
  ]
}
