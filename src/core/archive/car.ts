/**
 * What a `.car` holds, read without extracting it: the emulator's documented `manifest.json` layout and Oracle's
 * `icspackage/project/<CODE>/…` layout; anything unreadable is reported, not guessed.
 */
import { basename } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { DEFAULT_ZIP_LIMITS, listZip, type ZipLimits } from './zip-reader.js'

/** An integration version in an archive. */
export interface ArchiveIntegration {
  code: string
  version: string
  name?: string
  /** Connection ids it uses, when the archive says. */
  connections: string[]
}

/** A connection definition in an archive (never its values). */
export interface ArchiveConnection {
  id: string
  name?: string
  adapterType?: string
  role?: string
  securityPolicy?: string
  properties: Array<{
    propertyName: string
    propertyType?: string
    propertyGroup?: string
    required?: boolean
  }>
}

/** The contents of a `.car`. */
export interface CarContents {
  /** `manifest` (emulator layout), `icspackage` (Oracle layout, partly readable) or `unknown`. */
  layout: 'manifest' | 'icspackage' | 'unknown'
  project?: { code: string; name?: string; description?: string }
  /** The deployment the archive was exported for ('' = whole project). */
  label?: string
  deployments: Array<{ code: string; name?: string; integrations: Array<{ code: string; version: string }> }>
  integrations: ArchiveIntegration[]
  connections: ArchiveConnection[]
  lookups: Array<{ name: string }>
  libraries: Array<{ code: string; version: string; name?: string; type?: string }>
  entries: number
  uncompressedBytes: number
  /** What could not be read (shown to the user; import then relies on the server's answer). */
  warnings: string[]
}

interface Manifest {
  format?: string
  project?: { code?: string; name?: string; description?: string }
  label?: string
  deployments?: Array<{
    code?: string
    name?: string
    integrations?: Array<{ code?: string; version?: string }>
  }>
  integrations?: Array<{ code?: string; version?: string; name?: string; connections?: string[] }>
  connections?: Array<Partial<ArchiveConnection>>
  lookups?: Array<{ name?: string }>
  libraries?: Array<{ code?: string; version?: string; name?: string; type?: string }>
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const ICS_PROJECT = /^icspackage\/project\/([^/]+)\//
const ICS_INTEGRATION = /^icspackage\/project\/[^/]+\/integrations\/([^/]+)_(\d{2}\.\d{2}\.\d{4})\//

function fromManifest(
  m: Manifest
): Omit<CarContents, 'entries' | 'uncompressedBytes' | 'warnings' | 'layout'> {
  return {
    project: m.project?.code
      ? { code: m.project.code, name: m.project.name, description: m.project.description }
      : undefined,
    label: str(m.label),
    deployments: (m.deployments ?? [])
      .filter(d => d.code)
      .map(d => ({
        code: str(d.code),
        name: d.name,
        integrations: (d.integrations ?? []).map(i => ({ code: str(i.code), version: str(i.version) }))
      })),
    integrations: (m.integrations ?? [])
      .filter(i => i.code && i.version)
      .map(i => ({
        code: str(i.code),
        version: str(i.version),
        name: i.name,
        connections: Array.isArray(i.connections) ? i.connections.map(String) : []
      })),
    connections: (m.connections ?? [])
      .filter(c => c.id)
      .map(c => ({
        id: str(c.id),
        name: c.name,
        adapterType: typeof c.adapterType === 'string' ? c.adapterType : undefined,
        role: c.role,
        securityPolicy: c.securityPolicy,
        properties: Array.isArray(c.properties)
          ? c.properties.filter(p => p && typeof p.propertyName === 'string')
          : []
      })),
    lookups: (m.lookups ?? []).filter(l => l.name).map(l => ({ name: str(l.name) })),
    libraries: (m.libraries ?? [])
      .filter(l => l.code)
      .map(l => ({ code: str(l.code), version: str(l.version), name: l.name, type: l.type }))
  }
}

/** Reads a `.car`; `label` names it in messages (e.g. `Input 'path' (./x.car)`). Unsafe archives are refused. */
export async function readCar(
  path: string,
  label = basename(path),
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Promise<CarContents> {
  const zip = await listZip(path, label, limits)
  try {
    const base = { entries: zip.entries.length, uncompressedBytes: zip.totalBytes, warnings: [] as string[] }
    if (zip.entries.some(e => e.name === 'manifest.json')) {
      let manifest: Manifest
      try {
        manifest = JSON.parse(await zip.read('manifest.json')) as Manifest
      } catch (error) {
        if (error instanceof ConfigurationError) throw error
        throw new ConfigurationError(
          `${label} has a manifest.json that is not valid JSON: the archive is damaged; export it again.`
        )
      }
      return { layout: 'manifest', ...base, ...fromManifest(manifest) }
    }
    const codes = new Set(
      zip.entries.map(e => ICS_PROJECT.exec(e.name)?.[1]).filter((c): c is string => Boolean(c))
    )
    if (codes.size > 0) {
      const integrations = new Map<string, ArchiveIntegration>()
      for (const e of zip.entries) {
        const m = ICS_INTEGRATION.exec(e.name)
        if (m)
          integrations.set(`${m[1]}|${m[2]}`, {
            code: m[1] as string,
            version: m[2] as string,
            connections: []
          })
      }
      const warnings = [
        'this archive has no manifest.json: deployments, connections, lookups and libraries could not be read from it'
      ]
      if (codes.size > 1) warnings.push(`it holds several project folders (${[...codes].join(', ')})`)
      if (integrations.size === 0) warnings.push('no integration versions could be read from its folders')
      return {
        layout: 'icspackage',
        ...base,
        warnings,
        project: codes.size === 1 ? { code: [...codes][0] as string } : undefined,
        deployments: [],
        integrations: [...integrations.values()],
        connections: [],
        lookups: [],
        libraries: []
      }
    }
    throw new ConfigurationError(
      `${label} is a zip but not an OIC project archive (no manifest.json and no icspackage/project/<CODE>/ folder).`
    )
  } finally {
    zip.close()
  }
}
