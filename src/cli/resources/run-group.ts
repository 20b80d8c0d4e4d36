/**
 * Runs one resource command: parses its arguments against the operation's definition, loads the session, asks for
 * --yes before a delete, honours --dry-run, and prints a table, an object or one line (or JSON with --json).
 */
import { errorMessage, inputError } from '../../core/errors.js'
import { foldExternal, terminalJson, terminalText } from '../../core/escape.js'
import { HttpClient } from '../../core/http/client.js'
import { defaultRetryPolicy } from '../../core/http/retry.js'
import { InputReader } from '../../core/inputs.js'
import { COMMON_INPUTS, readInstanceSettings } from '../../core/oic-instance.js'
import { USER_AGENT } from '../../core/constants.js'
import { redactText } from '../../core/secrets/redact.js'
import { parseArgs, type ParsedArgs } from '../args.js'
import { EXIT, exitCodeOf } from '../exit.js'
import { checkSessionFile, openSession } from '../session.js'
import { createTerminalHost, type TerminalStreams } from '../terminal-host.js'
import { terminalHints } from '../terminal-hints.js'
import { groupHelp, operationHelp } from './help.js'
import type { Operation, OperationCall, OperationResult, ResourceGroup } from './resource.js'
import { formatTable } from './table.js'

const SHARED = new Set<string>([...COMMON_INPUTS, 'dry-run', 'yes'])

function usage(streams: TerminalStreams, message: string, group: ResourceGroup): number {
  streams.stderr(
    `error: ${redactText(message)}\nRun 'oic-actions ${group.name} --help' for its operations.\n`
  )
  return EXIT.usage
}

/** Positional arguments by name; the options the operation knows; an input error for anything else. */
function bindArgs(
  op: Operation,
  args: ParsedArgs
): { named: Record<string, string>; options: Record<string, string> } {
  const names = op.args ?? []
  const missing = names.slice(args.positionals.length)
  if (missing.length)
    throw inputError(`Missing ${missing.join(', ')}: usage is ${[op.name, ...names].join(' ')}.`, {
      input: missing[0] ?? '',
      value: '',
      fix: `Give ${missing.join(' ')} after '${op.name}'.`
    })
  if (args.positionals.length > names.length)
    throw inputError(`Unexpected argument '${args.positionals[names.length] ?? ''}' for '${op.name}'.`, {
      input: op.name,
      value: args.positionals[names.length] ?? '',
      fix: `'${op.name}' takes ${names.length ? names.join(' ') : 'no arguments'}; options are given as --name value.`
    })
  const known = op.options ?? {}
  const unknown = Object.keys(args.inputs).filter(n => !(n in known) && !SHARED.has(n))
  if (unknown.length)
    throw inputError(`Unknown option ${unknown.map(n => `--${n}`).join(', ')} for '${op.name}'.`, {
      input: `--${unknown[0] ?? ''}`,
      value: '',
      fix: `Run 'oic-actions <group> ${op.name} --help' for its options.`
    })
  const options: Record<string, string> = {}
  for (const [name, spec] of Object.entries(known)) {
    const value = (args.inputs[name] ?? '').trim()
    if (spec.required && !value)
      throw inputError(`Option --${name} is required for '${op.name}'.`, {
        input: `--${name}`,
        value: '',
        fix: `Give --${name}: ${spec.description}`
      })
    if (spec.boolean && value && !/^(true|false)$/i.test(value))
      throw inputError(`Option --${name} must be true or false, got '${value}'.`, {
        input: `--${name}`,
        value,
        fix: `Write --${name} or --${name}=false.`
      })
    options[name] = spec.boolean ? (value ? value.toLowerCase() : 'false') : value
  }
  return { named: Object.fromEntries(names.map((n, i) => [n, args.positionals[i] ?? ''])), options }
}

function booleansOf(ops: readonly Operation[]): Set<string> {
  const flags = ops.flatMap(op =>
    Object.entries(op.options ?? {})
      .filter(([, o]) => o.boolean)
      .map(([n]) => n)
  )
  return new Set(['dry-run', 'yes', ...flags])
}

function print(result: OperationResult, json: boolean, streams: TerminalStreams): void {
  const show = (text: string): void => streams.stdout(foldExternal(redactText(terminalText(text))))
  if (json) {
    const value =
      result.kind === 'table'
        ? (result.json ?? result.rows)
        : result.kind === 'object'
          ? result.value
          : (result.json ?? { message: result.message })
    streams.stdout(`${redactText(terminalJson(value))}\n`)
  } else if (result.kind === 'table') show(formatTable(result.columns, result.rows))
  else if (result.kind === 'object') show(`${JSON.stringify(result.value, null, 2)}\n`)
  else show(`${result.message}\n`)
}

