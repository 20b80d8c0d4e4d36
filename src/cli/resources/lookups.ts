/**
 * `oic-actions lookups …`: the lookup calls Oracle documents in a project (Retrieve Lookups / a Lookup, Create,
 * Update, Delete, Export and Import(Add) a Lookup in a Project: contract §3.6, §8.1).
 */
import { basename } from 'node:path'
import {
  createLookup,
  deleteLookup,
  exportLookup,
  getLookup,
  importLookup,
  listLookups,
  updateProjectLookup,
  type Lookup,
  type LookupTable
} from '../../core/oic/lookups.js'
import { checkOutputFile, inputFile, readJsonObject, writeTextFile } from './factory-files.js'
import { sendOnce } from './factory-settle.js'
import type { ResourceGroup } from './resource.js'

const BODY = {
  description: 'the request body: a JSON object {name, columns, rows: [{rowData}], description?}',
  required: true
}
const readTable = (file: string): LookupTable =>
  readJsonObject(file, '--json-file', ['name', 'columns', 'rows', 'description']) as unknown as LookupTable

/** The lookup's rows under its columns (each row's values by column name). */
function rowsOf(lookup: Lookup): Array<Record<string, unknown>> {
  const columns = lookup.columns ?? []
  return (lookup.rows ?? []).map(r => Object.fromEntries(columns.map((c, i) => [c, r.rowData[i]])))
}

/** The lookups group. */
export const group: ResourceGroup = {
  name: 'lookups',
  summary: 'list, show, create, update, delete, export and import the lookups of a project',
  operations: [
    {
      name: 'list',
      summary: 'every lookup of a project (Retrieve Lookups in a Project)',
      args: ['PROJECT'],
      effect: 'read',
      options: { q: { description: "the API's q filter, e.g. {name:/ORDER/}" } },
      run: async ({ client, args, options }) => {
        const items = await listLookups(client, args.PROJECT ?? '', { q: options.q || undefined })
        return {
          kind: 'table',
          columns: ['name', 'status', 'rowCount', 'columns', 'description'],
          rows: items.map(l => ({ ...l, columns: (l.columns ?? []).join(', ') })),
          json: items
        }
      }
    },
    {
      name: 'get',
      summary:
        'one lookup: its rows as a table, --json as the API returns it (Retrieve a Lookup in a Project)',
      args: ['PROJECT', 'NAME'],
      effect: 'read',
      run: async ({ client, args }) => {
        const lookup = await getLookup(client, args.PROJECT ?? '', args.NAME ?? '')
        return { kind: 'table', columns: lookup.columns ?? [], rows: rowsOf(lookup), json: lookup }
      }
    },
    {
      name: 'create',
      summary: 'create a lookup from a JSON body (Create a Lookup in a Project)',
      args: ['PROJECT'],
      effect: 'write',
      options: { 'json-file': BODY },
      describe: ({ args, options }) =>
        `create the lookup in ${options['json-file'] ?? ''} in ${args.PROJECT ?? ''}`,
      run: async ({ client, args, options }) => {
        const table = readTable(options['json-file'] ?? '')
        const project = args.PROJECT ?? ''
        const sent = await sendOnce(
          `create lookup ${table.name} in project ${project}`,
          () => createLookup(client, project, table),
          async () => (await getLookup(client, project, table.name)).name === table.name
        )
        return {
          kind: 'done',
          message: `${sent.settled ? `${sent.settled}. ` : ''}Created lookup ${table.name} in ${project}.`,
          json: table
        }
      }
    },
    {
      name: 'update',
      summary: "replace a lookup's columns and rows (Update a Lookup in a Project)",
      args: ['PROJECT', 'NAME'],
      effect: 'write',
      options: { 'json-file': BODY },
      describe: ({ args, options }) =>
        `replace lookup ${args.NAME ?? ''} of ${args.PROJECT ?? ''} with ${options['json-file'] ?? ''}`,
      run: async ({ client, args, options }) => {
        const table = { ...readTable(options['json-file'] ?? ''), name: args.NAME ?? '' }
        const answer = await updateProjectLookup(client, args.PROJECT ?? '', table)
        return {
          kind: 'done',
          message: `Updated lookup ${table.name} in ${args.PROJECT ?? ''}.`,
          json: answer ?? table
        }
      }
    },
    {
      name: 'delete',
      summary: 'delete a lookup (Delete a Lookup in a Project)',
      args: ['PROJECT', 'NAME'],
      effect: 'delete',
      describe: ({ args }) => `delete lookup ${args.NAME ?? ''} of ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        await deleteLookup(client, args.PROJECT ?? '', args.NAME ?? '')
        return {
          kind: 'done',
          message: `Deleted lookup ${args.NAME ?? ''} of ${args.PROJECT ?? ''}.`,
          json: { deleted: args.NAME, project: args.PROJECT }
        }
      }
    },
    {
      name: 'export',
      summary: 'write a lookup as CSV to a file (Export a Lookup in a Project)',
      args: ['PROJECT', 'NAME'],
      effect: 'read',
      options: {
        file: { description: 'the .csv to write', required: true },
        force: { description: 'replace --file if it exists', boolean: true }
      },
      run: async ({ client, args, options }) => {
        const file = options.file ?? ''
        checkOutputFile(file, '--file', options.force === 'true')
        const csv = await exportLookup(client, args.PROJECT ?? '', args.NAME ?? '')
        const path = writeTextFile(file, csv, '--file')
        return {
          kind: 'done',
          message: `Exported lookup ${args.NAME ?? ''} to ${path} (${Buffer.byteLength(csv)} bytes).`,
          json: { lookup: args.NAME, path, size: Buffer.byteLength(csv) }
        }
      }
    },
    {
      name: 'import',
      summary: 'import a new lookup from a CSV file (Import(Add) a Lookup in a Project)',
      args: ['PROJECT', 'FILE'],
      effect: 'write',
      describe: ({ args }) => `import the lookup in ${args.FILE ?? ''} into ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        const file = inputFile(args.FILE ?? '', 'FILE')
        await importLookup(client, args.PROJECT ?? '', file)
        return {
          kind: 'done',
          message: `Imported lookup ${basename(file)} into ${args.PROJECT ?? ''}.`,
          json: { imported: basename(file), project: args.PROJECT }
        }
      }
    }
  ]
}
