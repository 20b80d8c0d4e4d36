/**
 * Activating and deactivating integration versions and waiting for the outcome (contract §7.2–7.3 with K5). After
 * an activation request, CONFIGURED means "activation has not yet started" (Oracle, Retrieve Integration
 * Activation Status), not a failure: only ACTIVATED and FAILEDACTIVATION are final, and a FAILEDACTIVATION is
 * explained by `…/activationErrors`. An activation POST is never repeated blindly: when its answer is lost, the
 * status is watched, and the request is sent once more only if the status stays CONFIGURED for
 * {@link UNCONFIRMED_POLLS} polls.
 */
import type { Collaborators } from '../collaborators.js'
import type { OicHttpError } from '../errors.js'
import type { HttpClient } from '../http/client.js'
import { poll } from '../poll.js'
import { answerLost, settleLostWrite } from '../settle-lost-write.js'
import { readActivationErrors } from './activation-errors.js'
import { integrationId } from './api.js'
import type { VersionRef } from './deployments.js'
import { getActivationStatus, setIntegrationStatus } from './integrations.js'

/** Final statuses of an activation (K5: CONFIGURED is not one of them — it means "not started yet"). */
export const ACTIVATION_FINAL = new Set(['ACTIVATED', 'FAILEDACTIVATION'])

/** CONFIGURED polls after a lost answer before the activation request is sent once more. */
export const UNCONFIRMED_POLLS = 3

/** How one activation ended. */
export interface ActivationOutcome extends VersionRef {
  /** ACTIVATED, FAILEDACTIVATION, or TIMEOUT. */
  status: string
  /** True when it was already active (no request sent). */
  alreadyActive?: boolean
  /** The status last seen when it timed out (CONFIGURED: the activation never started). */
  lastStatus?: string
  /** The activation error's text of a FAILEDACTIVATION, when the service gave one. */
  error?: string
}

/** The collaborators activation uses: its lines go to the log, its waits to the clock. */
type Deps = Pick<Collaborators, 'sleep' | 'now' | 'log'>

/** An activation being watched. */
interface Watch {
  ref: VersionRef
  status: string
  /** The request's answer was lost: whether it arrived is not known yet. */
  unconfirmed: boolean
  /** CONFIGURED polls seen while unconfirmed. */
  configuredPolls: number
}

const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS'])
const isRefused = (error: OicHttpError): boolean => error.status === 412

/**
 * Sends the activation request once. A lost answer — or a refusal (412), which an activation already running or done
 * explains — is settled by the status: ACTIVATED or ACTIVATION_INPROGRESS means it arrived; CONFIGURED after a lost
 * answer may mean "not started yet", so it is watched (unconfirmed); a refused first request that left it CONFIGURED
 * fails. A refused resend is watched too: the first request may be waiting to start, and a third is never sent.
 */
async function request(
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef,
  deps: Deps,
  resend: boolean
): Promise<Watch> {
  const id = integrationId(ref)
  const written = await settleLostWrite({
    what: `activate ${id}`,
    send: () => setIntegrationStatus(client, project, ref.code, ref.version, 'ACTIVATED'),
    alsoSettle: isRefused,
    readBack: async error => {
      const after = await getActivationStatus(client, project, ref.code, ref.version)
      return ACTIVE.has(after) || answerLost(error) || resend ? after : undefined
    }
  })
  if (written.answered) {
    deps.log(`Activation of ${id} ${resend ? 'sent once more' : 'requested'}`)
    return { ref, status: 'ACTIVATION_INPROGRESS', unconfirmed: false, configuredPolls: 0 }
  }
  const { error, state: after } = written
  if (ACTIVE.has(after)) {
    deps.log(`Activation of ${id}: ${error.message}; status is ${after}, so it was not sent again`)
    return { ref, status: after, unconfirmed: false, configuredPolls: 0 }
  }
  deps.log(
    `Activation of ${id}: ${error.message}; status is ${after}, which may mean "not started yet", so it is watched${resend ? '' : ' before sending it again'}`
  )
  return { ref, status: after, unconfirmed: !resend, configuredPolls: 0 }
}

/** Sends the activation unless already active or activating; returns the watch, or the outcome when already active. */
async function start(
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef,
  deps: Deps
): Promise<Watch | ActivationOutcome> {
  const before = await getActivationStatus(client, project, ref.code, ref.version)
  if (before === 'ACTIVATED') return { ...ref, status: 'ACTIVATED', alreadyActive: true }
  if (before === 'ACTIVATION_INPROGRESS')
    return { ref, status: before, unconfirmed: false, configuredPolls: 0 }
  return request(client, project, ref, deps, false)
}

