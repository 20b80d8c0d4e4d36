/** The CLI's session file: what `authenticate` exports, kept (mode 600) for later commands instead of printing it. */
import { existsSync, readFileSync } from 'node:fs'
import { ENV } from '../core/constants.js'
import { inputError } from '../core/errors.js'
import { checkWriteTarget, writeFileSafely } from '../core/safe-write.js'

const KEYS = [ENV.token, ENV.url, ENV.instance] as const

/** Loads the session into `env` without overriding variables already set. */
export function loadSession(file: string | undefined, env: NodeJS.ProcessEnv): void {
  if (!file || !existsSync(file)) return
  let saved: Record<string, unknown>
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    throw inputError(`Session file ${file} is not valid JSON: delete it and run authenticate again.`, {
      input: '--session',
      value: file,
      fix: 'Delete the file and run authenticate again.'
    })
  }
  for (const key of KEYS) if (typeof saved[key] === 'string' && env[key] === undefined) env[key] = saved[key]
}

const SESSION = { input: '--session', mode: 0o600 } as const

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
