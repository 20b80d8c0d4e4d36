/** Libraries in a project (contract §3.7, §8.2): list, get, register, replace, delete. */
import type { HttpClient } from '../http/client.js'
import { multipart } from '../http/multipart.js'
import { apiPath, getJson, integrationId, listAll, type ListOptions } from './api.js'

/** A library. */
export interface Library {
  id?: string
  code: string
  version: string
  name?: string
  displayName?: string
  type?: string
  libraryType?: string
  description?: string
}

const path = (project: string, ...rest: string[]): string =>
  apiPath('projects', project, 'libraries', ...rest)

/** Every library of a project. */
export const listLibraries = (
  client: HttpClient,
  project: string,
  options?: Pick<ListOptions, 'q'>
): Promise<Library[]> => listAll(client, path(project), `list libraries of ${project}`, options)

/** `GET /projects/{p}/libraries/{CODE%7CVERSION}`. */
export const getLibrary = (
  client: HttpClient,
  project: string,
  code: string,
  version: string
): Promise<Library> =>
  getJson(client, path(project, integrationId(code, version)), `get library ${integrationId(code, version)}`)

/** Registers a library: multipart `name, code, version, type, file, description?` (204 + Location). */
export async function registerLibrary(
  client: HttpClient,
  project: string,
  library: { code: string; version: string; name: string; type: string; description?: string },
  file: string
): Promise<void> {
  await client.json({
    method: 'POST',
    path: path(project, 'archive'),
    multipart: multipart([
      ...Object.entries(library).flatMap(([name, value]) => (value === undefined ? [] : [{ name, value }])),
      { name: 'file', file }
    ]),
    label: `register library ${integrationId(library)}`
  })
}

/** Replaces a library's code: `POST /projects/{p}/libraries/{id}/archive`. */
export async function replaceLibrary(
  client: HttpClient,
  project: string,
  code: string,
  version: string,
  file: string
): Promise<void> {
  await client.json({
    method: 'POST',
    path: path(project, integrationId(code, version), 'archive'),
    multipart: multipart([{ name: 'file', file }]),
    safeToRetry: true,
    label: `replace library ${integrationId(code, version)}`
  })
}

/** `DELETE /projects/{p}/libraries/{CODE%7CVERSION}`. */
export async function deleteLibrary(
  client: HttpClient,
  project: string,
  code: string,
  version: string
): Promise<void> {
  await client.json({
    method: 'DELETE',
    path: path(project, integrationId(code, version)),
    label: `delete library ${integrationId(code, version)}`
  })
}
