/**
 * Error types shared by every action, and the rule that picks between them (the CLI's exit code follows it):
 *
 * - {@link InputError} (exit 2): the inputs cannot work as given, whatever any server holds. Found by reading only
 *   the inputs, the environment and the files the user writes for them — never by asking OIC, the identity domain
 *   or GitHub. Raised with {@link inputError}.
 * - {@link ConfigurationError} (exit 1): the user's to fix, but only a server (or what it produced: an exported
 *   archive, a release) could tell — a project, deployment, integration, connection or release that is not there,
 *   credentials or a batch the server refuses, a project or tag that already exists.
 * - {@link OicHttpError} and any other {@link OicActionError} (exit 1): the service, the network or a step failed.
 *
 * Anything else that escapes an action is an internal failure (reported as `<action> failed unexpectedly`).
 */
import { STATUS_CODES } from 'node:http'

/** Where in a user's file a problem was found, for `::error file=…,line=…` annotations. */
export interface SourceLocation {
  /** Path of the file as the user named it. */
  file: string
  /** 1-based line number, when known. */
  line?: number
}

/** Options every {@link OicActionError} takes. */
export interface ErrorOptions {
  /** What the user can do about it (the message states it too). */
  fix?: string
  cause?: unknown
}

/** Base class of every error this project throws on purpose: one line that says what failed (exit code 1). */
export class OicActionError extends Error {
  /** What the user can do about it, when known; the message states it too. */
  readonly fix?: string

  constructor(message: string, options?: ErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    if (options?.fix !== undefined) this.fix = options.fix
  }
}

/**
 * The user's to fix, but found by asking a server or reading what one produced (see the module comment): a
 * resource that is not there, credentials or a request it refuses, a project or tag that already exists. Exit 1.
 */
export class ConfigurationError extends OicActionError {
  /** The action input the problem is about, when there is one. */
  readonly input?: string
  /** The file and line the problem is in, when it comes from a file. */
  readonly location?: SourceLocation

  constructor(message: string, options?: ErrorOptions & { input?: string; location?: SourceLocation }) {
    super(message, options)
    if (options?.input !== undefined) this.input = options.input
    if (options?.location !== undefined) this.location = options.location
  }
}

/** Fields of an {@link InputError}. */
export interface InputErrorFields {
  /** The input (or CLI option, e.g. `--session`) the problem is about; for conflicting inputs, the one to change. */
  input: string
  /**
   * The offending value as given (raw; the message shows it quoted and shortened); '' when missing. Undefined for
   * a secret input (client-secret, private-key, …), whose value no error carries.
   */
  value?: string
  /** What to do about it (the message states it too). */
  fix: string
  /** The file and line, when the problem is in a file the user wrote (connections file, deployment config). */
  location?: SourceLocation
  cause?: unknown
}

/**
 * The inputs cannot work as given (exit 2 in the CLI): a value missing, malformed, out of range or conflicting with
 * another; a file they name that does not exist, or a bad line in a file the user writes (connections file,
 * deployment config file, session file); a path outside the workspace or runner temp, or a write target that is a
 * link; an archive beyond `max-archive-size`; an input this environment cannot serve (`artifact-name` outside a
 * runner, `git-push` without a checked-out branch). Decided from the inputs, the environment and the user's own files
 * alone: what a server says (a missing project, a refused credential) is a {@link ConfigurationError}, exit 1, even
 * when the fix is to change an input. Raise it with {@link inputError}.
 */
export class InputError extends ConfigurationError {
  declare readonly input: string
  /** The offending value; undefined for a secret input. */
  readonly value?: string
  declare readonly fix: string

  constructor(message: string, fields: InputErrorFields) {
    super(message, fields)
    if (fields.value !== undefined) this.value = fields.value
  }
}

/**
 * The one way to raise an input error. `message` is the whole line — what failed, naming the input and showing the
 * value (see `quote` in ./inputs.ts), then the fix — without the location: a problem in a file gets its
 * `<file>:<line>: ` prefix here, so every located message reads the same.
 */
export function inputError(message: string, fields: InputErrorFields): InputError {
  const at = fields.location
  const where = at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''
  return new InputError(`${where}${message}`, fields)
}

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
  /** What the caller should do about it: appended to the message and kept as {@link OicActionError.fix}. */
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
    super(formatHttpError(init), { cause: init.cause, fix: init.hint })
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

/**
 * Wraps a failure with the step it happened in: `<step>: <message>`. The original is not changed: it becomes the
 * `cause` of a new error of the same class with the same fields (input, value, fix, location, HTTP status, …), so
 * the exit code, the annotation and `isNotFound` read the same from either. Anything not thrown on purpose becomes an
 * {@link OicActionError} with it as the cause.
 */
export function withContext(step: string, error: unknown): OicActionError {
  if (!(error instanceof OicActionError)) {
    return new OicActionError(`${step}: ${errorMessage(error)}`, { cause: error })
  }
  const wrapped = Object.assign(
    Object.create(Object.getPrototypeOf(error) as object) as OicActionError,
    error
  )
  const message = `${step}: ${error.message}`
  const hidden = (value: unknown): PropertyDescriptor => ({ value, writable: true, configurable: true })
  const frames = error.stack?.split('\n').slice(1).join('\n')
  Object.defineProperties(wrapped, {
    message: hidden(message),
    cause: hidden(error),
    stack: hidden(`${error.name}: ${message}${frames ? `\n${frames}` : ''}`)
  })
  return wrapped
}

/** True when the error says the resource does not exist (HTTP 404). */
export function isNotFound(error: unknown): boolean {
  return error instanceof OicHttpError && error.status === 404
}
