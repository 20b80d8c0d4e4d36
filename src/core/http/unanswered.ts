/** The error of an exchange that brought no usable answer: a network failure, the deadline, or an oversized answer. */
import { OicHttpError } from '../errors.js'
import { DEADLINE_CODE, type Deadline } from './deadline.js'
import { hintForNetworkError } from './problem.js'
import type { ProxyRoute } from './proxy-env.js'
import { redactText, redactUrl } from '../secrets/redact.js'
import { errorCode, TOO_LARGE_CODE } from './response.js'

/** One attempt that ended without a usable answer. */
export interface Unanswered {
  method: string
  url: URL
  error: unknown
  deadline: Deadline
}

/**
 * The typed error of `attempt`: the deadline is named with what the server was doing when it passed, an answer
 * beyond its size bound with that bound. Neither code is retryable: a retry would meet the same server.
 */
export function unansweredError(attempt: Unanswered, proxy: ProxyRoute | undefined): OicHttpError {
  const { error, deadline, url } = attempt
  const code = deadline.expired ? DEADLINE_CODE : errorCode(error)
  const bounded = code === DEADLINE_CODE || code === TOO_LARGE_CODE
  const message = error instanceof Error ? error.message : String(error)
  return new OicHttpError({
    status: 0,
    method: attempt.method,
    url: redactUrl(url),
    code,
    detail: code === DEADLINE_CODE ? deadline.detail() : redactText(message),
    hint: bounded ? undefined : hintForNetworkError(url, code, proxy),
    cause: error
  })
}
