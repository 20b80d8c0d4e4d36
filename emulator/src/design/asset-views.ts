/** JSON renderings of project assets: lookups, libraries and the project ACL (contract §5.7, §8). */
import { oracleDate } from '../http-kit.js'
import type { RequestContext } from '../router.js'
import { ACL_ROLES, type Acl, type Library, type Lookup, type Project } from './model.js'
import { linksOf } from './route-kit.js'
import { projectPath } from './views.js'

const enc = encodeURIComponent

/** A lookup (contract §8.1). */
export function lookupView(
  ctx: RequestContext,
  project: Project,
  l: Lookup,
  usage: number
): Record<string, unknown> {
  return {
    name: l.name,
    description: l.description,
    columns: [...l.columns],
    rows: l.rows.map(r => ({ rowData: [...r] })),
    rowCount: l.rows.length,
    status: l.locked ? 'LOCKED' : 'CONFIGURED',
    lockedFlag: l.locked,
    usage,
    created: oracleDate(l.created.at),
    createdBy: l.created.by,
    lastUpdated: oracleDate(l.updated.at),
    lastUpdatedBy: l.updated.by,
    links: linksOf(ctx, `${projectPath(project)}/lookups/${enc(l.name)}`)
  }
}

/** A library (contract §8.2 LibraryRs item). */
export function libraryView(
  ctx: RequestContext,
  project: Project,
  l: Library,
  usage: number
): Record<string, unknown> {
  const id = `${l.code}|${l.version}`
  return {
    id,
    code: l.code,
    version: l.version,
    name: l.name,
    displayName: l.name,
    description: l.description,
    libraryType: l.type,
    calloutType: 'JS',
    fileName: l.fileName,
    size: l.content.length,
    usage,
    createdBy: l.created.by,
    createdDate: oracleDate(l.created.at),
    lastUpdatedBy: l.updated.by,
    lastUpdatedDate: oracleDate(l.updated.at),
    links: linksOf(ctx, `${projectPath(project)}/libraries/${enc(id)}`)
  }
}

/** A project ACL (contract §5.7). */
export function aclView(acl: Acl): Record<string, unknown> {
  const view: Record<string, unknown> = {}
  for (const role of ACL_ROLES)
    view[role] = { allowAll: acl[role].allowAll, allowed: acl[role].allowed.map(a => ({ ...a })) }
  return {
    ...view,
    createdBy: acl.created.by,
    createdDate: oracleDate(acl.created.at),
    updatedBy: acl.updated.by,
    updatedDate: oracleDate(acl.updated.at)
  }
}
