/**
 * Activating and deactivating integration versions and waiting for the outcome. An activation POST is never
 * repeated blindly: when its answer is lost or refused (412), the activation status says what happened.
 */
import { OicHttpError, withContext } from '../errors.js'
import type { HttpClient } from '../http/client.js'
import { poll } from '../poll.js'
import type { VersionRef } from './deployments.js'
import { getActivationStatus, setIntegrationStatus } from './integrations.js'

/** Final statuses of an activation. */
export const ACTIVATION_FINAL = new Set(['ACTIVATED', 'FAILEDACTIVATION', 'CONFIGURED'])

/** How one activation ended. */
export interface ActivationOutcome extends VersionRef {
  /** ACTIVATED, FAILEDACTIVATION, TIMEOUT, or the last status seen. */
  status: string
  /** True when it was already active (no request sent). */
  alreadyActive?: boolean
}

/** Collaborators of activation. */
export interface ActivationDeps {
  sleep: (ms: number) => Promise<void>
  now: () => number
  log: (line: string) => void
}

const key = (r: VersionRef): string => `${r.code}|${r.version}`

/**
 * Sends the activation unless already active; settles lost or refused answers by reading the status. A lost answer
 * whose status shows the activation never started is sent once more: nothing happened, so nothing can happen twice.
 */
async function start(
  client: HttpClient,
  project: string | undefined,
  ref: VersionRef,
  deps: ActivationDeps,
  resent = false
): Promise<ActivationOutcome | undefined> {
  const before = await getActivationStatus(client, project, ref.code, ref.version)
  if (before === 'ACTIVATED') return { ...ref, status: 'ACTIVATED', alreadyActive: true }
  if (before === 'ACTIVATION_INPROGRESS') return undefined
  try {
    await setIntegrationStatus(client, project, ref.code, ref.version, 'ACTIVATED')
    deps.log(`Activation of ${key(ref)} requested`)
  } catch (error) {
    const lost = error instanceof OicHttpError && (error.status === 0 || error.status >= 500)
    const refused = error instanceof OicHttpError && error.status === 412
    if (!lost && !refused) throw withContext(`Could not activate ${key(ref)}`, error)
    const after = await getActivationStatus(client, project, ref.code, ref.version)
    if (after === 'ACTIVATED' || after === 'ACTIVATION_INPROGRESS') {
      deps.log(
        `Activation of ${key(ref)}: ${(error as Error).message}; status is ${after}, so it was not sent again`
      )
      return undefined
    }
    if (lost && !resent) {
      deps.log(
        `Activation of ${key(ref)}: ${(error as Error).message}; status is still ${after}, so it is sent once more`
      )
      return start(client, project, ref, deps, true)
    }
    throw withContext(`Could not activate ${key(ref)}`, error)
  }
  return undefined
}

/** Activates `refs` in order, then waits for all of them until `timeoutMs`. */
export async function activateIntegrations(
  client: HttpClient,
  project: string | undefined,
  refs: readonly VersionRef[],
  timeoutMs: number,
  deps: ActivationDeps
): Promise<ActivationOutcome[]> {
  const outcomes = new Map<string, ActivationOutcome>()
  const pending: VersionRef[] = []
  for (const ref of refs) {
    const done = await start(client, project, ref, deps)
    if (done) outcomes.set(key(ref), done)
    else pending.push(ref)
  }
  const statuses = new Map<string, string>()
  const result = await poll({
    check: async () => {
      for (const ref of pending) {
        if (ACTIVATION_FINAL.has(statuses.get(key(ref)) ?? '')) continue
        statuses.set(key(ref), await getActivationStatus(client, project, ref.code, ref.version))
      }
      return statuses
    },
    done: s => pending.every(ref => ACTIVATION_FINAL.has(s.get(key(ref)) ?? '')),
    timeoutMs,
    sleep: deps.sleep,
    now: deps.now,
    initialDelayMs: 500,
    maxDelayMs: 8000
  })
  for (const ref of pending) {
    const status = result.state.get(key(ref)) ?? 'UNKNOWN'
    outcomes.set(key(ref), { ...ref, status: ACTIVATION_FINAL.has(status) ? status : 'TIMEOUT' })
  }
  return refs.map(ref => outcomes.get(key(ref)) as ActivationOutcome)
}

/** Deactivates `refs` in order (those not active are left alone); returns those that were deactivated. */
export async function deactivateIntegrations(
  client: HttpClient,
  project: string | undefined,
  refs: readonly VersionRef[],
  deps: ActivationDeps
): Promise<VersionRef[]> {
  const done: VersionRef[] = []
  for (const ref of refs) {
    const status = await getActivationStatus(client, project, ref.code, ref.version)
    if (status !== 'ACTIVATED' && status !== 'ACTIVATION_INPROGRESS') continue
    try {
      await setIntegrationStatus(client, project, ref.code, ref.version, 'CONFIGURED')
    } catch (error) {
      // 412 means "not active": someone else got there first, which is what we wanted.
      if (!(
        error instanceof OicHttpError &&
        (error.status === 412 || error.status === 0 || error.status >= 500)
      ))
        throw error
      const after = await getActivationStatus(client, project, ref.code, ref.version)
      if (after === 'ACTIVATED') throw error
    }
    deps.log(`Deactivated ${key(ref)}`)
    done.push(ref)
  }
  return done
}
