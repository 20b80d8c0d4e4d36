/** The job summary table of `import-car`: one row per integration and per connection. */
import type { ArchiveDiff } from '../../core/archive/diff.js'
import type { ActivationOutcome } from '../../core/oic/activation.js'

/** Final state of an integration after the step. */
export interface IntegrationAfter {
  code: string
  version: string
  status: string
}

/** Rows for the summary (planned or done). */
export function summaryRows(
  diff: ArchiveDiff,
  after: { integrations: IntegrationAfter[]; connections: Array<{ id: string; status: string }> } | undefined,
  activations: ActivationOutcome[]
): string[][] {
  const rows: string[][] = []
  for (const i of diff.integrations) {
    const now = after?.integrations.find(
      a => a.code === i.code && (i.version === '' || a.version === i.version)
    )
    const activation = activations.find(a => a.code === i.code && a.version === i.version)
    const status =
      activation && !activation.alreadyActive ? activation.status : (now?.status ?? i.targetStatus ?? '')
    const note =
      i.change === 'version changed'
        ? `version changed (target has ${i.targetVersions.join(', ')})`
        : i.change
    rows.push([
      'integration',
      i.code,
      i.version || i.targetVersions.join(', '),
      note,
      status,
      activation?.status === 'SKIPPED' ? (activation.error ?? '') : i.importable === 'ok' ? '' : i.importable
    ])
  }
  for (const c of diff.connections) {
    const now = after?.connections.find(a => a.id === c.id)
    // The archive carries no credentials: a connection the file does not configure needs them in the target.
    const plan = c.configuredByFile ? 'configured by connections-file' : 'needs its credentials: configure it'
    rows.push(['connection', c.id, '', plan, now?.status ?? c.targetStatus ?? 'new (draft)', ''])
  }
  return rows
}

/** Table headers matching {@link summaryRows}. */
export const SUMMARY_HEADERS = ['Kind', 'Id', 'Version', 'Change', 'Status', 'Blocked by']
