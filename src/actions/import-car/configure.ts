/**
 * Applying the connections file to the target: every id and property name is checked against what the connection
 * really has (errors point at the file's line), then each connection is updated and read back. The connections are
 * independent of one another, so their reads, and their update-then-read-back chains, run together through a
 * bounded pool (issue 21); results, log lines and the error reported follow the file's order, not the answers'.
 */
import { ConfigurationError, isNotFound } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { getConnection, updateConnection, type Connection } from '../../core/oic/connections.js'
import { mapWithConcurrency } from '../../core/pool.js'
import type { ConnectionSettings } from './connections-file.js'
import { uploadAttachments } from './attachments.js'
import { at, attachmentFiles, buildUpdate, updatesFor } from './configure-plan.js'

export { attachmentFiles, buildUpdate, checkAgainstArchive, updatesFor } from './configure-plan.js'

/**
 * Most connection calls in flight at once: design-time reads and updates of different connections, for which
 * Oracle's "Service Limits" (Oracle Integration 3) name no limit. 16 configures a typical project (about ten
 * connections) in one wave: at 8, ten read → update → read-back chains took two waves on the latency model
 * (0.71 s against 0.35 s at ×0.5, bench/probes/latency-trace.ts).
 */
export const CONFIGURE_CONCURRENCY = 16

/** How one item's work ended: its value, its failure, or never started (the pool stopped after a failure). */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown } | undefined

/**
 * Runs `fn` over `items` with at most `limit` in flight, starting nothing new after a failure (src/core/pool.ts),
 * and returns how each ended, by position: the caller reports in the file's order whatever the answers' order.
 */
export async function settleEach<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<Array<Settled<R>>> {
  const settled = new Array<Settled<R>>(items.length).fill(undefined)
  await mapWithConcurrency(items, limit, async (item, index) => {
    try {
      settled[index] = { ok: true, value: await fn(item) }
    } catch (error) {
      settled[index] = { ok: false, error }
      throw error // stops the pool starting more; the failure is read from `settled`, by position
    }
  }).catch(() => undefined)
  return settled
}

/** The values in order, or the failure of the first item (by position) that failed. */
function valuesOrFirstFailure<R>(settled: Array<Settled<R>>): R[] {
  const failed = settled.find(s => s?.ok === false)
  if (failed && !failed.ok) throw failed.error
  return settled.map(s => (s as { value: R }).value)
}

/** Reads every connection the file names, together; unknown ids are errors at their line (the first by position). */
export async function readTargets(
  client: HttpClient,
  project: string,
  settings: ConnectionSettings[],
  limit = CONFIGURE_CONCURRENCY
): Promise<Map<string, Connection>> {
  const read = await settleEach(settings, limit, async setting => {
    try {
      return await getConnection(client, project, setting.id)
    } catch (error) {
      if (!isNotFound(error)) throw error
      throw new ConfigurationError(
        `${at(setting)}: connection ${setting.id} is not in project ${project} on the target.`,
        { input: 'connections-file', location: setting.location }
      )
    }
  })
  const targets = valuesOrFirstFailure(read)
  return new Map(settings.map((s, i) => [s.id, targets[i] as Connection]))
}

/**
 * Updates each connection (and uploads its attachments), then reads it back: one chain per connection, the chains
 * in parallel (at most `limit`). Returns `{id, status}` in the file's order. When one fails, no further chain starts,
 * those in flight end, the connections configured are logged (in the file's order) with those left as they were,
 * and the failure of the first failing connection by position is thrown.
 */
export async function applyConnections(
  client: HttpClient,
  project: string,
  settings: ConnectionSettings[],
  targets: Map<string, Connection>,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
  limit = CONFIGURE_CONCURRENCY
): Promise<Array<{ id: string; status: string }>> {
  // Every entry is checked before the first is changed: a mistake in one leaves the others as they were.
  const planned = settings.map(setting => ({
    setting,
    updates: updatesFor(setting, targets.get(setting.id) as Connection),
    files: attachmentFiles(setting, env)
  }))
  const done = await settleEach(planned, limit, async ({ setting, updates, files }) => {
    // Several updates of one connection stay in order (a policy change first: updatesFor).
    for (const update of updates) await updateConnection(client, project, setting.id, update)
    await uploadAttachments(client, project, setting.id, files, env)
    const after = await getConnection(client, project, setting.id)
    return { id: setting.id, status: after.status ?? 'UNKNOWN' }
  })
  const failed = done.findIndex(d => d?.ok === false)
  done.forEach((d, i) => {
    if (d?.ok) log(`Configured connection ${d.value.id}: ${d.value.status}`)
    else if (!d && failed >= 0)
      log(
        `Connection ${settings[i]?.id ?? ''} left as it was: configuring stopped after connection ${settings[failed]?.id ?? ''} failed.`
      )
  })
  return valuesOrFirstFailure(done)
}

/**
 * Checks the file against the target's definition of the connections it already has, before anything is uploaded:
 * an archive names no security properties, so a typo there would otherwise be found only after the import. The
 * security properties are checked against the policy the file chooses (`securityPolicyInfo`). The connections are
 * read together; the first mistake by position is the one reported.
 */
export async function checkAgainstTarget(
  client: HttpClient,
  project: string | undefined,
  settings: ConnectionSettings[],
  inTarget: ReadonlyArray<{ id: string }>,
  limit = CONFIGURE_CONCURRENCY
): Promise<void> {
  if (!project) return
  const there = settings.filter(setting => inTarget.some(c => c.id === setting.id))
  valuesOrFirstFailure(
    await settleEach(there, limit, async setting =>
      buildUpdate(setting, await getConnection(client, project, setting.id))
    )
  )
}

/** Applies the connections file (when one was given) to the imported project's connections. */
export async function configureStep(
  client: HttpClient,
  project: string,
  settings: ConnectionSettings[],
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void
): Promise<Array<{ id: string; status: string }>> {
  if (!settings.length) return []
  return applyConnections(client, project, settings, await readTargets(client, project, settings), env, log)
}
