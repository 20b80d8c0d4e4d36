/**
 * Building OIC archives for tests, shaped as `../shared/oic-car-format.md` describes real exports: every entry
 * under `project/`, DEFLATE with data descriptors (yazl `addReadStream`), no directory entries, unsorted, with
 * `project.yaml`, `labels/*.json`, `integrations/<CODE>_<VER>/info.json`, connection XML without credential values,
 * lookups, libraries, schedules, queues, templates and AI agents. A `deployment` spec gives a deployment export (one
 * label, assets trimmed to what it pins). `writeIarFile` builds an integration archive (`.iar`, §5). Everything is
 * built from the spec: no third-party export is copied.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { join } from 'node:path'
import yazl from 'yazl'
import { stringify } from 'yaml'
import { workspace } from './actions.js'

/** An integration version of the spec. */
export interface IntegrationSpec {
  code: string
  /** `NN.NN.NNNN`. */
  version: string
  name?: string
  /** Connection codes it depends on (may name connections that are not in the archive). */
  connections?: string[]
  lookups?: string[]
  templates?: string[]
  /** Writes `schedules/Schedule_<CODE>_<VER>.xml` for it. */
  scheduled?: boolean
  /** `CONFIGURED` (default), `INPROGRESS` or `ACTIVATED`. */
  persistedState?: string
}

/** A connection of the spec (its XML never holds credential values, like a real export). */
export interface ConnectionSpec {
  code: string
  name?: string
  /** `applicationTypeRef`, default `rest`. */
  adapter?: string
  /** Default `BASIC_AUTH`. */
  securityPolicy?: string
  /** Connection property values by name (default `connectionUrl`); a `csfkey` reference is always added. */
  properties?: Record<string, string>
  /** `CONFIGURED` (default) or `IN_PROGRESS`. */
  status?: string
  /** `integrationRole`: `TRIGGER`, `INVOKE` or `TRIGGER_AND_INVOKE` (default). */
  role?: string
  /** Writes the elements with this namespace prefix (e.g. `ns0`) instead of a default namespace. */
  prefix?: string
}

/** A deployment (label) of the spec. */
export interface LabelSpec {
  code: string
  name?: string
  /** Pinned integration versions; default none (the key is then absent, as in a real empty deployment). */
  integrations?: Array<{ code: string; version: string }>
  /** Pinned agent codes. */
  agents?: string[]
}

/** A lookup of the spec. */
export interface LookupSpec {
  name: string
  columns?: string[]
  rows?: string[][]
}

/** A versioned asset (library, template, agent). */
export interface VersionedSpec {
  code: string
  version: string
  name?: string
}

/** An AI agent asset. */
export interface AgentSpec extends VersionedSpec {
  /** Folder under `ai_agents/`, default `agents`. */
  kind?: 'agents' | 'tools' | 'patterns' | 'promptTemplates'
}

/** A whole project (or, with `deployment`, one deployment) to export. */
export interface CarSpec {
  code: string
  name?: string
  description?: string
  /** `DRAFT` (default) or `CONFIGURED`. */
  status?: string
  integrations?: IntegrationSpec[]
  connections?: ConnectionSpec[]
  labels?: LabelSpec[]
  lookups?: LookupSpec[]
  libraries?: VersionedSpec[]
  queues?: Array<{ code: string; name?: string }>
  templates?: VersionedSpec[]
  agents?: AgentSpec[]
  /** Writes `project/rpa.zip` (default true). */
  rpa?: boolean
  /** More entries, names relative to the archive root (e.g. `project/processes/P.json`). */
  extra?: Array<{ name: string; data: string | Buffer }>
  /** Produce a deployment export of this label: one label file, only what it pins and what they depend on. */
  deployment?: string
}

/** One archive entry. */
export interface CarEntry {
  name: string
  data: Buffer
}

const DATE = '2026-03-12T09:52:23.265+0000'
const ICS = '26.01.0.8-EC'
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const uuid = (seed: string): string => {
  const hex = createHash('sha1').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}
const asset = (id: string, name: string): Record<string, unknown> => ({
  id,
  name,
  revision: 1,
  updatedBy: 'dev@example.com',
  updatedDate: DATE
})

