/** The `oic-actions` command: runs any action in a terminal, with the same code as the GitHub Actions. */
import { isActionName, LOADERS, type ActionName } from '../actions/registry.js'
import { errorMessage } from '../core/errors.js'
import { terminalText } from '../core/escape.js'
import { redactText } from '../core/secrets/redact.js'
import { actionMeta, booleanInputs } from './action-meta.js'
import { parseArgs } from './args.js'
import { EXIT, exitCodeOf } from './exit.js'
import { commandHelp, generalHelp } from './help.js'
import { commandEntry } from './commands.js'
import { terminalHints } from './terminal-hints.js'
import { checkSessionFile, openSession, saveSession, sessionSecret } from './session.js'
import { createTerminalHost, type TerminalStreams } from './terminal-host.js'
import { VERSION } from '../core/version.js'

export { EXIT } from './exit.js'

function usage(streams: TerminalStreams, message: string): number {
  streams.stderr(
    `error: ${terminalHints(redactText(message))}\nRun 'oic-actions --help' for the commands, 'oic-actions <command> --help' for their inputs.\n`
  )
  return EXIT.usage
}

/**
 * Runs the CLI on `argv` (without node and the script); returns the exit code. Everything it prints passes
 * {@link terminalText}: text from a server or an archive cannot drive the terminal.
 */
export async function main(
  argv: string[],
  terminal: TerminalStreams,
  env: NodeJS.ProcessEnv,
  clock: { now: () => number } = { now: Date.now }
): Promise<number> {
  const streams: TerminalStreams = {
    stdout: text => terminal.stdout(terminalText(text)),
    stderr: text => terminal.stderr(terminalText(text))
  }
  const extra = argv[0] === undefined ? undefined : commandEntry(argv[0])
  if (extra) return (await extra.load()).run(argv, streams, env)
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
  if (commandEntry(first.command))
    return usage(streams, `Options go after the command: oic-actions ${first.command} [--option value …].`)
  if (!isActionName(first.command)) return usage(streams, `Unknown command '${first.command}'.`)
  return runActionCommand(first.command, first.help, argv, streams, env, clock)
}

/** Opens the session for an action command (refreshing its token); returns the exit code to stop with, or 0. */
async function openActionSession(
  name: ActionName,
  session: string | undefined,
  env: NodeJS.ProcessEnv,
  streams: TerminalStreams,
  clock: { now: () => number },
  clientSecret: string | undefined
): Promise<number> {
  try {
    checkSessionFile(session)
    const log = (line: string): void => streams.stderr(`${redactText(line)}\n`)
    const replacing = name === 'authenticate'
    await openSession(session, env, { now: clock.now, log }, { replacing, clientSecret })
    return EXIT.ok
  } catch (error) {
    if (exitCodeOf(error) === EXIT.usage) return usage(streams, errorMessage(error))
    streams.stderr(`error: ${terminalHints(redactText(errorMessage(error)))}\n`)
    return EXIT.failed
  }
}

/** Runs one of the six actions with its inputs from the command line; returns the exit code. */
async function runActionCommand(
  name: ActionName,
  help: boolean,
  argv: string[],
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv,
  clock: { now: () => number }
): Promise<number> {
  const meta = actionMeta(name)
  if (help) {
    streams.stdout(commandHelp(meta))
    return EXIT.ok
  }
  let args
  try {
    args = parseArgs(argv, booleanInputs(meta))
  } catch (error) {
    return usage(streams, errorMessage(error))
  }
  const clientSecret = sessionSecret(args.inputs, meta.inputs, env)
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
  const opened = await openActionSession(name, session, childEnv, streams, clock, clientSecret)
  if (opened !== EXIT.ok) return opened
  const host = createTerminalHost(args.inputs, childEnv, streams, { verbose: args.verbose })
  let failure: unknown
  const action = await LOADERS[name]()
  const ok = await action.run({ host, onFailure: error => void (failure = error) })
  host.printOutputs(args.json)
  try {
    if (saveSession(session, host.exported)) streams.stderr(`Token kept in ${session} (not printed).\n`)
    else if (host.exported.OIC_ACCESS_TOKEN)
      streams.stderr('The token is not printed: add --session FILE to keep it for the next command.\n')
  } catch (error) {
    streams.stderr(`error: the token was not kept: ${redactText(errorMessage(error))}\n`)
    return EXIT.failed
  }
  if (ok) return EXIT.ok
  return exitCodeOf(failure)
}
