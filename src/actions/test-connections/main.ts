/** `test-connections`: tests connections in parallel; job summary, outputs and a JUnit report. */
import { collaborators } from '../../core/collaborators.js'
import { OicActionError } from '../../core/errors.js'
import { renderJUnit } from '../../core/junit.js'
import { createOicClient } from '../../core/oic-instance.js'
import { allowedRoots } from '../../core/paths.js'
import { checkWriteTarget, writeFileSafely, type WriteOptions } from '../../core/safe-write.js'
import { mapWithConcurrency } from '../../core/pool.js'
import type { ActionContext } from '../../core/run-action.js'
import { getSettings, type TestConnectionsSettings } from './inputs.js'
import { chooseConnections, probeConnection, type ConnectionResult } from './probe.js'

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const s = getSettings(host)
  const deps = collaborators(ctx)
  const junitTarget: WriteOptions = {
    roots: allowedRoots(host.env),
    input: 'junit-path',
    shownAs: host.getInput('junit-path')
  }
  // A link planted where the report goes fails the step before any connection is tested.
  if (s.junitPath) checkWriteTarget(s.junitPath, junitTarget)
  const client = createOicClient(s.connection, ctx)
  const scope = s.project ? `project ${s.project}` : 'global connections'
  const chosen = await chooseConnections(client, s, scope)
  host.info(`Testing ${chosen.length} connection(s) of ${scope}, ${s.concurrency} at a time`)

  const results = await mapWithConcurrency(chosen, s.concurrency, c => probeConnection(client, s, c, deps))
  const count = (status: ConnectionResult['status']): number =>
    results.filter(r => r.status === status).length
  const [passed, failed, skipped] = [count('passed'), count('failed'), count('skipped')]
  host.setOutput('passed', String(passed))
  host.setOutput('failed', String(failed))
  host.setOutput('skipped', String(skipped))
  host.setOutput('results', JSON.stringify(results))
  if (s.junitPath) {
    writeFileSafely(s.junitPath, junitReport(s, scope, results, new Date(ctx.now())), junitTarget)
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

/** The results as JUnit XML: one test case a connection, failures with the server's first line as message. */
function junitReport(
  s: Pick<TestConnectionsSettings, 'project'>,
  scope: string,
  results: ConnectionResult[],
  timestamp: Date
): string {
  return renderJUnit({
    name: `OIC connection tests (${scope})`,
    timestamp,
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
  })
}
