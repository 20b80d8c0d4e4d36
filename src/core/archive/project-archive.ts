/**
 * Reading a project archive (`.car`) in the real layout (`oic-car-format.md` §1–§4) from its central directory:
 * the project, deployments, integrations with their dependencies, connections, lookups, libraries, schedules,
 * queues, templates and agents; and whether it is a whole-project or a deployment export.
 */
import { ConfigurationError } from '../errors.js'
import { integrationId } from '../oic/api.js'
import type { ArchiveDeployment, ArchiveIntegration, CarContents, VersionRef } from './contents.js'
import {
  outsideRoot,
  PROJECT_YAML,
  projectLayout,
  ROOT,
  splitVersioned,
  stem,
  type ProjectLayout
} from './layout.js'
import { parseInfo, parseJsonEntry, parseLabel, parseProjectYaml, parseProperties } from './metadata.js'
import { parseConnectionXml, parseLibraryXml, parseLookupDvm, parseScheduleXml } from './xml-entries.js'
import { printable, type ZipListing } from './zip-reader.js'

/** What the readers of one archive share. */
interface Ctx {
  zip: ZipListing
  label: string
  /** What looked odd; names from the archive are made {@link printable} when the list is returned. */
  warnings: string[]
}

async function readIntegrations(ctx: Ctx, layout: ProjectLayout): Promise<ArchiveIntegration[]> {
  const out: ArchiveIntegration[] = []
  for (const [folder, info] of layout.integrations) {
    const ref = splitVersioned(folder)
    if (!ref) {
      ctx.warnings.push(`integration folder '${folder}' does not end in _NN.NN.NNNN: skipped`)
      continue
    }
    const read = info ? parseInfo(await ctx.zip.read(info), info, ctx.label) : undefined
    if (!read)
      ctx.warnings.push(`integration ${integrationId(ref)} has no info.json: its dependencies are unknown`)
    else if ((read.code && read.code !== ref.code) || (read.version && read.version !== ref.version))
      ctx.warnings.push(
        `${info} names ${integrationId(read.code ?? '?', read.version ?? '?')}, its folder ${integrationId(ref)}`
      )
    const integration: ArchiveIntegration = {
      ...ref,
      name: read?.name,
      dependencies: read?.dependencies ?? { connections: [], lookups: [], templates: [] },
      persistedState: read?.persistedState,
      scheduled: false
    }
    out.push(integration)
  }
  return out
}

async function readLabels(ctx: Ctx, layout: ProjectLayout): Promise<ArchiveDeployment[]> {
  const out: ArchiveDeployment[] = []
  for (const name of layout.files.labels.filter(n => n.endsWith('.json')))
    out.push(parseLabel(await ctx.zip.read(name), name, ctx.label, stem(name, '.json')))
  return out
}

async function readAssets(ctx: Ctx, layout: ProjectLayout, names: readonly string[]) {
  const { zip, label } = ctx
  const connections = []
  for (const name of layout.files.connections.filter(n => n.endsWith('.xml')))
    connections.push(await parseConnectionXml(await zip.read(name), name, label, stem(name, '.xml')))
  const lookups = []
  for (const name of layout.files.lookups.filter(n => n.endsWith('.dvm')))
    lookups.push(await parseLookupDvm(await zip.read(name), name, label, stem(name, '.dvm')))
  const schedules = []
  for (const name of layout.files.schedules) {
    const ref = splitVersioned(stem(name, '.xml').replace(/^Schedule_/, ''))
    if (ref && name.endsWith('.xml'))
      schedules.push(await parseScheduleXml(await zip.read(name), name, label, ref))
    else ctx.warnings.push(`schedule '${name}' is not named Schedule_<CODE>_<NN.NN.NNNN>.xml: skipped`)
  }
  const queues = []
  for (const name of layout.files.queues.filter(n => n.endsWith('.json'))) {
    const q = parseJsonEntry(await zip.read(name), name, label)
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)
    queues.push({ code: str(q.code) ?? stem(name, '.json'), name: str(q.name) })
  }
  return { connections, lookups, schedules, queues, ...(await readVersioned(ctx, layout, names)) }
}

