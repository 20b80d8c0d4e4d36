/** Projects ("Factory API", contract §3.1, §5): list, get, create, delete, export (.car) and import. */
import { basename } from 'node:path'
import type { Readable } from 'node:stream'
import type { HttpClient } from '../http/client.js'
import { checkBody, checkCode } from './shape.js'
import { multipart } from '../http/multipart.js'
import {
  apiPath,
  getJson,
  listAll,
  listPage,
  qValue,
  type Collection,
  type Link,
  type ListOptions
} from './api.js'
import type { Deployment } from './deployments.js'

/** Who and when, as in `state.created`. */
export interface Stamp {
  by?: string
  date?: string
}

/** A project (ProjectTypeRs). */
export interface Project {
  id?: string
  code: string
  name?: string
  description?: string
  keyword?: string
  type?: string
  links?: Link[]
  state?: {
    /** DRAFT, CONFIGURED or ACTIVE. */
    status?: string
    created?: Stamp
    updated?: Stamp
    latest?: Stamp
    lockStatus?: boolean
    projectRevisionId?: number
    assets?: { labelsRs?: { items?: Deployment[] } }
  }
}

/** Body of a project export (contract §5.5). */
export interface ExportRequest {
  name?: string
  code: string
  type?: string
  builtBy?: string
  /** Deployment code; empty exports the whole project. */
  label?: string
}

const PROJECTS = apiPath('projects')

/** Adds `type:'X'` to a `q` filter (`{name:'A'}` → `{name:'A', type:'X'}`). */
export function qWithType(q: string | undefined, type: string | undefined): string | undefined {
  if (!type) return q
  const entry = `type:${qValue(type)}`
  const inner = q
    ?.trim()
    .replace(/^\{|\}$/g, '')
    .trim()
  return inner ? `{${inner}, ${entry}}` : `{${entry}}`
}

/**
 * `GET /projects` (one page). `type` (ACCELERATOR | DEVELOPED) is a `q` key (contract K7, D:Retrieve Projects:
 * `q={type:'DEVELOPED'}`); items of another type are dropped too, for a server that ignores it there.
 */
export async function listProjects(
  client: HttpClient,
  options?: ListOptions & { type?: string }
): Promise<Collection<Project>> {
  const { type, ...list } = options ?? {}
  const page = await listPage<Project>(client, PROJECTS, 'list projects', {
    ...list,
    q: qWithType(list.q, type)
  })
  if (!type || !page.items) return page
  return { ...page, items: page.items.filter(p => !p.type || p.type === type) }
}

/** Every project. */
export const listAllProjects = (client: HttpClient, q?: string): Promise<Project[]> =>
  listAll(client, PROJECTS, 'list projects', { q })

/** `GET /projects/{p}`. */
export const getProject = (client: HttpClient, code: string): Promise<Project> =>
  getJson(client, apiPath('projects', code), `get project ${code}`)

/** `POST /projects` (never repeated blindly: a lost response may have created it). */
export async function createProject(
  client: HttpClient,
  project: { code: string; name: string; description?: string; keyword?: string }
): Promise<Project> {
  return (
    await client.json<Project>({
      method: 'POST',
      path: PROJECTS,
      json: project,
      label: `create project ${project.code}`
    })
  ).body
}

/** `DELETE /projects/{p}`. */
export async function deleteProject(client: HttpClient, code: string): Promise<void> {
  await client.json({ method: 'DELETE', path: apiPath('projects', code), label: `delete project ${code}` })
}

/**
 * `POST /projects/{p}/archive`: streams the `.car` to `consume`. An export changes nothing, so the exchange is
 * repeated on transient failures; `consume` must then start its output afresh.
 */
export function exportProject<R>(
  client: HttpClient,
  request: ExportRequest,
  consume: (body: Readable, headers: Record<string, string | undefined>) => Promise<R>
): Promise<R> {
  return client.stream(
    {
      method: 'POST',
      path: apiPath('projects', request.code, 'archive'),
      json: {
        name: request.name ?? request.code,
        code: request.code,
        type: request.type ?? 'DEVELOPED',
        builtBy: request.builtBy ?? '',
        label: request.label ?? ''
      },
      headers: { accept: 'application/octet-stream' },
      safeToRetry: true,
      label: `export project ${request.code}${request.label ? ` deployment ${request.label}` : ''}`
    },
    consume
  )
}

/**
 * Imports a `.car` from disk: `POST /projects/archive` (add) or `PUT /projects/archive` (replace). The file is
 * streamed from disk (a file-backed Blob), and the request is never repeated blindly.
 */
export async function importProject(
  client: HttpClient,
  file: string,
  mode: 'add' | 'replace'
): Promise<Project | undefined> {
  const res = await client.json<Project>({
    method: mode === 'add' ? 'POST' : 'PUT',
    path: apiPath('projects', 'archive'),
    multipart: multipart([
      { name: 'file', file },
      { name: 'type', value: 'application/octet-stream' }
    ]),
    safeToRetry: false,
    label: `${mode === 'add' ? 'import' : 'replace'} project archive ${basename(file)}`
  })
  // The code becomes import-car's project output: nothing but a code may pass (no line break, no shell text).
  const body = checkBody(res.body, `${mode} project archive`)
  if (body?.code !== undefined) checkCode(body.code, `${mode} project archive`, 'a project code')
  return body
}
