/**
 * Writing `.car` (project) and `.iar` (integration) archives as real zip files, streamed: `payload.bin` entries
 * are generated on the fly and stored, so a 1 GiB archive needs constant memory.
 * Connection values are never written (contract §5.5).
 */
import { Readable } from 'node:stream'
import { toCsv } from './csv.js'
import type { Connection, ConnectionProperty, Deployment, Integration, Library, Lookup } from './model.js'
import { zipStream, type ZipEntry } from './zip-writer.js'

/** Format tag of the manifest. */
export const CAR_FORMAT = 'oic-emulator-car/1'

/** What goes into a project archive. */
export interface CarContent {
  project: { code: string; name: string; description: string; type: string }
  /** The exported deployment, or '' for the whole project. */
  label: string
  deployments: Deployment[]
  integrations: Integration[]
  connections: Connection[]
  lookups: Lookup[]
  libraries: Library[]
}

const CHUNK = 64 * 1024
/** Per-item XML entries are stored, not deflated: for thousands of tiny entries deflate saves next to nothing. */
const DEFLATE_SMALL_ENTRIES = false

/** A deterministic pseudo-random byte stream of `size` bytes: one 64 KiB xorshift block, repeated. */
export function payloadStream(size: number, seedText: string): Readable {
  let state = 2166136261
  for (const ch of seedText) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0
  state = state || 1
  const block = Buffer.alloc(CHUNK)
  for (let i = 0; i < CHUNK; i += 4) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    block.writeUInt32LE(state >>> 0, i)
  }
  let left = size
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      if (left <= 0) return void this.push(null)
      const n = Math.min(left, CHUNK)
      left -= n
      // The block is never modified, so every chunk can share it: no allocation per chunk.
      this.push(n === CHUNK ? block : block.subarray(0, n))
    }
  })
}

/** Escapes text for XML content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    c => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`
  )
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n'
const tag = (name: string, value: string): string => `  <${name}>${xmlEscape(value)}</${name}>\n`
const list = (outer: string, inner: string, attr: string, values: string[]): string =>
  `  <${outer}>${values.map(v => `<${inner} ${attr}="${xmlEscape(v)}"/>`).join('')}</${outer}>\n`

/** `integration.xml` of one integration version. */
export function integrationXml(i: Integration): string {
  return `${xmlHead}<integration>\n${tag('code', i.code)}${tag('version', i.version)}${tag('name', i.name)}${tag('description', i.description)}${tag('style', i.style)}${list('connections', 'connection', 'id', i.connections)}${list('lookups', 'lookup', 'name', i.lookups)}${list('libraries', 'library', 'id', i.libraries)}</integration>\n`
}

const propertyDefinition = (p: ConnectionProperty): Record<string, unknown> => ({
  propertyName: p.propertyName,
  propertyType: p.propertyType,
  propertyGroup: p.propertyGroup,
  required: p.required
})

/** A connection's definition without values (manifest form). */
export function connectionDefinition(c: Connection): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    adapterType: c.adapterType,
    role: c.role,
    securityPolicy: c.securityPolicy,
    properties: [...c.properties, ...c.securityProperties].map(propertyDefinition)
  }
}

/** `<ID>.xml` of a connection: its definition, never its values. */
export function connectionXml(c: Connection): string {
  const props = [...c.properties, ...c.securityProperties]
    .map(
      p =>
        `    <property name="${xmlEscape(p.propertyName)}" type="${xmlEscape(p.propertyType)}" group="${xmlEscape(p.propertyGroup)}" required="${p.required}"/>\n`
    )
    .join('')
  return `${xmlHead}<connection>\n${tag('id', c.id)}${tag('name', c.name)}${tag('adapterType', c.adapterType)}${tag('role', c.role)}${tag('securityPolicy', c.securityPolicy)}  <properties>\n${props}  </properties>\n</connection>\n`
}

