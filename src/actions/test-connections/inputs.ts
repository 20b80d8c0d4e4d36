/** Inputs of `test-connections`, validated into {@link TestConnectionsSettings}. */
import type { Host } from '../../core/host.js'
import { InputReader } from '../../core/inputs.js'
import { COMMON_INPUTS, readInstanceSettings, type OicInstanceSettings } from '../../core/oic-instance.js'
import { resolveInsideRoots } from '../../core/paths.js'

/** Every input `actions/test-connections/action.yml` declares. */
export const INPUTS = [
  'project',
  'connections',
  'concurrency',
  'include-unconfigured',
  'fail-on',
  'junit-path',
  ...COMMON_INPUTS
] as const

/**
 * Tests in flight by default: a connection test is one synchronous design-time call per connection, for which
 * Oracle's "Service Limits" (Oracle Integration 3) name no limit; 16 tests a typical project (about ten connections)
 * in one wave. At 8, ten tests of 0.5–3 s took two waves on the latency model (2.08 s against 1.54 s for the
 * slowest alone, at ×0.5).
 */
export const DEFAULT_TEST_CONCURRENCY = 16

/** Validated settings of one run. */
export interface TestConnectionsSettings {
  /** Project code; undefined tests global connections. */
  project?: string
  /** Only these ids (empty = all). */
  connections: string[]
  concurrency: number
  includeUnconfigured: boolean
  failOn: 'failure' | 'never'
  /** Absolute path of the JUnit report, when asked for. */
  junitPath?: string
  connection: OicInstanceSettings
}

/** Reads and validates the inputs. */
export function getSettings(host: Pick<Host, 'getInput' | 'setSecret' | 'env'>): TestConnectionsSettings {
  const inputs = new InputReader(name => host.getInput(name), INPUTS)
  const connection = readInstanceSettings(inputs, host)
  const junit = inputs.optional('junit-path')
  return {
    project: inputs.optional('project'),
    connections: [...new Set(inputs.list('connections'))],
    concurrency: inputs.integer('concurrency', { fallback: DEFAULT_TEST_CONCURRENCY, min: 1, max: 64 }),
    includeUnconfigured: inputs.boolean('include-unconfigured', false),
    failOn: inputs.choice('fail-on', ['failure', 'never'] as const, 'failure'),
    junitPath: junit ? resolveInsideRoots(junit, 'junit-path', host.env) : undefined,
    connection
  }
}
