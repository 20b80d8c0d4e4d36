/** Lookups in a project (contract §3.6, §8.1): list, get, create, update, delete, export (CSV) and import. */
import { basename } from 'node:path'
import type { HttpClient } from '../http/client.js'
import { multipart } from '../http/multipart.js'
import { apiPath, getJson, listAll, type ListOptions } from './api.js'

/** A lookup (domain value map). */
export interface Lookup {
  name: string
  description?: string
  columns?: string[]
  rows?: Array<{ rowData: string[] }>
  rowCount?: number
  status?: string
  lockedFlag?: boolean
}

const path = (project: string, ...rest: string[]): string => apiPath('projects', project, 'lookups', ...rest)

/** Every lookup of a project. */
export const listLookups = (
  client: HttpClient,
  project: string,
  options?: Pick<ListOptions, 'q'>
): Promise<Lookup[]> => listAll(client, path(project), `list lookups of ${project}`, options)

/** `GET /projects/{p}/lookups/{name}`. */
export const getLookup = (client: HttpClient, project: string, name: string): Promise<Lookup> =>
  getJson(client, path(project, name), `get lookup ${name}`)

/** `POST /projects/{p}/lookups`. */
export async function createLookup(client: HttpClient, project: string, lookup: Lookup): Promise<void> {
  await client.json({
    method: 'POST',
    path: path(project),
    json: lookup,
    label: `create lookup ${lookup.name}`
  })
}

/** The body of a lookup update: the whole table, as Oracle's request body names it. */
export interface LookupTable {
  name: string
  /** Sent back as read: the update replaces the lookup, and the file does not set it. */
  description?: string
  columns: string[]
  rows: Array<{ rowData: string[] }>
}

/**
 * `PUT /projects/{p}/lookups/{name}` (D:Update a Lookup in a Project: the body holds name, columns and rows as
 * `{rowData}`); answers the lookup.
 */
export async function updateProjectLookup(
  client: HttpClient,
  project: string,
  table: LookupTable
): Promise<Lookup | undefined> {
  const answer = await client.json<Lookup | undefined>({
    method: 'PUT',
    path: path(project, table.name),
    json: table,
    // Safe to repeat: the body is the whole table, so a second PUT leaves the lookup as one would (it replaces the
    // rows, it does not add to them); a lost answer is settled by resending, not by reading back.
    safeToRetry: true,
    label: `update lookup ${table.name}`
  })
  return answer.body ?? undefined
}

/** `DELETE /projects/{p}/lookups/{name}`. */
export async function deleteLookup(client: HttpClient, project: string, name: string): Promise<void> {
  await client.json({ method: 'DELETE', path: path(project, name), label: `delete lookup ${name}` })
}

/** `GET /projects/{p}/lookups/{name}/archive`: the lookup as CSV text. */
export async function exportLookup(client: HttpClient, project: string, name: string): Promise<string> {
  return client.stream(
    {
      method: 'GET',
      path: path(project, name, 'archive'),
      headers: { accept: 'application/octet-stream' },
      label: `export lookup ${name}`
    },
    async body => {
      // Decode once: a multi-byte character may be split across chunks.
      const chunks: Buffer[] = []
      for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array))
      return Buffer.concat(chunks).toString('utf8')
    }
  )
}

/** `POST /projects/{p}/lookups/archive` with a CSV file. */
export async function importLookup(client: HttpClient, project: string, file: string): Promise<void> {
  await client.json({
    method: 'POST',
    path: path(project, 'archive'),
    multipart: multipart([{ name: 'file', file }]),
    label: `import lookup ${basename(file)}`
  })
}
