/**
 * The CLI's session file (mode 600): what `authenticate` exports, or what `login` obtained — the access token, the
 * OIC URL and instance, and for a login the refresh token, its expiry and how the client authenticates — kept for
 * later commands instead of printed. {@link openSession} is the one way a command reads it: it refreshes a login's
 * token that has expired or expires within a minute, saves the result, and fills the environment.
 *
 * The client secret is never written: a confidential client's refresh takes it from `--client-secret` or
 * `OIC_CLIENT_SECRET` at that moment (a public client needs none).
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Dispatcher } from 'undici'
import { refreshLogin } from '../core/auth/authorization-code.js'
import { DEFAULT_REQUEST_TIMEOUT_S, DEFAULT_RETRIES, ENV, USER_AGENT } from '../core/constants.js'
import { inputError } from '../core/errors.js'
import { HttpClient } from '../core/http/client.js'
import { defaultRetryPolicy } from '../core/http/retry.js'
import { checkWriteTarget, writeFileSafely } from '../core/safe-write.js'
import { registerSecret } from '../core/secrets/registry.js'
import { readCaCertificate } from '../core/tls-input.js'

const KEYS = [ENV.token, ENV.url, ENV.instance] as const
/** A token that expires within this many milliseconds is refreshed before the command runs. */
export const REFRESH_MARGIN_MS = 60_000

/** How a login's client authenticates at the token endpoint (never the secret itself). */
export type SessionClientAuth = 'client_secret_basic' | 'none'

/** What `login` keeps beside the access token, to refresh it. */
export interface LoginRecord {
  /** The token endpoint. */
  tokenUrl: string
  clientId: string
  clientAuth: SessionClientAuth
  scope: string
  /** ISO 8601 time the access token expires. */
  expiresAt: string
  /** Present when the identity domain issued one (`offline_access` in the scope). */
  refreshToken?: string
}

/** The session file's content. */
export interface SessionData {
  OIC_ACCESS_TOKEN?: string
  OIC_URL?: string
  OIC_INSTANCE?: string
  login?: LoginRecord
}

/** What {@link openSession} needs from its caller. */
export interface SessionCollaborators {
  /** Milliseconds since the epoch. */
  now: () => number
  /** A line for the user (stderr). */
  log: (line: string) => void
  /** An undici dispatcher for the refresh (a MockAgent in unit tests). */
  dispatcher?: Dispatcher
}

const SESSION = { input: '--session', mode: 0o600 } as const

function badFile(file: string, why: string): Error {
  return inputError(`Session file ${file} ${why}: delete it and run login or authenticate again.`, {
    input: '--session',
    value: file,
    fix: 'Delete the file and run login or authenticate again.'
  })
}

/** Reads a session file (undefined when it does not exist); a malformed one is an input error. */
export function readSession(file: string): SessionData | undefined {
  if (!existsSync(file)) return undefined
  let saved: unknown
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw badFile(file, 'is not valid JSON')
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved))
    throw badFile(file, 'is not a JSON object')
  const data = saved as SessionData
  const login = data.login as Partial<LoginRecord> | undefined
  if (
    login !== undefined &&
    (typeof login.tokenUrl !== 'string' ||
      typeof login.clientId !== 'string' ||
      typeof login.expiresAt !== 'string' ||
      Number.isNaN(Date.parse(login.expiresAt)))
  )
    throw badFile(file, 'holds a login without its token URL, client id or expiry')
  for (const value of [data.OIC_ACCESS_TOKEN, login?.refreshToken])
    if (typeof value === 'string' && value) registerSecret(value)
  return data
}

/** Loads the session into `env` without overriding variables already set (no refresh: see {@link openSession}). */
export function loadSession(file: string | undefined, env: NodeJS.ProcessEnv): void {
  const saved = file ? readSession(file) : undefined
  for (const key of KEYS)
    if (typeof saved?.[key] === 'string' && env[key] === undefined) env[key] = saved[key]
}

/** Refuses a session file that is a symbolic link or not a file, before anything runs (throws a one-line error). */
export function checkSessionFile(file: string | undefined): void {
  if (file) checkWriteTarget(file, SESSION)
}

/**
 * Saves what was exported (token, URL, instance) to the session file: a new file, readable by the owner only,
 * renamed over the old one — a pre-created file is replaced, never written into, and a link is refused.
 */
export function saveSession(file: string | undefined, exported: Record<string, string>): boolean {
  const values = Object.fromEntries(KEYS.filter(k => exported[k] !== undefined).map(k => [k, exported[k]]))
  if (!file || Object.keys(values).length === 0) return false
  writeFileSafely(file, `${JSON.stringify(values)}\n`, SESSION)
  return true
}

