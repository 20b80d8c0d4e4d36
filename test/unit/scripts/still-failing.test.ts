// Verify how `npm start` explains what still fails: instances counted by cause from the monitoring state (seeded
// non-recoverable, resubmitted and failed again, missed), only in the project and window, and a disagreement with
// resubmit-errors' outputs said out loud.
import { describe, expect, it } from '@jest/globals'
import type { MonitoringStore } from '../../../emulator/src/monitoring/store.js'
import type { TrackedInstance } from '../../../emulator/src/monitoring/types.js'
import type { StepResult } from '../../../scripts/lib/run-step.js'
import { explainStillFailing, stillFailing } from '../../../scripts/lib/still-failing.js'

const NOW = 10_000_000
const FROM = NOW - 3_600_000

function instance(id: string, over: Partial<TrackedInstance> & { recoverable?: boolean }): TrackedInstance {
  const { recoverable = true, ...rest } = over
  return {
    id,
    status: 'FAILED',
    projectCode: 'SALES_ORDERS',
    lastTrackedTime: NOW - 60_000,
    resubmitCount: 0,
    error: { message: 'm', details: 'd', faultId: 'f', recoverable },
    ...rest
  } as TrackedInstance
}

const store = (...list: TrackedInstance[]): MonitoringStore =>
  ({ instances: new Map(list.map(i => [i.id, i])) }) as unknown as MonitoringStore

const step = (stillFailingOut: number, notRecoverable: number): StepResult =>
  ({
    outputs: {
      'still-failing': String(stillFailingOut),
      results: JSON.stringify({ leftAlone: { 'not-recoverable': notRecoverable } })
    }
  }) as unknown as StepResult

const WHERE = { instance: 'prod', project: 'SALES_ORDERS', window: 'hour' }

describe('stillFailing', () => {
  it('counts by cause, only errored instances of the project in the window', () => {
    const counts = stillFailing(
      store(
        instance('1', { recoverable: false }),
        instance('2', { recoverable: false, lastTrackedTime: FROM - 1 }), // outside the window
        instance('3', { resubmitCount: 1 }),
        instance('4', { resubmitCount: 2, lastTrackedTime: FROM - 1 }), // resubmitted by the run: counted anyway
        instance('5', {}), // recoverable, in the window, never resubmitted
        instance('6', { recoverable: false, projectCode: 'RETURNS' }),
        instance('7', { recoverable: false, status: 'COMPLETED' }),
        instance('8', { resubmitCount: 1, status: 'COMPLETED' }) // recovered
      ),
      'SALES_ORDERS',
      FROM
    )
    expect(counts).toEqual({ nonRecoverable: 1, failedAgain: 2, missed: 1 })
  })
})

describe('explainStillFailing', () => {
  it('says nothing fails when nothing does', () => {
    expect(explainStillFailing({ nonRecoverable: 0, failedAgain: 0, missed: 0 }, step(0, 0), WHERE)).toEqual([
      'Nothing still fails: every errored instance of SALES_ORDERS in prod (last hour) was recovered.'
    ])
  })

  it('names the seeded non-recoverable ones and agrees with resubmit-errors', () => {
    const lines = explainStillFailing({ nonRecoverable: 19, failedAgain: 0, missed: 0 }, step(0, 19), WHERE)
    expect(lines[0]).toMatch(/^19 errored instance\(s\) of SALES_ORDERS in prod \(last hour\) still fail/)
    expect(lines[1]).toMatch(/^ {2}- 19 are the seed's non-recoverable errors/)
    expect(lines).toHaveLength(3)
    expect(lines[2]).toContain('resubmit-errors reported the same')
  })

  it('reports a bug when recoverable ones were missed, and a disagreement with resubmit-errors', () => {
    const lines = explainStillFailing({ nonRecoverable: 2, failedAgain: 3, missed: 1 }, step(4, 2), WHERE)
    expect(lines[0]).toMatch(/^6 errored/)
    expect(lines).toContain('  - 1 are recoverable but were not resubmitted: that is a bug.')
    expect(lines.at(-1)).toContain(
      'reported still-failing 4 and 2 left alone as not recoverable, which differs'
    )
  })
})
