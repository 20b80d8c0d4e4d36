/**
 * The runner's view of a step's output: which lines it would run as workflow commands. It reads lines ending in
 * CR, LF or CRLF; a line is a command when, after trimming leading whitespace, it starts with `::name …::`, or
 * when it holds the legacy `##[name …]` anywhere (actions/runner `ActionCommand.TryParseV2` / `TryParse`).
 */

/** One command the runner would run. */
export interface RunnerCommand {
  command: string
  /** The message, unescaped as the runner does (`%0D`, `%0A`, `%25`). */
  data: string
  line: string
  legacy: boolean
}

const V2 = /^::([^\s:]+)(?: [^:]*)?::(.*)$/
const V1 = /##\[([^\s\]]+)[^\]]*\](.*)$/

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** Every line of `text` the runner would treat as a workflow command. */
export function runnerCommands(text: string): RunnerCommand[] {
  const found: RunnerCommand[] = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    const v2 = trimmed.startsWith('::') ? V2.exec(trimmed) : null
    if (v2) {
      found.push({ command: v2[1] ?? '', data: unescapeData(v2[2] ?? ''), line, legacy: false })
      continue
    }
    const v1 = V1.exec(line)
    if (v1) found.push({ command: v1[1] ?? '', data: v1[2] ?? '', line, legacy: true })
  }
  return found
}

/** Lines that start with `::` once leading whitespace is trimmed, command or not. */
export function colonLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter(l => l.replace(/^[\s\u0085]+/, '').startsWith('::'))
}

/** Outside text that tries every way into the runner's command processing. */
export const HOSTILE_TEXT = [
  'upstream said no',
  '::stop-commands::pwned-token',
  '  ::add-mask::hidden-by-server',
  'carriage\r::error::fake annotation',
  'encoded %0A::warning::not a line, %25 literal',
  'legacy ##[add-mask]legacy-mask and ##[set-output name=x;]y',
  '\u00a0::notice::behind a no-break space'
].join('\n')
