/**
 * Activating and deactivating integration versions and waiting for the outcome (contract §7.2–7.3 with K5), with
 * bounded concurrency (issue 21): at most `concurrency` activations in progress, each round reading every one in
 * progress (one list read of the project when that is cheaper), rounds paced by the activation times observed
 * (core/poll.ts, {@link PollPacer}). After an activation
 * request, CONFIGURED means "activation has not yet started" (Oracle, Retrieve Integration Activation Status), not a
 * failure: only ACTIVATED and FAILEDACTIVATION are final. One activation's requests and reads: ./activation-watch.ts.
 */
import { integrationId, PAGE_SIZE } from './api.js'
import type { HttpClient } from '../http/client.js'
import { DEFAULT_PACER, PollPacer, type PacerOptions } from '../poll.js'
import { mapWithConcurrency } from '../pool.js'
import { settleLostWrite } from '../settle-lost-write.js'
import type { VersionRef } from './deployments.js'
import {
  getActivationStatus,
  listIntegrations,
  setIntegrationStatus,
  type Integration
} from './integrations.js'
import {
  ACTIVATION_FINAL,
  ACTIVE,
  checkActivation,
  outcomeOf,
  startActivation,
  THROTTLED,
  type ActivationDeps,
  type ActivationOutcome,
  type Watch
} from './activation-watch.js'

export { ACTIVATION_FINAL, UNCONFIRMED_POLLS, type ActivationOutcome } from './activation-watch.js'

/**
 * Requests in flight at once by default (input `activation-concurrency`), measured on the emulator's latency model
 * (40 integrations, 150 ms round trips, activations of 2–15 s, longest 14.1 s): 2 → 20.7 s, 4 → 16.9 s, 8 → 15.9 s,
 * 16 → 15.6 s. Past 8 the gain is 2 %, while under an instance limit of 10 in flight (scale 0.2) more requests meet
 * its 429s: 82 activation requests at 8, 103 at 16, 125 at 40 (and 40 was slower: 12.2 s against 9.0 s).
 */
export const DEFAULT_ACTIVATION_CONCURRENCY = 8

/** How activations and deactivations run. */
export interface ActivationOptions {
  /**
   * Most activations in progress at once (request to the end seen), and most deactivations in flight; default
   * {@link DEFAULT_ACTIVATION_CONCURRENCY}.
   */
  concurrency?: number
  /** The pace of status reads (tests); default {@link DEFAULT_PACER}. */
  pacer?: PacerOptions
  /**
   * The project's integrations as the caller just read them (one list read shared with other steps, issue 21): the
   * statuses before the first request are taken from it instead of a read of their own.
   */
  listed?: readonly Integration[]
}

/** An activation started and not final yet. */
interface Pending {
  watch: Watch
  startedAt: number
}

/** The status of each version in the project by `CODE|VERSION`: one list read instead of one read each. */
async function knownStatuses(
  client: HttpClient,
  project: string | undefined,
  count: number,
  read?: readonly Integration[]
): Promise<Map<string, string> | undefined> {
  if (!project || (count < 2 && !read)) return undefined
  const listed = read ?? (await listIntegrations(client, project))
  return new Map(listed.filter(i => i.status).map(i => [integrationId(i), String(i.status)]))
}

/**
 * Activates `refs` — started in their order, at most `concurrency` in progress at once — and waits for all of them
 * until `timeoutMs`. A slot is held from the request until the activation is seen ACTIVATED or FAILEDACTIVATION (an
 * instance counts an activation until it ends, not until it answers), and the next queued one starts right after
 * the round that saw the end. When the instance refuses a start with 429 beyond the client's own retries (a lower
 * limit of its own), no more are started than are in progress at that moment; the refused one waits for a slot.
 */
export async function activateIntegrations(
  client: HttpClient,
  project: string | undefined,
  refs: readonly VersionRef[],
  timeoutMs: number,
  deps: ActivationDeps,
  options: ActivationOptions = {}
): Promise<ActivationOutcome[]> {
  const limit = Math.max(1, options.concurrency ?? DEFAULT_ACTIVATION_CONCURRENCY)
  const deadline = deps.now() + timeoutMs
  const pacer = new PollPacer(refs.length, options.pacer ?? DEFAULT_PACER)
  const known = await knownStatuses(client, project, refs.length, options.listed)
  if (known) pacer.spend(1)
  // One list read gives every status: cheaper than reading each in flight once more than its pages are in flight.
  const listPages = known ? Math.max(1, Math.ceil(known.size / PAGE_SIZE)) : Infinity
  const run: Run = { queue: [...refs], pending: [], finished: [], outcomes: new Map(), cap: limit }
  for (;;) {
    await fill(client, project, run, deps, known)
    const { pending, queue } = run
    if (!pending.length && !queue.length) break
    const left = deadline - deps.now()
    if (left <= 0) break
    const byList = pending.length > listPages
    const cost = byList ? listPages : pending.length
    const ages = pending.map(p => deps.now() - p.startedAt)
    await deps.sleep(Math.min(pacer.next({ ages, queued: queue.length, slots: run.cap, cost }), left))
    pacer.spend(cost)
    await readRound(client, project, { run, pacer, deps, limit, byList })
  }
  const settled = [...run.finished, ...run.pending.map(p => p.watch)]
  const described = await mapWithConcurrency(settled, limit, w => outcomeOf(client, project, w, deps))
  for (const o of described) run.outcomes.set(integrationId(o), o)
  for (const ref of run.queue)
    run.outcomes.set(integrationId(ref), { ...ref, status: 'TIMEOUT', lastStatus: 'CONFIGURED' })
  return refs.map(ref => run.outcomes.get(integrationId(ref)) as ActivationOutcome)
}

