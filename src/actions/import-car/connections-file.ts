/**
 * The per-environment connections file: for each connection id, `properties`, `security-policy`,
 * `security-properties`, `agent-group` and `attachments` (files uploaded to attachment properties, e.g. a private
 * key: a workspace path, or a secret's content as `{ from-env: VAR }` / `{ from-env-base64: VAR }`, ./attachments.ts).
 * In any value, `${VAR}` takes the value of environment variable VAR; `$$` is a literal `$`, so `$${name}` is a literal
 * `${name}`; OIC's own placeholders (`${access_token}`, `${token_type}`, `${auth_code}`, `${api_key}`, …) pass through
 * untouched (./substitution.ts). Every resolved value and every security property is masked the moment it is read.
 */
import type { Node } from 'yaml'
import type { SourceLocation } from '../../core/errors.js'
import { isMap, knownFields, mapEntries, readYamlFile, type LocatedDocument } from '../../core/yaml-file.js'
import { readAttachments, type AttachmentSetting } from './attachments.js'
import { resolveValue } from './substitution.js'
import { certificatesOf, type CertificateSetting } from './certificates-section.js'
import { lookupsOf, type LookupSetting } from './lookups-section.js'
import { schedulesOf, type ScheduleSetting } from './schedules-section.js'

/** One property to set, with where it was written. */
export interface PropertySetting {
  name: string
  value: string
  location: SourceLocation
}

/** The settings of one connection. */
export interface ConnectionSettings {
  id: string
  location: SourceLocation
  properties: PropertySetting[]
  securityPolicy?: string
  securityProperties: PropertySetting[]
  agentGroup?: string
  /** Attachment property → file path (as written, resolved against the workspace by the caller) or secret content. */
  attachments: AttachmentSetting[]
}

const CONNECTION_KEYS = ['properties', 'security-policy', 'security-properties', 'agent-group', 'attachments']
function properties(
  doc: LocatedDocument,
  node: Node | null,
  key: string,
  env: Readonly<Record<string, string | undefined>>,
  mask: (v: string) => void,
  secret: boolean
): PropertySetting[] {
  if (!isMap(node))
    throw doc.error(
      `'${key}' must map property names to values.`,
      node,
      `Write '${key}' as name: value lines.`
    )
  return mapEntries(node).map(([name, valueNode, keyNode]) => {
    const { value } = resolveValue(doc, valueNode, env, mask)
    if (secret) mask(value)
    return { name, value, location: { file: doc.file, line: doc.line(keyNode) } }
  })
}

/** Reads the file; `path` is where it is, `shownAs` how the user named it. */
export function readConnectionsFile(
  path: string,
  shownAs: string,
  env: Readonly<Record<string, string | undefined>>,
  mask: (value: string) => void
): {
  file: string
  connections: ConnectionSettings[]
  lookups: LookupSetting[]
  certificates: CertificateSetting[]
  schedules: ScheduleSetting[]
} {
  const doc = readYamlFile(path, shownAs, 'connections-file')
  const root = mapEntries(doc.root)
  const top = root.find(([k]) => k === 'connections')
  const unknown = root.find(([k]) => !['connections', 'lookups', 'schedules', 'certificates'].includes(k))
  if (!isMap(doc.root) || !top || unknown) {
    throw doc.error(
      `expected a top-level 'connections:' mapping of connection ids${unknown ? ` (unknown key '${unknown[0]}')` : ''}.`,
      unknown?.[2] ?? doc.root,
      "Put every connection under one top-level 'connections:' key."
    )
  }
  if (!isMap(top[1]))
    throw doc.error(
      "'connections' must map connection ids to their settings.",
      top[1] ?? top[2],
      "Write 'connections:' as <connection id>: <settings> entries."
    )
  const connections = mapEntries(top[1]).map(([id, node, keyNode]): ConnectionSettings => {
    const location = { file: shownAs, line: doc.line(keyNode) }
    const fields = knownFields(doc, `connection ${id}`, node, keyNode, CONNECTION_KEYS)
    const single = (key: string): string | undefined =>
      fields.has(key) ? resolveValue(doc, fields.get(key) ?? null, env, mask).value : undefined
    return {
      id,
      location,
      properties: fields.has('properties')
        ? properties(doc, fields.get('properties') ?? null, 'properties', env, mask, false)
        : [],
      securityPolicy: single('security-policy'),
      securityProperties: fields.has('security-properties')
        ? properties(doc, fields.get('security-properties') ?? null, 'security-properties', env, mask, true)
        : [],
      agentGroup: single('agent-group'),
      attachments: fields.has('attachments')
        ? readAttachments(doc, fields.get('attachments') ?? null, id, env, mask)
        : []
    }
  })
  return {
    file: shownAs,
    connections,
    lookups: lookupsOf(doc, root, env, mask),
    certificates: certificatesOf(doc, root, env, mask),
    schedules: schedulesOf(doc, root)
  }
}
