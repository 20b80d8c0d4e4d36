/**
 * `oic-actions integrations …`: the Factory API's integration calls in a project (seed 000 "Integrations").
 * Oracle documents no export of one integration inside a project (contract §3.4): a project's integrations leave it
 * as a `.car` (`projects export`, optionally one deployment), and an `.iar` comes in with `integrations import`.
 */
import { basename } from 'node:path'
import { integrationId } from '../../core/oic/api.js'
import {
  deleteIntegration,
  getActivationStatus,
  getIntegration,
  importIntegration,
  listIntegrations,
  setIntegrationStatus
} from '../../core/oic/integrations.js'
import { inputFile } from './factory-files.js'
import { versionRef } from './factory-ids.js'
import { sendOnce } from './factory-settle.js'
import type { Operation, ResourceGroup } from './resource.js'

const ID = 'CODE|VERSION'

/** "Update an Integration in a Project": a status change, ACTIVATED (activate) or CONFIGURED (deactivate). */
function statusOperation(name: 'activate' | 'deactivate'): Operation {
  const status = name === 'activate' ? 'ACTIVATED' : 'CONFIGURED'
  return {
    name,
    summary: `${name} an integration version (Update an Integration in a Project, status ${status})`,
    args: ['PROJECT', ID],
    effect: 'write',
    describe: ({ args }) => `${name} ${args[ID] ?? ''} in ${args.PROJECT ?? ''}`,
    run: async ({ client, args }) => {
      const ref = versionRef(args[ID] ?? '', ID)
      const project = args.PROJECT ?? ''
      // A lost answer is settled by the activation status (contract §7.3), never by asking again.
      const sent = await sendOnce(
        `${name} ${integrationId(ref)} in project ${project}`,
        () => setIntegrationStatus(client, project, ref.code, ref.version, status),
        async () => {
          const now = await getActivationStatus(client, project, ref.code, ref.version)
          return status === 'CONFIGURED'
            ? now === 'CONFIGURED'
            : now === 'ACTIVATED' || now === 'ACTIVATION_INPROGRESS'
        }
      )
      const answer = sent.answer
      const now = answer?.status ?? (sent.settled ? 'settled' : 'not given')
      const more =
        now === 'ACTIVATION_INPROGRESS'
          ? `; 'oic-actions integrations get ${args.PROJECT ?? ''} '${integrationId(ref)}'' shows when it is done`
          : ''
      return {
        kind: 'done',
        message: `${sent.settled ? `${sent.settled}. ` : ''}Asked to ${name} ${integrationId(ref)} in ${args.PROJECT ?? ''}: status ${now}${more}.`,
        json: answer ?? {}
      }
    }
  }
}

/** The integrations group. */
export const group: ResourceGroup = {
  name: 'integrations',
  summary: 'list, show, activate, deactivate, delete and import the integrations of a project',
  operations: [
    {
      name: 'list',
      summary: 'every integration version of a project (Retrieve Integrations in a Project)',
      args: ['PROJECT'],
      effect: 'read',
      options: { q: { description: "the API's q filter, e.g. {status:'ACTIVATED'}" } },
      run: async ({ client, args, options }) => {
        const items = await listIntegrations(client, args.PROJECT ?? '', { q: options.q || undefined })
        return {
          kind: 'table',
          columns: ['code', 'version', 'name', 'status', 'style', 'lastUpdated'],
          rows: items.map(i => ({ ...i })),
          json: items
        }
      }
    },
    {
      name: 'get',
      summary: 'one integration version, as the API returns it (Retrieve an Integration in a Project)',
      args: ['PROJECT', ID],
      effect: 'read',
      run: async ({ client, args }) => {
        const ref = versionRef(args[ID] ?? '', ID)
        return {
          kind: 'object',
          value: await getIntegration(client, args.PROJECT ?? '', ref.code, ref.version)
        }
      }
    },
    statusOperation('activate'),
    statusOperation('deactivate'),
    {
      name: 'delete',
      summary: 'delete an integration version (Delete an Integration Version in a Project)',
      args: ['PROJECT', ID],
      effect: 'delete',
      describe: ({ args }) => `delete integration ${args[ID] ?? ''} of ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        const ref = versionRef(args[ID] ?? '', ID)
        await deleteIntegration(client, args.PROJECT ?? '', ref.code, ref.version)
        return {
          kind: 'done',
          message: `Deleted integration ${integrationId(ref)} of ${args.PROJECT ?? ''}.`,
          json: { deleted: integrationId(ref), project: args.PROJECT }
        }
      }
    },
    {
      name: 'import',
      summary: 'import a new integration from an .iar (Import (Add) an Integration in a Project)',
      args: ['PROJECT', 'FILE'],
      effect: 'write',
      describe: ({ args }) => `import the integration in ${args.FILE ?? ''} into ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        const file = inputFile(args.FILE ?? '', 'FILE')
        const location = await importIntegration(client, args.PROJECT ?? '', file)
        return {
          kind: 'done',
          message: `Imported ${basename(file)} into ${args.PROJECT ?? ''}${location ? ` (${location})` : ''}.`,
          json: { imported: basename(file), project: args.PROJECT, location: location ?? null }
        }
      }
    }
  ]
}
