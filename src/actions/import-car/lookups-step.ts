/**
 * The lookups step of `import-car`, after the import and before activation: each lookup of the connections file
 * gets its rows (`PUT …/lookups/{name}` with the whole table), is read back, and is reported rows before → after.
 */
import type { Collaborators } from '../../core/collaborators.js'
import { ConfigurationError, withContext } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { getLookup, updateProjectLookup } from '../../core/oic/lookups.js'
import { CONFIGURE_CONCURRENCY, settleEach } from './configure.js'
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

/** One lookup's read → update → read-back chain; its log line is returned, to be logged in the file's order. */
async function applyLookup(
  client: HttpClient,
  project: string,
  { setting }: LookupPlan
): Promise<{ outcome: LookupOutcome; line: string }> {
  const { name, columns, rows } = setting
  const now = await getLookup(client, project, name).catch((e: unknown) => {
    throw withContext(`read lookup ${name} of project ${project} after the import`, e)
  })
  const before = rowsOf(now)
  const changes = diffRows(before, rows)
  if (same(now.columns ?? [], columns) && same(before, rows)) {
    return {
      outcome: { name, status: 'unchanged', before: before.length, after: before.length, ...counts(changes) },
      line: `Lookup ${name}: already holds these ${rows.length} rows; left as it is.`
    }
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
  return {
    outcome: { name, status: 'updated', before: before.length, after: after.length, ...counts(changes) },
    line: `Lookup ${name}: ${before.length} → ${after.length} rows.`
  }
}

/**
 * Sets the rows of every planned lookup; none when the file has no `lookups:`. The lookups are independent, so their
 * chains run together (issue 21, at most {@link CONFIGURE_CONCURRENCY}); lines are logged in the file's order, and
 * after a failure no further lookup is started, those set are logged and the first failure by position is thrown.
 */
export async function lookupsStep(
  deps: Pick<Collaborators, 'log'>,
  client: HttpClient,
  project: string,
  plans: LookupPlan[]
): Promise<LookupOutcome[]> {
  const done = await settleEach(plans, CONFIGURE_CONCURRENCY, plan => applyLookup(client, project, plan))
  for (const d of done) if (d?.ok) deps.log(d.value.line)
  const failed = done.find(d => d?.ok === false)
  if (failed && !failed.ok) throw failed.error
  return done.map(d => (d as { value: { outcome: LookupOutcome } }).value.outcome)
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
