/** The CLI's session file: what `authenticate` exports, kept (mode 600) for later commands instead of printing it. */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { ENV } from '../core/constants.js'
import { ConfigurationError } from '../core/errors.js'

const KEYS = [ENV.token, ENV.url, ENV.instance] as const

/** Loads the session into `env` without overriding variables already set. */
export function loadSession(file: string | undefined, env: NodeJS.ProcessEnv): void {
  if (!file || !existsSync(file)) return
  let saved: Record<string, unknown>
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    throw new ConfigurationError(
      `Session file ${file} is not valid JSON: delete it and run authenticate again.`
    )
  }
  for (const key of KEYS) if (typeof saved[key] === 'string' && env[key] === undefined) env[key] = saved[key]
}

/** Saves what was exported (token, URL, instance) to the session file, readable by the owner only. */
export function saveSession(file: string | undefined, exported: Record<string, string>): boolean {
  const values = Object.fromEntries(KEYS.filter(k => exported[k] !== undefined).map(k => [k, exported[k]]))
  if (!file || Object.keys(values).length === 0) return false
  writeFileSync(file, `${JSON.stringify(values)}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return true
}
