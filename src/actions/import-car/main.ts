/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */
import { collaborators } from '../../core/collaborators.js'
import { listIntegrations } from '../../core/oic/integrations.js'
import { createOicClient } from '../../core/oic-instance.js'
import { allInOrder } from '../../core/pool.js'
import type { ActionContext } from '../../core/run-action.js'
import { certificatesStep } from './certificates-step.js'
import { configureStep } from './configure.js'
import { consentStep } from './consent.js'
import { getSettings } from './inputs.js'
import { lookupsStep } from './lookups-step.js'
import { reportDryRun } from './plan.js'
import { schedulesStep } from './schedules-step.js'
import { prepare } from './prepare.js'
import { activateStep, importStep } from './steps.js'
import { planTarget } from './target-plan.js'
import { verifyAndReport } from './verify.js'

/**
 * Runs the action, one named step after another, each taking what the earlier ones produced: prepare (archive and
 * connections file, offline) → plan (the target read; connections, lookups, certificates and schedules checked
 * against it; a dry run reports here) → import → certificates (before the connections need them) → configure →
 * lookups → consent (connections waiting for it in the console) → activate → schedules → verify and report.
 */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  const deps = collaborators(ctx)
  const prepared = await prepare(host, s, deps.log)
  const client = createOicClient(s.connection, ctx)
  const plan = await planTarget(host, client, s, prepared)
  if (s.dryRun) {
    await reportDryRun(ctx, s, { ...plan, car: prepared.car, expected: prepared.expected })
    return
  }
  const done = await importStep(deps, client, s, prepared, plan)
  const certified = await certificatesStep(deps, client, plan.certificates, {
    instance: plan.instance,
    env: host.env
  })
  const configured = await configureStep(client, done.project, plan.settings, host.env, deps.log)
  const lookups = await lookupsStep(deps, client, done.project, plan.lookups)
  // Two independent reads of the configured project, issued together (issue 21): which connections wait for consent,
  // and the integrations (statuses before the activation requests, the target's scheduled flags).
  const [consent, listed] = await allInOrder([
    consentStep(deps, client, done.project, prepared.car, plan.settings, s.activateWithoutConsent),
    s.activate.kind === 'none' ? Promise.resolve(undefined) : listIntegrations(client, done.project)
  ])
  const activations = await activateStep(deps, client, s, done, plan.imported, consent, listed)
  const schedules = await schedulesStep(
    deps,
    client,
    done.project,
    activations,
    prepared.file?.schedules ?? [],
    plan.diff.scheduled,
    listed
  )
  await verifyAndReport(ctx, client, s, {
    ...done,
    instance: plan.instance,
    imported: plan.imported,
    diff: plan.diff,
    activations,
    configured: configured.length,
    needsConsent: consent.needed,
    notes: plan.notes,
    schedules,
    lookups,
    certificates: certified
  })
}