/** One status poll of a watch; an unconfirmed request that stays CONFIGURED long enough is sent once more. */
async function check(client: HttpClient, project: string | undefined, w: Watch, deps: Deps): Promise<Watch> {
  const status = await getActivationStatus(client, project, w.ref.code, w.ref.version)
  if (!w.unconfirmed || status !== 'CONFIGURED')
    return { ...w, status, unconfirmed: w.unconfirmed && status === 'CONFIGURED' }
  const configuredPolls = w.configuredPolls + 1
  if (configuredPolls < UNCONFIRMED_POLLS) return { ...w, status, configuredPolls }
  deps.log(
    `Activation of ${integrationId(w.ref)}: still CONFIGURED after ${configuredPolls} polls: the lost request never arrived, so it is sent once more`
  )
  return request(client, project, w.ref, deps, true)
}

/** The outcome of a watch; a FAILEDACTIVATION carries the text of its activation errors. */
async function outcomeOf(
  client: HttpClient,
  project: string | undefined,
  w: Watch,
  deps: Deps
): Promise<ActivationOutcome> {
  if (w.status === 'ACTIVATED') return { ...w.ref, status: 'ACTIVATED' }
  if (w.status !== 'FAILEDACTIVATION') return { ...w.ref, status: 'TIMEOUT', lastStatus: w.status }
  const error = await readActivationErrors(client, project, w.ref.code, w.ref.version, deps.log)
  return { ...w.ref, status: 'FAILEDACTIVATION', ...(error ? { error } : {}) }
}

/** Activates `refs` in order, then waits for all of them until `timeoutMs`. */
export async function activateIntegrations(
  client: HttpClient,
  project: string | undefined,
  refs: readonly VersionRef[],
  timeoutMs: number,
  deps: Deps
): Promise<ActivationOutcome[]> {
  const outcomes = new Map<string, ActivationOutcome>()
  const watches = new Map<string, Watch>()
  for (const ref of refs) {
    const started = await start(client, project, ref, deps)
    if ('ref' in started) watches.set(integrationId(ref), started)
    else outcomes.set(integrationId(ref), started)
  }
  const result = await poll({
    check: async () => {
      for (const [id, w] of watches)
        if (!ACTIVATION_FINAL.has(w.status)) watches.set(id, await check(client, project, w, deps))
      return watches
    },
    done: ws => [...ws.values()].every(w => ACTIVATION_FINAL.has(w.status)),
    timeoutMs,
    sleep: deps.sleep,
    now: deps.now,
    initialDelayMs: 500,
    maxDelayMs: 8000
  })
  for (const [id, w] of result.state) outcomes.set(id, await outcomeOf(client, project, w, deps))
  return refs.map(ref => outcomes.get(integrationId(ref)) as ActivationOutcome)
}

/** One line per activation that did not end ACTIVATED: the status and why (activation errors, never started). */
export function describeOutcome(o: ActivationOutcome): string {
  const id = integrationId(o)
  if (o.status === 'FAILEDACTIVATION') return `${id} (FAILEDACTIVATION${o.error ? `: ${o.error}` : ''})`
  if (o.status === 'TIMEOUT')
    return `${id} (TIMEOUT, ${o.lastStatus === 'CONFIGURED' ? 'still CONFIGURED: the activation never started' : `last status ${o.lastStatus ?? 'unknown'}`})`
  return `${id} (${o.status})`
}

/** Deactivates `refs` in order (those not active are left alone); returns those that were deactivated. */
export async function deactivateIntegrations(
  client: HttpClient,
  project: string | undefined,
  refs: readonly VersionRef[],
  deps: Deps
): Promise<VersionRef[]> {
  const done: VersionRef[] = []
  for (const ref of refs) {
    const status = await getActivationStatus(client, project, ref.code, ref.version)
    if (!ACTIVE.has(status)) continue
    // A refusal (412) means "not active": someone else got there first, which is what we wanted.
    await settleLostWrite({
      what: `deactivate ${integrationId(ref)}`,
      send: () => setIntegrationStatus(client, project, ref.code, ref.version, 'CONFIGURED'),
      alsoSettle: isRefused,
      readBack: async () => {
        const after = await getActivationStatus(client, project, ref.code, ref.version)
        return after === 'ACTIVATED' ? undefined : after
      }
    })
    deps.log(`Deactivated ${integrationId(ref)}`)
    done.push(ref)
  }
  return done
}
