/**
 * Input primitives. An action reads all of its declared inputs once ({@link InputReader}), then validates each
 * with these methods; every failure is an {@link InputError} (raised with `inputError`) naming the input, the value
 * and the fix, as fields and in its one-line message.
 */
import { isIP } from 'node:net'
import { inputError, type InputError } from './errors.js'

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']
const SECONDS_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600 }
const MAX_SHOWN_VALUE = 80

/** Quotes a value for an error message, shortened so a pasted blob cannot flood the log. */
export function quote(value: string): string {
  const short = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value
  return `'${short}'`
}

/**
 * True for the literal `localhost`, 127.0.0.0/8 and ::1 only: a name such as `anything.localhost` (or `localhost.`)
 * is resolved through DNS, which may answer with any address, so plain http to it is not loopback traffic.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost') return true
  if (isIP(host) === 4) return host.startsWith('127.')
  return host === '::1' || host === '0:0:0:0:0:0:0:1'
}

/** Typed access to one action's raw inputs. `N` is the union of its declared input names. */
export class InputReader<N extends string> {
  private readonly raw: Record<string, string> = {}

  /**
   * @param read   returns the raw value of an input ('' when absent)
   * @param names  every input the action declares; all are read up front
   */
  constructor(read: (name: string) => string, names: readonly N[]) {
    for (const name of names) this.raw[name] = (read(name) ?? '').trim()
  }

  /** The trimmed raw value ('' when not given). */
  value(name: N): string {
    return this.raw[name] ?? ''
  }

  /** The value, or an {@link InputError} whose fix is `hint` (what to give). */
  required(name: N, hint?: string): string {
    const value = this.value(name)
    if (!value)
      throw inputError(`Input '${name}' is required${hint ? `: ${hint}` : '.'}`, {
        input: name,
        value,
        fix: hint ?? `Set input '${name}'.`
      })
    return value
  }

  /** The value, or undefined when empty. */
  optional(name: N): string | undefined {
    return this.value(name) || undefined
  }

  /** Strict YAML boolean: true/True/TRUE/false/False/FALSE; empty means `fallback`. */
  boolean(name: N, fallback: boolean): boolean {
    const value = this.value(name)
    if (!value) return fallback
    if (TRUE_VALUES.includes(value)) return true
    if (FALSE_VALUES.includes(value)) return false
    throw mustBe(name, 'true or false', value)
  }

  /** A whole number in [min, max]; empty means `fallback`. */
  integer(name: N, options: { fallback: number; min: number; max: number }): number {
    const value = this.value(name)
    if (!value) return options.fallback
    const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(n) || n < options.min || n > options.max) {
      throw mustBe(name, `a whole number from ${options.min} to ${options.max}`, value)
    }
    return n
  }

  /** A duration in seconds: `90`, `90s`, `15m` or `1h`, within [min, max] seconds; empty means `fallback`. */
  seconds(name: N, options: { fallback: number; min: number; max: number }): number {
    const value = this.value(name)
    if (!value) return options.fallback
    const match = /^(\d+)\s*([smh]?)$/.exec(value)
    const n = match ? Number(match[1]) * (SECONDS_UNITS[match[2] || 's'] ?? 1) : NaN
    if (!Number.isSafeInteger(n) || n < options.min || n > options.max) {
      throw mustBe(
        name,
        `a duration from ${options.min} to ${options.max} seconds (e.g. 90, 90s, 15m)`,
        value
      )
    }
    return n
  }

  /** Items split on newlines and commas, trimmed, empties dropped. */
  list(name: N): string[] {
    return this.value(name)
      .split(/[\n,]/)
      .map(s => s.trim())
      .filter(s => s.length > 0)
  }

  /** One of `choices` (exact match); empty means `fallback`. */
  choice<C extends string>(name: N, choices: readonly C[], fallback: C): C {
    const value = this.value(name)
    if (!value) return fallback
    if ((choices as readonly string[]).includes(value)) return value as C
    throw mustBe(name, `one of ${choices.join(', ')}`, value)
  }

  /** An absolute `https://` URL (`http://` only for loopback hosts); `fallback` is used when empty. */
  url(name: N, fallback?: string): URL | undefined {
    const value = this.value(name) || fallback
    if (!value) return undefined
    return parseHttpsUrl(value, name)
  }
}

/**
 * The input error of a value of the wrong form: `Input '<input>' must be <expected>, got '<value>'.`, with the fix
 * "Set <input> to <expected>." as a field.
 */
export function mustBe(input: string, expected: string, value: string): InputError {
  return inputError(`Input '${input}' must be ${expected}, got ${quote(value)}.`, {
    input,
    value,
    fix: `Set ${input} to ${expected}.`
  })
}

/** Parses an https URL (http allowed for loopback only), or throws an {@link InputError} naming `input`. */
export function parseHttpsUrl(value: string, input: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw mustBe(input, 'an absolute https:// URL', value)
  }
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url
  if (url.protocol === 'http:') {
    throw inputError(
      `Input '${input}' must use https:// (plain http is allowed only for loopback hosts), got ${quote(value)}.`,
      { input, value, fix: `Use https:// in ${input}.` }
    )
  }
  throw mustBe(input, 'an https:// URL', value)
}