/** Writes a whole session (a login's), mode 600, replacing the file. */
export function writeSession(file: string, data: SessionData): void {
  writeFileSafely(file, `${JSON.stringify(data)}\n`, SESSION)
}

/**
 * Takes `--client-secret` out of a command's flags when the command does not declare it (it is then only the
 * secret of a session refresh), returning it or `OIC_CLIENT_SECRET`.
 */
export function sessionSecret(
  inputs: Record<string, string>,
  declared: Readonly<Record<string, unknown>>,
  env: NodeJS.ProcessEnv
): string | undefined {
  const given = inputs['client-secret']
  if (given !== undefined && !Object.hasOwn(declared, 'client-secret')) delete inputs['client-secret']
  return given || env.OIC_CLIENT_SECRET || undefined
}

/**
 * Opens the session of a command: a `file` that does not exist is an input error unless `replacing` (authenticate,
 * which writes a new session: nothing is refreshed then); a login's token that has expired or expires within {@link REFRESH_MARGIN_MS} is refreshed (the
 * rotated refresh token kept) and saved; then `OIC_ACCESS_TOKEN`, `OIC_URL` and `OIC_INSTANCE` go into `env`
 * where not already set. An access token already in `env` is used as it is: the session is not refreshed for it.
 */
export async function openSession(
  file: string | undefined,
  env: NodeJS.ProcessEnv,
  collaborators: SessionCollaborators,
  options: { replacing?: boolean; clientSecret?: string } = {}
): Promise<void> {
  if (!file) return
  const saved = readSession(file)
  if (!saved) {
    if (options.replacing) return
    throw inputError(
      `Session file ${file} does not exist: run 'oic-actions login --session ${file}' (or authenticate --session ${file}) first, or correct the path.`,
      {
        input: '--session',
        value: file,
        fix: `Run 'oic-actions login --session ${file}' first, or correct the path.`
      }
    )
  }
  const login = saved.login
  const secret = options.clientSecret ?? env.OIC_CLIENT_SECRET
  if (
    login &&
    !options.replacing &&
    env[ENV.token] === undefined &&
    Date.parse(login.expiresAt) - collaborators.now() < REFRESH_MARGIN_MS
  ) {
    await refreshSession(file, saved, login, env, collaborators, secret)
  }
  for (const key of KEYS) if (typeof saved[key] === 'string' && env[key] === undefined) env[key] = saved[key]
}

async function refreshSession(
  file: string,
  saved: SessionData,
  login: LoginRecord,
  env: NodeJS.ProcessEnv,
  collaborators: SessionCollaborators,
  secret: string | undefined
): Promise<void> {
  const again = `run 'oic-actions login --session ${file}' again`
  if (!login.refreshToken)
    throw inputError(
      `The token in session file ${file} expired at ${login.expiresAt} and the session holds no refresh token (the login's scope had no offline_access): ${again}.`,
      { input: '--session', value: file, fix: `Add offline_access to --scope and ${again}.` }
    )
  if (login.clientAuth === 'client_secret_basic' && !secret)
    throw inputError(
      `The token in session file ${file} needs a refresh, and client '${login.clientId}' is confidential: pass --client-secret or set OIC_CLIENT_SECRET (the secret is never stored).`,
      { input: 'client-secret', value: '', fix: 'Pass --client-secret or set OIC_CLIENT_SECRET.' }
    )
  if (secret) registerSecret(secret)
  const tokenUrl = new URL(login.tokenUrl)
  const http = new HttpClient({
    baseUrl: new URL(tokenUrl.origin),
    timeoutMs: DEFAULT_REQUEST_TIMEOUT_S * 1000,
    retry: defaultRetryPolicy(DEFAULT_RETRIES),
    caCertificate: readCaCertificate(env.OIC_CA_CERTIFICATE),
    dispatcher: collaborators.dispatcher,
    now: collaborators.now,
    log: collaborators.log,
    userAgent: USER_AGENT
  })
  try {
    const client = {
      tokenUrl,
      clientId: login.clientId,
      clientSecret: login.clientAuth === 'client_secret_basic' ? secret : undefined
    }
    const now = collaborators.now()
    const token = await refreshLogin(http, client, login.refreshToken, { now, mask: registerSecret })
    saved.OIC_ACCESS_TOKEN = token.accessToken
    saved.login = {
      ...login,
      expiresAt: token.expiresAt.toISOString(),
      refreshToken: token.refreshToken ?? login.refreshToken
    }
    writeSession(file, saved)
    collaborators.log(
      `Token refreshed, valid until ${token.expiresAt.toISOString()}; kept in ${file} (not printed).`
    )
  } finally {
    await http.close()
  }
}
