/**
 * Error types shared by every action. A {@link ConfigurationError} is the user's to fix (bad input, bad file,
 * missing resource); anything else is reported as an internal failure.
 */
import { STATUS_CODES } from 'node:http'

/** Where in a user's file a problem was found, for `::error file=…,line=…` annotations. */
export interface SourceLocation {
  /** Path of the file as the user named it. */
  file: string
  /** 1-based line number, when known. */
  line?: number
}

/** Base class of every error this project throws on purpose. */
export class OicActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** A mistake in the user's inputs or files: bad value, conflicting inputs, unknown resource. */
export class ConfigurationError extends OicActionError {
  /** The action input the problem is about, when there is one. */
  readonly input?: string
  /** The file and line the problem is in, when it comes from a file. */
  readonly location?: SourceLocation

  constructor(message: string, options?: { input?: string; location?: SourceLocation; cause?: unknown }) {
    super(message, options)
    this.input = options?.input
    this.location = options?.location
  }
}

/** A missing or invalid input value (the CLI reports these as usage errors, exit code 2). */
export class InputError extends ConfigurationError {}

/** Details an Oracle error body may carry (`{type, title, detail, status, o:errorCode, o:errorDetails}`). */
export interface ApiProblem {
  title?: string
  detail?: string
  errorCode?: string
  errorDetails?: string[]
}

/** Fields of an {@link OicHttpError}. */
export interface HttpErrorInit extends ApiProblem {
  /** HTTP status; 0 when no response arrived (network error, timeout). */
  status: number
  method: string
  /** The request URL with secrets redacted. */
  url: string
  /** Oracle's `opc-request-id` response header, for support tickets. */
  requestId?: string
  /** What the caller should do about it, appended to the message. */
  hint?: string
  /** Node/undici error code for network failures (ECONNRESET, UND_ERR_HEADERS_TIMEOUT, …). */
  code?: string
  cause?: unknown
}

/** A failed HTTP exchange: a non-success status or a network failure. */
export class OicHttpError extends OicActionError {
  readonly status: number
  readonly method: string
  readonly url: string
  readonly title?: string
  readonly detail?: string
  readonly errorCode?: string
  readonly errorDetails?: string[]
  readonly requestId?: string
  readonly code?: string

  constructor(init: HttpErrorInit) {
    super(formatHttpError(init), { cause: init.cause })
    this.status = init.status
    this.method = init.method
    this.url = init.url
    this.title = init.title
    this.detail = init.detail
    this.errorCode = init.errorCode
    this.errorDetails = init.errorDetails
    this.requestId = init.requestId
    this.code = init.code
  }
}

function formatHttpError(init: HttpErrorInit): string {
  // OIC puts its message in `title` and sends no `detail` (test/fixtures/oracle/error-412-*.json, Oracle's CI/CD
  // Postman collection): the reason phrase goes first, so the message reads "HTTP 412 Precondition Failed: <title>".
  const reason = STATUS_CODES[init.status]
  const what =
    init.status === 0
      ? `no response (${init.code ?? 'network error'})`
      : init.title && !init.detail && reason && init.title !== reason
        ? `HTTP ${init.status} ${reason}: ${init.title}`
        : `HTTP ${init.status}${init.title ? ` ${init.title}` : ''}`
  const parts = [`${init.method} ${init.url} failed: ${what}`]
  if (init.detail && init.detail !== init.title) parts[0] += `: ${init.detail}`
  if (init.errorDetails?.length) parts.push(`details: ${init.errorDetails.join('; ')}`)
  if (init.requestId) parts.push(`opc-request-id ${init.requestId}`)
  if (init.hint) parts.push(init.hint)
  return parts.join('. ').replace(/\.\./g, '.')
}

/** The message of any thrown value, for `catch (e: unknown)`. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}

/** Wraps a failure with the step it happened in: `Could not <step>: <cause>`, keeping its class and fields. */
export function withContext(step: string, error: unknown): Error {
  if (error instanceof OicActionError) {
    error.message = `${step}: ${error.message}`
    return error
  }
  return new OicActionError(`${step}: ${errorMessage(error)}`, { cause: error })
}

/** True when the error says the resource does not exist (HTTP 404). */
export function isNotFound(error: unknown): boolean {
  return error instanceof OicHttpError && error.status === 404
}
