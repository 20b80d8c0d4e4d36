/** Lookups in a project (contract §3.6, §8.1): list, get, create, update, delete, CSV export and import. */
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import { ApiError, readJson } from '../http-kit.js'
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { parseCsv, toCsv } from './csv.js'
import { touch, usageOf } from './lifecycle.js'
import { byText, listPage } from './listing.js'
import { SAFE_NAME, type Lookup, type Project, type Stamp } from './model.js'
import { readUpload, requireFile } from './multipart.js'
import { asObject, designRoute, optionalString, projectOf, requiredString, stampOf } from './route-kit.js'
import { lookupView } from './asset-views.js'
import { projectPath } from './views.js'

const LOOKUP_LIST = {
  q: { name: (l: Lookup) => l.name, status: (l: Lookup) => (l.locked ? 'LOCKED' : 'CONFIGURED') },
  orderBy: {
    name: (a: Lookup, b: Lookup) => byText(a.name, b.name),
    time: (a: Lookup, b: Lookup) => b.updated.at - a.updated.at || byText(a.name, b.name)
  }
}

function lookupOf(project: Project, name: string): Lookup {
  const lookup = project.lookups.get(name)
  if (!lookup) throw new ApiError(404, `Lookup ${name} was not found in project ${project.code}.`)
  return lookup
}

/** A validated lookup: a safe name, at least one column, rows as wide as the columns. */
function makeLookup(
  name: string,
  description: string,
  columns: string[],
  rows: string[][],
  stamp: Stamp
): Lookup {
  if (!SAFE_NAME.test(name))
    throw new ApiError(400, `Lookup name '${name}' may only contain letters, digits, '_', '-' and '.'.`)
  if (columns.length === 0) throw new ApiError(400, `Lookup ${name} needs at least one column.`)
  rows.forEach((row, n) => {
    if (row.length !== columns.length)
      throw new ApiError(
        400,
        `Row ${n + 1} of lookup ${name} has ${row.length} values; expected ${columns.length}.`
      )
  })
  return { name, description, columns, rows, locked: false, created: stamp, updated: stamp }
}

/** `columns` and `rows` (`[{rowData: [...]}]`) of a create or update body (400 naming what is wrong). */
function tableOf(body: Record<string, unknown>, what: string): { columns: string[]; rows: string[][] } {
  if (!Array.isArray(body.columns)) throw new ApiError(400, `${what} requires a columns array.`)
  const rawRows = body.rows === undefined ? [] : body.rows
  if (!Array.isArray(rawRows)) throw new ApiError(400, 'rows must be an array of {rowData: [...]}.')
  const rows = rawRows.map((r: unknown, n) => {
    const data = (r as { rowData?: unknown } | null)?.rowData
    if (!Array.isArray(data)) throw new ApiError(400, `rows[${n}] must be {rowData: [...]}.`)
    return data.map(String)
  })
  return { columns: body.columns.map(String), rows }
}

