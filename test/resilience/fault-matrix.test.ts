// Verify every action bundle under every fault class: the written-down outcome of each pair, no effect twice.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator, FaultRule } from '../../emulator/index.js'
import { QUICK_JOBS, startEmulator, TEST_CLIENT, testKeys } from '../support/emulator.js'
import { startScriptedOic, type HostileOic } from '../support/hostile-oic.js'
import { startServer, type HostileServer } from '../support/hostile-bounds.js'
import { ROOT } from '../support/runner.js'
import {
  expectNoLeaks,
  expectOneErrorLine,
  mutations,
  runScenario,
  SCENARIOS,
  type ActionName,
  type CaseOptions,
  type Scenario
} from '../support/resilience.js'

const FAULTS = [
  '429 + Retry-After',
  '502 after the effect',
  '503 after the effect',
  'reset mid-response',
  'request timeout',
  'truncated JSON',
  'HTML error page',
  'slow body',
  'token expires mid-run',
  '307 to another host',
  'JSON of another shape',
  'JSON answer over 64 MiB',
  'the same page forever'
] as const
type Fault = (typeof FAULTS)[number]

/**
 * `retried`: succeeds, a `Retry …` line shows the repeated request. `settled`: succeeds without repeating the
 * non-idempotent call, whose lost answer is settled by reading the state back (one warning). `unaffected`: succeeds
 * with no retry. A RegExp: fails with exactly one `::error::` line matching it.
 */
type Outcome = 'retried' | 'settled' | 'unaffected' | RegExp

const EXPIRED =
  /HTTP 401 Unauthorized: The access token has expired\. The access token expired \d+ s ago: run authenticate again right before this step$/
const redirected = (input: string, host: string): RegExp =>
  new RegExp(
    `HTTP 307: redirected to http://127\\.0\\.0\\.1:\\d+\\. ${host} not sent to another host: set ${input} to http://127\\.0\\.0\\.1:\\d+ if that is your`
  )
const REDIRECTED = redirected('oic-url', 'The token is')
/** A server that answers every request with a bare JSON string (issue 16: unexpected shapes end in one line). */
const SHAPE = /: the server answered the string "hello" where a JSON object was expected\.$/
/** A server answering every page with the same item and `hasMore: true`: the walk stops at its second page. */
const repeated = (what: string): RegExp =>
  new RegExp(
    `${what}: the server answered page 2 \\(offset 1\\) with only items it had already sent and announced more \\(it ignores 'offset' or repeats itself\\); stopped after 2 requests\\.$`
  )
/** A server whose every answer announces 65 MiB of JSON (issue 16: the size bound, refused before reading). */
const OVERSIZED =
  /failed: no response \(RESPONSE_TOO_LARGE\): the server announced 65 MiB where a JSON answer was expected: the largest JSON answer read is 64 MiB$/

/** The same outcome for every action that talks to OIC (all but authenticate). */
const oicActions = (outcome: Outcome): Omit<Record<ActionName, Outcome>, 'authenticate'> => ({
  'create-deployment': outcome,
  'export-car': outcome,
  'import-car': outcome,
  'test-connections': outcome,
  'resubmit-errors': outcome
})
/** A lost answer: repeated where the request is safe to repeat, settled by reading back where it is not. */
const LOST_ANSWER: Record<ActionName, Outcome> = {
  authenticate: 'retried',
  'create-deployment': 'settled',
  'export-car': 'retried',
  'import-car': 'settled',
  'test-connections': 'retried',
  'resubmit-errors': 'settled'
}

