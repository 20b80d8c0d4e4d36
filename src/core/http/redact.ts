/**
 * Redaction of credentials in anything logged or thrown: URLs, headers and free text. Secret values registered at
 * run time (tokens, passwords, keys) are replaced wherever they appear, in plain, URL-encoded and base64 forms, and
 * in every escaped form a server may echo them in (JSON, `\uXXXX`, escaped twice: ./secret-forms.ts).
 */
import { escapedForms, escapedPattern } from './secret-forms.js'

/** Replacement text for a redacted value. */
export const REDACTED = '***'

const SECRET_PARAM = /(token|secret|password|passwd|assertion|code|sig|signature|key|credential)/i
/** `?name=value` / `&name=value` in free text whose name looks secret (a signed URL a server echoed back). */
const SECRET_QUERY_IN_TEXT =
  /([?&][^=&#\s"'<>]*(?:token|secret|password|passwd|assertion|code|sig|signature|key|credential)[^=&#\s"'<>]*=)[^&#\s"'<>]+/gi
/**
 * Shortest value {@link redactText} removes. The runner masks every secret in the log whatever its length (the runner
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

/** Registers a secret so that {@link redactText} removes it from every message from now on. */
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

/** Replaces every registered secret, longest first, and the values of secret-looking URL parameters in `text`. */
export function redactText(text: string): string {
  if (!text) return text
  let out = text
  longestFirst ??= [...registry].sort((a, b) => b.length - a.length)
  for (const secret of longestFirst) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  }
  // Every escaped form starts with a backslash: a text without one cannot hold a mix the list above misses.
  if (out.includes('\\')) for (const pattern of patterns.values()) out = out.replace(pattern, REDACTED)
  return out.replace(SECRET_QUERY_IN_TEXT, `$1${REDACTED}`)
}

/** A URL with credentials removed: userinfo, and the values of query parameters that look secret. */
export function redactUrl(url: string | URL): string {
  let parsed: URL
  try {
    parsed = new URL(url.toString())
  } catch {
    return redactText(url.toString())
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? REDACTED : ''
    parsed.password = ''
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(key)) parsed.searchParams.set(key, REDACTED)
  }
  return redactText(parsed.toString().replace(/%2A%2A%2A/g, REDACTED))
}

/** Header map safe to log: `Authorization` keeps its scheme only; cookies and API keys are dropped. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (lower === 'authorization' || lower === 'proxy-authorization') {
      out[name] = `${value.split(' ')[0] ?? ''} ${REDACTED}`.trim()
    } else if (lower === 'cookie' || lower === 'set-cookie' || SECRET_PARAM.test(lower)) {
      out[name] = REDACTED
    } else {
      out[name] = redactText(value)
    }
  }
  return out
}