/** The manifest of a project archive (layout documented in the emulator README). */
export function manifestOf(content: CarContent, exportedAt: string): Record<string, unknown> {
  return {
    format: CAR_FORMAT,
    project: { ...content.project },
    label: content.label,
    exportedAt,
    deployments: content.deployments.map(d => ({
      code: d.code,
      name: d.name,
      description: d.description,
      integrations: d.integrations.map(i => ({ code: i.code, version: i.version })),
      robots: d.robots.map(r => ({ ...r })),
      decisions: d.decisions.map(r => ({ ...r })),
      b2btradingpartners: d.b2btradingpartners.map(r => ({ ...r }))
    })),
    integrations: content.integrations.map(i => ({
      code: i.code,
      version: i.version,
      name: i.name,
      description: i.description,
      style: i.style,
      connections: [...i.connections],
      lookups: [...i.lookups],
      libraries: [...i.libraries]
    })),
    connections: content.connections.map(connectionDefinition),
    lookups: content.lookups.map(l => ({ name: l.name, columns: [...l.columns] })),
    libraries: content.libraries.map(l => ({ code: l.code, version: l.version, name: l.name, type: l.type }))
  }
}

/** An integration's folder entries (`integration.xml`, `payload.bin`) under `folder`. */
function integrationEntries(folder: string, i: Integration, xmlName: string, mtime: Date): ZipEntry[] {
  const entries: ZipEntry[] = [
    {
      name: `${folder}/${xmlName}`,
      mtime,
      data: Buffer.from(integrationXml(i)),
      compress: DEFLATE_SMALL_ENTRIES
    }
  ]
  const size = i.payloadBytes
  if (size > 0)
    entries.push({
      name: `${folder}/payload.bin`,
      mtime,
      size,
      open: () => payloadStream(size, `${i.code}|${i.version}`)
    })
  return entries
}

/** Streams a project archive; `manifest.json` is the first entry. */
export function writeCar(content: CarContent, exportedAt: string, now: number): Readable {
  const mtime = new Date(now)
  const root = `icspackage/project/${content.project.code}`
  const projectXml = `${xmlHead}<project>\n${tag('code', content.project.code)}${tag('name', content.project.name)}${tag('description', content.project.description)}${tag('type', content.project.type)}${tag('label', content.label)}</project>\n`
  return zipStream([
    {
      name: 'manifest.json',
      mtime,
      data: Buffer.from(JSON.stringify(manifestOf(content, exportedAt), null, 2))
    },
    { name: `${root}/project.xml`, mtime, data: Buffer.from(projectXml), compress: DEFLATE_SMALL_ENTRIES },
    ...content.integrations.flatMap(i =>
      integrationEntries(`${root}/integrations/${i.code}_${i.version}`, i, 'integration.xml', mtime)
    ),
    ...content.connections.map(c => ({
      name: `${root}/connections/${c.id}.xml`,
      mtime,
      data: Buffer.from(connectionXml(c)),
      compress: DEFLATE_SMALL_ENTRIES
    })),
    ...content.lookups.map(l => ({
      name: `${root}/lookups/${l.name}.csv`,
      mtime,
      data: Buffer.from(toCsv([l.columns, ...l.rows]))
    })),
    ...content.libraries.map(l => ({
      name: `${root}/libraries/${l.code}_${l.version}.js`,
      mtime,
      data: l.content
    }))
  ])
}

/**
 * Streams an integration archive (`.iar`): `icspackage/project/<CODE>_<VERSION>/PROJECT-INF/project.xml`
 * (+ `payload.bin`) and one `icspackage/appinstances/<ID>.xml` per connection it uses.
 */
export function writeIar(i: Integration, connections: Connection[], now: number): Readable {
  const mtime = new Date(now)
  return zipStream([
    ...integrationEntries(`icspackage/project/${i.code}_${i.version}`, i, 'PROJECT-INF/project.xml', mtime),
    ...connections.map(c => ({
      name: `icspackage/appinstances/${c.id}.xml`,
      mtime,
      data: Buffer.from(connectionXml(c))
    }))
  ])
}
