/**
 * The deployment configuration file (YAML or JSON): `code`, `name`, `description`, `integrations`, and optionally
 * `robots`, `decisions`, `b2b-trading-partners`. Every error names the file and line.
 */
import { basename } from 'node:path'
import type { Node } from 'yaml'
import { integrationId } from '../../core/oic/api.js'
import { isVersion } from '../../core/oic/versions.js'
import {
  mapEntries,
  readYamlFile,
  scalarText,
  seqItems,
  isMap,
  isSeq,
  type LocatedDocument
} from '../../core/yaml-file.js'
import { parseSpec, type IntegrationSpec } from './resolve.js'

/** What a configuration file defines. */
export interface DeploymentConfig {
  code: string
  name?: string
  description?: string
  integrations: IntegrationSpec[]
  robots: Array<{ identifier: string; version: string }>
  decisions: Array<{ identifier: string; version: string }>
  b2bTradingPartners: Array<{ code: string; version: string }>
}

const KEYS = ['code', 'name', 'description', 'integrations', 'robots', 'decisions', 'b2b-trading-partners']

function text(doc: LocatedDocument, node: Node | null, key: string): string {
  const value = scalarText(node)
  if (value === undefined || value.trim() === '')
    throw doc.error(`'${key}' must be a non-empty string.`, node, `Give '${key}' a text value.`)
  return value.trim()
}

function refs<K extends 'identifier' | 'code'>(
  doc: LocatedDocument,
  node: Node | null,
  key: string,
  idKey: K
): Array<Record<K | 'version', string>> {
  if (!isSeq(node))
    throw doc.error(
      `'${key}' must be a list of {${idKey}, version}.`,
      node,
      `Make '${key}' a list of {${idKey}, version}.`
    )
  return seqItems(node).map(item => {
    const fields = Object.fromEntries(mapEntries(item).map(([k, v]) => [k, v]))
    const id = scalarText(fields[idKey])
    const version = scalarText(fields.version)
    if (!isMap(item) || !id || !version || !isVersion(version)) {
      throw doc.error(
        `each entry of '${key}' needs ${idKey} and a version NN.NN.NNNN.`,
        item,
        `Give the entry ${idKey} and version (e.g. 01.00.0000).`
      )
    }
    return { [idKey]: id, version } as Record<K | 'version', string>
  })
}

/** Reads and validates a deployment configuration file. */
export function readDeploymentConfig(path: string, shownAs = basename(path)): DeploymentConfig {
  const doc = readYamlFile(path, shownAs, 'config-file')
  if (!isMap(doc.root))
    throw doc.error(
      'expected a mapping with code, name, description and integrations.',
      doc.root,
      'Write the file as a mapping: code, name, description, integrations.'
    )
  const fields = new Map<string, Node | null>()
  for (const [key, value, keyNode] of mapEntries(doc.root)) {
    if (!KEYS.includes(key))
      throw doc.error(
        `unknown key '${key}' (expected ${KEYS.join(', ')}).`,
        keyNode,
        `Remove or rename '${key}'.`
      )
    fields.set(key, value)
  }
  if (!fields.has('code'))
    throw doc.error("'code' (the deployment code) is required.", doc.root, "Add 'code: <deployment code>'.")
  const integrationsNode = fields.get('integrations') ?? null
  if (!isSeq(integrationsNode) || integrationsNode.items.length === 0) {
    throw doc.error(
      "'integrations' must be a non-empty list of CODE|VERSION, CODE, * or {code, version}.",
      integrationsNode ?? doc.root,
      "List the integrations under 'integrations:' (CODE|VERSION, CODE, * or {code, version})."
    )
  }
  const integrations = seqItems(integrationsNode).map(item => {
    const location = { file: shownAs, line: doc.line(item) }
    if (isMap(item)) {
      const f = Object.fromEntries(mapEntries(item).map(([k, v]) => [k, scalarText(v)]))
      if (!f.code)
        throw doc.error('an integration entry needs a code.', item, 'Add code: <integration code>.')
      return parseSpec(f.version ? integrationId(f.code, f.version) : f.code, { location })
    }
    const value = scalarText(item)
    if (!value)
      throw doc.error(
        'an integration entry must be CODE|VERSION, CODE or *.',
        item,
        'Write the entry as CODE|VERSION, CODE or *.'
      )
    return parseSpec(value, { location })
  })
  const optionalText = (key: string): string | undefined =>
    fields.has(key) ? text(doc, fields.get(key) ?? null, key) : undefined
  return {
    code: text(doc, fields.get('code') ?? null, 'code'),
    name: optionalText('name'),
    description: optionalText('description'),
    integrations,
    robots: fields.has('robots') ? refs(doc, fields.get('robots') ?? null, 'robots', 'identifier') : [],
    decisions: fields.has('decisions')
      ? refs(doc, fields.get('decisions') ?? null, 'decisions', 'identifier')
      : [],
    b2bTradingPartners: fields.has('b2b-trading-partners')
      ? refs(doc, fields.get('b2b-trading-partners') ?? null, 'b2b-trading-partners', 'code')
      : []
  }
}
