/**
 * Sorting a project archive's entry names into the folders of the real `.car` layout (`project/…`, see
 * `oic-car-format.md` §2): which integration versions, connections, lookups, libraries, schedules, queues,
 * templates, agents and labels it holds, and which top folders this reader does not know.
 */
import type { VersionRef } from './contents.js'

/** The folder prefix every entry of a project archive has. */
export const ROOT = 'project/'
/** The manifest every project archive has. */
export const PROJECT_YAML = 'project/project.yaml'

const VERSION = /^(.+)_(\d{2}\.\d{2}\.\d{4})$/
/** Top folders (and files) of `project/` this reader knows. */
const KNOWN = new Set([
  'project.yaml',
  'oic_project.properties',
  'rpa.zip',
  'labels',
  'integrations',
  'connections',
  'lookups',
  'libraries',
  'schedules',
  'queues',
  'templates',
  'ai_agents'
])

/** Splits `<CODE>_<NN.NN.NNNN>` at the last underscore; undefined when the version is not of that form. */
export function splitVersioned(folder: string): VersionRef | undefined {
  const m = VERSION.exec(folder)
  return m ? { code: m[1] as string, version: m[2] as string } : undefined
}

/** The entries of a project archive, by folder. */
export interface ProjectLayout {
  /** Integration folder names (`<CODE>_<VER>`) in entry order, with their `info.json` entry when present. */
  integrations: Map<string, string | undefined>
  /** Entry names by folder: `connections`, `lookups`, `labels`, `queues`, `schedules` (files directly inside). */
  files: Record<'connections' | 'lookups' | 'labels' | 'queues' | 'schedules', string[]>
  /** Versioned sub-folders: `libraries`, `templates`. */
  folders: Record<'libraries' | 'templates', string[]>
  /** `ai_agents/<kind>/<CODE>_<VER>` as `[kind, folder]`. */
  agents: Array<[string, string]>
  unknownFolders: string[]
  rpa: boolean
}

const add = <T>(list: T[], value: T): void => {
  if (!list.includes(value)) list.push(value)
}

function place(layout: ProjectLayout, parts: string[], name: string): void {
  const [top, second, third] = parts as [string, string | undefined, string | undefined]
  if (!KNOWN.has(top)) return add(layout.unknownFolders, top)
  if (top === 'rpa.zip' && parts.length === 1) layout.rpa = true
  if (second === undefined) return
  if (top === 'integrations') {
    const info = parts.length === 3 && third === 'info.json' ? name : undefined
    if (info || !layout.integrations.has(second)) layout.integrations.set(second, info)
  } else if (top === 'libraries' || top === 'templates') {
    if (parts.length > 2) add(layout.folders[top], second)
  } else if (top === 'ai_agents') {
    if (
      third !== undefined &&
      parts.length > 3 &&
      !layout.agents.some(([k, f]) => k === second && f === third)
    )
      layout.agents.push([second, third])
  } else if (top !== 'project.yaml' && top !== 'oic_project.properties' && top !== 'rpa.zip') {
    if (parts.length === 2) add(layout.files[top as keyof ProjectLayout['files']], name)
  }
}

/** Sorts `names` (entry names of the archive) into a {@link ProjectLayout}; names outside `project/` are skipped. */
export function projectLayout(names: readonly string[]): ProjectLayout {
  const layout: ProjectLayout = {
    integrations: new Map(),
    files: { connections: [], lookups: [], labels: [], queues: [], schedules: [] },
    folders: { libraries: [], templates: [] },
    agents: [],
    unknownFolders: [],
    rpa: false
  }
  for (const name of names) {
    if (!name.startsWith(ROOT) || name.endsWith('/')) continue
    place(layout, name.slice(ROOT.length).split('/'), name)
  }
  return layout
}

/** Top-level names outside `project/` (a project archive has none). */
export function outsideRoot(names: readonly string[]): string[] {
  const tops = new Set<string>()
  for (const name of names) if (!name.startsWith(ROOT)) tops.add(name.split('/')[0] ?? name)
  return [...tops]
}

/** The last path segment of an entry without `ext` (e.g. `project/lookups/Countries.dvm` → `Countries`). */
export function stem(name: string, ext: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1)
  return base.endsWith(ext) ? base.slice(0, -ext.length) : base
}