async function readVersioned(ctx: Ctx, layout: ProjectLayout, names: readonly string[]) {
  const versioned = (folder: string, what: string): VersionRef | undefined => {
    const ref = splitVersioned(folder)
    if (!ref) ctx.warnings.push(`${what} folder '${folder}' does not end in _NN.NN.NNNN: skipped`)
    return ref
  }
  const libraries = []
  for (const folder of layout.folders.libraries) {
    const ref = versioned(folder, 'library')
    if (!ref) continue
    const dir = `${ROOT}libraries/${folder}/`
    const xml = names.find(n => n.startsWith(dir) && n.endsWith('.xml') && !n.slice(dir.length).includes('/'))
    libraries.push(xml ? await parseLibraryXml(await ctx.zip.read(xml), xml, ctx.label, ref) : ref)
  }
  const templates = []
  for (const folder of layout.folders.templates) {
    const ref = versioned(folder, 'template')
    if (!ref) continue
    const props = `${ROOT}templates/${folder}/template.properties`
    const name = names.includes(props) ? parseProperties(await ctx.zip.read(props)).get('name') : undefined
    templates.push({ ...ref, ...(name ? { name } : {}) })
  }
  const agents = []
  for (const [kind, folder] of layout.agents) {
    const ref = versioned(folder, `ai_agents/${kind}`)
    if (ref) agents.push({ kind, ...ref })
  }
  return { libraries, templates, agents }
}

/** A deployment export: exactly one label, whose integrations are exactly the integration folders present. */
function deploymentOf(
  deployments: ArchiveDeployment[],
  integrations: ArchiveIntegration[]
): string | undefined {
  if (deployments.length !== 1) return undefined
  const only = deployments[0] as ArchiveDeployment
  const pinned = new Set(only.integrations.map(r => integrationId(r)))
  const present = new Set(integrations.map(r => integrationId(r)))
  if (pinned.size !== present.size || [...pinned].some(k => !present.has(k))) return undefined
  return only.code
}

function crossCheck(ctx: Ctx, ids: string[], integrations: ArchiveIntegration[], outside: string[]): void {
  const present = new Set(integrations.map(r => integrationId(r)))
  const missing = ids.filter(id => !present.has(id))
  if (missing.length)
    ctx.warnings.push(`project.yaml lists integrations the archive has no folder for: ${missing.join(', ')}`)
  if (outside.length) ctx.warnings.push(`entries outside project/ are ignored: ${outside.join(', ')}`)
}

/** Reads a listed zip that holds `project/project.yaml`; `label` names the archive in messages. */
export async function readProjectArchive(zip: ZipListing, label: string): Promise<CarContents> {
  const names = zip.entries.map(e => e.name)
  if (!names.includes(PROJECT_YAML)) throw new ConfigurationError(`${label} has no ${PROJECT_YAML}.`)
  const ctx: Ctx = { zip, label, warnings: [] }
  const layout = projectLayout(names)
  const yaml = await parseProjectYaml(await zip.read(PROJECT_YAML), PROJECT_YAML, label)
  const integrations = await readIntegrations(ctx, layout)
  const deployments = await readLabels(ctx, layout)
  const assets = await readAssets(ctx, layout, names)
  const scheduled = new Set(assets.schedules.map(r => integrationId(r)))
  for (const i of integrations) i.scheduled = scheduled.has(integrationId(i))
  crossCheck(ctx, yaml.integrationIds, integrations, outsideRoot(names))
  const deployment = deploymentOf(deployments, integrations)
  return {
    kind: deployment === undefined ? 'project' : 'deployment',
    project: yaml.project,
    deployment,
    deployments,
    integrations,
    ...assets,
    rpa: layout.rpa,
    unknownFolders: layout.unknownFolders,
    warnings: ctx.warnings.map(printable),
    entries: zip.entries.length,
    uncompressedBytes: zip.totalBytes
  }
}