type Step<T> = { ok: true; value: T } | { ok: false; code: number }

/** The operation the command line names, or the exit code after printing the help or a usage error. */
function findOperation(
  group: ResourceGroup,
  argv: readonly string[],
  streams: TerminalStreams
): Step<Operation> {
  let first: ParsedArgs
  try {
    // Parsed once to find the operation: every flag any operation declares is taken as a flag here.
    first = parseArgs(argv.slice(1), booleansOf(group.operations))
  } catch (error) {
    return { ok: false, code: usage(streams, errorMessage(error), group) }
  }
  if (!first.command) {
    streams.stdout(groupHelp(group))
    return { ok: false, code: first.help ? EXIT.ok : EXIT.usage }
  }
  const op = group.operations.find(o => o.name === first.command)
  if (!op)
    return {
      ok: false,
      code: usage(streams, `Unknown operation '${first.command}' of '${group.name}'.`, group)
    }
  if (first.help) {
    streams.stdout(operationHelp(group, op))
    return { ok: false, code: EXIT.ok }
  }
  return { ok: true, value: op }
}

/** The operation's arguments bound, and the session opened (refreshed when it expires) into `env`. */
async function prepareCall(
  group: ResourceGroup,
  op: Operation,
  argv: readonly string[],
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv
): Promise<Step<{ args: ParsedArgs; bound: ReturnType<typeof bindArgs> }>> {
  try {
    const args = parseArgs(argv.slice(1), booleansOf([op]))
    const bound = bindArgs(op, args)
    const session = args.session ?? env.OIC_SESSION
    checkSessionFile(session)
    const log = (line: string): void => streams.stderr(`${redactText(terminalText(line))}\n`)
    await openSession(session, env, { now: Date.now, log })
    return { ok: true, value: { args, bound } }
  } catch (error) {
    if (exitCodeOf(error) === EXIT.usage)
      return { ok: false, code: usage(streams, errorMessage(error), group) }
    streams.stderr(`error: ${foldExternal(redactText(terminalText(errorMessage(error))))}\n`)
    return { ok: false, code: EXIT.failed }
  }
}

/** Connects with the common inputs, runs the operation and prints its result; returns the exit code. */
async function execute(
  op: Operation,
  call: Omit<OperationCall, 'client' | 'log'>,
  args: ParsedArgs,
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv
): Promise<number> {
  const host = createTerminalHost(args.inputs, env, streams, { verbose: args.verbose })
  let client: HttpClient | undefined
  try {
    const inputs = new InputReader(name => host.getInput(name), COMMON_INPUTS)
    const settings = readInstanceSettings(inputs, host)
    client = new HttpClient({
      baseUrl: settings.url,
      instance: settings.instance,
      token: settings.token,
      timeoutMs: settings.transport.timeoutMs,
      retry: defaultRetryPolicy(settings.transport.retries),
      caCertificate: settings.transport.caCertificate,
      userAgent: USER_AGENT,
      log: line => host.info(line)
    })
    const result = await op.run({ client, ...call, log: line => host.info(line) })
    print(result, args.json, streams)
    return EXIT.ok
  } catch (error) {
    streams.stderr(`error: ${terminalHints(foldExternal(redactText(terminalText(errorMessage(error)))))}\n`)
    return exitCodeOf(error)
  } finally {
    await client?.close()
  }
}

/**
 * Runs `oic-actions <group> <operation> …` (`argv` starts with the group's name); returns the exit code.
 */
export async function runGroup(
  group: ResourceGroup,
  argv: readonly string[],
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv
): Promise<number> {
  const found = findOperation(group, argv, streams)
  if (!found.ok) return found.code
  const op = found.value
  const childEnv = { ...env }
  const prepared = await prepareCall(group, op, argv, streams, childEnv)
  if (!prepared.ok) return prepared.code
  const { args, bound } = prepared.value
  const dryRun = op.effect !== 'read' && args.inputs['dry-run'] === 'true'
  const call = { args: bound.named, options: bound.options, dryRun }
  const what = (): string => op.describe?.(call) ?? `${op.name} ${Object.values(call.args).join(' ')}`
  if (op.deprecated) streams.stderr(`warning: ${group.name} ${op.name} is deprecated: ${op.deprecated}\n`)
  if (dryRun && !op.plansDryRun) {
    streams.stdout(`dry run: would ${what()}\n`)
    return EXIT.ok
  }
  if (op.effect === 'delete' && !dryRun && args.inputs.yes !== 'true')
    return usage(
      streams,
      `Refusing to ${what()} without --yes: add --yes to confirm (or --dry-run to see what it would do).`,
      group
    )
  return execute(op, call, args, streams, childEnv)
}
