// Verify each non-idempotent effect when its request fails or its answer is lost: never done twice, rerun is safe.
import { describe, expect, it } from '@jest/globals'
import type { Emulator, FaultRule } from '../../emulator/index.js'
import {
  expectNoLeaks,
  expectOneErrorLine,
  mutations,
  ROUTES,
  runScenario,
  SCENARIOS,
  type ActionName,
  type CaseResult
} from '../support/resilience.js'
import { QUICK_JOBS, startEmulator } from '../support/emulator.js'

/** `retried`/`settled` as in the fault matrix; a RegExp: the step fails with that one line and a rerun succeeds. */
type Outcome = 'retried' | 'settled' | 'resent' | RegExp

interface LostAnswer {
  effect: string
  action: ActionName
  fault: FaultRule
  /** Inputs over the scenario's. */
  inputs?: Record<string, string>
  /** Brings the target into the state the case needs (e.g. the project already imported). */
  before?: (emu: Emulator) => Promise<void>
  outcome: Outcome
  /** The result output of a successful step, when not the scenario's usual one. */
  result?: string
  /** Successful calls of each route the whole case may make, the rerun included. */
  counts: Record<string, number>
}

const DEPLOYMENTS_PATCH = 'PATCH /ic/api/integration/v1/projects/:p/deployments/:d'
const importFirst = async (emu: Emulator): Promise<void> => {
  const first = await runScenario(emu, SCENARIOS['import-car'])
  expect(first.step.exitCode).toBe(0)
}

const CASES: LostAnswer[] = [
  {
    effect: 'create deployment, refused before the effect (502)',
    action: 'create-deployment',
    fault: { method: 'POST', path: '/deployments', kind: 'status', status: 502, times: 1 },
    outcome: /^Could not create deployment RESILIENCE_R3 in project SALES_ORDERS: POST \S+ failed: HTTP 502/,
    counts: { [ROUTES.createDeployment]: 1 }
  },
  {
    effect: 'update deployment (idempotent), answer lost (reset)',
    action: 'create-deployment',
    inputs: { deployment: 'ORDERS_R1' },
    fault: { method: 'PATCH', path: '/deployments/ORDERS_R1', kind: 'reset', phase: 'after', times: 1 },
    outcome: 'retried',
    result: 'updated',
    counts: { [DEPLOYMENTS_PATCH]: 2 }
  },
  {
    effect: 'import, refused before the effect (reset)',
    action: 'import-car',
    fault: { method: 'POST', path: '/projects/archive', kind: 'reset', times: 1 },
    outcome: /^Could not import the archive: POST \S+ failed: no response \(\w+\)/,
    counts: { [ROUTES.importProject]: 1 }
  },
  {
    effect: 'replace (PUT), answer lost (502)',
    action: 'import-car',
    inputs: { 'if-exists': 'replace' },
    before: importFirst,
    fault: {
      method: 'PUT',
      path: '/projects/archive',
      kind: 'status',
      status: 502,
      phase: 'after',
      times: 1
    },
    outcome:
      /^Replacing project SALES_ORDERS failed \(2 of 2 deactivated integrations reactivated\): Could not replace the archive: PUT \S+ failed: HTTP 502/,
    counts: { [ROUTES.importProject]: 0, [ROUTES.replaceProject]: 2 }
  },
  {
    effect: 'activate, answer lost (502)',
    action: 'import-car',
    fault: { method: 'PATCH', path: '/integrations/', kind: 'status', status: 502, phase: 'after', times: 1 },
    outcome: 'settled',
    counts: { [ROUTES.importProject]: 1, [ROUTES.setIntegrationStatus]: 2 }
  },
  {
    effect: 'activate, connection reset before the effect',
    action: 'import-car',
    fault: { method: 'PATCH', path: '/integrations/', kind: 'reset', times: 1 },
    outcome: 'resent',
    counts: { [ROUTES.importProject]: 1, [ROUTES.setIntegrationStatus]: 2 }
  },
  {
    effect: 'update connection (idempotent), answer lost (timeout)',
    action: 'import-car',
    // The timeout holds for every request: 1 s failed the import itself on a loaded CI machine.
    inputs: { 'request-timeout': '4' },
    fault: { method: 'PATCH', path: '/connections/SO_ERP_CLOUD', kind: 'hang', phase: 'after', times: 1 },
    outcome: 'retried',
    counts: { [ROUTES.importProject]: 1, [ROUTES.updateConnection]: 3 }
  },
  {
    effect: 'bulk resubmit, refused before the effect (503)',
    action: 'resubmit-errors',
    fault: { method: 'POST', path: '/errors/resubmit', kind: 'status', status: 503, times: 1 },
    outcome: 'resent',
    counts: { [ROUTES.resubmit]: 1 }
  },
  {
    effect: 'bulk resubmit, answer lost (timeout)',
    action: 'resubmit-errors',
    inputs: { 'request-timeout': '1' },
    fault: { method: 'POST', path: '/errors/resubmit', kind: 'hang', phase: 'after', times: 1 },
    outcome: 'settled',
    counts: { [ROUTES.resubmit]: 1 }
  }
]

function expectOutcome(result: CaseResult, outcome: Exclude<Outcome, RegExp>): void {
  const { step } = result
  expect({ exitCode: step.exitCode, errors: step.errors }).toEqual({ exitCode: 0, errors: [] })
  if (outcome === 'retried') expect(step.stdout).toMatch(/^Retry .+: attempt 1 of 4 failed: /m)
  if (outcome === 'settled')
    expect(step.stdout).toMatch(
      /(^::warning::The answer to .* was lost )|(status is ACTIVATION_INPROGRESS, so it was not sent again)|(status is CONFIGURED, which may mean "not started yet", so it is watched)/m
    )
  if (outcome === 'resent')
    expect(step.stdout).toMatch(
      /(so it is sent once more)|(were not taken by the service; sending those once more)/
    )
}

describe('non-idempotent effects under lost answers', () => {
  it.each(CASES.map(c => [c.effect, c] as const))('%s', async (_effect, c) => {
    const emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
    try {
      await c.before?.(emu)
      const scenario = SCENARIOS[c.action]
      const result = await runScenario(emu, scenario, { faults: [c.fault], inputs: c.inputs })
      const seen = { ...mutations(emu) }
      if (c.outcome instanceof RegExp) {
        expectOneErrorLine(result, c.outcome)
        // Nothing was half done twice: the rerun (no fault) completes the job with one more effect at most.
        const rerun = await runScenario(emu, scenario, { inputs: c.inputs })
        expect(rerun.step.errors).toEqual([])
        for (const [route, n] of Object.entries(mutations(emu))) seen[route] = (seen[route] ?? 0) + n
      } else {
        expectOutcome(result, c.outcome)
        if (c.result) expect(result.step.outputs.result).toBe(c.result)
        else scenario.verify(result.step, result.ws)
      }
      for (const [route, times] of Object.entries(c.counts))
        expect([route, seen[route] ?? 0]).toEqual([route, times])
      if (c.action === 'resubmit-errors') {
        const counts = [...emu.state.get('prod')!.monitoring.resubmitCounts().values()]
        expect(counts).toEqual([1, 1, 1, 1, 1, 1])
      }
      expectNoLeaks(result)
    } finally {
      await emu.stop()
    }
  })
})
