/** Project access control (contract §5.7): the ACL and the identities it refers to. */
import type { HttpClient } from '../http/client.js'
import { apiPath, getJson } from './api.js'

/** One role of an ACL. */
export interface AclRole {
  allowAll: boolean
  allowed: Array<{
    id: string
    displayName?: string
    /** user or group */ type: string
    idNotFound?: boolean
  }>
}

/** A project ACL. */
export interface ProjectAcl {
  administrators?: AclRole
  editors?: AclRole
  viewers?: AclRole
  monitors?: AclRole
  createdBy?: string
  updatedBy?: string
}

/** `GET /projects/{p}/acl`. */
export const getProjectAcl = (client: HttpClient, project: string): Promise<ProjectAcl> =>
  getJson(client, apiPath('projects', project, 'acl'), `get ACL of ${project}`)

/** `PUT /projects/{p}/acl` (204): PUT replaces, so it is safe to repeat. */
export async function updateProjectAcl(client: HttpClient, project: string, acl: ProjectAcl): Promise<void> {
  await client.json({
    method: 'PUT',
    path: apiPath('projects', project, 'acl'),
    json: acl,
    label: `update ACL of ${project}`
  })
}

/** `GET /identifies`: users and groups with the ids an ACL uses (shape not documented). */
export const getIdentities = (client: HttpClient): Promise<unknown> =>
  getJson(client, apiPath('identifies'), 'list identities')
