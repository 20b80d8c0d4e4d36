/**
 * The JSON and YAML metadata of a project archive (`oic-car-format.md` §3): `project.yaml`, `labels/<CODE>.json`
 * and `integrations/<CODE>_<VER>/info.json`. Malformed entries are one line naming the entry; missing optional
 * fields are simply absent.
 */
import { ConfigurationError } from '../errors.js'
import { printable } from './zip-reader.js'
import type { ArchiveDependencies, ArchiveDeployment, ArchiveProject, VersionRef } from './contents.js'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined
/** A list of codes; entries may be plain codes or objects with a `code` (or `id`, `name`). */
const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [])
    .map(e => (isObject(e) ? str(e.code ?? e.id ?? e.name) : str(e)))
    .filter((s): s is string => s !== undefined)

const damaged = (label: string, entry: string, what: string, cause?: unknown): ConfigurationError =>
  new ConfigurationError(
    `${label} entry '${printable(entry)}' ${printable(what)}: the archive is damaged; export it again.`,
    cause === undefined ? undefined : { cause }
  )

/** Parses a JSON entry that must be an object. */
export function parseJsonEntry(text: string, entry: string, label: string): Json {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw damaged(label, entry, `is not valid JSON (${(error as Error).message})`, error)
  }
  if (!isObject(value)) throw damaged(label, entry, 'is not a JSON object')
  return value
}

/** What `project.yaml` says: the project, and the integration ids its `assets` list. */
export interface ProjectYaml {
  project: ArchiveProject
  /** `CODE|VERSION` ids under `assets.integrations`. */
  integrationIds: string[]
}

/** Parses `project/project.yaml` (YAML; the `yaml` package is loaded here, on first use). */
export async function parseProjectYaml(text: string, entry: string, label: string): Promise<ProjectYaml> {
  const { parse } = await import('yaml')
  let doc: unknown
  try {
    doc = parse(text, { maxAliasCount: 100, uniqueKeys: false })
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? ''
    throw damaged(label, entry, `is not valid YAML (${first})`, error)
  }
  if (!isObject(doc)) throw damaged(label, entry, 'is not a YAML mapping')
  const code = str(doc.code)
  if (!code) throw damaged(label, entry, 'names no project code')
  const assets = isObject(doc.assets) ? doc.assets : {}
  const integrations = Array.isArray(assets.integrations) ? assets.integrations : []
  return {
    project: {
      code,
      name: str(doc.name),
      description: str(doc.description),
      status: str(doc.status),
      type: str(doc.type),
      revision: typeof doc.revision === 'number' ? doc.revision : undefined,
      updatedBy: str(doc.updatedBy),
      updatedDate: str(doc.updatedDate)
    },
    integrationIds: integrations.map(a => (isObject(a) ? str(a.id) : undefined)).filter(Boolean) as string[]
  }
}

const refs = (v: unknown): VersionRef[] =>
  (Array.isArray(v) ? v : [])
    .filter(isObject)
    .map(r => ({ code: str(r.code) ?? '', version: str(r.version) ?? '' }))
    .filter(r => r.code !== '')

/** Parses `project/labels/<CODE>.json`; `fallback` is the code from the file name. */
export function parseLabel(text: string, entry: string, label: string, fallback: string): ArchiveDeployment {
  const json = parseJsonEntry(text, entry, label)
  return {
    code: str(json.code) ?? fallback,
    name: str(json.name),
    description: str(json.description),
    integrations: refs(json.integrations),
    agents: (Array.isArray(json.agents) ? json.agents : [])
      .map(a => (isObject(a) ? str(a.code) : str(a)))
      .filter((a): a is string => a !== undefined)
  }
}

/** What an `info.json` says about its integration. */
export interface IntegrationInfo {
  name?: string
  code?: string
  version?: string
  persistedState?: string
  dependencies: ArchiveDependencies
}

/** Parses `project/integrations/<CODE>_<VER>/info.json`. */
export function parseInfo(text: string, entry: string, label: string): IntegrationInfo {
  const json = parseJsonEntry(text, entry, label)
  const deps = isObject(json.dependencies) ? json.dependencies : {}
  const props = isObject(json.properties) ? json.properties : {}
  return {
    code: str(props.code),
    version: str(props.version),
    name: str(props.name),
    persistedState: str(props.persistedState),
    dependencies: {
      connections: strings(deps.connections),
      lookups: strings(deps.lookups),
      templates: strings(deps.templates)
    }
  }
}

/** Parses a Java `.properties` text (`key=value` lines, `#` comments) into a map. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[#!]/.test(line) || !line.includes('=')) continue
    const at = line.indexOf('=')
    out.set(line.slice(0, at).trim(), line.slice(at + 1).trim())
  }
  return out
}
