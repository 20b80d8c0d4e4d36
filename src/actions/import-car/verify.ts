/** The end of `import-car`: read the project back, write the outputs and the summary, fail on what went wrong. */
import type { ArchiveDiff } from '../../core/archive/diff.js'
import { OicActionError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { describeOutcome, type ActivationOutcome } from '../../core/oic/activation.js'
import { integrationId } from '../../core/oic/api.js'
import { listConnections } from '../../core/oic/connections.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { listIntegrations } from '../../core/oic/integrations.js'
import { allInOrder } from '../../core/pool.js'
import type { ActionContext } from '../../core/run-action.js'
import type { ImportCarSettings } from './inputs.js'
import { activationHint } from './plan.js'
import { replaceNotes, type ReplaceOutcome } from './replace.js'
import { lookupRows, type LookupOutcome } from './lookups-step.js'
import { certificateNotes, certificateRows, type CertificateOutcome } from './certificates-step.js'
import { SUMMARY_HEADERS, summaryRows } from './summary-rows.js'
import { scheduleFailure, scheduleNotes, scheduleRows, type ScheduleOutcome } from './schedules-step.js'
import { consentHint, consentLine, type ConsentNeeded } from './consent.js'

/** What the import did, for {@link verifyAndReport}. */
export interface ImportRun {
  project: string
  result: 'imported' | 'replaced' | 'skipped'
  instance: string
  /** The integration versions the archive holds. */
  imported: VersionRef[]
  diff: ArchiveDiff
  activations: ActivationOutcome[]
  /** How many connections the connections file configured. */
  configured: number
  replaced?: ReplaceOutcome
  /** Notes about connections missing from archive and target. */
  notes: string[]
  /** What happened to the schedules of the activated scheduled integrations (./schedules-step.ts). */
  schedules?: ScheduleOutcome[]
  /** Connections waiting for console consent (./consent.ts). */
  needsConsent?: ConsentNeeded[]
  /** The lookups the connections file set. */
  lookups?: LookupOutcome[]
  /** The certificates the connections file uploaded, replaced or left alone. */
  certificates?: CertificateOutcome[]
}

/** The project as read back: every imported version with its status, the connections, and what is missing. */
async function readBack(client: HttpClient, project: string, imported: VersionRef[]) {
  // Independent reads, issued together (issue 21).
  const [afterIntegrations, connections] = await allInOrder([
    listIntegrations(client, project),
    listConnections(client, project)
  ])
  const missing = imported.filter(
    r => !afterIntegrations.some(a => a.code === r.code && a.version === r.version)
  )
  const afterConnections = connections.map(c => ({ id: c.id, status: c.status ?? 'UNKNOWN' }))
  const integrationsOut = (imported.length ? imported : afterIntegrations).map(r => ({
    code: r.code,
    version: r.version,
    status: afterIntegrations.find(a => a.code === r.code && a.version === r.version)?.status ?? 'MISSING'
  }))
  return { missing, afterConnections, integrationsOut }
}

/**
 * Reads the project back, sets the outputs and writes the summary; then fails when an imported version is missing
 * or an activation failed, naming why (connections missing from archive and target, drafts, timeout).
 */
export async function verifyAndReport(
  ctx: ActionContext,
  client: HttpClient,
  s: ImportCarSettings,
  run: ImportRun
): Promise<void> {
  const { host } = ctx
  const { project, result, instance, imported, diff, activations, configured, replaced } = run
  const { missing, afterConnections, integrationsOut } = await readBack(client, project, imported)
  host.setOutput('project', project)
  host.setOutput('result', result)
  host.setOutput('integrations', JSON.stringify(integrationsOut))
  host.setOutput('connections', JSON.stringify(afterConnections))
  const needsConsent = run.needsConsent ?? []
  host.setOutput('needs-consent', JSON.stringify(needsConsent))
  host.setOutput(
    'results',
    JSON.stringify({
      project,
      result,
      integrations: integrationsOut,
      connections: afterConnections,
      activations,
      schedules: run.schedules ?? [],
      needsConsent,
      lookups: run.lookups ?? [],
      certificates: run.certificates ?? []
    })
  )

  const failed = activations.filter(a => a.status !== 'ACTIVATED' && a.status !== 'SKIPPED')
  const draft = afterConnections.filter(
    c => c.status !== 'CONFIGURED' && !needsConsent.some(n => n.id === c.id)
  )
  await ctx.report({
    title: 'OIC import-car',
    status:
      failed.length || missing.length || scheduleFailure(run.schedules)
        ? 'failure'
        : draft.length || needsConsent.length
          ? 'warning'
          : 'success',
    statusLine: `Project ${project} ${result} in ${instance}: ${integrationsOut.length} integrations, ${configured} connections configured, ${activations.filter(a => a.status === 'ACTIVATED').length} of ${activations.length} activated.`,
    table: {
      headers: SUMMARY_HEADERS,
      rows: [
        ...summaryRows(diff, { integrations: integrationsOut, connections: afterConnections }, activations),
        ...scheduleRows(run.schedules),
        ...lookupRows(run.lookups),
        ...certificateRows(run.certificates ?? [])
      ]
    },
    notes: [
      ...draft.map(
        c =>
          `Connection ${c.id} is ${c.status}: configure it (connections-file) before activating the integrations that use it.`
      ),
      ...needsConsent.map(n => consentLine(n, s.activateWithoutConsent)),
      ...run.notes,
      ...scheduleNotes(diff.scheduled, run.schedules),
      ...(replaced ? replaceNotes(replaced) : []),
      ...certificateNotes(run.certificates ?? [])
    ]
  })
  if (missing.length)
    throw new OicActionError(
      `Verification failed: ${missing.map(m => integrationId(m)).join(', ')} not found in project ${project} after the import.`
    )
  if (failed.length) {
    const list = failed.map(describeOutcome).join(', ')
    const hint = activationHint(diff, failed, draft, s, instance) + consentHint(failed, needsConsent)
    throw new OicActionError(
      `Activation failed for ${failed.length} of ${activations.length} integrations: ${list}${hint}.`
    )
  }
  const scheduleError = scheduleFailure(run.schedules)
  if (scheduleError) throw new OicActionError(scheduleError)
}
