/**
 * The GitHub Actions runner protocol, as `@actions/core` speaks it: workflow commands on stdout (`::add-mask::`,
 * `::error file=…,line=…::`, groups) and file commands (`name<<ghadelimiter_<uuid>` blocks appended to
 * `GITHUB_OUTPUT` / `GITHUB_ENV`). Written here instead of importing `@actions/core`, whose OIDC client drags
 * `@actions/http-client`, `tunnel` and `@actions/exec` into every action's start-up.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

/** Annotation properties, named as the runner expects them. */
export interface CommandProperties {
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
}

/** Escapes a command message (`%`, CR, LF). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a command property value (also `:` and `,`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Formats `::command key=value,…::message`. */
export function formatCommand(command: string, message: string, properties: CommandProperties = {}): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

/** Writes one workflow command line to stdout. */
export function issueCommand(command: string, message: string, properties?: CommandProperties): void {
  process.stdout.write(`${formatCommand(command, message, properties)}${EOL}`)
}

/**
 * Appends `name=value` to a file-command file with a fresh random delimiter (so a value cannot end the block
 * early). Returns false when the file's variable is not set (not on a runner).
 */
export function appendFileCommand(
  variable: 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE',
  name: string,
  value: string,
  env = process.env
): boolean {
  const file = env[variable]
  if (!file) return false
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file} (${variable})`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
  return true
}

/** The raw value of input `name` (`INPUT_<NAME>`, spaces as `_`, hyphens kept), trimmed. */
export function readInput(name: string, env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}
