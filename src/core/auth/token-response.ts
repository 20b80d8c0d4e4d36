/**
 * The numbers and words of a token answer, checked before anything is output: a hostile or broken identity domain
 * cannot make authenticate write a token and then fail on its lifetime (`expires_in: 1e400`).
 */
import { OicActionError } from '../errors.js'

/** Lifetime assumed when the answer names none (RFC 6749 makes `expires_in` optional). */
export const DEFAULT_EXPIRES_IN_S = 3600
/** Longest token lifetime taken as given: ten years, in seconds. */
const MAX_EXPIRES_IN_S = 10 * 365 * 24 * 3600
/** An RFC 6750 token type: a short word (`Bearer`, `DPoP`). */
const TOKEN_TYPE = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/

/**
 * `expires_in` as whole seconds: absent means the default hour; anything else must be a positive finite number of
 * seconds up to ten years (`1e400` parses as Infinity), checked before any output is written.
 */
export function lifetime(value: unknown, origin: string): number {
  if (value === undefined || value === null) return DEFAULT_EXPIRES_IN_S
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > MAX_EXPIRES_IN_S)
    throw new OicActionError(
      `The identity domain at ${origin} answered expires_in ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value === 'number' ? String(value) : `of type ${Array.isArray(value) ? 'array' : typeof value}`} where a number of seconds (1 to ${MAX_EXPIRES_IN_S}) was expected.`
    )
  return Math.floor(seconds)
}

/** `token_type`: `Bearer` when absent, else a short word; anything else is refused in one line. */
export function tokenTypeOf(value: unknown, origin: string): string {
  const type =
    typeof value === 'string' && value
      ? value
      : value === undefined || value === null || value === ''
        ? 'Bearer'
        : undefined
  if (type === undefined || !TOKEN_TYPE.test(type))
    throw new OicActionError(
      `The identity domain at ${origin} answered token_type ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : `of type ${typeof value}`} where a token type such as Bearer was expected.`
    )
  return type
}
