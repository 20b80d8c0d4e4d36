/**
 * Reading the XML files of uploaded archives with a real parser (fast-xml-parser): namespace prefixes are dropped,
 * because the default namespace of the same element varies between real exports (format file §3), and a file
 * that is not well-formed, or whose root is not the expected element, is a 400 naming the entry.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ApiError } from '../http-kit.js'

/** A parsed element: child elements by name, attributes as `@_name`, text as `#text`. */
export type XmlNode = Record<string, unknown>

/** Elements that may repeat, always read as lists. */
const LISTS = new Set(['connectionProperty', 'column', 'row', 'cell', 'processor'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name: string) => LISTS.has(name)
})

/** Parses `data` and returns its root element `root` (400 when not well-formed or another root). */
export function parseXmlEntry(entry: string, data: Buffer, root: string): XmlNode {
  const text = data.toString('utf8')
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    throw new ApiError(
      400,
      `Archive entry ${entry} is not well-formed XML (${valid.err.msg}, line ${valid.err.line}).`
    )
  const doc = parser.parse(text) as XmlNode
  const node = doc[root]
  if (node === undefined)
    throw new ApiError(400, `Archive entry ${entry} is not a ${root} document (its root element differs).`)
  return node && typeof node === 'object' ? (node as XmlNode) : { '#text': node }
}

/** A scalar as text ('' for anything else). */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''
}

/** The text of child `name` ('' when absent or empty). */
export function textOf(node: XmlNode | undefined, name: string): string {
  const value = node?.[name]
  if (value && typeof value === 'object') return scalar((value as XmlNode)['#text'])
  return scalar(value)
}

/** Child `name` as an element ({} when absent or text-only). */
export function childOf(node: XmlNode | undefined, name: string): XmlNode {
  const value = node?.[name]
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {}
}

/** Child list `name` (see {@link LISTS}) as elements; text-only items become `{'#text': …}`. */
export function listOf(node: XmlNode | undefined, name: string): XmlNode[] {
  const value: unknown = node?.[name]
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.map(v => (v && typeof v === 'object' ? (v as XmlNode) : { '#text': v ?? '' }))
}

/** Attribute `name` of an element ('' when absent). */
export function attrOf(node: XmlNode | undefined, name: string): string {
  return scalar(node?.[`@_${name}`])
}