/** The expected outcome of every (fault, action) pair. */
const MATRIX: Record<Fault, Record<ActionName, Outcome>> = {
  '429 + Retry-After': { authenticate: 'retried', ...oicActions('retried') },
  '502 after the effect': LOST_ANSWER,
  '503 after the effect': LOST_ANSWER,
  'reset mid-response': LOST_ANSWER,
  'request timeout': LOST_ANSWER,
  'truncated JSON': LOST_ANSWER,
  'HTML error page': LOST_ANSWER,
  'slow body': { authenticate: 'unaffected', ...oicActions('unaffected') },
  'token expires mid-run': {
    // authenticate's own credential that goes stale in flight is its signed assertion: the runner's clock is behind.
    authenticate: /invalid_grant .*assertion.*Check the user assertion: .*the runner's clock/,
    ...oicActions(EXPIRED)
  },
  '307 to another host': {
    authenticate: redirected('token-url', 'Credentials are'),
    ...oicActions(REDIRECTED)
  },
  'JSON of another shape': {
    authenticate:
      /^The identity domain at http:\/\/127\.0\.0\.1:\d+ answered the string "hello" where a token object \(\{access_token, expires_in\}\) was expected\.$/,
    ...oicActions(SHAPE)
  },
  'JSON answer over 64 MiB': { authenticate: OVERSIZED, ...oicActions(OVERSIZED) },
  'the same page forever': {
    // A collection is no token, and no archive: those two end on their own checks.
    authenticate: /^The identity domain at http:\/\/127\.0\.0\.1:\d+ answered without an access_token\.$/,
    'create-deployment': repeated('list integrations in SALES_ORDERS'),
    'export-car': /: OIC returned \d+ bytes that are not a zip archive \(expected a \.car\)\.$/,
    'import-car': repeated('list integrations in SALES_ORDERS'),
    'test-connections': repeated('list connections in SALES_ORDERS'),
    'resubmit-errors': repeated('list errored instances')
  }
}

let shapes: HostileOic
beforeAll(async () => {
  shapes = await startScriptedOic({ '*': { body: '"hello"' } })
})
afterAll(() => shapes.stop())
let oversized: HostileServer
beforeAll(async () => {
  oversized = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(65 * 1024 * 1024) })
    res.write('{"items":[')
  })
})
afterAll(() => oversized.stop())
let repeating: HostileOic
beforeAll(async () => {
  const page = {
    items: [{ id: 'R1', code: 'R1', status: 'CONFIGURED' }],
    hasMore: true,
    totalRecordsCount: 1e6
  }
  repeating = await startScriptedOic({ '*': { body: JSON.stringify(page) } })
})
afterAll(() => repeating.stop())

/** The faults (and inputs) that make `fault` happen to `s`'s target request. */
function inject(fault: Fault, s: Scenario, emu: Emulator): CaseOptions {
  const once = (rule: Omit<FaultRule, 'method' | 'path'>): FaultRule[] => [{ ...s.target, times: 1, ...rule }]
  switch (fault) {
    case '429 + Retry-After':
      return { faults: once({ kind: 'status', status: 429, retryAfter: 1 }) }
    case '502 after the effect':
      return { faults: once({ kind: 'status', status: 502, phase: 'after' }) }
    case '503 after the effect':
      return { faults: once({ kind: 'status', status: 503, phase: 'after' }) }
    case 'reset mid-response':
      return { faults: once({ kind: 'reset', phase: 'after' }) }
    case 'request timeout':
      return { faults: once({ kind: 'hang', phase: 'after' }), inputs: { 'request-timeout': '1' } }
    case 'truncated JSON':
      return { faults: [{ ...(s.jsonTarget ?? s.target), kind: 'truncate', times: 1 }] }
    case 'HTML error page':
      return { faults: once({ kind: 'html', phase: 'after' }) }
    case 'slow body':
      return { faults: once({ kind: 'slow-body', delayMs: 40 }), inputs: { 'request-timeout': '1' } }
    case 'token expires mid-run':
      if (s.action === 'authenticate') {
        emu.clock.advance(10 * 60_000)
        return {
          inputs: {
            'grant-type': 'jwt-bearer',
            username: TEST_CLIENT.username,
            'private-key': testKeys().privateKey,
            'key-id': TEST_CLIENT.keyId
          }
        }
      }
      return { tokenTtlSeconds: 2, faults: [{ ...s.target, kind: 'latency', delayMs: 2600 }] }
    case '307 to another host':
      return { url: emu.instanceUrl }
    case 'JSON of another shape':
      return { url: shapes.url }
    case 'JSON answer over 64 MiB':
      return { url: oversized.url }
    case 'the same page forever':
      return { url: repeating.url }
  }
}

