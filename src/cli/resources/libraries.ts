/**
 * `oic-actions libraries …`: the library calls Oracle documents in a project (Import(Register), Replace and Delete
 * a Library in a Project; list and get by the same paths: contract §3.7, §8.2).
 */
import { basename } from 'node:path'
import { integrationId } from '../../core/oic/api.js'
import {
  deleteLibrary,
  getLibrary,
  listLibraries,
  registerLibrary,
  replaceLibrary
} from '../../core/oic/libraries.js'
import { inputFile } from './factory-files.js'
import { versionRef } from './factory-ids.js'
import { sendOnce } from './factory-settle.js'
import type { ResourceGroup } from './resource.js'

const ID = 'CODE|VERSION'

/** The libraries group. */
export const group: ResourceGroup = {
  name: 'libraries',
  summary: 'list, show, register, replace and delete the JavaScript libraries of a project',
  operations: [
    {
      name: 'list',
      summary: 'every library of a project',
      args: ['PROJECT'],
      effect: 'read',
      run: async ({ client, args }) => {
        const items = await listLibraries(client, args.PROJECT ?? '')
        return {
          kind: 'table',
          columns: ['code', 'version', 'name', 'type', 'description'],
          rows: items.map(l => ({ ...l, name: l.name ?? l.displayName, type: l.type ?? l.libraryType })),
          json: items
        }
      }
    },
    {
      name: 'get',
      summary: 'one library version, as the API returns it',
      args: ['PROJECT', ID],
      effect: 'read',
      run: async ({ client, args }) => {
        const ref = versionRef(args[ID] ?? '', ID)
        return { kind: 'object', value: await getLibrary(client, args.PROJECT ?? '', ref.code, ref.version) }
      }
    },
    {
      name: 'register',
      summary: 'register a .js or .jar as a new library (Import(Register) a Library in a Project)',
      args: ['PROJECT', ID, 'FILE'],
      effect: 'write',
      options: {
        name: { description: 'display name (default: the code)' },
        type: { description: 'library type (default API: a JavaScript API library)' },
        description: { description: 'description' }
      },
      describe: ({ args }) =>
        `register ${args.FILE ?? ''} as library ${args[ID] ?? ''} in ${args.PROJECT ?? ''}`,
      run: async ({ client, args, options }) => {
        const file = inputFile(args.FILE ?? '', 'FILE')
        const ref = versionRef(args[ID] ?? '', ID)
        const project = args.PROJECT ?? ''
        const library = {
          ...ref,
          name: options.name || ref.code,
          type: options.type || 'API',
          description: options.description || undefined
        }
        const sent = await sendOnce(
          `register library ${integrationId(ref)} in project ${project}`,
          () => registerLibrary(client, project, library, file),
          async () => (await getLibrary(client, project, ref.code, ref.version)).code === ref.code
        )
        return {
          kind: 'done',
          message: `${sent.settled ? `${sent.settled}. ` : ''}Registered ${basename(file)} as library ${integrationId(ref)} in ${args.PROJECT ?? ''}.`,
          json: { registered: integrationId(ref), project: args.PROJECT }
        }
      }
    },
    {
      name: 'replace',
      summary: "replace a library's code with a new .js or .jar (Replace a Library in a Project)",
      args: ['PROJECT', ID, 'FILE'],
      effect: 'write',
      describe: ({ args }) =>
        `replace the code of library ${args[ID] ?? ''} in ${args.PROJECT ?? ''} with ${args.FILE ?? ''}`,
      run: async ({ client, args }) => {
        const ref = versionRef(args[ID] ?? '', ID)
        const file = inputFile(args.FILE ?? '', 'FILE')
        await replaceLibrary(client, args.PROJECT ?? '', ref.code, ref.version, file)
        return {
          kind: 'done',
          message: `Replaced the code of library ${integrationId(ref)} in ${args.PROJECT ?? ''} with ${basename(file)}.`,
          json: { replaced: integrationId(ref), project: args.PROJECT }
        }
      }
    },
    {
      name: 'delete',
      summary: 'delete a library version (Delete a Library in a Project)',
      args: ['PROJECT', ID],
      effect: 'delete',
      describe: ({ args }) => `delete library ${args[ID] ?? ''} of ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        const ref = versionRef(args[ID] ?? '', ID)
        await deleteLibrary(client, args.PROJECT ?? '', ref.code, ref.version)
        return {
          kind: 'done',
          message: `Deleted library ${integrationId(ref)} of ${args.PROJECT ?? ''}.`,
          json: { deleted: integrationId(ref), project: args.PROJECT }
        }
      }
    }
  ]
}
