/** Exit codes of the CLI, and the rule that picks one for a failure. */
import { InputError } from '../core/errors.js'

/** Exit codes: 0 ok, 1 failed, 2 usage (unknown command or option, missing or invalid input). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

/**
 * The exit code of a failure: {@link EXIT.usage} for an {@link InputError} (the inputs cannot work as given; see
 * src/core/errors.ts for the rule), {@link EXIT.failed} for anything else (a server's answer, the network, a bug).
 */
export function exitCodeOf(error: unknown): number {
  return error instanceof InputError ? EXIT.usage : EXIT.failed
}
