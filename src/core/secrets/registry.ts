/**
 * The process-wide registry of secret values (tokens, passwords, keys) registered at run time, in plain,
 * URL-encoded and base64 forms, and in every escaped form a server may echo them in (JSON, `\uXXXX`, escaped
 * twice: ./forms.ts). Read by ./redact.ts; filled by the hosts and the token code.
 */
import { escapedForms, escapedPattern } from './forms.js'

/**
 * Shortest value `redactText` removes. The runner masks every secret in the log whatever its length (the runner
 * host add-masks each one); summaries, reports and error texts are not masked by the runner, and replacing every
 * occurrence of a 1–3 character value there would destroy the text rather than protect anything.
 */
const MIN_SECRET_LENGTH = 4

/** Longest secret matched in any mix of escapes (longer ones, PEM keys, are covered line by line). */
const MAX_PATTERN_LENGTH = 1024

const registry = new Set<string>()
/** The registry longest first, rebuilt only when a secret is added (sorting on every call cost 82 ms a line at 40,000). */
let longestFirst: string[] | undefined
/** Secret → the pattern of its escaped forms in any mix. */
const patterns = new Map<string, RegExp>()

/**
 * The forms a secret can take in logs, URLs and echoed JSON: as is, URL-encoded, base64, JSON- and `\u`-escaped
 * ({@link escapedForms}), and each long line of it.
 */
export function secretForms(value: string): string[] {
  const forms = new Set<string>()
  const add = (v: string): void => {
    if (v.length >= MIN_SECRET_LENGTH) forms.add(v)
  }
  add(value)
  for (const form of escapedForms(value)) add(form)
  add(encodeURIComponent(value))
  add(Buffer.from(value, 'utf8').toString('base64'))
  add(Buffer.from(value, 'utf8').toString('base64url'))
  if (value.includes('\n')) {
    for (const line of value.split(/\r?\n/)) {
      // PEM armour lines are public text; masking them would hide every mention of a key format.
      if (line.trim().length >= 8 && !line.startsWith('-----')) {
        add(line.trim())
        for (const form of escapedForms(line.trim())) add(form)
      }
    }
  }
  return [...forms]
}

/** Registers a secret so that `redactText` removes it from every message from now on. */
export function registerSecret(value: string): void {
  for (const form of secretForms(value)) registry.add(form)
  longestFirst = undefined
  if (value.length >= MIN_SECRET_LENGTH && value.length <= MAX_PATTERN_LENGTH && !patterns.has(value))
    patterns.set(value, escapedPattern(value))
}

/** Forgets every registered secret (tests only). */
export function clearSecrets(): void {
  registry.clear()
  longestFirst = undefined
  patterns.clear()
}

/** Every registered form, longest first (so a secret inside a longer one is replaced as part of it). */
export function registeredSecrets(): readonly string[] {
  longestFirst ??= [...registry].sort((a, b) => b.length - a.length)
  return longestFirst
}

/** The patterns matching each registered secret in any mix of escapes. */
export function registeredPatterns(): Iterable<RegExp> {
  return patterns.values()
}
