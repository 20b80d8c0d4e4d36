/**
 * The client-side selection check of `resubmit-errors` (contract K6): every listed instance is checked against
 * the inputs before it may be resubmitted. Where an item names no project, the project's integration list is read
 * once from the design-time API; if it cannot be read, such items are left alone.
 */
import type { Collaborators } from '../../core/collaborators.js'
import { errorMessage } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { integrationId } from '../../core/oic/api.js'
import { listIntegrations } from '../../core/oic/integrations.js'
import type { ErrorInstance } from '../../core/oic/monitoring/error-instances.js'
import {
  checkInstance,
  LEFT_ALONE_TEXT,
  needsProjectList,
  type InstanceSelection,
  type LeftAloneReason
} from '../../core/oic/monitoring/selection.js'

/** A selection check with its lazily read project integration list. */
export interface SelectionChecker {
  check: (item: ErrorInstance) => Promise<LeftAloneReason | undefined>
  /** Why the project's integration list could not be read, when it was needed and could not. */
  projectListError?: string
}

/** Builds the check for `selection`; a project list that cannot be read is reported with `deps.warn`. */
export function selectionChecker(
  client: HttpClient,
  selection: InstanceSelection,
  deps: Pick<Collaborators, 'warn'>
): SelectionChecker {
  let projectList: Promise<ReadonlySet<string> | undefined> | undefined
  const checker: SelectionChecker = {
    check: async item => {
      if (!needsProjectList(item, selection)) return checkInstance(item, selection)
      projectList ??= readProjectList(client, selection.project as string).catch((error: unknown) => {
        checker.projectListError = errorMessage(error)
        deps.warn(
          `Errored instances name no project, and the integrations of project ${selection.project} could not be read (${checker.projectListError}): those instances are left alone.`
        )
        return undefined
      })
      return checkInstance(item, selection, await projectList)
    }
  }
  return checker
}

async function readProjectList(client: HttpClient, project: string): Promise<ReadonlySet<string>> {
  const integrations = await listIntegrations(client, project)
  return new Set(integrations.map(i => integrationId(i)))
}

/** Counts per reason, in a fixed order. */
export function countReasons(
  leftAlone: ReadonlyArray<{ reason: LeftAloneReason }>
): Array<[LeftAloneReason, number]> {
  const counts = new Map<LeftAloneReason, number>()
  for (const { reason } of leftAlone) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return (Object.keys(LEFT_ALONE_TEXT) as LeftAloneReason[])
    .filter(r => counts.has(r))
    .map(r => [r, counts.get(r) ?? 0])
}

/** One sentence on what was left alone, or undefined when nothing was. */
export function leftAloneNote(leftAlone: ReadonlyArray<{ reason: LeftAloneReason }>): string | undefined {
  if (!leftAlone.length) return undefined
  const parts = countReasons(leftAlone).map(([r, n]) => `${n} ${LEFT_ALONE_TEXT[r]}`)
  return `${leftAlone.length} listed errored instance(s) were left alone because they could not be shown to match the selection: ${parts.join('; ')}.`
}
