/**
 * Reading a user's YAML or JSON file with line numbers, so every validation error can say `file:line` (and become
 * an `::error file=…,line=…` annotation).
 */
import { existsSync, readFileSync } from 'node:fs'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml'
import { inputError, type InputError } from './errors.js'

/** A parsed file and a way to point at its nodes. */
export interface LocatedDocument {
  /** Path as the user gave it. */
  file: string
  /** The root node. */
  root: Node | null
  /** 1-based line of a node. */
  line(node: Node | null | undefined): number | undefined
  /**
   * The input error of a problem at `node`: `<file>:<line>: <message>`, with the file's input, the file as the user
   * named it for the value, `fix` and the location (an `::error file=…,line=…` annotation).
   */
  error(message: string, node: Node | null | undefined, fix: string): InputError
}

/** Parses a YAML (or JSON, a subset) file; syntax errors name the file and line. */
export function readYamlFile(path: string, shownAs: string, input: string): LocatedDocument {
  if (!existsSync(path))
    throw inputError(`Input '${input}': file '${shownAs}' does not exist.`, {
      input,
      value: shownAs,
      fix: `Check ${input}: a path relative to the workspace, or absolute.`
    })
  const counter = new LineCounter()
  const doc = parseDocument(readFileSync(path, 'utf8'), {
    lineCounter: counter,
    prettyErrors: false,
    // The parser's own check compares each key with every earlier one (40,000 keys took 47 s): a Set does it below.
    uniqueKeys: false
  })
  const lineOf = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : counter.linePos(offset).line
  const located: LocatedDocument = {
    file: shownAs,
    root: doc.contents,
    line: node => lineOf(node?.range?.[0]),
    error: (message, node, fix) =>
      inputError(message, {
        input,
        value: shownAs,
        fix,
        location: { file: shownAs, line: located.line(node) }
      })
  }
  const first = doc.errors[0]
  const where = first ? first.pos[0] : duplicateKey(doc.contents)
  if (where !== undefined) {
    const line = lineOf(where)
    const what = first ? first.message.split('\n')[0] : 'Map keys must be unique'
    throw inputError(`invalid YAML: ${what}`, {
      input,
      value: shownAs,
      fix: `Correct the YAML syntax of ${shownAs}${line ? ` at line ${line}` : ''}.`,
      location: { file: shownAs, line }
    })
  }
  return located
}

/** The offset of the first scalar key that repeats an earlier key of its mapping, in linear time. */
function duplicateKey(root: Node | null): number | undefined {
  let found: number | undefined
  visit(root, {
    Map: (_, map) => {
      const seen = new Set<unknown>()
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue
        if (seen.has(pair.key.value)) {
          found = pair.key.range?.[0] ?? 0
          return visit.BREAK
        }
        seen.add(pair.key.value)
      }
      return undefined
    }
  })
  return found
}

/** A scalar's value as text (strings, numbers, booleans; anything else is empty). */
function plain(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : ''
}

/** Entries of a mapping node as `[key, valueNode, keyNode]`. */
export function mapEntries(node: Node | null | undefined): Array<[string, Node | null, Node | null]> {
  if (!isMap(node)) return []
  return node.items.map(pair => {
    const key = pair.key as Node | null
    return [isScalar(key) ? plain(key.value) : '', pair.value as Node | null, key]
  })
}

/** Items of a sequence node. */
export function seqItems(node: Node | null | undefined): Node[] {
  return isSeq(node) ? (node.items as Node[]) : []
}

/** The string value of a scalar node (numbers and booleans as written), or undefined. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined
  return typeof node.source === 'string' ? node.source : plain(node.value)
}

export { isMap, isScalar, isSeq }

/** A top-level entry as {@link mapEntries} gives it: key, value, key node. */
export type TopEntry = [string, Node | null, Node | null]

/**
 * The entries of the top-level section `name` (a mapping of names to settings), each read by `read`; none when the
 * file has no such section. A section that is not a mapping is an error at its line, with `shape` as the fix.
 */
export function readSection<T>(
  doc: LocatedDocument,
  top: readonly TopEntry[],
  name: string,
  describe: { what: string; shape: string },
  read: (entryName: string, value: Node | null, keyNode: Node | null) => T
): T[] {
  const entry = top.find(([k]) => k === name)
  if (!entry) return []
  const [, value, keyNode] = entry
  if (!isMap(value))
    throw doc.error(
      `'${name}' must map ${describe.what}.`,
      value ?? keyNode,
      `Write '${name}:' as ${describe.shape}.`
    )
  return mapEntries(value).map(([entryName, v, k]) => read(entryName, v, k))
}

/**
 * The fields of entry `label` (e.g. `connection ERP`), which must be a mapping of some of `keys`: anything else, or a
 * key not among them, is an error at its line.
 */
export function knownFields(
  doc: LocatedDocument,
  label: string,
  node: Node | null,
  keyNode: Node | null,
  keys: readonly string[],
  hint = `Give ${label} some of ${keys.join(', ')}.`
): Map<string, Node | null> {
  if (!isMap(node))
    throw doc.error(`${label} must be a mapping of ${keys.join(', ')}.`, node ?? keyNode, hint)
  const fields = new Map<string, Node | null>()
  for (const [key, value, k] of mapEntries(node)) {
    if (!keys.includes(key))
      throw doc.error(
        `unknown key '${key}' in ${label} (expected ${keys.join(', ')}).`,
        k,
        `Remove or rename '${key}'.`
      )
    fields.set(key, value)
  }
  return fields
}
