/**
 * The shape of what the server answered, checked where the typed wrappers take a JSON body: a body, a collection
 * or a code of another type ends the step with one line — "<what>: the server answered <this> where <that> was
 * expected" — instead of an internal failure further on.
 */
import { OicActionError } from '../errors.js'

/** The letters, digits, `_`, `-` and `.` of an OIC code (project, deployment, integration, connection). */
export const OIC_CODE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/

/** The server answered a type other than the one the wrapper reads. */
export class UnexpectedAnswerError extends OicActionError {}

/** A short, printable description of a JSON value (`a string "…"`, `the number 5`, `an array`, `null`). */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'an empty body'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.slice(0, 40))}${value.length > 40 ? '…' : ''}`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  return typeof value === 'object' ? 'an object' : String(typeof value)
}

/** The one-line error for `value` found where `expected` should be. */
export function unexpected(label: string, value: unknown, expected: string): UnexpectedAnswerError {
  return new UnexpectedAnswerError(
    `${label}: the server answered ${describeJson(value)} where ${expected} was expected.`
  )
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A JSON body: an object or an array (or nothing); a bare string, number or boolean is refused. */
export function checkBody<T>(body: T, label: string): T {
  if (body === undefined || body === null || typeof body === 'object') return body
  throw unexpected(label, body, 'a JSON object')
}

/**
 * A collection page: an object whose `items` (when present) is an array of objects, `hasMore` a boolean and the
 * counts finite numbers.
 */
export function checkCollection<T>(page: T, label: string): T {
  if (page === undefined || page === null) return page
  if (!isObject(page)) throw unexpected(label, page, 'a collection object ({items, hasMore})')
  const { items, hasMore } = page
  if (items !== undefined && !Array.isArray(items)) throw unexpected(label, items, 'an array of items')
  const odd = (items as unknown[] | undefined)?.find(item => !isObject(item))
  if (odd !== undefined) throw unexpected(label, odd, 'an item object')
  if (hasMore !== undefined && typeof hasMore !== 'boolean')
    throw unexpected(label, hasMore, 'hasMore true or false')
  for (const key of ['totalResults', 'totalRecordsCount', 'offset', 'limit']) {
    const n = page[key]
    if (n !== undefined && !(typeof n === 'number' && Number.isFinite(n) && n >= 0))
      throw unexpected(label, n, `${key} as a count`)
  }
  return page
}

/** A code the server or an archive names, checked against the OIC code grammar before it reaches an output. */
export function checkCode(value: unknown, label: string, what = 'a code'): string {
  if (typeof value === 'string' && OIC_CODE.test(value)) return value
  throw unexpected(label, value, `${what} of letters, digits, '_', '-' and '.'`)
}