/** Applies `deployment`: the one label, what it pins, and what those depend on (only what the spec has). */
function trim(spec: CarSpec): CarSpec {
  if (!spec.deployment) return spec
  const label = (spec.labels ?? []).find(l => l.code === spec.deployment) ?? { code: spec.deployment }
  const pinned = new Set((label.integrations ?? []).map(i => `${i.code}|${i.version}`))
  const integrations = (spec.integrations ?? []).filter(i => pinned.has(`${i.code}|${i.version}`))
  const uses = (pick: (i: IntegrationSpec) => string[] | undefined): Set<string> =>
    new Set(integrations.flatMap(i => pick(i) ?? []))
  const conns = uses(i => i.connections)
  const lookups = uses(i => i.lookups)
  const templates = uses(i => i.templates)
  const agents = new Set(label.agents ?? [])
  return {
    ...spec,
    labels: [label],
    integrations,
    connections: (spec.connections ?? []).filter(c => conns.has(c.code)),
    lookups: (spec.lookups ?? []).filter(l => lookups.has(l.name)),
    templates: (spec.templates ?? []).filter(t => templates.has(t.code)),
    agents: (spec.agents ?? []).filter(a => agents.has(a.code)),
    libraries: [],
    queues: []
  }
}

/** The `assets` of `project.yaml`: only what the archive holds; an empty project has `{}`. */
function yamlAssets(s: CarSpec): Record<string, unknown> {
  const assets: Record<string, unknown> = {}
  const put = (key: string, list: unknown[]): void => {
    if (list.length) assets[key] = list
  }
  const ints = s.integrations ?? []
  put(
    'integrations',
    ints.map(i => asset(`${i.code}|${i.version}`, i.name ?? i.code))
  )
  put(
    'connections',
    (s.connections ?? []).map(c => asset(c.code, c.name ?? c.code))
  )
  put(
    'lookups',
    (s.lookups ?? []).map(l => asset(l.name, l.name))
  )
  put(
    'libraries',
    (s.libraries ?? []).map(l => asset(`${l.code}|${l.version}`, l.name ?? l.code))
  )
  put(
    'labels',
    (s.labels ?? []).map(l => asset(l.code, l.name ?? l.code))
  )
  put(
    'schedules',
    ints.filter(i => i.scheduled).map(i => asset(`${i.code}|${i.version}`, i.name ?? i.code))
  )
  put(
    'queues',
    (s.queues ?? []).map(q => asset(q.code, q.name ?? q.code))
  )
  put(
    'templates',
    (s.templates ?? []).map(t => asset(`${t.code}|${t.version}`, t.name ?? t.code))
  )
  const agents: Record<string, unknown> = {}
  for (const a of s.agents ?? []) {
    const kind = a.kind ?? 'agents'
    agents[kind] = [...((agents[kind] as unknown[]) ?? []), asset(`${a.code}|${a.version}`, a.name ?? a.code)]
  }
  if (Object.keys(agents).length) assets.ai_agents = agents
  return assets
}

/** `project/project.yaml` for a (trimmed) spec, starting with `---` as OIC writes it. */
function projectYaml(s: CarSpec): string {
  const doc = {
    id: uuid(s.code),
    code: s.code,
    name: s.name ?? s.code,
    type: 'DEVELOPED',
    revision: 3,
    projectRevision: 3,
    status: s.status ?? 'DRAFT',
    createdBy: 'dev@example.com',
    createdDate: DATE,
    updatedBy: 'dev@example.com',
    updatedDate: DATE,
    latestBy: 'dev@example.com',
    latestDate: DATE,
    ...(s.description ? { description: s.description } : {}),
    CAV: 1,
    simplifiedMode: false,
    assets: yamlAssets(s),
    origin: {
      tenantOCID: 'ocid1.tenancy.oc1..example',
      serviceInstanceOCID: 'ocid1.integrationinstance.oc1.example'
    }
  }
  return `---\n${stringify(doc)}`
}

