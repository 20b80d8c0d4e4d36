/** Inputs of `resubmit-errors`, validated into {@link ResubmitErrorsSettings}. */
import { inputError } from '../../core/errors.js'
import type { Host } from '../../core/host.js'
import { InputReader, mustBe, quote } from '../../core/inputs.js'
import { COMMON_INPUTS, readInstanceSettings, type OicInstanceSettings } from '../../core/oic-instance.js'
import { TIME_WINDOWS, type TimeWindow } from '../../core/oic/monitoring/q.js'
import { isVersion } from '../../core/oic/versions.js'

/** Every input `actions/resubmit-errors/action.yml` declares. */
export const INPUTS = [
  'integrations',
  'project',
  'time-window',
  'max-instances',
  'batch-size',
  'recovery-trace-level',
  'wait',
  'wait-timeout',
  'dry-run',
  'fail-on',
  ...COMMON_INPUTS
] as const

/** Trace levels a resubmitted run may use. */
export const TRACE_LEVELS = ['Production', 'Audit', 'Debug'] as const

/** Validated settings of one run. */
export interface ResubmitErrorsSettings {
  /** `{code, version?}` filters; empty means every integration. */
  integrations: Array<{ code: string; version?: string }>
  project?: string
  timeWindow: TimeWindow
  maxInstances: number
  batchSize: number
  recoveryTraceLevel?: (typeof TRACE_LEVELS)[number]
  wait: boolean
  waitTimeoutMs: number
  dryRun: boolean
  failOn: 'never' | 'remaining'
  connection: OicInstanceSettings
}

/** Reads and validates the inputs. */
export function getSettings(host: Pick<Host, 'getInput' | 'setSecret' | 'env'>): ResubmitErrorsSettings {
  const inputs = new InputReader(name => host.getInput(name), INPUTS)
  const connection = readInstanceSettings(inputs, host)
  const integrations = inputs.list('integrations').map(text => {
    const [code, version, extra] = text.split('|').map(s => s.trim())
    if (
      !code ||
      !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(code) ||
      extra !== undefined ||
      (version !== undefined && !isVersion(version))
    ) {
      throw inputError(
        `Input 'integrations' entry ${quote(text)} must be CODE or CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).`,
        {
          input: 'integrations',
          value: text,
          fix: 'Write the entry as CODE or CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).'
        }
      )
    }
    return { code, version }
  })
  const level = inputs.optional('recovery-trace-level')
  const traceLevel = TRACE_LEVELS.find(l => l.toLowerCase() === level?.toLowerCase())
  if (level && !traceLevel) {
    throw mustBe('recovery-trace-level', `one of ${TRACE_LEVELS.join(', ')}`, level)
  }
  return {
    integrations,
    project: inputs.optional('project'),
    timeWindow: inputs.choice('time-window', TIME_WINDOWS, '1h'),
    maxInstances: inputs.integer('max-instances', { fallback: 500, min: 1, max: 100_000 }),
    batchSize: inputs.integer('batch-size', { fallback: 50, min: 1, max: 1000 }),
    recoveryTraceLevel: traceLevel,
    wait: inputs.boolean('wait', true),
    waitTimeoutMs: inputs.seconds('wait-timeout', { fallback: 600, min: 1, max: 6 * 3600 }) * 1000,
    dryRun: inputs.boolean('dry-run', false),
    failOn: inputs.choice('fail-on', ['never', 'remaining'] as const, 'never'),
    connection
  }
}
