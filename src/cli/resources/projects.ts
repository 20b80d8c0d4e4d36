/** `oic-actions projects …`: the Factory API's project calls (seed 000 "Projects"). */
import { deleteProject, getProject, listAllProjects } from '../../core/oic/projects.js'
import { exportOperation, importOperation } from './projects-archive.js'
import type { ResourceGroup } from './resource.js'

/** The projects group. */
export const group: ResourceGroup = {
  name: 'projects',
  summary: 'list, show, delete, export and import projects',
  operations: [
    {
      name: 'list',
      summary: 'every project of the instance',
      effect: 'read',
      options: { q: { description: "the API's q filter, e.g. {name:'Sales'}" } },
      run: async ({ client, options }) => {
        const items = await listAllProjects(client, options.q || undefined)
        return {
          kind: 'table',
          columns: ['code', 'name', 'type', 'status'],
          rows: items.map(p => ({ code: p.code, name: p.name, type: p.type, status: p.state?.status })),
          json: items
        }
      }
    },
    {
      name: 'get',
      summary: 'one project, as the API returns it',
      args: ['PROJECT'],
      effect: 'read',
      run: async ({ client, args }) => ({
        kind: 'object',
        value: await getProject(client, args.PROJECT ?? '')
      })
    },
    {
      name: 'delete',
      summary: 'delete a project and everything in it',
      args: ['PROJECT'],
      effect: 'delete',
      describe: ({ args }) => `delete project ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        await deleteProject(client, args.PROJECT ?? '')
        return {
          kind: 'done',
          message: `Deleted project ${args.PROJECT ?? ''}.`,
          json: { deleted: args.PROJECT }
        }
      }
    },
    exportOperation,
    importOperation
  ]
}