function integrationEntries(i: IntegrationSpec): Array<[string, string]> {
  const dir = `project/integrations/${i.code}_${i.version}`
  const info = {
    dependencies: {
      connections: i.connections ?? [],
      lookups: i.lookups ?? [],
      templates: i.templates ?? []
    },
    properties: {
      code: i.code,
      name: i.name ?? i.code,
      version: i.version,
      type: 'ORCHESTRATION',
      mepType: i.scheduled ? 'ASYNC_ONE_WAY' : 'SYNC',
      persistedState: i.persistedState ?? 'CONFIGURED',
      transientState: '',
      scope: 'Private',
      smartTags: 'demo,tests',
      mod: 'bW9k',
      CAV: 1,
      validity: 'VALID',
      originalICSVersion: ICS,
      lastUpdatedICSVersion: ICS
    }
  }
  const projectXml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<icsproject xmlns="http://www.oracle.com/2014/03/ics/project/definition" modelType="freeform">` +
    `<projectCode>${esc(i.code)}</projectCode><projectVersion>${i.version}</projectVersion>` +
    `<projectName>${esc(i.name ?? i.code)}</projectName><projectDescription/><icsflow/></icsproject>\n`
  return [
    [`${dir}/resources/processor_1/resourcegroup_1/output_1.xsl`, '<xsl:stylesheet version="2.0"/>\n'],
    [`${dir}/PROJECT-INF/project.xml`, projectXml],
    [`${dir}/info.json`, JSON.stringify(info)],
    [`${dir}/PROJECT-INF/analysis.json`, JSON.stringify({ code: i.code, version: i.version })],
    [`${dir}/resources/application_1/inbound.wsdl`, '<definitions/>\n']
  ]
}

/** A connection's XML (`ApplicationInstance`), optionally with a namespace prefix; no credential values. */
export function connectionXml(c: ConnectionSpec): string {
  const p = c.prefix ? `${c.prefix}:` : ''
  const ns = c.prefix ? `xmlns:${c.prefix}` : 'xmlns'
  const props = { connectionUrl: 'https://example.invalid/api', ...(c.properties ?? {}) }
  const el = (n: string, v: string): string => `<${p}${n}>${esc(v)}</${p}${n}>`
  const property = (n: string, v: string): string =>
    `<${p}connectionProperty>${el('name', n)}${el('value', v)}</${p}connectionProperty>`
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${p}ApplicationInstance ${ns}="http://xmlns.oracle.com/adapters/cloud">` +
    el('id', uuid(c.code)) +
    el('instanceCode', c.code) +
    el('displayName', c.name ?? c.code) +
    el('applicationTypeRef', c.adapter ?? 'rest') +
    `<${p}connectionProperties>` +
    Object.entries(props)
      .map(([n, v]) => property(n, v))
      .join('') +
    property('csfkey', `csf_${Buffer.from(c.code).toString('hex')}`) +
    `</${p}connectionProperties>` +
    el('securityPolicy', c.securityPolicy ?? 'BASIC_AUTH') +
    el('revision', '1') +
    el('status', c.status ?? 'CONFIGURED') +
    el('hidden', 'false') +
    el('percentageComplete', '100') +
    `<${p}attachments/>` +
    el('integrationRole', c.role ?? 'TRIGGER_AND_INVOKE') +
    el('pluginVersion', '1.0') +
    `</${p}ApplicationInstance>\n`
  )
}

/** A lookup's `.dvm`. */
export function lookupDvm(l: LookupSpec): string {
  const columns = l.columns ?? ['source', 'target']
  const rows = l.rows ?? [columns.map((c, n) => `${c}${n}`)]
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<dvm name="${esc(l.name)}" xmlns="http://xmlns.oracle.com/dvm">` +
    `<description>${esc(l.name)} lookup</description><columns>` +
    columns.map(c => `<column name="${esc(c)}"/>`).join('') +
    '</columns><rows>' +
    rows.map(r => `<row>${r.map(c => `<cell>${esc(c)}</cell>`).join('')}</row>`).join('') +
    '</rows></dvm>\n'
  )
}

function scheduleXml(i: IntegrationSpec): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<schedule xmlns="http://xmlns.oracle.com/scheduler" name="${esc(i.code)}_${i.version}">` +
    `<display-name>${esc(i.name ?? i.code)}</display-name><time-zone>UTC</time-zone>` +
    '<recurrence><start>2026-03-12T10:00:00.000+0000</start><count>-1</count>' +
    '<ical-expression>FREQ=HOURLY;INTERVAL=1;</ical-expression></recurrence></schedule>\n'
  )
}

