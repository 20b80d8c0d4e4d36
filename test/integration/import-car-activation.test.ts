// Verify import-car's activation against the emulator's documented behaviour (contract K5): the first status
// polls after an activation request say CONFIGURED ("not started yet") and the step still succeeds; an activation
// the emulator fails ends the step with the text of the integration's activationErrors. Issue 21: under the
// emulator's activationConcurrencyLimit (429 + Retry-After) every integration is still activated and the limit is
// never exceeded in the emulator's view, also for 40 integrations at once, and an activation-concurrency equal to
// the limit meets no 429 (a slot is held until the activation's end is seen).
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/import-car/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { exportTo } from '../support/promotion.js'
import { ROOT } from '../support/runner.js'
import { clientFor, QUICK_JOBS, startEmulator } from '../support/emulator.js'
import { activateIntegrations } from '../../src/core/oic/activation.js'
import { integrationCodes, PROMOTION, promotionSeed, VERSION } from '../../bench/lib/latency-seed.js'

const STATUS_ROUTE = 'GET /ic/api/integration/v1/projects/:p/integrations/:id/activationStatus'
const UPDATE_ROUTE = 'PATCH /ic/api/integration/v1/projects/:p/integrations/:id'
const LIST_ROUTE = 'GET /ic/api/integration/v1/projects/:p/integrations'
let emu: Emulator
let env: Record<string, string>

beforeEach(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  env = {
    ...workspace(),
    ERP_PASSWORD: 'sentinel-erp-pw-81',
    CRM_CLIENT_SECRET: 'sentinel-crm-sec-82',
    SFTP_KEY: 'sentinel-sftp-key-83'
  }
  copyFileSync(
    join(ROOT, 'examples', 'config', 'prod-connections.yaml'),
    join(env.GITHUB_WORKSPACE!, 'prod.yaml')
  )
  await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'r1.car'), 'ORDERS_R1')
})
afterEach(async () => {
  await emu.stop()
  clearSecrets()
})

const importR1 = () =>
  runInProcess(
    run,
    {
      path: 'r1.car',
      project: 'SALES_ORDERS',
      'connections-file': 'prod.yaml',
      activate: 'ORDERS_R1',
      'activation-timeout': '60'
    },
    { emu, instance: 'prod', env }
  )

describe('import-car activation (K5)', () => {
  it('succeeds when the first status polls answer CONFIGURED', async () => {
    // Long enough that every poll of the window comes before the outcome: 3 CONFIGURED answers each.
    emu.switches.activationConfiguredPolls = 3
    emu.switches.activationDelayMs = 2500
    const host = await importR1()
    expect(host.failed).toBeUndefined()
    expect(JSON.parse(host.outputs.integrations!)).toEqual([
      { code: 'SO_CREATE_ORDER', version: '01.00.0001', status: 'ACTIVATED' },
      { code: 'SO_SYNC_CUSTOMER', version: '01.00.0000', status: 'ACTIVATED' }
    ])
    // Two in progress are read by one list read a round (the emulator's list shows ACTIVATION_INPROGRESS at once:
    // the CONFIGURED window is activationStatus's), until both are seen final 2.5 s after their requests.
    const requests = emu.counters.snapshot().requests
    expect(requests[STATUS_ROUTE] ?? 0).toBe(0)
    expect(requests[LIST_ROUTE]).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(host.logs)).not.toMatch(/sent once more/)
  })

  it('fails with the text of the activation errors when the activation fails', async () => {
    emu.switches.activationFailures = {
      'SO_CREATE_ORDER|01.00.0001': 'The WSDL of connection SO_ERP_CLOUD has a duplicate schema OrderType.'
    }
    const host = await importR1()
    expect(host.failed?.message).toBe(
      'Activation failed for 1 of 2 integrations: SO_CREATE_ORDER|01.00.0001 (FAILEDACTIVATION: The WSDL of connection SO_ERP_CLOUD has a duplicate schema OrderType.).'
    )
    expect(host.summaries[0]?.status).toBe('failure')
  })
})