const PAIRS = FAULTS.flatMap(fault =>
  (Object.keys(SCENARIOS) as ActionName[]).map(action => [fault, action, MATRIX[fault][action]] as const)
)

describe('fault matrix: every action bundle under every fault class', () => {
  it('covers every action of the suite and every fault kind the emulator declares', () => {
    // The actions: the folders under actions/, not the ActionName type this file and its harness are written against.
    const actions = readdirSync(join(ROOT, 'actions')).sort()
    expect(Object.keys(SCENARIOS).sort()).toEqual(actions)
    for (const fault of FAULTS) expect([fault, Object.keys(MATRIX[fault]).sort()]).toEqual([fault, actions])
    // The fault kinds: the union FaultRule['kind'] as emulator/src/switches.ts declares it; each one is injected by
    // at least one fault class of the matrix.
    const source = readFileSync(join(ROOT, 'emulator', 'src', 'switches.ts'), 'utf8')
    const declared = /^\s*kind: ('[a-z-]+'(?: \| '[a-z-]+')*)$/m.exec(source)?.[1]?.match(/[a-z-]+/g) ?? []
    expect(declared.length).toBeGreaterThan(0)
    const emu = {
      clock: { advance: () => undefined },
      instanceUrl: 'http://127.0.0.1:9'
    } as unknown as Emulator
    const injected = FAULTS.flatMap(fault =>
      Object.values(SCENARIOS).flatMap(s => (inject(fault, s, emu).faults ?? []).map(rule => rule.kind))
    )
    expect([...new Set(injected)].sort()).toEqual([...declared].sort())
  })

  it.each(PAIRS)('%s × %s', async (fault, action, outcome) => {
    const emu = await startEmulator({
      instances: 'demo',
      switches: { ...QUICK_JOBS, instanceHostRedirect: fault === '307 to another host' }
    })
    try {
      const scenario = SCENARIOS[action]
      const options = inject(fault, scenario, emu)
      const result = await runScenario(emu, scenario, options)
      const { step } = result
      const effects = mutations(emu)
      if (outcome instanceof RegExp) {
        expectOneErrorLine(result, outcome)
        for (const route of Object.keys(scenario.effects)) expect(effects[route] ?? 0).toBe(0)
      } else {
        expect({ exitCode: step.exitCode, errors: step.errors }).toEqual({ exitCode: 0, errors: [] })
        scenario.verify(step, result.ws)
        // Each effect happened exactly once per item, whatever the fault did to its answer.
        for (const [route, times] of Object.entries(scenario.effects))
          expect([route, effects[route]]).toEqual([route, times])
        const retryLine = /^Retry .+: attempt 1 of 4 failed: /m
        const lostLine = /^::warning::The answer to .* was lost /m
        if (outcome === 'retried') expect(step.stdout).toMatch(retryLine)
        if (outcome === 'settled') expect(step.stdout).toMatch(lostLine)
        if (outcome === 'unaffected') expect(step.stdout).not.toMatch(/^Retry |^::warning::The answer/m)
      }
      if (action === 'resubmit-errors') {
        const counts = [...emu.state.get('prod')!.monitoring.resubmitCounts().values()]
        expect(counts.every(n => n === 1)).toBe(true)
        expect(counts).toHaveLength(outcome instanceof RegExp ? 0 : 6)
      }
      if (fault === '307 to another host') {
        // Nothing, least of all the bearer token or client credentials, reached the host redirected to.
        expect(emu.counters.requestCount()).toBe(0)
      }
      const sentinels = action === 'authenticate' ? [TEST_CLIENT.clientSecret] : []
      expectNoLeaks(result, [...sentinels, step.outputs['access-token'] ?? ''])
    } finally {
      await emu.stop()
    }
  })
})
