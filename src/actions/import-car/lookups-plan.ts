/**
 * What the connections file's `lookups:` will change, decided before the import: each named lookup must be in the
 * archive or the target project, with the columns it has there; its rows are diffed with the target's current rows
 * (the project exists and holds it) or else with the archive's. The dry run reports this plan.
 */
import type { CarContents } from '../../core/archive/car.js'
import type { TargetState } from '../../core/archive/diff.js'
import { inputError, type SourceLocation } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { getLookup, listLookups, type Lookup } from '../../core/oic/lookups.js'
import { redactText } from '../../core/secrets/redact.js'
import { archiveLookupRows } from './lookups-archive.js'
import type { LookupSetting } from './lookups-section.js'

/** How a lookup's rows change: rows are matched whole, then by their first value (the key of most lookups). */
export interface RowChanges {
  added: string[][]
  removed: string[][]
  changed: Array<{ before: string[]; after: string[] }>
  unchanged: number
}

/** One lookup of the file, checked, with the rows it would replace. */
export interface LookupPlan {
  setting: LookupSetting
  /** Where the rows compared with come from. */
  against: 'target' | 'archive'
  before: string[][]
  changes: RowChanges
}

const key = (row: string[]): string => JSON.stringify(row)

/** The rows `after` adds, removes and changes compared with `before`. */
export function diffRows(before: string[][], after: string[][]): RowChanges {
  const left = [...before]
  const fresh: string[][] = []
  let unchanged = 0
  for (const row of after) {
    const at = left.findIndex(b => key(b) === key(row))
    if (at >= 0) {
      left.splice(at, 1)
      unchanged++
    } else fresh.push(row)
  }
  const changed: RowChanges['changed'] = []
  const added: string[][] = []
  for (const row of fresh) {
    const at = left.findIndex(b => b[0] === row[0])
    if (at >= 0) changed.push({ before: left.splice(at, 1)[0] as string[], after: row })
    else added.push(row)
  }
  return { added, removed: left, changed, unchanged }
}

/** The table's rows as lists of values. */
export const rowsOf = (lookup: Pick<Lookup, 'rows'> | undefined): string[][] =>
  (lookup?.rows ?? []).map(r => (r.rowData ?? []).map(v => String(v)))

function checkColumns(s: LookupSetting, columns: string[], source: string): void {
  if (columns.join('\u0000') === s.columns.join('\u0000')) return
  const fix = `List lookup ${s.name}'s columns as ${source} has them, in that order: ${columns.join(', ')}.`
  const message = `lookup ${s.name} has columns ${JSON.stringify(s.columns)}; ${source} has ${JSON.stringify(columns)}. ${fix}`
  throw inputError(message, { input: 'connections-file', value: s.location.file, fix, location: s.location })
}

/**
 * Checks every lookup of the file against the archive and the target project, and diffs its rows (read from the
 * target when the project holds it, else from the archive). Other columns are an input error at the lookup's line;
 * so is an unknown lookup, except for a deployment's archive, which holds only the lookups its integrations use: as
 * for connections, one file per environment may name others (skipped with a warning).
 */
export async function planLookups(
  warn: (line: string, location: SourceLocation) => void,
  client: HttpClient,
  project: string | undefined,
  archive: { path: string; shownAs: string; car: CarContents },
  target: TargetState,
  settings: LookupSetting[]
): Promise<LookupPlan[]> {
  if (settings.length === 0) return []
  const { car } = archive
  const inTarget = target.exists && project ? (target.lookups ?? (await listLookups(client, project))) : []
  const fromArchive = await archiveLookupRows(
    archive.path,
    archive.shownAs,
    new Set(settings.filter(s => !inTarget.some(t => t.name === s.name)).map(s => s.name))
  )
  const plans: LookupPlan[] = []
  for (const s of settings) {
    const packed = car.lookups.find(l => l.name === s.name)
    if (packed) checkColumns(s, packed.columns, 'the archive')
    if (project && inTarget.some(t => t.name === s.name)) {
      const now = await getLookup(client, project, s.name)
      if (!packed) checkColumns(s, now.columns ?? [], `the target's lookup`)
      plans.push({
        setting: s,
        against: 'target',
        before: rowsOf(now),
        changes: diffRows(rowsOf(now), s.rows)
      })
    } else if (packed) {
      const before = fromArchive.get(s.name) ?? []
      plans.push({ setting: s, against: 'archive', before, changes: diffRows(before, s.rows) })
    } else if (car.kind === 'deployment') {
      warn(
        `${s.location.file}:${s.location.line ?? '?'}: lookup ${s.name} is not in this deployment's archive nor in the target: skipped.`,
        s.location
      )
    } else {
      const known = [...new Set([...car.lookups.map(l => l.name), ...inTarget.map(t => t.name)])]
      const fix = `Correct the name of lookup ${s.name}, or remove it from ${s.location.file}.`
      throw inputError(
        `lookup ${s.name} is neither in the archive nor in the target project${known.length ? ` (lookups there: ${known.join(', ')})` : ''}. ${fix}`,
        { input: 'connections-file', value: s.location.file, fix, location: s.location }
      )
    }
  }
  return plans
}

/** One line per lookup: what its rows would become (JSON rows, at most `shown` of each kind). */
export function describeChanges(plan: LookupPlan, shown = 5): string {
  const { added, removed, changed, unchanged } = plan.changes
  const list = (rows: string[][]): string =>
    rows.slice(0, shown).map(key).join(', ') + (rows.length > shown ? `, … ${rows.length - shown} more` : '')
  const parts = [
    ...(added.length ? [`${added.length} added (${list(added)})`] : []),
    ...(removed.length ? [`${removed.length} removed (${list(removed)})`] : []),
    ...(changed.length
      ? [
          `${changed.length} changed (${changed
            .slice(0, shown)
            .map(c => `${key(c.before)} → ${key(c.after)}`)
            .join(', ')}${changed.length > shown ? `, … ${changed.length - shown} more` : ''})`
        ]
      : []),
    `${unchanged} unchanged`
  ]
  const source = plan.against === 'target' ? "the target's current rows" : "the archive's rows"
  return `Lookup ${plan.setting.name}: ${plan.before.length} → ${plan.setting.rows.length} rows against ${source}: ${parts.join(', ')}.`
}

/**
 * A plan in the dry run's `results` output: the rows each lookup would gain, lose and change. Values from secrets
 * show as `***`, as in the log: the runner drops an output that holds a secret.
 */
export function lookupResult(plan: LookupPlan) {
  const shown = (rows: string[][]): string[][] => rows.map(r => r.map(redactText))
  const { added, removed, changed, unchanged } = plan.changes
  return {
    name: plan.setting.name,
    against: plan.against,
    before: plan.before.length,
    after: plan.setting.rows.length,
    added: shown(added),
    removed: shown(removed),
    changed: changed.map(c => ({ before: c.before.map(redactText), after: c.after.map(redactText) })),
    unchanged
  }
}
