/**
 * The {@link Host} of the command line: inputs from flags, then `OIC_<NAME>` and `INPUT_<NAME>` environment
 * variables; logs on stderr; the job summary rendered for a terminal and the outputs on stdout, secrets hidden.
 */
import type { AnnotationProperties, Host } from '../core/host.js'
import { terminalJson, terminalText } from '../core/escape.js'
import { debugRequested } from '../core/host.js'
import { redactText } from '../core/secrets/redact.js'
import { registerSecret } from '../core/secrets/registry.js'
import { renderTerminal, type Report } from '../core/job-summary.js'
import { envNameOf } from './args.js'
import { terminalHints } from './terminal-hints.js'

/** What a terminal run produced, besides what it printed. */
export interface TerminalHost extends Host {
  readonly outputs: Record<string, string>
  readonly exported: Record<string, string>
  /** Prints the outputs (as `name: value` lines, or one JSON object), secrets replaced by `***`. */
  printOutputs(json: boolean): void
}

/** Where the terminal host writes. */
export interface TerminalStreams {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

function where(p?: AnnotationProperties): string {
  return p?.file ? ` (${p.file}${p.startLine ? `:${p.startLine}` : ''})` : ''
}

/** Creates the terminal host. */
export function createTerminalHost(
  inputs: Readonly<Record<string, string>>,
  env: NodeJS.ProcessEnv,
  streams: TerminalStreams,
  options: { verbose: boolean }
): TerminalHost {
  const outputs: Record<string, string> = {}
  const exported: Record<string, string> = {}
  const say = (line: string): void => streams.stderr(`${redactText(terminalText(line))}\n`)
  const fail = (line: string): void => say(terminalHints(line))
  return {
    env,
    onRunner: false,
    outputs,
    exported,
    getInput: name =>
      (inputs[name] ?? env[envNameOf(name)] ?? env[`INPUT_${name.toUpperCase()}`] ?? '').trim(),
    setOutput: (name, value) => void (outputs[name] = value),
    setSecret: value => {
      if (value) registerSecret(value)
    },
    exportVariable: (name, value) => {
      exported[name] = value
      env[name] = value
    },
    debug: message => {
      if (options.verbose || debugRequested(env)) say(`debug: ${message}`)
    },
    info: message => say(message),
    notice: (message, p) => say(`notice${where(p)}: ${message}`),
    warning: (message, p) => say(`warning${where(p)}: ${message}`),
    error: (message, p) => fail(`error${where(p)}: ${message}`),
    group: async (name, fn) => {
      say(`▸ ${name}`)
      return fn()
    },
    writeSummary: async (report: Report) => {
      // A failure with nothing but its status line was printed by setFailed already: say it once.
      if (report.status === 'failure' && !report.table && !report.notes?.length) return
      streams.stdout(`\n${redactText(terminalText(renderTerminal(report)))}`)
    },
    setFailed: (message, p) => fail(`error${where(p)}: ${message}`),
    isDebug: () => options.verbose || debugRequested(env),
    printOutputs: json => {
      const shown = Object.fromEntries(
        Object.entries(outputs).map(([k, v]) => [k, redactText(terminalText(v))])
      )
      if (json) streams.stdout(`${terminalJson(shown)}\n`)
      else for (const [k, v] of Object.entries(shown)) streams.stdout(`${k}: ${v}\n`)
    }
  }
}
