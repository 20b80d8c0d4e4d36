/**
 * `oic-actions inspect FILE [--json] [--oic-url … --instance … --access-token …] [--if-exists replace]`: what a
 * project archive (`.car`, whole project or deployment) or an integration archive (`.iar`) holds, read without
 * extracting it, and — with a target — what importing it would do. `FILE` is read where it is (absolute, or
 * relative to the current directory). `--json` prints the document `docs/inspect-schema.md` describes.
 */
import { resolve } from 'node:path'
import { readArchive } from '../core/archive/car.js'
import { contentsJson, contentsReport } from '../core/archive/contents-report.js'
import { diffArchive, type TargetState } from '../core/archive/diff.js'
import { errorMessage } from '../core/errors.js'
import { HttpClient } from '../core/http/client.js'
import { foldExternal, terminalJson, terminalText } from '../core/escape.js'
import { redactText } from '../core/secrets/redact.js'
import { defaultRetryPolicy } from '../core/http/retry.js'
import { InputReader } from '../core/inputs.js'
import { COMMON_INPUTS, readInstanceSettings } from '../core/oic-instance.js'
import { renderTerminal } from '../core/job-summary.js'
import { parseArgs, type ParsedArgs } from './args.js'
import { EXIT, exitCodeOf } from './exit.js'
import { openSession } from './session.js'
import { createTerminalHost, type TerminalStreams } from './terminal-host.js'
import { diffReport } from '../core/archive/diff-report.js'
import { readTarget } from '../actions/import-car/steps.js'

const INPUTS = [...COMMON_INPUTS, 'if-exists'] as const

const INSPECT_HELP = `oic-actions inspect: list what a project archive (.car) or an integration archive (.iar) holds, read
without extracting it, and, with a target, what importing it would do.

Usage: oic-actions inspect FILE [--json] [--oic-url URL --instance NAME [--access-token TOKEN | --session FILE]]
                                [--if-exists fail|replace|skip]

  --json         print the document docs/inspect-schema.md describes
  --if-exists    what the import would do with a project that exists (default fail)
  --session      read the token kept by 'login' or 'authenticate'

Exit codes: 0 ok, 1 failed (the target refused), 2 usage (no FILE, an unreadable archive, an input error).
`

/** Runs `inspect` on its command line (`inspect FILE …`); returns the exit code. */
export async function inspect(
  argv: readonly string[],
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv
): Promise<number> {
  let args: ParsedArgs
  try {
    args = parseArgs(argv)
  } catch (error) {
    streams.stderr(`error: ${redactText(errorMessage(error))}\n`)
    return EXIT.usage
  }
  if (args.help) {
    streams.stdout(INSPECT_HELP)
    return EXIT.ok
  }
  const file = args.positionals[0]
  if (!file) {
    streams.stderr(
      'error: inspect needs the archive: oic-actions inspect FILE.car|FILE.iar [--json] [--oic-url URL --instance NAME]\n'
    )
    return EXIT.usage
  }
  const childEnv = { ...env }
  try {
    const log = (line: string): void => streams.stderr(`${redactText(line)}\n`)
    await openSession(args.session ?? env.OIC_SESSION, childEnv, { now: Date.now, log })
    const host = createTerminalHost(args.inputs, childEnv, streams, { verbose: args.verbose })
    const car = await readArchive(resolve(file), file, { allowIntegrationArchive: true })
    const inputs = new InputReader(name => host.getInput(name), INPUTS)
    const ifExists = inputs.choice('if-exists', ['fail', 'replace', 'skip'] as const, 'fail')
    // An integration archive names no project: there is nothing to compare in a target.
    const withTarget = Boolean(inputs.value('oic-url') || childEnv.OIC_URL) && car.project !== undefined
    let target: TargetState = { exists: false, integrations: [], connections: [] }
    if (withTarget && car.project) {
      const settings = readInstanceSettings(inputs, host)
      const client = new HttpClient({
        baseUrl: settings.url,
        instance: settings.instance,
        token: settings.token,
        timeoutMs: settings.transport.timeoutMs,
        retry: defaultRetryPolicy(settings.transport.retries),
        caCertificate: settings.transport.caCertificate
      })
      try {
        target = await readTarget(client, car.project.code, car)
      } finally {
        await client.close()
      }
    }
    const diff = diffArchive(car, target, ifExists)
    const shownTarget = withTarget
      ? inputs.value('instance') || childEnv.OIC_INSTANCE || 'the target'
      : undefined
    if (args.json) {
      const json = contentsJson(file, car, withTarget ? diff : undefined)
      streams.stdout(`${terminalJson(json)}\n`)
    } else {
      const report = shownTarget ? diffReport(car, diff, shownTarget) : contentsReport(car, diff)
      streams.stdout(foldExternal(redactText(terminalText(renderTerminal(report)))))
    }
    return EXIT.ok
  } catch (error) {
    streams.stderr(`error: ${foldExternal(redactText(terminalText(errorMessage(error))))}\n`)
    return exitCodeOf(error)
  }
}