/** Lookup routes; `…/lookups/archive` comes before `…/lookups/:name`. */
export function lookupRoutes(deps: RouteDeps): Route[] {
  const base = '/projects/:p/lookups'
  const addLookup = (project: Project, lookup: Lookup): void => {
    if (project.lookups.has(lookup.name))
      throw new ApiError(409, `Lookup ${lookup.name} already exists in project ${project.code}.`)
    project.lookups.set(lookup.name, lookup)
    touch(project, lookup.created)
  }
  return [
    designRoute('GET', base, 'read', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const usage = usageOf(project)
      await listPage(ctx, project.lookups.values(), LOOKUP_LIST, l =>
        lookupView(ctx, project, l, usage.get(`l:${l.name}`) ?? 0)
      )
    }),
    designRoute('POST', base, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const body = asObject(await readJson(ctx.req), 'create lookup')
      const name = requiredString(body, 'name', 'Creating a lookup')
      const { columns, rows } = tableOf(body, 'Creating a lookup')
      const lookup = makeLookup(
        name,
        optionalString(body, 'description', 'create lookup') ?? '',
        columns,
        rows,
        stampOf(ctx)
      )
      addLookup(project, lookup)
      await ctx.json(deps.switches.createStatus, lookupView(ctx, project, lookup, 0))
    }),
    designRoute('POST', `${base}/archive`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const upload = await readUpload(ctx.req, { mode: 'memory', maxBytes: deps.switches.maxArchiveBytes })
      const file = requireFile(upload)
      const name = upload.fields.name || basename(file.fileName).replace(/\.csv$/i, '')
      let rows: string[][]
      try {
        rows = parseCsv((file.buffer ?? Buffer.alloc(0)).toString('utf8'))
      } catch (error) {
        throw new ApiError(400, `The uploaded lookup is not valid CSV: ${(error as Error).message}.`)
      }
      const lookup = makeLookup(name, '', rows[0] ?? [], rows.slice(1), stampOf(ctx))
      addLookup(project, lookup)
      await ctx.empty(204, {
        location: ctx.href(`${projectPath(project)}/lookups/${encodeURIComponent(name)}`)
      })
    }),
    designRoute('GET', `${base}/:name`, 'read', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const lookup = lookupOf(project, ctx.params.name ?? '')
      await ctx.json(200, lookupView(ctx, project, lookup, usageOf(project).get(`l:${lookup.name}`) ?? 0))
    }),
    // D:Update a Lookup in a Project (PUT …/lookups/{name}): "The request body must contain: name, columns, rowData"
    // (the rows as {rowData: [...]}); the lookup takes exactly the columns and rows sent. [U] as the op page gives no
    // codes beyond the body: 200 with the lookup, 404 unknown, 400 a body whose name is not the path's (no rename)
    // or whose rows do not fit the columns, 423 locked (as delete and export of a locked lookup).
    designRoute('PUT', `${base}/:name`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const lookup = lookupOf(project, ctx.params.name ?? '')
      const body = asObject(await readJson(ctx.req), 'update lookup')
      const name = requiredString(body, 'name', 'Updating a lookup')
      if (name !== lookup.name)
        throw new ApiError(
          400,
          `The body names lookup '${name}' but the path names '${lookup.name}'; a lookup cannot be renamed.`
        )
      const { columns, rows } = tableOf(body, 'Updating a lookup')
      const description = optionalString(body, 'description', 'update lookup') ?? lookup.description
      const stamp = stampOf(ctx)
      const next = makeLookup(name, description, columns, rows, stamp)
      if (lookup.locked) throw new ApiError(423, `Lookup ${lookup.name} is locked and cannot be updated.`)
      Object.assign(lookup, { columns: next.columns, rows: next.rows, description, updated: stamp })
      touch(project, stamp)
      await ctx.json(200, lookupView(ctx, project, lookup, usageOf(project).get(`l:${lookup.name}`) ?? 0))
    }),
    designRoute('DELETE', `${base}/:name`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const lookup = lookupOf(project, ctx.params.name ?? '')
      if (lookup.locked) throw new ApiError(423, `Lookup ${lookup.name} is locked and cannot be deleted.`)
      project.lookups.delete(lookup.name)
      touch(project, stampOf(ctx))
      await ctx.empty(200)
    }),
    designRoute('GET', `${base}/:name/archive`, 'read', async (ctx, design) => {
      const lookup = lookupOf(projectOf(ctx, design), ctx.params.name ?? '')
      if (lookup.locked) throw new ApiError(423, `Lookup ${lookup.name} is locked and cannot be exported.`)
      const csv = Buffer.from(toCsv([lookup.columns, ...lookup.rows]))
      await ctx.stream(
        200,
        {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename="${lookup.name}.csv"`,
          'content-length': String(csv.length)
        },
        Readable.from([csv])
      )
    })
  ]
}
