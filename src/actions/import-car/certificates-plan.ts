/**
 * What the `certificates:` section will do to the target, decided before anything changes: each file is read, each
 * alias looked up (D:Retrieve Certificates, q name) and compared with what OIC answers.
 *
 * "Same content" can only be told from what CertificateRs carries: `hash` (no documented meaning), `issued` and
 * `expires` — no subject and no documented fingerprint. So: a `hash` equal to a digest of the file (SHA-256, SHA-1
 * or MD5 of its bytes, or of the certificate's DER for an X.509 file; hex or base64) is the same content; a `hash`
 * of one of those lengths that matches none of them, or an X.509 file whose validity dates differ from `issued` or
 * `expires`, is different content; anything else cannot be told, and the run says so (kept, unless `replace`).
 */
import { createHash, X509Certificate } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { ConfigurationError, inputError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { resolveInsideRoots } from '../../core/paths.js'
import {
  categoryOf,
  findCertificates,
  getCertificate,
  type Certificate
} from '../../core/oic/certificates.js'
import { orUndefined } from '../../core/oic/not-found.js'
import type { SecretContent } from '../../core/secret-file.js'
import type { CertificateSetting } from './certificates-section.js'

/** How the target's certificate compares with the file. */
export type Sameness = 'same' | 'different' | 'unknown'

/** What will be done with one alias. */
export type CertificateAction = 'upload' | 'unchanged' | 'replace' | 'keep' | 'refuse'

/** One alias, planned. */
export interface CertificatePlan {
  setting: CertificateSetting
  /** The file: resolved inside the workspace, or a secret's content (written only while it is sent). */
  file: { path: string } | { secret: SecretContent }
  content: Buffer
  action: CertificateAction
  /** What the target holds under the alias, when anything. */
  existing?: Certificate
  /** Why, in a few words (for the summary). */
  reason: string
}

/** What the file says about itself: its digests and, for an X.509 certificate, its validity. */
interface FileFacts {
  digests: Set<string>
  validFrom?: number
  validTo?: number
}

const ALGORITHMS = ['sha256', 'sha1', 'md5']

function digestsOf(bytes: Buffer, into: Set<string>): void {
  for (const algorithm of ALGORITHMS) {
    const digest = createHash(algorithm).update(bytes).digest()
    into.add(digest.toString('hex'))
    into.add(digest.toString('base64'))
  }
}

/** Digests of the file (and of the certificate's DER) and its validity, when it is an X.509 certificate. */
export function factsOf(content: Buffer): FileFacts {
  const facts: FileFacts = { digests: new Set() }
  digestsOf(content, facts.digests)
  try {
    const cert = new X509Certificate(content)
    digestsOf(cert.raw, facts.digests)
    facts.validFrom = Date.parse(cert.validFrom)
    facts.validTo = Date.parse(cert.validTo)
  } catch {
    // Not an X.509 certificate (a keystore, a PGP key): its bytes are all there is to compare.
  }
  return facts
}

/** OIC's dates (`2026-12-01T12:00:00.000+0000`) as milliseconds; NaN when absent or unreadable. */
function instant(text: string | undefined): number {
  return text ? Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : NaN
}

/** Compares the target's certificate with the file's facts (see the module comment). */
export function compare(existing: Certificate, facts: FileFacts): { sameness: Sameness; by: string } {
  const hash = existing.hash?.trim()
  const hex = hash?.replace(/[:\s]/g, '').toLowerCase()
  if (hash && (facts.digests.has(hash) || (hex && facts.digests.has(hex))))
    return { sameness: 'same', by: 'hash' }
  const sameSecond = (a: number, b: number) => Math.floor(a / 1000) === Math.floor(b / 1000)
  for (const [field, mine] of [
    ['expires', facts.validTo],
    ['issued', facts.validFrom]
  ] as const) {
    const theirs = instant(existing[field])
    if (mine !== undefined && !Number.isNaN(theirs) && !sameSecond(theirs, mine))
      return { sameness: 'different', by: field === 'expires' ? 'expiry date' : 'issue date' }
  }
  if (hex && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(hex))
    return { sameness: 'different', by: 'hash' }
  return { sameness: 'unknown', by: 'OIC answered no hash or dates to compare' }
}

/**
 * The certificate the target holds under `alias`, or undefined. A list may answer the minimal view, so the
 * certificate itself is read for its hash and dates (gone in between: undefined).
 */
export async function lookUpCertificate(client: HttpClient, alias: string): Promise<Certificate | undefined> {
  const found = (await findCertificates(client, alias))[0]
  return found?.id ? orUndefined(getCertificate(client, found.id)) : found
}

/** Resolves and reads the certificate's file; a missing file is an input error at its line. */
export function certificateFile(
  setting: CertificateSetting,
  env: Readonly<Record<string, string | undefined>>
): Pick<CertificatePlan, 'file' | 'content'> {
  const { from } = setting
  if (!('path' in from)) return { file: { secret: from }, content: from.content }
  const path = resolveInsideRoots(from.path, 'connections-file', env)
  if (!existsSync(path))
    throw inputError(`certificate ${setting.alias}: no file at '${from.path}'.`, {
      input: 'connections-file',
      value: setting.location.file,
      fix: `Fix the file of certificate ${setting.alias} (a path inside the workspace).`,
      location: setting.location
    })
  return { file: { path }, content: readFileSync(path) }
}

/** The action for an alias the target holds, given how it compares. */
export function decide(
  setting: CertificateSetting,
  existing: Certificate,
  facts: FileFacts
): Pick<CertificatePlan, 'action' | 'reason'> {
  const kind = `${existing.type ?? '?'} ${categoryOf(existing) ?? '?'}`
  if (existing.type !== setting.type || categoryOf(existing) !== setting.category)
    return { action: 'refuse', reason: `the alias holds a ${kind} certificate` }
  const { sameness, by } = compare(existing, facts)
  if (sameness === 'same') return { action: 'unchanged', reason: `same content (${by})` }
  if (setting.replace)
    return {
      action: 'replace',
      reason: sameness === 'different' ? `content differs (${by})` : `cannot tell (${by})`
    }
  return sameness === 'different'
    ? { action: 'refuse', reason: `content differs (${by})` }
    : { action: 'keep', reason: `cannot tell whether it differs (${by})` }
}

/** The error line of a refused alias: what differs and the fix. */
export function refusal(plan: CertificatePlan, instance: string): ConfigurationError {
  const { setting } = plan
  const where = `${setting.location.file}${setting.location.line ? `:${setting.location.line}` : ''}`
  const fix =
    plan.existing && plan.existing.type === setting.type && categoryOf(plan.existing) === setting.category
      ? `set replace: true for certificate ${setting.alias} to replace it, or give the new certificate another alias`
      : `delete it in ${instance} (Settings > Certificates) or give the certificate another alias`
  return new ConfigurationError(
    `${where}: certificate ${setting.alias} already exists in ${instance} and ${plan.reason}: ${fix}.`,
    { input: 'connections-file', location: setting.location, fix }
  )
}

/**
 * Plans every certificate of the section: files read first (an input error before any request), then each alias
 * looked up. A refused alias fails a real run here, before the import changes anything; a dry run reports it.
 */
export async function planCertificates(
  client: HttpClient,
  settings: readonly CertificateSetting[],
  env: Readonly<Record<string, string | undefined>>,
  run: { dryRun: boolean; instance: string }
): Promise<CertificatePlan[]> {
  const files = settings.map(setting => ({ setting, ...certificateFile(setting, env) }))
  const plans: CertificatePlan[] = []
  for (const { setting, file, content } of files) {
    const existing = await lookUpCertificate(client, setting.alias)
    const decided = existing
      ? decide(setting, existing, factsOf(content))
      : { action: 'upload' as const, reason: 'not in the target' }
    plans.push({ setting, file, content, existing, ...decided })
  }
  const refused = plans.find(p => p.action === 'refuse')
  if (refused && !run.dryRun) throw refusal(refused, run.instance)
  return plans
}
