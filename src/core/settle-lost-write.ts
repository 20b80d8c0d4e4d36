/**
 * A request that must not be repeated — it creates, imports, activates or resubmits — is sent once. When its answer
 * is lost ({@link answerLost}), whether it took effect is settled by reading the state back, never by sending it
 * again: {@link settleLostWrite} is that one protocol, the caller's read-back says what the state shows.
 */
import { errorMessage, OicHttpError, withContext } from './errors.js'

/**
 * True when a request may have taken effect although its answer never came: no answer at all (status 0: a network
 * failure or reset after sending, the deadline, an answer too large or too broken to read) or a server or gateway
 * failure (5xx: a 502, 503 or 504 from a gateway may stand in front of a service that did the work). Any other
 * status is the service's refusal: nothing happened.
 */
export function answerLost(error: unknown): error is OicHttpError {
  return error instanceof OicHttpError && (error.status === 0 || error.status >= 500)
}

/** A write sent once, and how to settle it when its answer is lost. */
export interface LostWrite<T, S> {
  /** What the request does, for the failure line `Could not <what>: …` (e.g. `create deployment R1 in project P`). */
  what: string
  /** Sends the request (once: the client never repeats it). */
  send: () => Promise<T>
  /**
   * Reads the state back after `error` (a lost answer, or a failure {@link LostWrite.alsoSettle} names): the state
   * to go on with, or `undefined` when it shows the request did not take effect — the write then fails with
   * `error`.
   */
  readBack: (error: OicHttpError) => Promise<S | undefined>
  /** Failures besides a lost answer that the state settles too (an activation refused with 412: already active?). */
  alsoSettle?: (error: OicHttpError) => boolean
  /** The error to throw for a failure that is not settled, when not `Could not <what>: <error>` (undefined: that). */
  refused?: (error: unknown) => Error | undefined
}

/** How a write ended: answered, or settled by the state read back after `error`. */
export type Written<T, S> = { answered: true; answer: T } | { answered: false; error: OicHttpError; state: S }

/**
 * Sends `write` once. A lost answer (or a failure `alsoSettle` names) is settled by `readBack`; any other failure,
 * a read-back that shows nothing happened, and a read-back that fails itself end in one error that keeps the
 * write's own failure (its class, status and cause) and says `Could not <what>`.
 */
export async function settleLostWrite<T, S>(write: LostWrite<T, S>): Promise<Written<T, S>> {
  let error: OicHttpError
  try {
    return { answered: true, answer: await write.send() }
  } catch (failure) {
    const settles =
      answerLost(failure) || (failure instanceof OicHttpError && write.alsoSettle?.(failure) === true)
    if (!settles) throw write.refused?.(failure) ?? withContext(`Could not ${write.what}`, failure)
    error = failure
  }
  let state: S | undefined
  try {
    state = await write.readBack(error)
  } catch (readError) {
    throw withContext(
      `Could not ${write.what} (the state could not be read back to settle it: ${errorMessage(readError)})`,
      error
    )
  }
  if (state === undefined) throw withContext(`Could not ${write.what}`, error)
  return { answered: false, error, state }
}

/** The one line of a lost answer settled by the state: `The answer to <what> was lost (<error>); <verdict>`. */
export function lostAnswerLine(what: string, error: OicHttpError, verdict: string): string {
  return `The answer to ${what} was lost (${error.message}); ${verdict}`
}
