/** Leak checks: a secret must never appear unmasked, and must be masked before any line that contains it. */
import type { StepResult } from './runner.js'

/** The forms a secret is searched in: plain, URL-encoded, base64. */
export function leakForms(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')])
  if (secret.includes('\n'))
    for (const line of secret.split('\n'))
      if (line.trim().length >= 16 && !line.startsWith('-----')) forms.add(line.trim())
  return [...forms].filter(f => f.length >= 6)
}

/** Every place a form of `secret` occurs in `text`. */
export function occurrences(text: string, secret: string): number {
  let n = 0
  for (const form of leakForms(secret)) n += text.split(form).length - 1
  return n
}

/** Where a secret was found unmasked. */
export interface Leak {
  secret: string
  where: string
}

/**
 * Scans a step for leaks. `allowed.outputs` may carry the secret (masked step outputs, like `access-token`);
 * `allowed.env` may carry it in GITHUB_ENV (what export-env promises). No stdout line but `::add-mask::` may
 * contain it at all (stricter than the runner, which would mask lines after the add-mask).
 */
export function findLeaks(
  step: StepResult,
  secrets: string[],
  allowed: { outputs?: string[]; env?: string[] } = {}
): Leak[] {
  const leaks: Leak[] = []
  for (const secret of secrets.filter(s => s.length >= 6)) {
    const lines = step.stdout.split('\n')
    const maskedAt = lines.findIndex(
      l => l.startsWith('::add-mask::') && leakForms(secret).some(f => l.includes(f))
    )
    lines.forEach((line, i) => {
      if (line.startsWith('::add-mask::')) return
      if (occurrences(line, secret) > 0) {
        leaks.push({
          secret,
          where: `stdout line ${i + 1}${maskedAt < 0 || maskedAt > i ? ' (before any ::add-mask::)' : ''}`
        })
      }
    })
    if (occurrences(step.stderr, secret)) leaks.push({ secret, where: 'stderr' })
    if (occurrences(step.summary, secret)) leaks.push({ secret, where: 'job summary' })
    for (const [name, value] of Object.entries(step.outputs)) {
      if (!allowed.outputs?.includes(name) && occurrences(value, secret))
        leaks.push({ secret, where: `output ${name}` })
    }
    for (const [name, value] of Object.entries(step.env)) {
      if (!allowed.env?.includes(name) && occurrences(value, secret))
        leaks.push({ secret, where: `GITHUB_ENV ${name}` })
    }
    for (const message of step.errors)
      if (occurrences(message, secret)) leaks.push({ secret, where: 'error message' })
  }
  return leaks
}

/** True when an `::add-mask::` for `secret` was printed, before every other line that contains it. */
export function maskedFirst(step: StepResult, secret: string): boolean {
  const lines = step.stdout.split('\n')
  const maskedAt = lines.findIndex(
    l =>
      l.startsWith('::add-mask::') &&
      l.slice(12) === secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  )
  if (maskedAt < 0) return false
  return lines.every((l, i) => i >= maskedAt || l.startsWith('::add-mask::') || occurrences(l, secret) === 0)
}
