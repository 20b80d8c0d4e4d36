/**
 * Comparing an archive with the target instance: what an import would add, change, keep or leave alone; which
 * connections need their credentials (real archives carry none) and which the connections file configures; which
 * connections the integrations depend on that neither the archive nor the target has; which integrations are
 * scheduled; which lookups and libraries the import brings or changes; and whether it would hit 409/412.
 */
import type { Connection } from '../oic/connections.js'
import { integrationId } from '../oic/api.js'
import type { Integration } from '../oic/integrations.js'
import type { CarContents, VersionRef } from './contents.js'

/** The target as read before importing. */
export interface TargetState {
  /** False when the project does not exist in the target. */
  exists: boolean
  integrations: Integration[]
  /** Connections of the project in the target. */
  connections: Connection[]
  /** Connections of the target instance outside the project (pre-seeded, global); undefined when not read. */
  instanceConnections?: Array<{ id: string; status?: string }>
  /** The target project's lookups; undefined when not read. */
  lookups?: Array<{ name: string }>
  /** The target project's libraries; undefined when not read. */
  libraries?: VersionRef[]
}

/** What happens to one integration. */
export type IntegrationChange = 'added' | 'version changed' | 'unchanged' | 'only in target'

/** One row of the diff. */
export interface IntegrationDiff {
  code: string
  /** Version in the archive ('' when only in the target). */
  version: string
  /** Versions the target has of this code. */
  targetVersions: string[]
  /** Status of the target's active (or newest) version. */
  targetStatus?: string
  change: IntegrationChange
  /** `ok`, `409` (project exists, if-exists: fail), `412` (active or locked: deactivate first), `skipped`. */
  importable: 'ok' | '409' | '412' | 'skipped'
  /** True when the archive holds its schedule: start it after activation. */
  scheduled: boolean
}

/** A connection the archive brings, and its fate: it arrives without credentials. */
export interface ConnectionDiff {
  id: string
  adapterType?: string
  securityPolicy?: string
  /** Status in the target now (undefined = not there). */
  targetStatus?: string
  /** True unless the connections file configures it: the archive carries no credentials. */
  needsConfiguration: boolean
  configuredByFile: boolean
}

/** A connection integrations depend on that the archive does not hold. */
export interface DependencyDiff {
  id: string
  /** `CODE|VERSION` of the integrations that depend on it. */
  integrations: string[]
  /** Where the target has it; `missing` = neither archive nor target; `unknown` = the target was not read. */
  found: 'target project' | 'target instance' | 'missing' | 'unknown'
}

/** A lookup or library the import brings. */
export interface AssetDiff {
  id: string
  change: 'added' | 'replaced' | 'version changed' | 'unchanged' | 'unknown'
}

/** The whole comparison. */
export interface ArchiveDiff {
  projectExists: boolean
  integrations: IntegrationDiff[]
  connections: ConnectionDiff[]
  /** Connections the integrations depend on that are not in the archive. */
  externalConnections: DependencyDiff[]
  /** Of those, the ones the target does not have either: activation of their integrations cannot work. */
  missingConnections: DependencyDiff[]
  /** `CODE|VERSION` of the scheduled integrations (their schedules need starting after activation). */
  scheduled: string[]
  lookups: AssetDiff[]
  libraries: AssetDiff[]
  counts: Record<IntegrationChange, number>
}

const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS'])

function integrationRows(car: CarContents, target: TargetState, ifExists: string): IntegrationDiff[] {
  const byCode = new Map<string, Integration[]>()
  for (const i of target.integrations) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i])
  const gate = (conflict: boolean): IntegrationDiff['importable'] => {
    if (!target.exists) return 'ok'
    if (ifExists === 'fail') return '409'
    if (ifExists === 'skip') return 'skipped'
    return conflict ? '412' : 'ok'
  }
  const shown = (there: Integration[], fallback: Integration | undefined): string | undefined =>
    (there.find(t => ACTIVE.has(String(t.status))) ?? fallback)?.status
  const rows: IntegrationDiff[] = car.integrations.map(i => {
    const there = byCode.get(i.code) ?? []
    return {
      code: i.code,
      version: i.version,
      targetVersions: there.map(t => t.version),
      targetStatus: shown(there, there[there.length - 1]),
      change:
        there.length === 0
          ? 'added'
          : there.some(t => t.version === i.version)
            ? 'unchanged'
            : 'version changed',
      importable: gate(there.some(t => ACTIVE.has(String(t.status)) || t.lockedFlag === true)),
      scheduled: i.scheduled
    }
  })
  const inArchive = new Set(car.integrations.map(i => i.code))
  for (const [code, there] of byCode) {
    if (inArchive.has(code)) continue
    rows.push({
      code,
      version: '',
      targetVersions: there.map(t => t.version),
      targetStatus: shown(there, there[0]),
      change: 'only in target',
      importable: gate(false),
      scheduled: false
    })
  }
  return rows
}

/** Connections the integrations depend on that the archive does not hold, with the integrations that use them. */
export function externalConnections(car: CarContents): Map<string, string[]> {
  const held = new Set(car.connections.map(c => c.code))
  const out = new Map<string, string[]>()
  for (const i of car.integrations)
    for (const c of i.dependencies.connections)
      if (!held.has(c)) out.set(c, [...(out.get(c) ?? []), integrationId(i)])
  return out
}

function dependencyRows(car: CarContents, target: TargetState): DependencyDiff[] {
  return [...externalConnections(car)].map(([id, integrations]) => {
    const found: DependencyDiff['found'] = target.connections.some(c => c.id === id)
      ? 'target project'
      : target.instanceConnections?.some(c => c.id === id)
        ? 'target instance'
        : target.instanceConnections
          ? 'missing'
          : 'unknown'
    return { id, integrations, found }
  })
}

function assetRows(car: CarContents, target: TargetState): Pick<ArchiveDiff, 'lookups' | 'libraries'> {
  const lookups = car.lookups.map((l): AssetDiff => ({
    id: l.name,
    change: !target.lookups ? 'unknown' : target.lookups.some(t => t.name === l.name) ? 'replaced' : 'added'
  }))
  const libraries = car.libraries.map((l): AssetDiff => {
    const there = target.libraries?.filter(t => t.code === l.code)
    return {
      id: integrationId(l),
      change: !there
        ? 'unknown'
        : there.length === 0
          ? 'added'
          : there.some(t => t.version === l.version)
            ? 'unchanged'
            : 'version changed'
    }
  })
  return { lookups, libraries }
}

/** Computes the diff for an import with `ifExists`, given the connection ids the connections file configures. */
export function diffArchive(
  car: CarContents,
  target: TargetState,
  ifExists: 'fail' | 'replace' | 'skip',
  configured: ReadonlySet<string> = new Set()
): ArchiveDiff {
  const integrations = integrationRows(car, target, ifExists)
  const connections = car.connections.map(c => ({
    id: c.code,
    adapterType: c.adapterType,
    securityPolicy: c.securityPolicy,
    targetStatus: target.connections.find(t => t.id === c.code)?.status,
    configuredByFile: configured.has(c.code),
    needsConfiguration: !configured.has(c.code)
  }))
  const externals = dependencyRows(car, target)
  const counts = { added: 0, 'version changed': 0, unchanged: 0, 'only in target': 0 }
  for (const row of integrations) counts[row.change]++
  return {
    projectExists: target.exists,
    integrations,
    connections,
    externalConnections: externals,
    missingConnections: externals.filter(e => e.found === 'missing'),
    scheduled: car.integrations.filter(i => i.scheduled).map(i => integrationId(i)),
    ...assetRows(car, target),
    counts
  }
}
