/**
 * `oic-actions rbac …`: a project's access control (Retrieve and Update project ACL, and the identities an ACL names:
 * contract §3.1, §5.7).
 */
import { getIdentities, getProjectAcl, updateProjectAcl, type ProjectAcl } from '../../core/oic/rbac.js'
import { readJsonObject } from './factory-files.js'
import type { ResourceGroup } from './resource.js'

const ROLES = ['administrators', 'editors', 'viewers', 'monitors'] as const

/** One row per role: everyone, or who is allowed. */
function aclRows(acl: ProjectAcl): Array<Record<string, unknown>> {
  return ROLES.map(role => {
    const r = acl[role]
    const who = (r?.allowed ?? []).map(a => `${a.displayName ?? a.id} (${a.type})`).join(', ')
    return { role, allowAll: r?.allowAll, allowed: who }
  })
}

/** The rbac group. */
export const group: ResourceGroup = {
  name: 'rbac',
  summary: 'show and set who may administer, edit, view and monitor a project',
  operations: [
    {
      name: 'get',
      summary: "a project's roles and who holds them (Retrieve project ACL)",
      args: ['PROJECT'],
      effect: 'read',
      run: async ({ client, args }) => {
        const acl = await getProjectAcl(client, args.PROJECT ?? '')
        return { kind: 'table', columns: ['role', 'allowAll', 'allowed'], rows: aclRows(acl), json: acl }
      }
    },
    {
      name: 'update',
      summary: "set a project's roles from a JSON ACL (Update project ACL)",
      args: ['PROJECT'],
      effect: 'write',
      options: {
        'json-file': {
          description: `the ACL: {${ROLES.join(', ')}}, each {allowAll, allowed: [{id, displayName, type: user|group}]} (ids from 'rbac identities')`,
          required: true
        }
      },
      describe: ({ args, options }) =>
        `set the ACL of ${args.PROJECT ?? ''} to ${options['json-file'] ?? ''}`,
      run: async ({ client, args, options }) => {
        const acl = readJsonObject(options['json-file'] ?? '', '--json-file', ROLES) as ProjectAcl
        await updateProjectAcl(client, args.PROJECT ?? '', acl)
        return { kind: 'done', message: `Updated the ACL of ${args.PROJECT ?? ''}.`, json: acl }
      }
    },
    {
      name: 'identities',
      summary: 'the users and groups an ACL can name, with their ids',
      effect: 'read',
      run: async ({ client }) => {
        const answer = await getIdentities(client)
        // The answer's shape is not documented (contract §5.7): a collection's items, else the value itself.
        const items = (answer as { items?: unknown[] } | undefined)?.items
        if (!Array.isArray(items)) return { kind: 'object', value: answer }
        return {
          kind: 'table',
          columns: ['id', 'displayName', 'type', 'email'],
          rows: items.map(i => (i && typeof i === 'object' ? (i as Record<string, unknown>) : { id: i })),
          json: items
        }
      }
    }
  ]
}
