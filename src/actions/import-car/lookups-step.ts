/**
 * The lookups step of `import-car`, after the import and before activation: each lookup of the connections file
 * gets its rows (`PUT …/lookups/{name}` with the whole table), is read back, and is reported rows before → after.
 */
import type { Collaborators } from '../../core/collaborators.js'
import { ConfigurationError, withContext } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { getLookup, updateProjectLookup } from '../../core/oic/lookups.js'
import { diffRows, rowsOf, type LookupPlan, type RowChanges } from './lookups-plan.js'

/** What happened to one lookup. */
export interface LookupOutcome {
  name: string
  /** `updated`, or `unchanged` when it already held exactly these rows (nothing was sent). */
  status: 'updated' | 'unchanged'
  /** Row counts before the update (after the import) and as read back. */
  before: number
  after: number
  added: number
  removed: number
  changed: number
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

const counts = (c: RowChanges): Pick<LookupOutcome, 'added' | 'removed' | 'changed'> => ({
  added: c.added.length,
  removed: c.removed.length,
  changed: c.changed.length
})

async function applyLookup(
  deps: Pick<Collaborators, 'log'>,
  client: HttpClient,
  project: string,
  { setting }: LookupPlan
): Promise<LookupOutcome> {
  const { name, columns, rows } = setting
  const now = await getLookup(client, project, name).catch((e: unknown) => {
    throw withContext(`read lookup ${name} of project ${project} after the import`, e)
  })
  const before = rowsOf(now)
  const changes = diffRows(before, rows)
  if (same(now.columns ?? [], columns) && same(before, rows)) {
    deps.log(`Lookup ${name}: already holds these ${rows.length} rows; left as it is.`)
    return { name, status: 'unchanged', before: before.length, after: before.length, ...counts(changes) }
  }
  await updateProjectLookup(client, project, {
    name,
    ...(now.description === undefined ? {} : { description: now.description }),
    columns,
    rows: rows.map(rowData => ({ rowData }))
  })
  const after = rowsOf(await getLookup(client, project, name))
  if (!same(after, rows))
    throw new ConfigurationError(
      `Lookup ${name} of project ${project} holds ${after.length} rows after the update, not the ${rows.length} of ${setting.location.file}:${setting.location.line ?? '?'}: OIC did not take the rows as sent; check the lookup in OIC.`,
      { location: setting.location }
    )
  deps.log(`Lookup ${name}: ${before.length} → ${after.length} rows.`)
  return { name, status: 'updated', before: before.length, after: after.length, ...counts(changes) }
}

/** Sets the rows of every planned lookup, one after the other; none when the file has no `lookups:`. */
export async function lookupsStep(
  deps: Pick<Collaborators, 'log'>,
  client: HttpClient,
  project: string,
  plans: LookupPlan[]
): Promise<LookupOutcome[]> {
  const out: LookupOutcome[] = []
  for (const plan of plans) out.push(await applyLookup(deps, client, project, plan))
  return out
}

/** Summary rows (Kind, Id, Version, Change, Status, Blocked by) of the lookups set. */
export function lookupRows(outcomes: LookupOutcome[] = []): string[][] {
  return outcomes.map(o => [
    'lookup',
    o.name,
    '',
    `rows ${o.before} → ${o.after} (${o.added} added, ${o.removed} removed, ${o.changed} changed)`,
    o.status === 'updated' ? 'set by connections-file' : 'unchanged',
    ''
  ])
}
