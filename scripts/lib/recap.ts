/** The closing table of `npm start`: one row per pipeline step (result, time, the output that matters). */
import { renderTerminal, type ReportStatus } from '../../src/core/job-summary.js'
import type { PipelineStep } from './demo-pipeline.js'
import type { StepResult } from './run-step.js'

/** A step and, when it ran, what it produced. */
export interface RecapRow {
  step: PipelineStep
  result?: StepResult
}

function outcome(result: StepResult | undefined): string {
  if (!result) return 'not run'
  return result.exitCode === 0 ? 'ok' : `FAILED (exit ${result.exitCode})`
}

/** The recap table, rendered as the job summaries are in the terminal. */
export function recap(rows: RecapRow[], totalMs: number): string {
  const failed = rows.some(r => r.result && r.result.exitCode !== 0)
  const ran = rows.filter(r => r.result).length
  const status: ReportStatus = failed ? 'failure' : 'success'
  return renderTerminal({
    title: 'Recap',
    status,
    statusLine: `${ran} of ${rows.length} steps ran${failed ? ', one failed' : ', all ok'}, in ${(totalMs / 1000).toFixed(1)} s.`,
    table: {
      headers: ['Step', 'Result', 'Time', 'Key output'],
      rows: rows.map(({ step, result }) => [
        step.title,
        outcome(result),
        result ? `${(result.durationMs / 1000).toFixed(1)} s` : '',
        result?.exitCode === 0 ? step.key(result) : (result?.errors[0] ?? '')
      ])
    }
  })
}
