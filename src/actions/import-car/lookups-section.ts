/**
 * The `lookups:` section of the connections file: per lookup name, the `columns` and the `rows` it should hold in
 * this environment, as Oracle's update body has them (D:Update a Lookup in a Project: `columns`, and rows as
 * `{rowData: [...]}`, which may also be written as plain lists). Values take `${VAR}` from the environment like the
 * rest of the file.
 */
import type { Node } from 'yaml'
import type { SourceLocation } from '../../core/errors.js'
import {
  isMap,
  isSeq,
  mapEntries,
  readSection,
  seqItems,
  type LocatedDocument,
  type TopEntry
} from '../../core/yaml-file.js'
import { resolveValue } from './substitution.js'

/** One lookup to set, with where it was written. */
export interface LookupSetting {
  name: string
  columns: string[]
  rows: string[][]
  location: SourceLocation
}

const LOOKUP_KEYS = ['columns', 'rows']
/** Lookup names OIC accepts (letters, digits, `_`, `-`, `.`); anything else could not be a path segment either. */
const LOOKUP_NAME = /^[A-Za-z0-9_.-]+$/

type Env = Readonly<Record<string, string | undefined>>

function values(doc: LocatedDocument, node: Node | null, what: string, env: Env, mask: (v: string) => void) {
  if (!isSeq(node))
    throw doc.error(`${what} must be a list of values.`, node, `Write ${what} as [value, value, …].`)
  return seqItems(node).map(item => resolveValue(doc, item, env, mask).value)
}

/** A row: `[a, b]` or Oracle's `{rowData: [a, b]}`, as wide as the columns. */
function row(
  doc: LocatedDocument,
  node: Node,
  n: number,
  name: string,
  columns: string[],
  env: Env,
  mask: (v: string) => void
) {
  const what = `row ${n + 1} of lookup ${name}`
  let data: Node | null = node
  if (isMap(node)) {
    const entries = mapEntries(node)
    const other = entries.find(([k]) => k !== 'rowData')
    if (other || entries.length !== 1)
      throw doc.error(
        `${what} must be a list of values or {rowData: [...]}${other ? ` (unknown key '${other[0]}')` : ''}.`,
        other?.[2] ?? node,
        'Write each row as [value, value, …] (or rowData: [...] as in Oracle’s request body).'
      )
    data = entries[0]?.[1] ?? null
  }
  const cells = values(doc, data, what, env, mask)
  if (cells.length !== columns.length)
    throw doc.error(
      `${what} has ${cells.length} values; the lookup has ${columns.length} columns (${columns.join(', ')}).`,
      node,
      `Give row ${n + 1} one value per column.`
    )
  return cells
}

function lookup(
  doc: LocatedDocument,
  name: string,
  node: Node | null,
  keyNode: Node | null,
  env: Env,
  mask: (v: string) => void
): LookupSetting {
  if (!LOOKUP_NAME.test(name))
    throw doc.error(
      `lookup name '${name}' may only hold letters, digits, '_', '-' and '.'.`,
      keyNode,
      'Write the lookup’s name as OIC shows it.'
    )
  if (!isMap(node))
    throw doc.error(
      `lookup ${name} must be a mapping of columns and rows.`,
      node ?? keyNode,
      `Give lookup ${name} columns: and rows:.`
    )
  const fields = new Map<string, Node | null>()
  for (const [key, value, k] of mapEntries(node)) {
    if (!LOOKUP_KEYS.includes(key))
      throw doc.error(
        `unknown key '${key}' in lookup ${name} (expected columns, rows).`,
        k,
        `Remove or rename '${key}'.`
      )
    fields.set(key, value)
  }
  if (!fields.has('columns'))
    throw doc.error(
      `lookup ${name} has no columns.`,
      keyNode,
      `List lookup ${name}'s columns (as in the archive).`
    )
  const columns = values(doc, fields.get('columns') ?? null, `columns of lookup ${name}`, env, mask)
  if (columns.length === 0 || new Set(columns).size !== columns.length)
    throw doc.error(
      `lookup ${name} needs at least one column, each named once.`,
      fields.get('columns') ?? keyNode,
      `List lookup ${name}'s columns (as in the archive).`
    )
  const rowsNode = fields.get('rows') ?? null
  if (fields.has('rows') && !isSeq(rowsNode))
    throw doc.error(
      `rows of lookup ${name} must be a list of rows.`,
      rowsNode ?? keyNode,
      'Write rows: as a list of [value, …].'
    )
  const rows = seqItems(rowsNode).map((r, n) => row(doc, r, n, name, columns, env, mask))
  return { name, columns, rows, location: { file: doc.file, line: doc.line(keyNode) } }
}

/** The `lookups:` section among the file's top-level entries (`[key, value, keyNode]`); none when absent. */
export function lookupsOf(
  doc: LocatedDocument,
  top: readonly TopEntry[],
  env: Env,
  mask: (value: string) => void
): LookupSetting[] {
  const describe = {
    what: 'lookup names to their columns and rows',
    shape: '<lookup name>: {columns: [...], rows: [[...], …]} entries'
  }
  return readSection(doc, top, 'lookups', describe, (name, value, k) =>
    lookup(doc, name, value, k, env, mask)
  )
}