function assetEntries(s: CarSpec): Array<[string, string | Buffer]> {
  const out: Array<[string, string | Buffer]> = []
  for (const l of s.libraries ?? []) {
    const dir = `project/libraries/${l.code}_${l.version}`
    const name = l.name ?? l.code
    out.push(
      [
        `${dir}/${name}.xml`,
        `<api-library><name>${esc(name)}</name><code>${esc(l.code)}</code><version>${l.version}</version><implementationType>JAVASCRIPT</implementationType></api-library>\n`
      ],
      [
        `${dir}/${name}_properties.properties`,
        `code=${l.code}\nlibrarytype=API\nname=${name}\ntype=PRIVATE\nversion=${l.version}\n`
      ],
      [`${dir}/${name}.jar`, storedZip(`${name}.js`, Buffer.from('function run() { return 1 }\n'))]
    )
  }
  for (const q of s.queues ?? [])
    out.push([`project/queues/${q.code}.json`, JSON.stringify({ name: q.name ?? q.code, code: q.code })])
  for (const t of s.templates ?? []) {
    const dir = `project/templates/${t.code}_${t.version}`
    out.push(
      [`${dir}/template.properties`, `code=${t.code}\nname=${t.name ?? t.code}\nversion=${t.version}\n`],
      [`${dir}/arguments.json`, '[]'],
      [`${dir}/fileContent.template`, 'Hello ${name}\n']
    )
  }
  for (const a of s.agents ?? []) {
    const dir = `project/ai_agents/${a.kind ?? 'agents'}/${a.code}_${a.version}`
    out.push([
      `${dir}/metadata.json`,
      JSON.stringify({ code: a.code, name: a.name ?? a.code, version: a.version })
    ])
  }
  return out
}

/** The entries of a project archive for `spec` (a deployment export when `spec.deployment` is set), unsorted. */
export function carEntries(spec: CarSpec): CarEntry[] {
  const s = trim(spec)
  const out: Array<[string, string | Buffer]> = []
  for (const i of s.integrations ?? []) out.push(...integrationEntries(i))
  for (const c of s.connections ?? []) out.push([`project/connections/${c.code}.xml`, connectionXml(c)])
  for (const l of s.lookups ?? []) out.push([`project/lookups/${l.name}.dvm`, lookupDvm(l)])
  for (const i of (s.integrations ?? []).filter(i => i.scheduled))
    out.push([`project/schedules/Schedule_${i.code}_${i.version}.xml`, scheduleXml(i)])
  out.push(...assetEntries(s))
  for (const l of s.labels ?? []) {
    const label: Record<string, unknown> = { name: l.name ?? l.code, code: l.code, revision: 1 }
    if (l.integrations?.length) label.integrations = l.integrations
    if (l.agents?.length)
      label.agents = l.agents.map(code => ({
        code,
        version: (s.agents ?? []).find(a => a.code === code)?.version ?? '01.00.0000'
      }))
    out.push([`project/labels/${l.code}.json`, JSON.stringify(label)])
  }
  out.push(['project/project.yaml', projectYaml(s)])
  out.push([
    'project/oic_project.properties',
    `#Thu Mar 12 09:52:23 UTC 2026\nmod=${Buffer.from(s.code).toString('base64')}\n`
  ])
  if (s.rpa ?? true) out.push(['project/rpa.zip', RPA_ZIP])
  for (const e of s.extra ?? []) out.push([e.name, e.data])
  return out.map(([name, data]) => ({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data) }))
}

/** A stored (uncompressed) one-entry zip holding `rpa_metadata.json`, built by hand: no directory entries. */
const RPA_ZIP = storedZip('rpa_metadata.json', Buffer.from('{"robots":[]}'))