describe('import-car activation under an instance limit (issue 21)', () => {
  it('activates every integration when the instance takes one at a time (429 + Retry-After)', async () => {
    emu.switches.activationConcurrencyLimit = 1
    emu.switches.activationDelayMs = 3000
    const host = await importR1()
    expect(host.failed).toBeUndefined()
    expect(JSON.parse(host.outputs.integrations!)).toEqual([
      { code: 'SO_CREATE_ORDER', version: '01.00.0001', status: 'ACTIVATED' },
      { code: 'SO_SYNC_CUSTOMER', version: '01.00.0000', status: 'ACTIVATED' }
    ])
    expect(emu.state.get('prod')?.design.peakPending).toBe(1)
    // The second request met the limit at least once (a 429 counts as a request, not as a mutation).
    const { requests, mutations } = emu.counters.snapshot()
    expect(mutations[UPDATE_ROUTE]).toBe(2)
    expect(requests[UPDATE_ROUTE]).toBeGreaterThan(2)
  })
})

describe('many integrations against the emulator (issue 21)', () => {
  it('activates all of them 10 at a time under a limit of 10 in flight: never refused, ≤ 3 status reads each', async () => {
    const big = await startEmulator({
      instances: promotionSeed({ integrations: 40, connections: 10, payloadBytes: 100 }).instances,
      switches: { activationConcurrencyLimit: 10, activationDelayMs: 4000, activationConfiguredPolls: 0 }
    })
    try {
      const client = await clientFor(big, PROMOTION.from)
      const refs = integrationCodes(40).map(code => ({ code, version: VERSION }))
      const lines: string[] = []
      const out = await activateIntegrations(
        client,
        PROMOTION.project,
        refs,
        600_000,
        {
          sleep: async ms => big.clock.advance(ms),
          now: () => big.clock.now(),
          log: line => void lines.push(line)
        },
        { concurrency: 10 }
      )
      expect(out.filter(o => o.status !== 'ACTIVATED')).toEqual([])
      // Counted until its end, an activation holds its slot as long as the instance counts it: no 429 at all.
      expect(big.counters.snapshot().requests[UPDATE_ROUTE]).toBe(40)
      const listed = await client.json<{ items: Array<{ status: string }> }>({
        method: 'GET',
        path: `/ic/api/integration/v1/projects/${PROMOTION.project}/integrations`,
        query: { limit: 100 },
        label: 'list'
      })
      expect(listed.body.items.map(i => i.status)).toEqual(Array(40).fill('ACTIVATED'))
      expect(big.state.get(PROMOTION.from)?.design.peakPending).toBe(10)
      expect(lines.filter(l => l.startsWith('The instance refused'))).toHaveLength(0)
      const requests = big.counters.snapshot().requests
      // The list read above is the test's own.
      const reads = (requests[STATUS_ROUTE] ?? 0) + (requests[LIST_ROUTE] ?? 0) - 1
      expect(reads / 40).toBeLessThanOrEqual(3)
    } finally {
      await big.stop()
    }
  })

  it('settles lost activation answers by reading back while others run, sending none of them twice', async () => {
    const big = await startEmulator({
      instances: promotionSeed({ integrations: 12, connections: 3, payloadBytes: 100 }).instances,
      switches: {
        activationDelayMs: 2000,
        // The third and fifth activation requests take effect, then their answers are lost (502 from a gateway).
        faults: [
          {
            method: 'PATCH',
            path: '/integrations/',
            kind: 'status',
            status: 502,
            phase: 'after',
            skip: 2,
            times: 1
          },
          {
            method: 'PATCH',
            path: '/integrations/',
            kind: 'status',
            status: 502,
            phase: 'after',
            skip: 1,
            times: 1
          }
        ]
      }
    })
    try {
      const client = await clientFor(big, PROMOTION.from)
      const refs = integrationCodes(12).map(code => ({ code, version: VERSION }))
      const lines: string[] = []
      const out = await activateIntegrations(client, PROMOTION.project, refs, 600_000, {
        sleep: async ms => big.clock.advance(ms),
        now: () => big.clock.now(),
        log: line => void lines.push(line)
      })
      expect(out.map(o => o.status)).toEqual(Array(12).fill('ACTIVATED'))
      // The read-back meets K5's "not started yet" window (CONFIGURED), so each is watched; the status moves on
      // before UNCONFIRMED_POLLS reads, so neither is sent again.
      expect(lines.filter(l => /HTTP 502.*so it is watched before sending it again$/.test(l))).toHaveLength(2)
      expect(lines.join('\n')).not.toMatch(/sent once more/)
      // One request per integration: the lost ones were settled by their status, never sent again.
      expect(big.counters.snapshot().requests[UPDATE_ROUTE]).toBe(12)
    } finally {
      await big.stop()
    }
  })
})
