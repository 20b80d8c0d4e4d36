/**
 * Activating and deactivating integration versions and waiting for the outcome (contract §7.2–7.3 with K5), with
 * bounded concurrency (issue 21): at most `concurrency` requests in flight, every pending activation read in each
 * round, rounds paced by the activation times observed (core/poll.ts, {@link PollPacer}). After an activation
 * request, CONFIGURED means "activation has not yet started" (Oracle, Retrieve Integration Activation Status), not a
 * failure: only ACTIVATED and FAILEDACTIVATION are final. One activation's requests and reads: ./activation-watch.ts.
 */
import { integrationId } from './api.js'
import type { HttpClient } from '../http/client.js'
import { DEFAULT_PACER, PollPacer, type PacerOptions } from '../poll.js'
import { mapWithConcurrency } from '../pool.js'
import { settleLostWrite } from '../settle-lost-write.js'
import type { VersionRef } from './deployments.js'
import { getActivationStatus, listIntegrations, setIntegrationStatus } from './integrations.js'
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
  /** Most requests in flight at once (starts, status reads, deactivations); default {@link DEFAULT_ACTIVATION_CONCURRENCY}. */
  concurrency?: number
  /** The pace of status reads (tests); default {@link DEFAULT_PACER}. */
  pacer?: PacerOptions
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
  count: number
): Promise<Map<string, string> | undefined> {
  if (!project || count < 2) return undefined
  const listed = await listIntegrations(client, project)
  return new Map(listed.filter(i => i.status).map(i => [integrationId(i), String(i.status)]))
}

/**
 * Activates `refs` — started in their order, at most `concurrency` requests in flight — and waits for all of them
 * until `timeoutMs`. When the instance refuses a start with 429 beyond the client's own retries (a limit on
 * activations in flight), no more are started than are in flight at that moment; the refused one is started again
 * after a round.
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
  const pacer = new PollPacer(options.pacer ?? DEFAULT_PACER)
  const known = await knownStatuses(client, project, refs.length)
  const queue = [...refs]
  const pending: Pending[] = []
  const finished: Watch[] = []
  const outcomes = new Map<string, ActivationOutcome>()
  let cap = Infinity
  for (;;) {
    const batch = queue.splice(0, Math.max(0, Math.min(queue.length, cap - pending.length)))
    let refused = 0
    // After a 429 the rest of the batch is not sent: it waits for a round, as the refused ones do.
    const started = await mapWithConcurrency(batch, limit, async ref => {
      if (refused) return { s: THROTTLED, at: 0 }
      const s = await startActivation(client, project, ref, deps, known?.get(integrationId(ref)))
      if (s === THROTTLED) refused++
      return { s, at: deps.now() }
    })
    for (const { s, at } of started) {
      if (s === THROTTLED) continue
      if ('ref' in s) pending.push({ watch: s, startedAt: at })
      else outcomes.set(integrationId(s), s)
    }
    if (refused) {
      cap = Math.max(1, pending.length)
      queue.unshift(...batch.filter((_, i) => started[i]?.s === THROTTLED))
      deps.log(
        `The instance refused ${refused} activation(s) with 429 (too many in progress): at most ${cap} at a time from now on`
      )
    }
    if (!pending.length && !queue.length) break
    const left = deadline - deps.now()
    if (left <= 0) break
    await deps.sleep(Math.min(pacer.next(pending.length, refs.length), left))
    await readRound(client, project, { pending, finished, pacer, deps, limit, last: deps.now() >= deadline })
  }
  const settled = [...finished, ...pending.map(p => p.watch)]
  const described = await mapWithConcurrency(settled, limit, w => outcomeOf(client, project, w, deps))
  for (const o of described) outcomes.set(integrationId(o), o)
  for (const ref of queue)
    outcomes.set(integrationId(ref), { ...ref, status: 'TIMEOUT', lastStatus: 'CONFIGURED' })
  return refs.map(ref => outcomes.get(integrationId(ref)) as ActivationOutcome)
}

/** One round of status reads, in parallel: what the pacer picks (everything on the last round); finals move on. */
async function readRound(
  client: HttpClient,
  project: string | undefined,
  round: {
    pending: Pending[]
    finished: Watch[]
    pacer: PollPacer
    deps: ActivationDeps
    limit: number
    last: boolean
  }
): Promise<void> {
  const { pending, finished, pacer, deps } = round
  const picked = round.last ? [...pending] : pacer.pick(pending)
  const read = await mapWithConcurrency(picked, round.limit, p =>
    checkActivation(client, project, p.watch, deps)
  )
  const now = deps.now()
  let ended = 0
  picked.forEach((p, i) => {
    p.watch = read[i] as Watch
    if (!ACTIVATION_FINAL.has(p.watch.status)) return
    ended++
    pacer.observe(now - p.startedAt)
    finished.push(p.watch)
    pending.splice(pending.indexOf(p), 1)
  })
  pacer.roundDone(picked.length, ended)
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
