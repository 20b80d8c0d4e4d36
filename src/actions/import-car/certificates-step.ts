/**
 * The certificates step of `import-car`, run before connections are configured (a connection's TLS needs its
 * trust certificate or identity keystore in place): each planned alias is uploaded, replaced or left alone, and
 * reported in the summary and the `results` output.
 */
import type { Collaborators } from '../../core/collaborators.js'
import type { OicHttpError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { certificateId, updateCertificate, uploadCertificate } from '../../core/oic/certificates.js'
import { withSecretFiles } from '../../core/secret-file.js'
import { lostAnswerLine, settleLostWrite } from '../../core/settle-lost-write.js'
import { decide, factsOf, lookUpCertificate, refusal, type CertificatePlan } from './certificates-plan.js'

/** What happened to one alias (`results.certificates[]`). */
export interface CertificateOutcome {
  alias: string
  type: string
  category: string
  /** uploaded, replaced, unchanged or kept (a dry run: planned, with the planned `action`). */
  result: 'uploaded' | 'replaced' | 'unchanged' | 'kept' | 'planned'
  action?: CertificatePlan['action']
  reason: string
}

const outcome = (
  plan: CertificatePlan,
  result: CertificateOutcome['result'],
  reason = plan.reason
): CertificateOutcome => ({
  alias: plan.setting.alias,
  type: plan.setting.type,
  category: plan.setting.category,
  result,
  ...(result === 'planned' ? { action: plan.action } : {}),
  reason
})

/** How one alias is sent: the instance, and the file's path on disk now. */
interface Sending {
  instance: string
  path: string
}

/** Replaces the alias's file (and its passwords or description). */
async function replace(client: HttpClient, plan: CertificatePlan, run: Sending): Promise<void> {
  const { setting } = plan
  await updateCertificate(
    client,
    plan.existing?.id ??
      certificateId({ name: setting.alias, type: setting.type, category: setting.category }),
    {
      name: setting.alias,
      type: setting.type,
      keystore: setting.category,
      description: setting.description,
      keystorePassword: setting.keystorePassword,
      keyPasswords: setting.keyPasswords,
      passPhrase: setting.passPhrase
    },
    run.path
  )
}

/**
 * Uploads a new alias, once. A lost answer is settled by reading the alias back (there with this content, or with
 * content that cannot be told apart: uploaded); a 409 (someone uploaded it since the plan) is decided again like a
 * planned alias.
 */
async function upload(
  deps: Pick<Collaborators, 'warn'>,
  client: HttpClient,
  plan: CertificatePlan,
  run: Sending
): Promise<CertificateOutcome> {
  const { setting } = plan
  const facts = factsOf(plan.content)
  const written = await settleLostWrite({
    what: `upload certificate ${setting.alias}`,
    send: () =>
      uploadCertificate(
        client,
        {
          name: setting.alias,
          type: setting.type,
          category: setting.category,
          description: setting.description,
          keystorePassword: setting.keystorePassword,
          keyPasswords: setting.keyPasswords,
          passPhrase: setting.passPhrase
        },
        run.path
      ),
    alsoSettle: (error: OicHttpError) => error.status === 409,
    readBack: async (error: OicHttpError) => {
      const existing = await lookUpCertificate(client, setting.alias)
      if (!existing) return undefined
      if (error.status === 409) return { existing, ...decide(setting, existing, facts), lost: false }
      // A lost answer: there now, and not known to differ from this file — it is this upload.
      const found = decide({ ...setting, replace: false }, existing, facts)
      return found.action === 'refuse' ? undefined : { existing, ...found, lost: true }
    }
  })
  if (written.answered) return outcome(plan, 'uploaded', 'not in the target')
  const { state, error } = written
  if (state.lost) {
    deps.warn(
      lostAnswerLine(
        `uploading certificate ${setting.alias}`,
        error,
        'it is there now, so it was not sent again.'
      )
    )
    return outcome(plan, 'uploaded', 'not in the target (answer lost, read back)')
  }
  // 409: the alias appeared after the plan.
  const now: CertificatePlan = {
    ...plan,
    existing: state.existing,
    action: state.action,
    reason: state.reason
  }
  return apply(deps, client, now, run)
}

async function apply(
  deps: Pick<Collaborators, 'warn'>,
  client: HttpClient,
  plan: CertificatePlan,
  run: Sending
): Promise<CertificateOutcome> {
  switch (plan.action) {
    case 'upload':
      return upload(deps, client, plan, run)
    case 'replace':
      await replace(client, plan, run)
      return outcome(plan, 'replaced')
    case 'unchanged':
      return outcome(plan, 'unchanged')
    case 'keep':
      return outcome(plan, 'kept')
    case 'refuse':
      throw refusal(plan, run.instance)
  }
}

/**
 * Applies every planned alias, in the file's order; a file given as a secret's content is written to `RUNNER_TEMP`
 * only while its alias is sent. Returns what happened to each.
 */
export async function certificatesStep(
  deps: Pick<Collaborators, 'log' | 'warn'>,
  client: HttpClient,
  plans: readonly CertificatePlan[],
  run: { instance: string; env: Readonly<Record<string, string | undefined>> }
): Promise<CertificateOutcome[]> {
  const out: CertificateOutcome[] = []
  for (const plan of plans) {
    const { file } = plan
    const secrets = 'secret' in file ? [file.secret] : []
    const done = await withSecretFiles(secrets, run.env, paths =>
      apply(deps, client, plan, {
        instance: run.instance,
        path: 'path' in file ? file.path : (paths[0] as string)
      })
    )
    deps.log(`Certificate ${done.alias} (${done.type} ${done.category}): ${done.result} — ${done.reason}`)
    out.push(done)
  }
  return out
}

/** What a dry run reports per alias. */
export function plannedCertificates(plans: readonly CertificatePlan[]): CertificateOutcome[] {
  return plans.map(p => outcome(p, 'planned'))
}

const PLANNED: Record<CertificatePlan['action'], string> = {
  upload: 'would upload',
  replace: 'would replace',
  unchanged: 'none (same content)',
  keep: 'none (kept: cannot tell)',
  refuse: 'would fail: set replace: true or another alias'
}

/** Rows of the dry run's table (Kind, Id, Archive, Target, Change, Importable). */
export function plannedCertificateRows(plans: readonly CertificatePlan[]): string[][] {
  return plans.map(p => [
    'certificate',
    p.setting.alias,
    `${p.setting.type} ${p.setting.category}`,
    p.existing ? p.reason : 'absent',
    PLANNED[p.action],
    p.action === 'refuse' ? 'no' : ''
  ])
}

/** Rows of the run's table (Kind, Id, Version, Change, Status, Blocked by). */
export function certificateRows(outcomes: readonly CertificateOutcome[]): string[][] {
  return outcomes.map(o => ['certificate', o.alias, '', `${o.type} ${o.category}: ${o.reason}`, o.result, ''])
}

/** Notes for aliases kept because OIC's answer could not tell whether they differ. */
export function certificateNotes(outcomes: readonly CertificateOutcome[]): string[] {
  return outcomes
    .filter(o => o.result === 'kept' || o.action === 'keep')
    .map(
      o =>
        `Certificate ${o.alias} exists and OIC's answer cannot tell whether its content differs: it was left as it is; set replace: true for it to upload the file anyway.`
    )
}
