/** Which connections `test-connections` tests, and the test of one connection turned into a result. */
import { ConfigurationError, errorMessage, isNotFound, OicHttpError } from '../../core/errors.js'
import type { Collaborators } from '../../core/collaborators.js'
import type { HttpClient } from '../../core/http/client.js'
import { listConnections, testConnection, type Connection } from '../../core/oic/connections.js'
import { redactText } from '../../core/secrets/redact.js'
import type { TestConnectionsSettings } from './inputs.js'

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

/** The connections of the scope, narrowed to the `connections` input; a name not there is an input error. */
export async function chooseConnections(
  client: HttpClient,
  s: Pick<TestConnectionsSettings, 'project' | 'connections'>,
  scope: string
): Promise<Connection[]> {
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
  return s.connections.length ? all.filter(c => s.connections.includes(c.id)) : all
}

/**
 * Tests one connection. A draft is skipped unless `include-unconfigured`; 401/403 stop the run (they hold for every
 * connection); any other failure is this connection's result.
 */
export async function probeConnection(
  client: HttpClient,
  s: Pick<TestConnectionsSettings, 'project' | 'includeUnconfigured'>,
  c: Connection,
  { now }: Pick<Collaborators, 'now'>
): Promise<ConnectionResult> {
  if (c.status === 'INPROGRESS' && !s.includeUnconfigured) {
    return {
      id: c.id,
      status: 'skipped',
      details: 'not configured (draft); set include-unconfigured: true to test it anyway',
      'duration-ms': 0
    }
  }
  const started = now()
  try {
    const res = await testConnection(client, s.project, c.id)
    const passed = String(res.status ?? '').toUpperCase() === 'SUCCESS'
    return {
      id: c.id,
      status: passed ? 'passed' : 'failed',
      // Server text: a credential it echoes must not travel on in the results output (the host writes outputs as set).
      details: redactText(res.details ?? String(res.status ?? 'no status')),
      'duration-ms': now() - started
    }
  } catch (error) {
    if (error instanceof OicHttpError && FATAL.has(error.status)) throw error
    return { id: c.id, status: 'failed', details: explain(error), 'duration-ms': now() - started }
  }
}
