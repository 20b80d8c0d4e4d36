/**
 * Checking on the client side that an errored instance matches what the user selected, before anything changes
 * it (contract K6: `projectCode` and `recoverable` are not documented `q` keys, so a server may ignore them and
 * answer instances of every project). An instance is acted on only when it can be shown to match: its
 * integration code (and version, when selected), its project — from the item's project field, or else from the
 * project's integration list of the design-time API — and, for a resubmit, that it is in error and recoverable.
 */
import { integrationId } from '../api.js'
import type { ErrorInstance } from './error-instances.js'

/** What the user selected. */
export interface InstanceSelection {
  /** `{code, version?}` filters; empty means every integration. */
  integrations: ReadonlyArray<{ code: string; version?: string }>
  project?: string
  /** Only recoverable instances (resubmit); false for discard. */
  recoverableOnly: boolean
}

/** Why an instance was left alone. */
export type LeftAloneReason =
  'other-integration' | 'other-project' | 'project-unknown' | 'not-recoverable' | 'not-in-error'

/** One line per reason, for summaries and logs. */
export const LEFT_ALONE_TEXT: Readonly<Record<LeftAloneReason, string>> = {
  'other-integration': 'of an integration or version that was not selected',
  'other-project': 'of another project',
  'project-unknown': 'whose project could not be shown to be the selected one',
  'not-recoverable': 'not recoverable (or not said to be)',
  'not-in-error': 'no longer in error'
}

/**
 * The project code an item names, in any spelling seen or plausible (`projectCode`, `project-code` as the Gen3
 * doc pages render names, `project.code`); undefined when the item names none.
 */
export function projectOf(item: ErrorInstance): string | undefined {
  const raw = item as unknown as Record<string, unknown>
  const nested = raw.project
  const value =
    raw.projectCode ??
    raw['project-code'] ??
    (typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>).code : nested)
  return typeof value === 'string' && value ? value : undefined
}

/** `CODE|VERSION` of an item's integration (`?` for a missing part). */
export const integrationKey = (item: ErrorInstance): string =>
  integrationId(item.integration?.code ?? '?', item.integration?.version ?? '?')

/**
 * The verdict on one instance: undefined when it matches, else why it is left alone. `projectIntegrations` is
 * the selected project's `CODE|VERSION` set from the design-time API (undefined when not read or unreadable).
 */
export function checkInstance(
  item: ErrorInstance,
  selection: InstanceSelection,
  projectIntegrations?: ReadonlySet<string>
): LeftAloneReason | undefined {
  const code = item.integration?.code
  const version = item.integration?.version
  if (
    selection.integrations.length > 0 &&
    !selection.integrations.some(s => s.code === code && (!s.version || s.version === version))
  )
    return 'other-integration'
  if (selection.project) {
    const project = projectOf(item)
    if (project !== undefined) {
      if (project !== selection.project) return 'other-project'
    } else if (!code || !version || !projectIntegrations?.has(integrationId(code, version))) {
      return 'project-unknown'
    }
  }
  if (item.status !== undefined && String(item.status).toUpperCase() !== 'FAILED') return 'not-in-error'
  if (selection.recoverableOnly && item.recoverable !== true) return 'not-recoverable'
  return undefined
}

/** True when the project of `item` can only be settled by the project's integration list. */
export const needsProjectList = (item: ErrorInstance, selection: InstanceSelection): boolean =>
  selection.project !== undefined && projectOf(item) === undefined
