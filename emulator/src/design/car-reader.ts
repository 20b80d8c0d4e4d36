/**
 * Reading a project archive (`.car`): the emulator's `manifest.json` layout, or minimally Oracle's
 * `icspackage/project/<CODE>/project.xml` layout (integrations from `integrations/<CODE>_<VERSION>/` folders).
 * `payload.bin` entries are never read: only their size is kept.
 */
import { ApiError } from '../http-kit.js'
import type { ConnectionInit, IntegrationInit } from './build.js'
import { CAR_FORMAT } from './car-writer.js'
import { parseCsv } from './csv.js'
import {
  integrationId,
  SAFE_NAME,
  VERSION_PATTERN,
  type CodeVersion,
  type IdentifierVersion
} from './model.js'
import { parseJsonEntry, scanZip } from './zip-scan.js'

/** A deployment read from an archive. */
export interface CarDeployment {
  code: string
  name: string
  description: string
  integrations: CodeVersion[]
  robots: IdentifierVersion[]
  decisions: IdentifierVersion[]
  b2btradingpartners: CodeVersion[]
}

/** What a project archive holds. */
export interface ParsedCar {
  project: { code: string; name: string; description: string; type: string }
  label: string
  deployments: CarDeployment[]
  integrations: IntegrationInit[]
  connections: ConnectionInit[]
  lookups: Array<{ name: string; columns: string[]; rows: string[][] }>
  libraries: Array<{ code: string; version: string; name: string; type: string; content: Buffer }>
}

const PROJECT_ENTRY = /^icspackage\/project\/([^/]+)\/(.+)$/
const FOLDER = /^(.+)_(\d{2}\.\d{2}\.\d{4})$/

type Json = Record<string, unknown>
const invalid = (detail: string): ApiError => new ApiError(400, `Invalid manifest.json: ${detail}`)
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback)
const arr = (v: unknown, what: string): Json[] => {
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) throw invalid(`${what} must be an array.`)
  return v.map((x, n) => {
    if (!x || typeof x !== 'object') throw invalid(`${what}[${n}] must be an object.`)
    return x as Json
  })
}
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [])
const safe = (name: string, what: string): string => {
  if (!SAFE_NAME.test(name)) throw invalid(`${what} '${name}' is not a valid identifier.`)
  return name
}

/** Reads and validates a project archive from a file. */
export async function readCar(path: string): Promise<ParsedCar> {
  let manifest: unknown
  const projectCodes = new Set<string>()
  const payloads = new Map<string, number>()
  const folders = new Set<string>()
  const csvs = new Map<string, string[][]>()
  const scripts = new Map<string, Buffer>()
  const connectionIds: string[] = []
  await scanZip(path, async entry => {
    if (entry.name === 'manifest.json')
      return void (manifest = parseJsonEntry(entry.name, await entry.read()))
    const match = PROJECT_ENTRY.exec(entry.name)
    if (!match) return
    const [, code = '', rest = ''] = match
    projectCodes.add(code)
    const parts = rest.split('/')
    if (parts[0] === 'integrations' && parts.length >= 3 && FOLDER.test(parts[1] ?? '')) {
      const [, c = '', v = ''] = FOLDER.exec(parts[1] ?? '') ?? []
      folders.add(integrationId(c, v))
      if (parts[2] === 'payload.bin') payloads.set(integrationId(c, v), entry.size)
    } else if (parts[0] === 'lookups' && parts.length === 2 && rest.endsWith('.csv')) {
      const name = (parts[1] ?? '').slice(0, -4)
      try {
        csvs.set(name, parseCsv((await entry.read()).toString('utf8')))
      } catch (error) {
        throw new ApiError(400, `Lookup ${entry.name} is not valid CSV: ${(error as Error).message}.`)
      }
    } else if (parts[0] === 'libraries' && parts.length === 2 && rest.endsWith('.js')) {
      scripts.set((parts[1] ?? '').slice(0, -3), await entry.read())
    } else if (parts[0] === 'connections' && parts.length === 2 && rest.endsWith('.xml')) {
      connectionIds.push((parts[1] ?? '').slice(0, -4))
    }
  })
  if (projectCodes.size > 1)
    throw new ApiError(400, `The archive holds more than one project (${[...projectCodes].join(', ')}).`)
  if (manifest !== undefined) return fromManifest(manifest, payloads, csvs, scripts)
  const code = [...projectCodes][0]
  if (!code)
    throw new ApiError(
      400,
      'The uploaded file is not an OIC project archive: it has neither manifest.json nor icspackage/project/<CODE>/project.xml.'
    )
  return minimal(code, folders, payloads, csvs, scripts, connectionIds)
}

