/**
 * The one wrapper every action runs in: one try/catch, one `::error` line, a failure summary when the action
 * did not write one, stack traces only on request, and every HTTP dispatcher closed so Node exits.
 */
import type { Dispatcher } from 'undici'
import { ConfigurationError, errorMessage, OicActionError } from './errors.js'
import { debugRequested, type Host } from './host.js'
import type { HttpLimits } from './http/limits.js'
import { redactText } from './secrets/redact.js'
import type { Report } from './job-summary.js'

/** What an action's `main` receives: the host and injectable time. */
export interface ActionContext {
  /** The action's name, e.g. `export-car`. */
  readonly name: string
  readonly host: Host
  sleep(ms: number): Promise<void>
  now(): number
  random(): number
  /** Registers cleanup (closing an HTTP client) run when the action ends, success or not. */
  defer(cleanup: () => Promise<void>): void
  /** Writes the job summary (once; a later call replaces nothing, it appends). */
  report(report: Report): Promise<void>
  /** HTTP dispatcher to use instead of a real connection pool (tests). */
  readonly dispatcher?: Dispatcher
  /** Bounds of size, time and pages of every HTTP client (tests make them small). */
  readonly limits?: Partial<HttpLimits>
}

/** Overrides for tests and the CLI. */
export interface RunOptions {
  host: Host
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
  dispatcher?: Dispatcher
  /** Bounds of size, time and pages of every HTTP client (tests make them small). */
  limits?: Partial<HttpLimits>
  /** Told about the error that failed the action (the CLI picks its exit code from it). */
  onFailure?: (error: unknown) => void
}

/** An action body. */
export type ActionMain = (ctx: ActionContext) => Promise<void>

/** Runs `main` as action `name`; resolves `true` on success, `false` after reporting the failure. */
export async function runAction(name: string, main: ActionMain, options: RunOptions): Promise<boolean> {
  const { host } = options
  const cleanups: Array<() => Promise<void>> = []
  let reported = false
  const ctx: ActionContext = {
    name,
    host,
    sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    dispatcher: options.dispatcher,
    limits: options.limits,
    defer: cleanup => cleanups.push(cleanup),
    report: async report => {
      reported = true
      await host.writeSummary(report)
    }
  }
  try {
    await main(ctx)
    return true
  } catch (error) {
    options.onFailure?.(error)
    const message = failureLine(name, error)
    if (debugRequested(host.env) && error instanceof Error && error.stack) {
      host.info(redactText(error.stack))
    }
    const location = error instanceof ConfigurationError ? error.location : undefined
    host.setFailed(message, location ? { file: location.file, startLine: location.line } : undefined)
    if (!reported) {
      await host
        .writeSummary({ title: `OIC ${name}`, status: 'failure', statusLine: message })
        .catch(() => undefined)
    }
    return false
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined)
  }
}

/** The single line reported for a failure: secrets redacted, newlines folded, internal errors labelled. */
export function failureLine(name: string, error: unknown): string {
  const text = redactText(errorMessage(error))
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
  if (error instanceof OicActionError) return text
  return `${name} failed unexpectedly: ${text} (set OIC_ACTIONS_DEBUG=true for the stack trace)`
}
