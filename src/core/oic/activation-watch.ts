/**
 * One activation, start to outcome (contract §7.2–7.3 with K5): the request — sent once, a lost answer or a 412
 * settled by the status — its status reads, and its outcome. A 429 means the request was not accepted (RFC 6585 §4;
 * an instance limiting activations in flight, emulator switch `activationConcurrencyLimit`): the client has already
 * waited out its `Retry-After` and repeated it; when it still says 429 the activation is handed back as throttled,
 * to be started again once one in flight ends. Nothing else is ever repeated: a lost answer is settled by reading
 * the status back, and the request is sent once more only when the status stays CONFIGURED for
 * {@link UNCONFIRMED_POLLS} reads.
 */
import type { Collaborators } from '../collaborators.js'
import { OicHttpError } from '../errors.js'
import type { HttpClient } from '../http/client.js'
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
export type ActivationDeps = Pick<Collaborators, 'sleep' | 'now' | 'log'>

/** An activation being watched. */
export interface Watch {
  ref: VersionRef
  status: string
  /** The request's answer was lost: whether it arrived is not known yet. */
  unconfirmed: boolean
  /** CONFIGURED polls seen while unconfirmed. */
  configuredPolls: number
}

/** A request the instance refused with 429 even after the client's retries: not accepted, start it again later. */
export const THROTTLED = 'throttled' as const

/** Statuses that mean the activation arrived (running or done). */
export const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS'])
const isRefused = (error: OicHttpError): boolean => error.status === 412
const isThrottled = (error: unknown): boolean => error instanceof OicHttpError && error.status === 429

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
  deps: ActivationDeps,
  resend: boolean
): Promise<Watch | typeof THROTTLED> {
  const id = integrationId(ref)
  const written = await settleLostWrite({
    what: `activate ${id}`,
    send: () => setIntegrationStatus(client, project, ref.code, ref.version, 'ACTIVATED'),
    alsoSettle: isRefused,
    readBack: async error => {
      const after = await getActivationStatus(client, project, ref.code, ref.version)
      return ACTIVE.has(after) || answerLost(error) || resend ? after : undefined
    }
  }).catch((error: unknown) => {
    if (isThrottled(error)) return THROTTLED
    throw error
  })
  if (written === THROTTLED) return THROTTLED
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

/**
 * Starts one activation unless already active or activating. `known` is its status from a list read just before
 * (one read for all instead of one each); without it the status is read here.
 */
export async function startActivation(
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef,
  deps: ActivationDeps,
  known?: string
): Promise<Watch | ActivationOutcome | typeof THROTTLED> {
  const before = known ?? (await getActivationStatus(client, project, ref.code, ref.version))
  if (before === 'ACTIVATED') return { ...ref, status: 'ACTIVATED', alreadyActive: true }
  if (before === 'ACTIVATION_INPROGRESS')
    return { ref, status: before, unconfirmed: false, configuredPolls: 0 }
  return request(client, project, ref, deps, false)
}

/**
 * One status read of a watch (`listed`: its status from a list read of this round, else read here); an unconfirmed
 * request that stays CONFIGURED long enough is sent once more.
 */
export async function checkActivation(
  client: HttpClient,
  project: string | undefined,
  w: Watch,
  deps: ActivationDeps,
  listed?: string
): Promise<Watch> {
  const status = listed ?? (await getActivationStatus(client, project, w.ref.code, w.ref.version))
  if (!w.unconfirmed || status !== 'CONFIGURED')
    return { ...w, status, unconfirmed: w.unconfirmed && status === 'CONFIGURED' }
  const configuredPolls = w.configuredPolls + 1
  if (configuredPolls < UNCONFIRMED_POLLS) return { ...w, status, configuredPolls }
  deps.log(
    `Activation of ${integrationId(w.ref)}: still CONFIGURED after ${configuredPolls} polls: the lost request never arrived, so it is sent once more`
  )
  const resent = await request(client, project, w.ref, deps, true)
  // Throttled: the resend was not accepted either; the next read decides again.
  return resent === THROTTLED ? { ...w, status, configuredPolls: UNCONFIRMED_POLLS - 1 } : resent
}

/** The outcome of a watch; a FAILEDACTIVATION carries the text of its activation errors. */
export async function outcomeOf(
  client: HttpClient,
  project: string | undefined,
  w: Watch,
  deps: ActivationDeps
): Promise<ActivationOutcome> {
  if (w.status === 'ACTIVATED') return { ...w.ref, status: 'ACTIVATED' }
  if (w.status !== 'FAILEDACTIVATION') return { ...w.ref, status: 'TIMEOUT', lastStatus: w.status }
  const error = await readActivationErrors(client, project, w.ref.code, w.ref.version, deps.log)
  return { ...w.ref, status: 'FAILEDACTIVATION', ...(error ? { error } : {}) }
}
