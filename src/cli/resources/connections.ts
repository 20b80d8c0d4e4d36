/** `oic-actions connections …`: the Factory API's connection calls in a project (seed 000 "Connections"). */
import { OicActionError } from '../../core/errors.js'
import {
  deleteConnection,
  getConnection,
  listConnections,
  testConnection,
  updateConnection,
  type Connection,
  type ConnectionUpdate
} from '../../core/oic/connections.js'
import { readJsonObject } from './factory-files.js'
import type { ResourceGroup } from './resource.js'

/** The fields "Update a Connection in a Project" applies (anything else is ignored by OIC: contract §6.2). */
const UPDATE_KEYS = ['connectionProperties', 'securityProperties', 'securityPolicy', 'agentGroupId'] as const

const adapterOf = (c: Connection): string | undefined =>
  typeof c.adapterType === 'string' ? c.adapterType : (c.adapterType?.name ?? c.adapterType?.displayName)

/** Property names of an update, never their values (they may be secrets). */
function namesOf(update: ConnectionUpdate): string {
  const names = [...(update.connectionProperties ?? []), ...(update.securityProperties ?? [])].map(
    p => p.propertyName
  )
  const policy = update.securityPolicy ? ` policy ${update.securityPolicy}` : ''
  return `${names.length ? names.join(', ') : 'no properties'}${policy}`
}

const readUpdate = (file: string): ConnectionUpdate => readJsonObject(file, '--json-file', UPDATE_KEYS)

/** The connections group. */
export const group: ResourceGroup = {
  name: 'connections',
  summary: 'list, show, update, test and delete the connections of a project',
  operations: [
    {
      name: 'list',
      summary: 'every connection of a project (Retrieve Connections in a Project)',
      args: ['PROJECT'],
      effect: 'read',
      options: { q: { description: "the API's q filter, e.g. {status:'CONFIGURED'}" } },
      run: async ({ client, args, options }) => {
        const items = await listConnections(client, args.PROJECT ?? '', { q: options.q || undefined })
        return {
          kind: 'table',
          columns: ['id', 'name', 'adapter', 'role', 'status', 'securityPolicy', 'usage'],
          rows: items.map(c => ({ ...c, adapter: adapterOf(c) })),
          json: items
        }
      }
    },
    {
      name: 'get',
      summary: 'one connection, as the API returns it (Retrieve a Connection in a Project)',
      args: ['PROJECT', 'ID'],
      effect: 'read',
      run: async ({ client, args }) => ({
        kind: 'object',
        value: await getConnection(client, args.PROJECT ?? '', args.ID ?? '')
      })
    },
    {
      name: 'update',
      summary: 'set properties, security policy or agent group (Update a Connection in a Project)',
      args: ['PROJECT', 'ID'],
      effect: 'write',
      options: {
        'json-file': {
          description: `the request body: a JSON object with ${UPDATE_KEYS.join(', ')} (entries {propertyName, propertyValue, propertyType?})`,
          required: true
        }
      },
      describe: ({ args, options }) => {
        let what: string
        try {
          what = namesOf(readUpdate(options['json-file'] ?? ''))
        } catch {
          what = `the body in ${options['json-file'] ?? ''}`
        }
        return `update connection ${args.ID ?? ''} in ${args.PROJECT ?? ''}: ${what}`
      },
      run: async ({ client, args, options }) => {
        const update = readUpdate(options['json-file'] ?? '')
        const answer = await updateConnection(client, args.PROJECT ?? '', args.ID ?? '', update)
        return {
          kind: 'done',
          message: `Updated connection ${args.ID ?? ''} in ${args.PROJECT ?? ''} (${namesOf(update)}): status ${answer?.status ?? 'not given'}.`,
          json: answer ?? {}
        }
      }
    },
    {
      name: 'test',
      summary: 'test a connection; exit 1 when the test fails (Test a Connection in a Project)',
      args: ['PROJECT', 'ID'],
      effect: 'write',
      describe: ({ args }) => `test connection ${args.ID ?? ''} in ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        const result = await testConnection(client, args.PROJECT ?? '', args.ID ?? '')
        // A failed test may be a 200 with another status (contract K11): it fails the command all the same.
        if (result.status !== 'SUCCESS')
          throw new OicActionError(
            `Test of connection ${args.ID ?? ''} failed: ${result.status ?? 'no status'}${result.details ? ` — ${result.details}` : ''}`
          )
        return {
          kind: 'table',
          columns: ['id', 'status', 'details'],
          rows: [{ id: result.id ?? args.ID, status: result.status, details: result.details }],
          json: result
        }
      }
    },
    {
      name: 'delete',
      summary: 'delete a connection (Delete a Connection in a Project)',
      args: ['PROJECT', 'ID'],
      effect: 'delete',
      describe: ({ args }) => `delete connection ${args.ID ?? ''} of ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        await deleteConnection(client, args.PROJECT ?? '', args.ID ?? '')
        return {
          kind: 'done',
          message: `Deleted connection ${args.ID ?? ''} of ${args.PROJECT ?? ''}.`,
          json: { deleted: args.ID, project: args.PROJECT }
        }
      }
    }
  ]
}
