/**
 * Comparing an archive with the target instance: what an import would add, change, keep or leave alone, which
 * connections will need configuration, and whether the import would succeed or hit 409/412.
 */
import type { Connection } from '../oic/connections.js'
import type { Integration } from '../oic/integrations.js'
import type { CarContents } from './car.js'

/** The target as read before importing. */
export interface TargetState {
  /** False when the project does not exist in the target. */
  exists: boolean
  integrations: Integration[]
  connections: Connection[]
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
}

/** A connection the import brings and its fate. */
export interface ConnectionDiff {
  id: string
  /** Status in the target now (undefined = not there). */
  targetStatus?: string
  /** True when it will be draft after import and the connections file does not configure it. */
  needsConfiguration: boolean
  configuredByFile: boolean
}

/** The whole comparison. */
export interface ArchiveDiff {
  projectExists: boolean
  integrations: IntegrationDiff[]
  connections: ConnectionDiff[]
  counts: Record<IntegrationChange, number>
}

const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS'])

/** Computes the diff for an import with `ifExists`, given the ids the connections file configures. */
export function diffArchive(
  car: CarContents,
  target: TargetState,
  ifExists: 'fail' | 'replace' | 'skip',
  configured: ReadonlySet<string> = new Set()
): ArchiveDiff {
  const byCode = new Map<string, Integration[]>()
  for (const i of target.integrations) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i])
  const gate = (conflict: boolean): IntegrationDiff['importable'] => {
    if (!target.exists) return 'ok'
    if (ifExists === 'fail') return '409'
    if (ifExists === 'skip') return 'skipped'
    return conflict ? '412' : 'ok'
  }
  const integrations: IntegrationDiff[] = car.integrations.map(i => {
    const there = byCode.get(i.code) ?? []
    const active = there.find(t => ACTIVE.has(String(t.status)))
    const change: IntegrationChange =
      there.length === 0
        ? 'added'
        : there.some(t => t.version === i.version)
          ? 'unchanged'
          : 'version changed'
    return {
      code: i.code,
      version: i.version,
      targetVersions: there.map(t => t.version),
      targetStatus: (active ?? there[there.length - 1])?.status,
      change,
      importable: gate(there.some(t => ACTIVE.has(String(t.status)) || t.lockedFlag === true))
    }
  })
  const inArchive = new Set(car.integrations.map(i => i.code))
  for (const [code, there] of byCode) {
    if (inArchive.has(code)) continue
    const active = there.find(t => ACTIVE.has(String(t.status)))
    integrations.push({
      code,
      version: '',
      targetVersions: there.map(t => t.version),
      targetStatus: (active ?? there[0])?.status,
      change: 'only in target',
      importable: gate(false)
    })
  }
  const connections = car.connections.map(c => {
    const there = target.connections.find(t => t.id === c.id)
    const configuredByFile = configured.has(c.id)
    return {
      id: c.id,
      targetStatus: there?.status,
      configuredByFile,
      needsConfiguration: !configuredByFile && there?.status !== 'CONFIGURED'
    }
  })
  const counts = { added: 0, 'version changed': 0, unchanged: 0, 'only in target': 0 }
  for (const row of integrations) counts[row.change]++
  return { projectExists: target.exists, integrations, connections, counts }
}
