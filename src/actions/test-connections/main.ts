/** `test-connections`: tests connections in parallel; job summary, outputs and a JUnit report. */
import {
  ConfigurationError,
  errorMessage,
  isNotFound,
  OicActionError,
  OicHttpError
} from '../../core/errors.js'
import { redactText } from '../../core/secrets/redact.js'
import { renderJUnit } from '../../core/junit.js'
import { createOicClient } from '../../core/oic-instance.js'
import { allowedRoots } from '../../core/paths.js'
import { checkWriteTarget, writeFileSafely, type WriteOptions } from '../../core/safe-write.js'
import { listConnections, testConnection, type Connection } from '../../core/oic/connections.js'
import { mapWithConcurrency } from '../../core/pool.js'
import type { ActionContext } from '../../core/run-action.js'
import { getSettings } from './inputs.js'

/** The outcome of one connection. */
export interface ConnectionResult {
  id: string
  status: 'passed' | 'failed' | 'skipped'
  details: string
  'duration-ms': number
}

/** Statuses whose failure stops the whole run: the token or role is wrong for every connection alike. */
const FATAL = new Set([401, 403])

/** What the server said: OIC puts its message in `title` and sends no `detail` (test/fixtures/oracle/error-412-*.json). */
const said = (error: OicHttpError): string => {
  const text = error.detail ?? error.title
  return text ? ` — ${text}` : ''
}

function explain(error: unknown): string {
  if (error instanceof OicHttpError && error.status === 409)
    return `not configured (409): configure the connection before testing it${said(error)}`
  if (error instanceof OicHttpError && error.status === 412)
    return `locked (412): someone has it open in the OIC designer${said(error)}`
  return errorMessage(error)
}

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  const junitTarget: WriteOptions = {
    roots: allowedRoots(host.env),
    input: 'junit-path',
    shownAs: host.getInput('junit-path')
  }
  // A link planted where the report goes fails the step before any connection is tested.
  if (s.junitPath) checkWriteTarget(s.junitPath, junitTarget)
  const client = createOicClient(s.connection, ctx)
  const scope = s.project ? `project ${s.project}` : 'global connections'
  const all: Connection[] = await listConnections(client, s.project).catch((e: unknown) => {
    if (isNotFound(e) && s.project)
      throw new ConfigurationError(
        `Project '${s.project}' does not exist on the target: check the project input.`,
        { input: 'project' }
      )
    throw e
  })
  const unknown = s.connections.filter(id => !all.some(c => c.id === id))
  if (unknown.length) {
    throw new ConfigurationError(
      `Input 'connections' names ${unknown.length === 1 ? 'a connection' : 'connections'} not in ${scope}: ${unknown.join(', ')} (there: ${all.map(c => c.id).join(', ') || 'none'}).`,
      { input: 'connections' }
    )
  }
  const chosen = s.connections.length ? all.filter(c => s.connections.includes(c.id)) : all
  host.info(`Testing ${chosen.length} connection(s) of ${scope}, ${s.concurrency} at a time`)

  const results = await mapWithConcurrency(chosen, s.concurrency, async (c): Promise<ConnectionResult> => {
    if (c.status === 'INPROGRESS' && !s.includeUnconfigured) {
      return {
        id: c.id,
        status: 'skipped',
        details: 'not configured (draft); set include-unconfigured: true to test it anyway',
        'duration-ms': 0
      }
    }
    const started = ctx.now()
    try {
      const res = await testConnection(client, s.project, c.id)
      const passed = String(res.status ?? '').toUpperCase() === 'SUCCESS'
      return {
        id: c.id,
        status: passed ? 'passed' : 'failed',
        // Server text: a credential it echoes must not travel on in the results output (the host writes outputs as set).
        details: redactText(res.details ?? String(res.status ?? 'no status')),
        'duration-ms': ctx.now() - started
      }
    } catch (error) {
      if (error instanceof OicHttpError && FATAL.has(error.status)) throw error
      return { id: c.id, status: 'failed', details: explain(error), 'duration-ms': ctx.now() - started }
    }
  })

  const count = (status: ConnectionResult['status']): number =>
    results.filter(r => r.status === status).length
  const [passed, failed, skipped] = [count('passed'), count('failed'), count('skipped')]
  host.setOutput('passed', String(passed))
  host.setOutput('failed', String(failed))
  host.setOutput('skipped', String(skipped))
  host.setOutput('results', JSON.stringify(results))
  if (s.junitPath) {
    writeFileSafely(
      s.junitPath,
      renderJUnit({
        name: `OIC connection tests (${scope})`,
        timestamp: new Date(ctx.now()),
        cases: results.map(r => ({
          name: r.id,
          classname: `oic.connections.${s.project ?? 'global'}`,
          time: r['duration-ms'] / 1000,
          failure:
            r.status === 'failed'
              ? { message: r.details.split('\n')[0] ?? r.details, details: r.details }
              : undefined,
          skipped: r.status === 'skipped' ? r.details : undefined
        }))
      }),
      junitTarget
    )
    host.setOutput('junit-path', s.junitPath)
  }
  for (const r of results.filter(x => x.status === 'failed').slice(0, 10))
    host.error(`Connection ${r.id}: ${r.details}`, { title: 'Connection test failed' })
  const icon = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' }
  await ctx.report({
    title: 'OIC test-connections',
    status: failed ? 'failure' : passed ? 'success' : 'skipped',
    statusLine: `${passed} passed, ${failed} failed, ${skipped} skipped of ${results.length} connection(s) in ${scope}.`,
    table: {
      headers: ['Connection', 'Result', 'Details', 'Duration'],
      rows: results.map(r => [r.id, icon[r.status], r.details, `${r['duration-ms']} ms`])
    },
    notes: s.junitPath ? [`JUnit report: ${s.junitPath}`] : []
  })
  if (failed && s.failOn === 'failure') {
    throw new OicActionError(
      `${failed} of ${results.length} connection test(s) failed: ${results
        .filter(r => r.status === 'failed')
        .map(r => r.id)
        .join(', ')} (fail-on: failure).`
    )
  }
}
