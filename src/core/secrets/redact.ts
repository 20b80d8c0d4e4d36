/**
 * Redaction of credentials in anything logged or thrown: URLs, headers and free text. Secret values registered at
 * run time (./registry.ts) are replaced wherever they appear, in every form the registry derives from them.
 */
import { registeredPatterns, registeredSecrets } from './registry.js'

/** Replacement text for a redacted value. */
export const REDACTED = '***'

const SECRET_PARAM = /(token|secret|password|passwd|assertion|code|sig|signature|key|credential)/i
/** `?name=value` / `&name=value` in free text whose name looks secret (a signed URL a server echoed back). */
const SECRET_QUERY_IN_TEXT =
  /([?&][^=&#\s"'<>]*(?:token|secret|password|passwd|assertion|code|sig|signature|key|credential)[^=&#\s"'<>]*=)[^&#\s"'<>]+/gi
/** Replaces every registered secret, longest first, and the values of secret-looking URL parameters in `text`. */
export function redactText(text: string): string {
  if (!text) return text
  let out = text
  for (const secret of registeredSecrets()) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  }
  // Every escaped form starts with a backslash: a text without one cannot hold a mix the list above misses.
  if (out.includes('\\')) for (const pattern of registeredPatterns()) out = out.replace(pattern, REDACTED)
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
