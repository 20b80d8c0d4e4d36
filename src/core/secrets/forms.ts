/**
 * The escaped forms a server may echo a secret in: a 400 body that quotes the submitted JSON shows a password
 * JSON-escaped (`Pa\"ss\\w=rd`), `\u`-escaped by an HTML-safe or ASCII-only encoder (`\u003d`, `\u00e9`), or
 * escaped twice when the quote is itself quoted. {@link escapedForms} lists the usual ones (registered with the
 * runner, which masks exact strings); {@link escapedPattern} matches any mix of them (for redaction).
 */

const hex4 = (unit: number): string => unit.toString(16).padStart(4, '0')
const uEscape = (ch: string, upper = false): string =>
  Array.from(
    { length: ch.length },
    (_, i) => `\\u${upper ? hex4(ch.charCodeAt(i)).toUpperCase() : hex4(ch.charCodeAt(i))}`
  ).join('')

/** JSON string content of `value` (no quotes). */
const jsonEscaped = (value: string): string => JSON.stringify(value).slice(1, -1)

/** Characters HTML-safe encoders (Gson, Jackson with escaping) write as `\u00XX`. */
const HTML_SAFE = new Set(['<', '>', '&', '=', "'", '"'])

/** `value` as an HTML-safe JSON encoder writes it. */
const htmlSafe = (value: string, upper: boolean): string =>
  [...value].map(ch => (HTML_SAFE.has(ch) ? uEscape(ch, upper) : jsonEscaped(ch))).join('')

/**
 * The escaped forms of `value` a server commonly echoes, each distinct from the value itself (none for a value of
 * plain ASCII letters, digits and `-._~+`). Rarer ones (every character `\u`-escaped, mixes) are left to
 * {@link escapedPattern}: registering them with the runner would print one long mask line per secret for nothing.
 */
export function escapedForms(value: string): string[] {
  const json = jsonEscaped(value)
  const forms = [
    json,
    json.replace(/\//g, '\\/'),
    jsonEscaped(json),
    htmlSafe(value, false),
    htmlSafe(value, true),
    json.replace(/[^\x20-\x7e]/gu, ch => uEscape(ch))
  ]
  return [...new Set(forms)].filter(form => form !== value)
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/-]/g
const literal = (text: string): string => text.replace(REGEXP_SPECIAL, '\\$&')
const anyCaseHex = (digits: string): string =>
  [...digits].map(d => (/[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d)).join('')

/**
 * Backslashes before an escape: one, or more when the quote was quoted again (up to 16: a form quoted three more
 * times, as a JSON body that carries a JSON string that carries the submitted JSON). Bounded, so that a text of many
 * backslashes costs linear time (an unbounded run would be tried at every length, at every position).
 */
const SLASHES = '\\\\{1,16}'

/** One character in any of its forms: itself, its JSON escape, or `\uXXXX` (either case), behind backslashes. */
function charPattern(ch: string): string {
  const alternatives = new Set([literal(ch)])
  const json = jsonEscaped(ch)
  if (ch === '\\') alternatives.add(SLASHES)
  else if (json !== ch) alternatives.add(`${SLASHES}${literal(json.slice(1))}`)
  if (ch === '/') alternatives.add(`${SLASHES}/`)
  const units = Array.from({ length: ch.length }, (_, i) => hex4(ch.charCodeAt(i)))
  alternatives.add(units.map(u => `${SLASHES}u${anyCaseHex(u)}`).join(''))
  return `(?:${[...alternatives].join('|')})`
}

/** A global pattern matching `value` with each character in any of its escaped forms (or as itself). */
export function escapedPattern(value: string): RegExp {
  return new RegExp([...value].map(charPattern).join(''), 'g')
}
