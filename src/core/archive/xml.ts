/**
 * Parsing the XML entries of an archive (connections, lookups, schedules, libraries) with `fast-xml-parser`,
 * loaded on first use so commands that read no archive never load it. Namespace prefixes are dropped (the default
 * namespace varies between exports); a malformed document is one line naming the entry.
 */
import { ConfigurationError } from '../errors.js'
import { printable } from './zip-reader.js'

/** A parsed element: child elements by local name, attributes as `@name`, text as `#text`. */
export type XmlNode = { [key: string]: XmlValue }
/** Any value in a parsed document. */
export type XmlValue = string | XmlNode | XmlValue[]

type Parse = (text: string) => XmlNode
let parser: Promise<Parse> | undefined

async function load(): Promise<Parse> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser')
  const xml = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 }
  })
  return text => {
    const valid = XMLValidator.validate(text)
    if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`)
    return xml.parse(text) as XmlNode
  }
}

/** Parses `text` (entry `entry` of the archive `label`); malformed XML is a {@link ConfigurationError}. */
export async function parseXml(text: string, entry: string, label: string): Promise<XmlNode> {
  parser ??= load()
  const parse = await parser
  try {
    return parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `${label} entry '${printable(entry)}' is not well-formed XML (${printable((error as Error).message.split('\n')[0] ?? '')}): the archive is damaged; export it again.`,
      { cause: error }
    )
  }
}

/** The child element `name` of `node` (the first one when repeated). */
export function child(node: XmlValue | undefined, name: string): XmlValue | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined
  const value = node[name]
  return Array.isArray(value) ? value[0] : value
}

/** Every child element `name` of `node`, as a list. */
export function children(node: XmlValue | undefined, name: string): XmlValue[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return []
  const value = node[name]
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** The text of `node` (an element's `#text`, or the string itself); undefined when empty. */
export function text(node: XmlValue | undefined): string | undefined {
  if (typeof node === 'string') return node === '' ? undefined : node
  if (!node || Array.isArray(node)) return undefined
  const t = node['#text']
  return typeof t === 'string' && t !== '' ? t : undefined
}

/** The text of child element `name`. */
export const childText = (node: XmlValue | undefined, name: string): string | undefined =>
  text(child(node, name))
