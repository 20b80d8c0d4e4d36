/**
 * Project archives (contract §3.1, §5.5, §5.6; layout: `../shared/oic-car-format.md`): export (streamed `.car`),
 * import (add, or merge behind a switch), and replace (`PUT /projects/archive`, the fallback of Oracle's own CI
 * scripts after a 409).
 */
import { ApiError, readJson } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import type { Switches } from '../switches.js'
import { blockedBy, importProject, landInProject, selectContent } from './car-apply.js'
import { readCar, type ParsedCar } from './car-reader.js'
import { writeCar } from './car-writer.js'
import { readUpload, requireFile } from './multipart.js'
import { designRoute, projectOf, stampOf } from './route-kit.js'
import { projectView } from './views.js'

/** Receives the multipart `file` part to a temporary file and reads it as a project archive. */
async function receiveCar(ctx: RequestContext, switches: Switches): Promise<ParsedCar> {
  const upload = await readUpload(ctx.req, { mode: 'disk', maxBytes: switches.maxArchiveBytes })
  try {
    return await readCar(requireFile(upload).path ?? '', switches.archiveForeignEntries)
  } finally {
    await upload.cleanup()
  }
}

/** Project archive routes; `/projects/archive` must come before `/projects/:p`. */
export function projectArchiveRoutes(deps: RouteDeps): Route[] {
  const { switches } = deps
  return [
    designRoute('POST', '/projects/archive', 'write', async (ctx, design) => {
      const car = await receiveCar(ctx, switches)
      const stamp = stampOf(ctx)
      const existing = design.projects.get(car.project.code)
      if (!existing) {
        await ctx.json(
          200,
          projectView(ctx, importProject(design, car, stamp, deps.switches.policyPropertyNames))
        )
        return
      }
      if (switches.projectImportExisting !== 'merge')
        throw new ApiError(
          409,
          `Project ${car.project.code} already exists. Delete it first, or replace it with PUT /projects/archive.`
        )
      const blocked = blockedBy(existing, car, false)
      if (blocked.length)
        throw new ApiError(
          412,
          `The import would overwrite active or locked integrations: ${blocked.join(', ')}.`
        )
      landInProject(design, existing, car, stamp, 'merge', deps.switches.policyPropertyNames)
      await ctx.json(200, projectView(ctx, existing))
    }),
    designRoute('PUT', '/projects/archive', 'write', async (ctx, design) => {
      const car = await receiveCar(ctx, switches)
      const project = design.projects.get(car.project.code)
      if (!project)
        throw new ApiError(
          404,
          `Project ${car.project.code} does not exist; import it with POST /projects/archive.`
        )
      const blocked = blockedBy(project, car, true)
      if (blocked.length)
        throw new ApiError(
          412,
          `Project ${project.code} has active or locked integrations: ${blocked.join(', ')}. Deactivate them before replacing the project.`
        )
      landInProject(design, project, car, stampOf(ctx), 'replace', deps.switches.policyPropertyNames)
      await ctx.json(200, projectView(ctx, project))
    }),
    designRoute('POST', '/projects/:p/archive', 'export', async (ctx, design) => {
      const project = projectOf(ctx, design)
      const body = await readJson(ctx.req)
      const label =
        body && typeof body === 'object' && typeof body.label === 'string' ? body.label.trim() : ''
      const content = selectContent(project, label, switches.deploymentExportLibraries)
      const now = ctx.now()
      await ctx.stream(
        200,
        {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename="${project.code}.car"`
        },
        writeCar(content, now)
      )
    })
  ]
}
