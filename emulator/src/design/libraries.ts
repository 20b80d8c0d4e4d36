/** Libraries in a project (contract §3.7, §8.2): list, get, register, replace, delete. */
import { ApiError, collection } from '../http-kit.js'
import type { Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { touch, usageOf } from './lifecycle.js'
import { byText, listPage } from './listing.js'
import { integrationId, SAFE_NAME, VERSION_PATTERN, type Library, type Project } from './model.js'
import { readUpload, requireFile } from './multipart.js'
import { designRoute, projectOf, stampOf } from './route-kit.js'
import { libraryView } from './asset-views.js'
import { projectPath } from './views.js'

const LIBRARY_LIST = {
  q: { name: (l: Library) => [l.name, l.code], type: (l: Library) => l.type },
  orderBy: {
    name: (a: Library, b: Library) => byText(a.name, b.name) || byText(a.version, b.version),
    time: (a: Library, b: Library) => b.updated.at - a.updated.at || byText(a.code, b.code)
  }
}

function libraryOf(project: Project, id: string): Library {
  const library = project.libraries.get(id)
  if (!library) throw new ApiError(404, `Library ${id} was not found in project ${project.code}.`)
  return library
}

/** Library routes; `…/libraries/archive` comes before `…/libraries/:id`. */
export function libraryRoutes(deps: RouteDeps): Route[] {
  const base = '/projects/:p/libraries'
  const usage = (project: Project, l: Library): number =>
    usageOf(project).get(`b:${integrationId(l.code, l.version)}`) ?? 0
  return [
    designRoute('GET', base, 'read', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const counts = usageOf(project)
      await listPage(ctx, project.libraries.values(), LIBRARY_LIST, l =>
        libraryView(ctx, project, l, counts.get(`b:${integrationId(l.code, l.version)}`) ?? 0)
      )
    }),
    designRoute('POST', `${base}/archive`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const upload = await readUpload(ctx.req, { mode: 'memory', maxBytes: deps.switches.maxArchiveBytes })
      const { fields } = upload
      const missing = ['name', 'code', 'version', 'type'].filter(f => !fields[f]?.trim())
      if (missing.length)
        throw new ApiError(400, `Registering a library requires the form fields ${missing.join(', ')}.`)
      const file = requireFile(upload)
      const code = (fields.code ?? '').trim()
      const version = (fields.version ?? '').trim()
      if (!SAFE_NAME.test(code))
        throw new ApiError(400, `Library code '${code}' may only contain letters, digits, '_', '-' and '.'.`)
      if (!VERSION_PATTERN.test(version))
        throw new ApiError(400, `Library version '${version}' must look like 01.00.0000.`)
      const id = integrationId(code, version)
      if (project.libraries.has(id))
        throw new ApiError(409, `Library ${id} already exists in project ${project.code}.`)
      const stamp = stampOf(ctx)
      project.libraries.set(id, {
        code,
        version,
        name: (fields.name ?? code).trim(),
        description: fields.description ?? '',
        type: (fields.type ?? 'API').trim(),
        fileName: file.fileName || `${code}.js`,
        content: file.buffer ?? Buffer.alloc(0),
        created: stamp,
        updated: stamp
      })
      touch(project, stamp)
      await ctx.empty(204, {
        location: ctx.href(`${projectPath(project)}/libraries/${encodeURIComponent(id)}`)
      })
    }),
    designRoute('GET', `${base}/:id`, 'read', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const library = libraryOf(project, ctx.params.id ?? '')
      await ctx.json(200, libraryView(ctx, project, library, usage(project, library)))
    }),
    designRoute('POST', `${base}/:id/archive`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const library = libraryOf(project, ctx.params.id ?? '')
      const upload = await readUpload(ctx.req, { mode: 'memory', maxBytes: deps.switches.maxArchiveBytes })
      const file = requireFile(upload)
      library.content = file.buffer ?? Buffer.alloc(0)
      if (file.fileName) library.fileName = file.fileName
      library.updated = stampOf(ctx)
      touch(project, library.updated)
      const view = libraryView(ctx, project, library, usage(project, library))
      await ctx.json(200, collection([view], { offset: 0, limit: 1 }, ctx.href(ctx.path)))
    }),
    designRoute('DELETE', `${base}/:id`, 'write', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const library = libraryOf(project, ctx.params.id ?? '')
      const users = [...project.integrations.values()].filter(i =>
        i.libraries.includes(integrationId(library.code, library.version))
      )
      if (users.length)
        throw new ApiError(
          423,
          `Library ${library.code}|${library.version} is used by ${users.map(i => `${i.code}|${i.version}`).join(', ')} and cannot be deleted.`
        )
      project.libraries.delete(integrationId(library.code, library.version))
      touch(project, stampOf(ctx))
      await ctx.empty(200)
    })
  ]
}
