/**
 * Connections that wait for console consent after configuration, and the activations that wait with them. A
 * connection on an authorization-code or custom two/three-legged OAuth policy "is only successful after you click
 * the Provide Consent button. Configuring all the details alone is not sufficient" (REST adapter guide ch. 3): no
 * API gives that consent, so such a connection is named (summary, output `needs-consent`) with the console path, and
 * the integrations that use it are not activated unless `activate-without-consent` says so.
 */
import type { CarContents } from '../../core/archive/car.js'
import type { Collaborators } from '../../core/collaborators.js'
import type { HttpClient } from '../../core/http/client.js'
import type { ActivationOutcome } from '../../core/oic/activation.js'
import { integrationId } from '../../core/oic/api.js'
import { CONSENT_POLICIES, listConnections, type Connection } from '../../core/oic/connections.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import type { ConnectionSettings } from './connections-file.js'

/** A connection waiting for console consent (the `needs-consent` output). */
export interface ConsentNeeded {
  id: string
  securityPolicy: string
  /** Where in the Oracle Integration console to give it. */
  console: string
  /** The archive's integration versions (`CODE|VERSION`) that use the connection. */
  integrations: string[]
}

/** What the activation step needs to know about consent. */
export interface ConsentHold {
  needed: ConsentNeeded[]
  /** `activate-without-consent`: activate the dependants anyway. */
  activateAnyway: boolean
}

/** No connection waits for consent. */
export const NO_CONSENT_HOLD: ConsentHold = { needed: [], activateAnyway: false }

/**
 * Whether `c` waits for consent: its policy needs it, and the target says it was not given (`consentState`, [U]:
 * the emulator's field, no recorded answer has one) or, when the target does not say, this run has just set its
 * policy or credentials (consent is given for the credentials in place).
 */
export function waitsForConsent(c: Connection, configuredNow: boolean): boolean {
  if (!c.securityPolicy || !CONSENT_POLICIES.has(c.securityPolicy)) return false
  if (c.consentState !== undefined) return c.consentState.toUpperCase() !== 'GRANTED'
  return configuredNow
}

/**
 * The console path to a project's connection (Oracle's "Create a Connection", OIC 3 adapter guides: "In the
 * navigation pane, click Projects. Select the project name. Click Integrations … In the Connections section").
 */
export function consolePath(project: string, c: Pick<Connection, 'id' | 'name'>): string {
  return `Projects > ${project} > Integrations > Connections > ${c.name ?? c.id}: Provide Consent, then Test and Save`
}

/** The archive's integration versions that use connection `id` (info.json dependencies, format file §3). */
function dependantsOf(car: CarContents, id: string): string[] {
  return car.integrations.filter(i => i.dependencies.connections.includes(id)).map(i => integrationId(i))
}

/**
 * After configuration: the project's connections that wait for consent, each with the integrations using it;
 * `settings` are the connections file's entries (those setting a policy or credentials were just configured). One
 * warning per connection names it, its policy and the console path.
 */
export async function consentStep(
  deps: Pick<Collaborators, 'warn'>,
  client: HttpClient,
  project: string,
  car: CarContents,
  settings: ReadonlyArray<Pick<ConnectionSettings, 'id' | 'securityPolicy' | 'securityProperties'>>,
  activateAnyway: boolean
): Promise<ConsentHold> {
  const credentialsSet = (id: string): boolean =>
    settings.some(k => k.id === id && (k.securityPolicy !== undefined || k.securityProperties.length > 0))
  const connections = await listConnections(client, project)
  const needed = connections
    .filter(c => waitsForConsent(c, credentialsSet(c.id)))
    .map(c => ({
      id: c.id,
      securityPolicy: c.securityPolicy as string,
      console: consolePath(project, c),
      integrations: dependantsOf(car, c.id)
    }))
  for (const n of needed) deps.warn(consentLine(n, activateAnyway))
  return { needed, activateAnyway }
}

/** One line about a connection waiting for consent and what happens to its dependants. */
export function consentLine(n: ConsentNeeded, activateAnyway: boolean): string {
  const users = n.integrations.length
    ? ` ${n.integrations.join(', ')} ${activateAnyway ? 'will be activated anyway (activate-without-consent)' : 'will not be activated until it is given (activate-without-consent: true activates them anyway)'}.`
    : ''
  // Names from the server reach the log and the summary, whose sinks escape them (src/core/escape.ts).
  return `Connection ${n.id} (${n.securityPolicy}) needs consent in the Oracle Integration console: ${n.console}.${users}`
}

/** The connection waiting for consent that `ref` uses (by version, else by code), if any. */
function blockerOf(ref: VersionRef, needed: ConsentNeeded[]): ConsentNeeded | undefined {
  const id = integrationId(ref)
  return (
    needed.find(n => n.integrations.includes(id)) ??
    needed.find(n => n.integrations.some(i => i.split('|')[0] === ref.code))
  )
}

/**
 * Splits the versions to activate into those to activate and those held back (status SKIPPED, the reason in
 * `error`) because a connection they use waits for consent; with `activateAnyway` nothing is held.
 */
export function holdForConsent(
  refs: readonly VersionRef[],
  hold: ConsentHold
): { go: VersionRef[]; held: ActivationOutcome[] } {
  if (hold.activateAnyway || !hold.needed.length) return { go: [...refs], held: [] }
  const go: VersionRef[] = []
  const held: ActivationOutcome[] = []
  for (const ref of refs) {
    const blocker = blockerOf(ref, hold.needed)
    if (!blocker) go.push(ref)
    else
      held.push({
        ...ref,
        status: 'SKIPPED',
        error: `connection ${blocker.id} waits for consent in the console (${blocker.console})`
      })
  }
  return { go, held }
}

/** The end of the activation failure line when failed versions use connections waiting for consent. */
export function consentHint(failed: readonly VersionRef[], needed: ConsentNeeded[]): string {
  const blockers = [...new Set(failed.map(f => blockerOf(f, needed)?.id).filter(Boolean))]
  return blockers.length
    ? ` — connection(s) ${blockers.join(', ')} need consent in the console (see needs-consent)`
    : ''
}

/**
 * The dry run's notes: each connection the file moves to (or keeps on) a policy that needs consent, with the
 * archive's integrations that would wait for it.
 */
export function plannedConsentNotes(
  car: CarContents,
  settings: ReadonlyArray<Pick<ConnectionSettings, 'id' | 'securityPolicy'>>,
  activateAnyway: boolean
): string[] {
  return plannedConsent(car, settings, car.project?.code ?? '').map(k => {
    const then = k.integrations.length
      ? ` ${k.integrations.join(', ')} would ${activateAnyway ? 'be activated anyway (activate-without-consent)' : 'not be activated (SKIPPED)'}.`
      : ''
    return `Connection ${k.id} would need consent in the console after configuration (${k.securityPolicy}).${then}`
  })
}

/** The dry run's `needs-consent`: the file's connections whose chosen policy will wait for console consent. */
export function plannedConsent(
  car: CarContents,
  settings: ReadonlyArray<Pick<ConnectionSettings, 'id' | 'securityPolicy'>>,
  project: string
): ConsentNeeded[] {
  return settings
    .filter(k => k.securityPolicy !== undefined && CONSENT_POLICIES.has(k.securityPolicy))
    .map(k => ({
      id: k.id,
      securityPolicy: k.securityPolicy ?? '',
      console: consolePath(project, { id: k.id }),
      integrations: dependantsOf(car, k.id)
    }))
}