/** The state of a run of activations: what waits for a slot, what holds one, what ended. */
interface Run {
  queue: VersionRef[]
  pending: Pending[]
  finished: Watch[]
  outcomes: Map<string, ActivationOutcome>
  /** Most in progress at once: `concurrency`, lowered to what the instance held when it answered 429. */
  cap: number
}

/** Starts queued activations, in order, while slots are free (those already active hold none). */
async function fill(
  client: HttpClient,
  project: string | undefined,
  run: Run,
  deps: ActivationDeps,
  known: Map<string, string> | undefined
): Promise<void> {
  while (run.queue.length && run.pending.length < run.cap) {
    const batch = run.queue.splice(0, run.cap - run.pending.length)
    let refused = 0
    // After a 429 the rest of the batch is not sent: it waits for a slot, as the refused ones do.
    const started = await mapWithConcurrency(batch, batch.length, async ref => {
      if (refused) return { s: THROTTLED, at: 0 }
      const s = await startActivation(client, project, ref, deps, known?.get(integrationId(ref)))
      if (s === THROTTLED) refused++
      return { s, at: deps.now() }
    })
    for (const { s, at } of started) {
      if (s === THROTTLED) continue
      if ('ref' in s) run.pending.push({ watch: s, startedAt: at })
      else run.outcomes.set(integrationId(s), s)
    }
    if (!refused) continue
    run.cap = Math.max(1, run.pending.length)
    run.queue.unshift(...batch.filter((_, i) => started[i]?.s === THROTTLED))
    deps.log(
      `The instance refused ${refused} activation(s) with 429 (too many in progress): at most ${run.cap} at a time from now on`
    )
    return
  }
}

/**
 * One round of status reads: one list read of the project for all (`project` given), else every activation in
 * progress read in parallel. Finals leave their slot.
 */
async function readRound(
  client: HttpClient,
  project: string | undefined,
  round: { run: Run; pacer: PollPacer; deps: ActivationDeps; limit: number; byList: boolean }
): Promise<void> {
  const { run, pacer, deps } = round
  const picked = [...run.pending]
  const listed = round.byList ? await knownStatuses(client, project, Infinity) : undefined
  const read = await mapWithConcurrency(picked, round.limit, p =>
    checkActivation(client, project, p.watch, deps, listed?.get(integrationId(p.watch.ref)))
  )
  const now = deps.now()
  picked.forEach((p, i) => {
    p.watch = read[i] as Watch
    if (!ACTIVATION_FINAL.has(p.watch.status)) return
    pacer.observe(now - p.startedAt)
    run.finished.push(p.watch)
    run.pending.splice(run.pending.indexOf(p), 1)
  })
}

/** One line per activation that did not end ACTIVATED: the status and why (activation errors, never started). */
export function describeOutcome(o: ActivationOutcome): string {
  const id = integrationId(o)
  if (o.status === 'FAILEDACTIVATION') return `${id} (FAILEDACTIVATION${o.error ? `: ${o.error}` : ''})`
  if (o.status === 'TIMEOUT')
    return `${id} (TIMEOUT, ${o.lastStatus === 'CONFIGURED' ? 'still CONFIGURED: the activation never started' : `last status ${o.lastStatus ?? 'unknown'}`})`
  return `${id} (${o.status})`
}

/**
 * Deactivates `refs` (those not active are left alone), at most `concurrency` at a time; returns those that were
 * deactivated, in the order given. Callers that need an order between groups (scheduled integrations first) call
 * once per group.
 */
export async function deactivateIntegrations(
  client: HttpClient,
  project: string | undefined,
  refs: readonly VersionRef[],
  deps: ActivationDeps,
  options: Pick<ActivationOptions, 'concurrency'> = {}
): Promise<VersionRef[]> {
  const limit = Math.max(1, options.concurrency ?? DEFAULT_ACTIVATION_CONCURRENCY)
  const done = await mapWithConcurrency(refs, limit, async ref => {
    const status = await getActivationStatus(client, project, ref.code, ref.version)
    if (!ACTIVE.has(status)) return false
    // A refusal (412) means "not active": someone else got there first, which is what we wanted.
    await settleLostWrite({
      what: `deactivate ${integrationId(ref)}`,
      send: () => setIntegrationStatus(client, project, ref.code, ref.version, 'CONFIGURED'),
      alsoSettle: error => error.status === 412,
      readBack: async () => {
        const after = await getActivationStatus(client, project, ref.code, ref.version)
        return after === 'ACTIVATED' ? undefined : after
      }
    })
    deps.log(`Deactivated ${integrationId(ref)}`)
    return true
  })
  return refs.filter((_, i) => done[i])
}

/** Deactivates `groups` one after another — every version of a group before any of the next — each in parallel. */
export async function deactivateInGroups(
  client: HttpClient,
  project: string | undefined,
  groups: ReadonlyArray<readonly VersionRef[]>,
  deps: ActivationDeps,
  options: Pick<ActivationOptions, 'concurrency'> = {}
): Promise<VersionRef[]> {
  const done: VersionRef[] = []
  for (const group of groups) {
    const refs = group.map(({ code, version }) => ({ code, version }))
    done.push(...(await deactivateIntegrations(client, project, refs, deps, options)))
  }
  return done
}
