/** Command-line parsing of `oic-actions <command> [--input value …] [--flag …]`. */
import { inputError } from '../core/errors.js'

/** Flags of the CLI itself (not action inputs). */
export const CLI_FLAGS = ['help', 'json', 'session', 'verbose', 'version'] as const

/** A parsed command line. */
export interface ParsedArgs {
  command?: string
  /** Action inputs by name; repeated flags are joined with newlines (list inputs). */
  inputs: Record<string, string>
  positionals: string[]
  help: boolean
  json: boolean
  verbose: boolean
  version: boolean
  /** File the token of `authenticate` is kept in (and read from by later commands). */
  session?: string
}

/** Parses argv (without `node` and the script). Unknown inputs are checked later against the command's action.yml. */
export function parseArgs(argv: readonly string[], booleans: ReadonlySet<string> = new Set()): ParsedArgs {
  const parsed: ParsedArgs = {
    inputs: {},
    positionals: [],
    help: false,
    json: false,
    verbose: false,
    version: false
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '-h') parsed.help = true
    else if (!arg.startsWith('--')) {
      if (parsed.command === undefined) parsed.command = arg
      else parsed.positionals.push(arg)
    } else {
      const eq = arg.indexOf('=')
      const name = arg.slice(2, eq < 0 ? undefined : eq)
      if (!/^[a-z][a-z0-9-]*$/.test(name))
        throw inputError(`Unknown option '${arg}': options look like --project SALES.`, {
          input: arg,
          value: arg,
          fix: 'Write options as --name value, e.g. --project SALES.'
        })
      let value: string
      if (eq >= 0) value = arg.slice(eq + 1)
      else if (
        name === 'help' ||
        name === 'json' ||
        name === 'verbose' ||
        name === 'version' ||
        (booleans.has(name) && !/^(true|false)$/i.test(argv[i + 1] ?? ''))
      )
        value = 'true'
      else {
        const next = argv[i + 1]
        if (next === undefined || next.startsWith('--'))
          throw inputError(`Option --${name} needs a value.`, {
            input: `--${name}`,
            value: '',
            fix: `Give --${name} a value: --${name} <value> or --${name}=<value>.`
          })
        value = next
        i++
      }
      if (name === 'help') parsed.help = value === 'true'
      else if (name === 'json') parsed.json = value === 'true'
      else if (name === 'verbose') parsed.verbose = value === 'true'
      else if (name === 'version') parsed.version = value === 'true'
      else if (name === 'session') parsed.session = value
      else
        parsed.inputs[name] = parsed.inputs[name] === undefined ? value : `${parsed.inputs[name]}\n${value}`
    }
  }
  return parsed
}

/** `OIC_<NAME>` environment variable of an input (`client-secret` → `OIC_CLIENT_SECRET`). */
export function envNameOf(input: string): string {
  return `OIC_${input.toUpperCase().replace(/-/g, '_')}`
}