function fromManifest(
  raw: unknown,
  payloads: Map<string, number>,
  csvs: Map<string, string[][]>,
  scripts: Map<string, Buffer>
): ParsedCar {
  if (!raw || typeof raw !== 'object') throw invalid('it must be a JSON object.')
  const m = raw as Json
  if (m.format !== CAR_FORMAT)
    throw invalid(`unsupported format ${JSON.stringify(m.format)} (expected ${CAR_FORMAT}).`)
  const p = (m.project ?? {}) as Json
  const code = str(p.code)
  if (!SAFE_NAME.test(code)) throw invalid(`project.code '${code}' is missing or not a valid identifier.`)
  const integrations = arr(m.integrations, 'integrations').map((i, n): IntegrationInit => {
    const c = safe(str(i.code), `integrations[${n}].code`)
    const v = str(i.version)
    if (!VERSION_PATTERN.test(v))
      throw invalid(`integrations[${n}].version '${v}' must look like 01.00.0000.`)
    return {
      code: c,
      version: v,
      name: str(i.name, c),
      description: str(i.description),
      style: typeof i.style === 'string' ? i.style : undefined,
      connections: strings(i.connections),
      lookups: strings(i.lookups),
      libraries: strings(i.libraries),
      payloadBytes: payloads.get(integrationId(c, v)) ?? 0
    }
  })
  const refs = (v: unknown, key: 'code' | 'identifier'): Array<Record<string, string>> =>
    arr(v, 'a deployment list').map(r => ({ [key]: str(r[key]), version: str(r.version) }))
  return {
    project: {
      code,
      name: str(p.name, code),
      description: str(p.description),
      type: str(p.type, 'DEVELOPED')
    },
    label: str(m.label),
    deployments: arr(m.deployments, 'deployments').map((d, n) => ({
      code: safe(str(d.code), `deployments[${n}].code`),
      name: str(d.name, str(d.code)),
      description: str(d.description),
      integrations: refs(d.integrations, 'code') as unknown as CodeVersion[],
      robots: refs(d.robots, 'identifier') as unknown as IdentifierVersion[],
      decisions: refs(d.decisions, 'identifier') as unknown as IdentifierVersion[],
      b2btradingpartners: refs(d.b2btradingpartners, 'code') as unknown as CodeVersion[]
    })),
    integrations,
    connections: arr(m.connections, 'connections').map((c, n): ConnectionInit => {
      const props = arr(c.properties, `connections[${n}].properties`).map(q => ({
        propertyName: str(q.propertyName),
        propertyType: str(q.propertyType, 'STRING'),
        propertyGroup: str(q.propertyGroup, 'CONNECTION_PROPS'),
        required: q.required !== false
      }))
      const role = str(c.role, 'SOURCE_AND_TARGET')
      return {
        id: safe(str(c.id), `connections[${n}].id`),
        name: str(c.name, str(c.id)),
        adapterType: str(c.adapterType, 'rest'),
        role: (['SOURCE', 'TARGET'].includes(role) ? role : 'SOURCE_AND_TARGET') as ConnectionInit['role'],
        securityPolicy: str(c.securityPolicy, 'NONE'),
        // Security properties are told apart by their group (CREDENTIALS), as Oracle's payloads show.
        properties: props.filter(q => q.propertyGroup !== 'CREDENTIALS'),
        securityProperties: props.filter(q => q.propertyGroup === 'CREDENTIALS')
      }
    }),
    lookups: arr(m.lookups, 'lookups').map((l, n) => {
      const name = safe(str(l.name), `lookups[${n}].name`)
      const rows = csvs.get(name) ?? []
      return {
        name,
        columns: strings(l.columns).length ? strings(l.columns) : (rows[0] ?? []),
        rows: rows.slice(1)
      }
    }),
    libraries: arr(m.libraries, 'libraries').map((l, n) => {
      const c = safe(str(l.code), `libraries[${n}].code`)
      const v = str(l.version)
      if (!VERSION_PATTERN.test(v)) throw invalid(`libraries[${n}].version '${v}' must look like 01.00.0000.`)
      return {
        code: c,
        version: v,
        name: str(l.name, c),
        type: str(l.type, 'API'),
        content: scripts.get(`${c}_${v}`) ?? Buffer.alloc(0)
      }
    })
  }
}

/** Oracle's layout without a manifest: only what the paths tell. */
function minimal(
  code: string,
  folders: Set<string>,
  payloads: Map<string, number>,
  csvs: Map<string, string[][]>,
  scripts: Map<string, Buffer>,
  connectionIds: string[]
): ParsedCar {
  return {
    project: { code, name: code, description: '', type: 'DEVELOPED' },
    label: '',
    deployments: [],
    integrations: [...folders].map(id => {
      const [c = '', v = ''] = id.split('|')
      return { code: c, version: v, name: c, payloadBytes: payloads.get(id) ?? 0 }
    }),
    connections: connectionIds.filter(id => SAFE_NAME.test(id)).map(id => ({ id })),
    lookups: [...csvs].map(([name, rows]) => ({ name, columns: rows[0] ?? [], rows: rows.slice(1) })),
    libraries: [...scripts].flatMap(([file, content]) => {
      const [, c = '', v = ''] = FOLDER.exec(file) ?? []
      return c ? [{ code: c, version: v, name: c, type: 'API', content }] : []
    })
  }
}
