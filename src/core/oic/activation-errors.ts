/**
 * Why an activation failed: `GET …/integrations/{CODE%7CVERSION}/activationErrors` (Oracle: "Retrieve Integration
 * Activation Errors" and "… in a Project"; schema IntegrationActivationErrorRs: `code`, `version`, `hasErrors`,
 * `errorMessage`, `shortSummaryMessage`; 404, 412, 500). Contract K5.
 */
import { errorMessage } from '../errors.js'
import type { HttpClient } from '../http/client.js'
import { getJson, integrationId } from './api.js'
import { integrationsPath } from './integrations.js'

/** The documented answer (every field optional: a server may leave any out). */
export interface ActivationErrors {
  code?: string
  version?: string
  hasErrors?: boolean
  errorMessage?: string
  shortSummaryMessage?: string
}

/** Longest activation error text carried into a one-line failure message. */
const MAX_TEXT = 500

/** The text of an {@link ActivationErrors} answer, on one line, or undefined when it says nothing. */
export function activationErrorText(body: ActivationErrors | undefined): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const pick = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '')
  const text = pick(body.errorMessage) || pick(body.shortSummaryMessage)
  if (!text) return undefined
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
}

/**
 * Reads the activation errors of a version; never throws: when the resource is missing (OIC 2 documents another
 * answer) or unreadable, the reason is undefined and the caller reports the status alone.
 */
export async function readActivationErrors(
  client: HttpClient,
  project: string | undefined,
  code: string,
  version: string,
  log?: (line: string) => void
): Promise<string | undefined> {
  try {
    const body = await getJson<ActivationErrors>(
      client,
      integrationsPath(project, integrationId(code, version), 'activationErrors'),
      `activation errors of ${integrationId(code, version)}`
    )
    return activationErrorText(body)
  } catch (error) {
    log?.(
      `The activation errors of ${integrationId(code, version)} could not be read: ${errorMessage(error)}`
    )
    return undefined
  }
}
