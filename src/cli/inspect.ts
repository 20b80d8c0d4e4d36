/**
 * `oic-actions inspect FILE.car [--oic-url … --instance … --access-token …] [--if-exists replace]`: what the
 * archive holds, read without extracting it, and — with a target — what importing it would do.
 */
import { readCar } from '../core/archive/car.js'
import { diffArchive, type TargetState } from '../core/archive/diff.js'
import { errorMessage, InputError, OicActionError } from '../core/errors.js'
import { HttpClient } from '../core/http/client.js'
import { redactText } from '../core/http/redact.js'
import { defaultRetryPolicy } from '../core/http/retry.js'
import { InputReader } from '../core/inputs.js'
import { COMMON_INPUTS, readConnectionSettings } from '../core/oic-connection.js'
import { listConnections } from '../core/oic/connections.js'
import { listIntegrations } from '../core/oic/integrations.js'
import { orUndefined } from '../core/oic/not-found.js'
import { getProject } from '../core/oic/projects.js'
import { renderTerminal } from '../core/report.js'
import type { ParsedArgs } from './args.js'
import { loadSession } from './session.js'
import { createTerminalHost, type TerminalStreams } from './terminal-host.js'
import { diffReport } from '../core/archive/diff-report.js'

const INPUTS = [...COMMON_INPUTS, 'if-exists'] as const

/** Runs `inspect`; returns the exit code. */
export async function inspect(
  args: ParsedArgs,
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv
): Promise<number> {
  const file = args.positionals[0]
  if (!file) {
    streams.stderr(
      'error: inspect needs the archive: oic-actions inspect FILE.car [--oic-url URL --instance NAME]\n'
    )
    return 2
  }
  const childEnv = { ...env }
  loadSession(args.session ?? env.OIC_SESSION, childEnv)
  const host = createTerminalHost(args.inputs, childEnv, streams, { verbose: args.verbose })
  try {
    const car = await readCar(file, file)
    const inputs = new InputReader(name => host.getInput(name), INPUTS)
    const ifExists = inputs.choice('if-exists', ['fail', 'replace', 'skip'] as const, 'fail')
    const withTarget = Boolean(inputs.value('oic-url') || childEnv.OIC_URL)
    let target: TargetState = { exists: false, integrations: [], connections: [] }
    if (withTarget && car.project) {
      const settings = readConnectionSettings(inputs, host)
      const client = new HttpClient({
        baseUrl: settings.url,
        instance: settings.instance,
        token: settings.token,
        timeoutMs: settings.transport.timeoutMs,
        retry: defaultRetryPolicy(settings.transport.retries),
        caCertificate: settings.transport.caCertificate
      })
      try {
        const exists = Boolean(await orUndefined(getProject(client, car.project.code)))
        target = exists
          ? {
              exists,
              integrations: await listIntegrations(client, car.project.code),
              connections: await listConnections(client, car.project.code)
            }
          : target
      } finally {
        await client.close()
      }
    }
    const diff = diffArchive(car, target, ifExists)
    const report = diffReport(
      car,
      diff,
      withTarget ? inputs.value('instance') || childEnv.OIC_INSTANCE || 'the target' : undefined
    )
    if (args.json)
      streams.stdout(`${JSON.stringify({ archive: car, diff: withTarget ? diff : undefined }, null, 2)}\n`)
    else streams.stdout(renderTerminal(report))
    return 0
  } catch (error) {
    streams.stderr(`error: ${redactText(errorMessage(error))}\n`)
    return error instanceof InputError ? 2 : error instanceof OicActionError ? 1 : 1
  }
}
