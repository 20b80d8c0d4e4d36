/** The `oic-actions` command: runs any action in a terminal, with the same code as the GitHub Actions. */
import { isActionName, LOADERS } from '../actions/registry.js'
import { errorMessage, InputError } from '../core/errors.js'
import { redactText } from '../core/http/redact.js'
import { actionMeta, booleanInputs } from './action-meta.js'
import { parseArgs } from './args.js'
import { commandHelp, generalHelp, VERSION } from './help.js'
import { loadSession, saveSession } from './session.js'
import { createTerminalHost, type TerminalStreams } from './terminal-host.js'

/** Exit codes. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

function usage(streams: TerminalStreams, message: string): number {
  streams.stderr(
    `error: ${redactText(message)}\nRun 'oic-actions --help' for the commands, 'oic-actions <command> --help' for their inputs.\n`
  )
  return EXIT.usage
}

/** Runs the CLI on `argv` (without node and the script); returns the exit code. */
export async function main(
  argv: string[],
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv
): Promise<number> {
  let first
  try {
    first = parseArgs(argv)
  } catch (error) {
    return usage(streams, errorMessage(error))
  }
  if (first.version) {
    streams.stdout(`${VERSION}\n`)
    return EXIT.ok
  }
  if (!first.command) {
    streams.stdout(generalHelp())
    return first.help ? EXIT.ok : EXIT.usage
  }
  if (first.command === 'inspect') {
    const { inspect } = await import('./inspect.js')
    return inspect(first, streams, env)
  }
  if (!isActionName(first.command)) return usage(streams, `Unknown command '${first.command}'.`)
  const meta = actionMeta(first.command)
  if (first.help) {
    streams.stdout(commandHelp(meta))
    return EXIT.ok
  }
  let args
  try {
    args = parseArgs(argv, booleanInputs(meta))
  } catch (error) {
    return usage(streams, errorMessage(error))
  }
  const unknown = Object.keys(args.inputs).filter(name => !(name in meta.inputs))
  if (unknown.length)
    return usage(streams, `Unknown option ${unknown.map(n => `--${n}`).join(', ')} for '${meta.name}'.`)
  if (args.positionals.length)
    return usage(
      streams,
      `Unexpected argument '${args.positionals[0] ?? ''}' (inputs are given as --name value).`
    )

  const session = args.session ?? env.OIC_SESSION
  const childEnv = { ...env }
  try {
    loadSession(session, childEnv)
  } catch (error) {
    return usage(streams, errorMessage(error))
  }
  const host = createTerminalHost(args.inputs, childEnv, streams, { verbose: args.verbose })
  let failure: unknown
  const action = await LOADERS[first.command]()
  const ok = await action.run({ host, onFailure: error => void (failure = error) })
  host.printOutputs(args.json)
  if (saveSession(session, host.exported)) streams.stderr(`Token kept in ${session} (not printed).\n`)
  else if (host.exported.OIC_ACCESS_TOKEN)
    streams.stderr('The token is not printed: add --session FILE to keep it for the next command.\n')
  if (ok) return EXIT.ok
  return failure instanceof InputError ? EXIT.usage : EXIT.failed
}
