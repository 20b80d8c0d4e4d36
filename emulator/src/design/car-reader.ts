/**
 * Reading a project archive (`.car`) in OIC's real layout (`../shared/oic-car-format.md`): the project from
 * `project/project.yaml`, deployments from `labels/*.json`, integrations from `integrations/<CODE>_<VER>/info.json`
 * (the version follows the last underscore), connections from their `ApplicationInstance` XML, lookups from
 * `.dvm`, libraries from their folder (the `.js` inside the `.jar`), schedules from `schedules/`. A deployment
 * export is told by its single label whose integrations are exactly the integration folders (§4).
 */
import { parse } from 'yaml'
import { ApiError } from '../http-kit.js'
import type { ConnectionInit, IntegrationInit } from './build.js'
import { collectCar, type CarFile, type CarFiles } from './car-collect.js'
import { splitFolder } from './car-format.js'
import {
  checkSchedule,
  connectionFromXml,
  libraryFromXml,
  lookupFromDvm,
  projectXmlInfo,
  safeName,
  type LookupInit
} from './car-parse.js'
import { readLibraryFolder, type LibraryInit } from './library-folder.js'
import { integrationId, type CodeVersion, type IdentifierVersion } from './model.js'
import { parseJsonEntry } from './zip-scan.js'

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
  /** The deployment of a one-deployment export, or '' for a whole-project export. */
  label: string
  deployments: CarDeployment[]
  integrations: IntegrationInit[]
  connections: ConnectionInit[]
  lookups: LookupInit[]
  libraries: LibraryInit[]
}

type Json = Record<string, unknown>
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : [])
const object = (v: unknown, what: string): Json => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ApiError(400, `${what} must be an object.`)
  return v as Json
}

/** `project.yaml`: the project's code, name, description and type (§3). */
function projectOf(file: CarFile): ParsedCar['project'] {
  let doc: unknown
  try {
    doc = parse(file.data.toString('utf8'))
  } catch (error) {
    throw new ApiError(400, `Archive entry ${file.entry} is not valid YAML (${(error as Error).message}).`)
  }
  const yaml = object(doc, `Archive entry ${file.entry}`)
  const code = safeName(str(yaml.code), 'project code', file.entry)
  return {
    code,
    name: str(yaml.name) || code,
    description: str(yaml.description),
    type: str(yaml.type) || 'DEVELOPED'
  }
}

/** One integration folder: `info.json` (required) and `PROJECT-INF/project.xml`. */
function integrationOf(files: CarFiles, folder: string): IntegrationInit {
  const where = `project/integrations/${folder}/`
  const split = splitFolder(folder)
  if (!split) throw new ApiError(400, `Archive folder ${where} does not end with _NN.NN.NNNN (the version).`)
  const { code, version } = split
  safeName(code, 'integration code', where)
  const info = files.infos.get(folder)
  if (!info) throw new ApiError(400, `Archive folder ${where} has no info.json.`)
  const json = object(parseJsonEntry(info.entry, info.data), `Archive entry ${info.entry}`)
  const deps = (json.dependencies ?? {}) as Json
  const props = (json.properties ?? {}) as Json
  if ((props.code && str(props.code) !== code) || (props.version && str(props.version) !== version))
    throw new ApiError(
      400,
      `Archive entry ${info.entry} names ${str(props.code)}|${str(props.version)}, not ${code}|${version}.`
    )
  const xml = files.projectXmls.get(folder)
  const flow = xml ? projectXmlInfo(xml.entry, xml.data) : undefined
  const scheduled = files.schedules.has(folder) || /style:scheduled/.test(str(props.smartTags))
  // The schedule's definition travels with the archive (format file §3); it lands stopped (CANCELLED) [I].
  const scheduleFile = files.schedules.get(folder)
  const schedule = scheduleFile ? checkSchedule(scheduleFile.entry, scheduleFile.data) : undefined
  return {
    ...(schedule ? { schedule } : {}),
    code,
    version,
    name: str(props.name) || flow?.name || code,
    description: flow?.description ?? '',
    style: scheduled ? 'freeform_scheduled' : undefined,
    connections: strings(deps.connections).map(c => safeName(c, 'connection dependency', info.entry)),
    lookups: strings(deps.lookups).map(l => safeName(l, 'lookup dependency', info.entry)),
    libraries: flow?.libraries ?? [],
    payloadBytes: files.payloads.get(folder) ?? 0
  }
}

/** `labels/<CODE>.json` (§3). */
function deploymentOf(fileName: string, file: CarFile): CarDeployment {
  const json = object(parseJsonEntry(file.entry, file.data), `Archive entry ${file.entry}`)
  const code = safeName(str(json.code) || fileName, 'deployment code', file.entry)
  const refs = Array.isArray(json.integrations) ? (json.integrations as unknown[]) : []
  return {
    code,
    name: str(json.name) || code,
    description: str(json.description),
    integrations: refs.map(r => {
      const ref = object(r, `An integration of ${file.entry}`)
      return { code: str(ref.code), version: str(ref.version) }
    }),
    robots: [],
    decisions: [],
    b2btradingpartners: []
  }
}

/** The one deployment of a deployment export, or '' (format file §4: no explicit marker). */
function labelOf(deployments: CarDeployment[], integrations: IntegrationInit[]): string {
  if (deployments.length !== 1) return ''
  const [only] = deployments
  const pinned = new Set(only?.integrations.map(r => integrationId(r.code, r.version)))
  const present = new Set(integrations.map(i => integrationId(i.code, i.version)))
  const same = pinned.size === present.size && [...present].every(id => pinned.has(id))
  return same && only ? only.code : ''
}

/** Reads and validates a project archive from a file (400 with the offending entry). */
export async function readCar(
  path: string,
  foreignEntries: 'reject' | 'ignore' = 'reject'
): Promise<ParsedCar> {
  const files = await collectCar(path, foreignEntries)
  const project = projectOf(files.projectYaml as CarFile)
  for (const [folder, file] of files.schedules) {
    if (!splitFolder(folder))
      throw new ApiError(400, `Archive entry ${file.entry} is not Schedule_<CODE>_<VERSION>.xml.`)
    checkSchedule(file.entry, file.data)
  }
  const integrations = [...files.folders].map(folder => integrationOf(files, folder))
  const deployments = [...files.labels].map(([name, file]) => deploymentOf(name, file))
  const libraries: LibraryInit[] = []
  for (const [folder, entries] of files.libraries)
    libraries.push(await readLibraryFolder(folder, entries, libraryFromXml))
  return {
    project,
    label: labelOf(deployments, integrations),
    deployments,
    integrations,
    connections: [...files.connections.values()].map(f => connectionFromXml(f.entry, f.data)),
    lookups: [...files.lookups].map(([name, f]) => lookupFromDvm(f.entry, f.data, name)),
    libraries
  }
}