function crc32(buf: Buffer): number {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function storedZip(name: string, data: Buffer): Buffer {
  const n = Buffer.from(name)
  /** The fields the local header and the central directory entry share, from `at`: CRC-32, both sizes, name length. */
  const entryFields = (header: Buffer, at: number): Buffer => {
    header.writeUInt32LE(crc32(data), at)
    header.writeUInt32LE(data.length, at + 4)
    header.writeUInt32LE(data.length, at + 8)
    header.writeUInt16LE(n.length, at + 12)
    return header
  }
  const local = entryFields(Buffer.alloc(30), 14)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  const central = entryFields(Buffer.alloc(46), 16)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + n.length, 12)
  end.writeUInt32LE(30 + n.length + data.length, 16)
  return Buffer.concat([local, n, data, central, n, end])
}

/** Zips `entries` as OIC does: DEFLATE through `addReadStream`, so every entry has a data descriptor (bit 3). */
export async function zipEntries(entries: CarEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const mtime = new Date('2026-03-12T09:52:23Z')
  for (const e of entries) zip.addReadStream(Readable.from([e.data]), e.name, { compress: true, mtime })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The bytes of a project archive for `spec`. */
export async function projectCarBytes(spec: CarSpec): Promise<Buffer> {
  return zipEntries(carEntries(spec))
}

/** Writes a project archive (`.car`) for `spec` to `path`. */
export async function writeProjectCar(path: string, spec: CarSpec): Promise<void> {
  await pipeline(Readable.from([await projectCarBytes(spec)]), createWriteStream(path))
}

/** An integration archive (`.iar`, §5) of one integration version. */
export interface IarSpec extends IntegrationSpec {
  /** Connection definitions written under `icspackage/appinstances/` (default: one per `connections` code). */
  connectionSpecs?: ConnectionSpec[]
}

/** The entries of an `.iar` for `spec`. */
export function iarEntries(spec: IarSpec): CarEntry[] {
  const dir = `icspackage/project/${spec.code}_${spec.version}`
  const attrs =
    `project_code=${spec.code}\nproject_name=${spec.name ?? spec.code}\nproject_version=${spec.version}\n` +
    `project_type=ORCHESTRATION\nproject_persisted_state=${spec.persistedState ?? 'CONFIGURED'}\n` +
    `mep_type=SYNC\nmodelType=freeform\nsmartTags=\noriginalICSVersion=${ICS}\nlastUpdatedICSVersion=${ICS}\n`
  const conns = spec.connectionSpecs ?? (spec.connections ?? []).map(code => ({ code }))
  const out: Array<[string, string]> = [
    [`${dir}/ics_project_attributes.properties`, attrs],
    ...integrationEntries(spec)
      .filter(([n]) => n.includes('/PROJECT-INF/') || n.includes('/resources/'))
      .map(([n, d]): [string, string] => [n.replace(/^project\/integrations\/[^/]+\//, `${dir}/`), d]),
    ...conns.map((c): [string, string] => [`icspackage/appinstances/${c.code}.xml`, connectionXml(c)]),
    ...(spec.lookups ?? []).map((l): [string, string] => [`icspackage/dvms/${l}.dvm`, lookupDvm({ name: l })])
  ]
  if (spec.scheduled)
    out.push([
      `icspackage/schedule/Schedule_${spec.code}_${spec.version.replace(/\./g, '_')}.xml`,
      scheduleXml(spec)
    ])
  return out.map(([name, data]) => ({ name, data: Buffer.from(data) }))
}

/** Writes an integration archive (`.iar`) for `spec` to `path`. */
export async function writeIarFile(path: string, spec: IarSpec): Promise<void> {
  await pipeline(Readable.from([await zipEntries(iarEntries(spec))]), createWriteStream(path))
}

/**
 * A fresh workspace ({@link workspace}) holding `so.car`, a SALES_ORDERS project with one integration: what every
 * action can be pointed at when the test is about something else.
 */
export async function workspaceWithCar(): Promise<ReturnType<typeof workspace>> {
  const ws = workspace()
  await writeProjectCar(join(ws.GITHUB_WORKSPACE, 'so.car'), {
    code: 'SALES_ORDERS',
    integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0000' }]
  })
  return ws
}
