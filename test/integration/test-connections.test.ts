// Verify test-connections against the emulator: pass/fail with the service's details, draft skipped or 409,
// locked as 412, the filter and its errors, fail-on, global connections, and a JUnit file that parses and matches.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import type { Emulator } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { run } from '../../src/actions/test-connections/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { startEmulator } from '../support/emulator.js'

const url = (v?: string) => [
  { propertyName: 'connectionUrl', propertyType: 'URL', ...(v ? { value: v } : {}) }
]
const QA: InstanceSeed = {
  name: 'qa',
  projects: [
    {
      code: 'P',
      name: 'P',
      connections: [
        {
          id: 'C_OK',
          name: 'ok',
          adapterType: 'rest',
          role: 'TARGET',
          properties: url('https://ok.example.com')
        },
        {
          id: 'C_FAIL',
          name: 'fail',
          adapterType: 'rest',
          role: 'TARGET',
          properties: url('https://bad.example.com'),
          health: { fail: 'Unable to connect to https://bad.example.com: 401 Unauthorized' }
        },
        { id: 'C_DRAFT', name: 'draft', adapterType: 'rest', role: 'TARGET', properties: url() },
        {
          id: 'C_LOCKED',
          name: 'locked',
          adapterType: 'rest',
          role: 'TARGET',
          properties: url('https://l.example.com'),
          locked: true
        }
      ],
      integrations: []
    }
  ],
  connections: [
    {
      id: 'G_OK',
      name: 'global',
      adapterType: 'rest',
      role: 'TARGET',
      properties: url('https://g.example.com')
    }
  ]
} as unknown as InstanceSeed

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ instances: [QA] })
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})
const go = (inputs: Record<string, string>, env: Record<string, string> = workspace()) =>
  runInProcess(run, inputs, { emu, instance: 'qa', env })

describe('test-connections', () => {
  it('tests configured connections, skips drafts, reports failures with details, and fails the step', async () => {
    const env = workspace()
    const host = await go({ project: 'P', 'junit-path': 'reports/junit.xml' }, env)
    const results = JSON.parse(host.outputs.results!) as Array<{
      id: string
      status: string
      details: string
      'duration-ms': number
    }>
    expect(results.map(r => [r.id, r.status])).toEqual([
      ['C_DRAFT', 'skipped'],
      ['C_FAIL', 'failed'],
      ['C_LOCKED', 'failed'],
      ['C_OK', 'passed']
    ])
    expect(results[1]?.details).toBe('Unable to connect to https://bad.example.com: 401 Unauthorized')
    expect(results[2]?.details).toMatch(/^locked \(412\): someone has it open in the OIC designer/)
    expect(results.every(r => typeof r['duration-ms'] === 'number')).toBe(true)
    expect([host.outputs.passed, host.outputs.failed, host.outputs.skipped]).toEqual(['1', '2', '1'])
    expect(host.failed?.message).toBe(
      '2 of 4 connection test(s) failed: C_FAIL, C_LOCKED (fail-on: failure).'
    )
    expect(host.logs.filter(l => l.level === 'error')).toHaveLength(2)

    const xml = readFileSync(host.outputs['junit-path']!, 'utf8')
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
    const suite = doc.testsuites.testsuite
    expect([suite.tests, suite.failures, suite.skipped]).toEqual(['4', '2', '1'])
    const cases = suite.testcase as Array<Record<string, unknown>>
    expect(cases.map(c => c.name)).toEqual(results.map(r => r.id))
    expect((cases[1]!.failure as Record<string, string>)['#text']).toBe(results[1]!.details)
    expect(cases[0]!.skipped).toBeDefined()
    expect(cases[3]!.failure).toBeUndefined()
  })

  it.each([400, 500] as const)(
    'reports a failed test answered as HTTP %i like a 200 with FAILED (contract K11)',
    async status => {
      emu.switches.connectionTestFailureStatus = status
      try {
        const host = await go({ project: 'P', connections: 'C_FAIL, C_OK' })
        const results = JSON.parse(host.outputs.results!) as Array<{
          id: string
          status: string
          details: string
        }>
        expect(results.map(r => [r.id, r.status])).toEqual([
          ['C_FAIL', 'failed'],
          ['C_OK', 'passed']
        ])
        expect(results[0]?.details).toMatch(
          new RegExp(`HTTP ${status}.*Unable to connect to https://bad\\.example\\.com`)
        )
        expect(host.failed?.message).toBe('1 of 2 connection test(s) failed: C_FAIL (fail-on: failure).')
      } finally {
        emu.switches.connectionTestFailureStatus = 200
      }
    }
  )

  it('tests drafts when asked (409 reported as not configured) and never fails with fail-on: never', async () => {
    const host = await go({
      project: 'P',
      connections: 'C_DRAFT',
      'include-unconfigured': 'true',
      'fail-on': 'never'
    })
    expect(host.failed).toBeUndefined()
    expect(JSON.parse(host.outputs.results!)[0]).toMatchObject({
      id: 'C_DRAFT',
      status: 'failed',
      details: expect.stringMatching(/^not configured \(409\)/)
    })
  })

  it('tests global connections when no project is given', async () => {
    const host = await go({})
    expect(host.failed).toBeUndefined()
    expect(JSON.parse(host.outputs.results!).map((r: { id: string }) => r.id)).toEqual(['G_OK'])
  })

  it.each([
    [
      'unknown connection ids',
      { project: 'P', connections: 'C_OK, NOPE, ALSO_NOPE' },
      /^Input 'connections' names connections not in project P: NOPE, ALSO_NOPE \(there: C_DRAFT, C_FAIL, C_LOCKED, C_OK\)\.$/
    ],
    ['an unknown project', { project: 'NOPE' }, /^Project 'NOPE' does not exist on the target/],
    [
      'a concurrency out of range',
      { concurrency: '0' },
      /^Input 'concurrency' must be a whole number from 1 to 64, got '0'\.$/
    ],
    [
      'a bad fail-on',
      { 'fail-on': 'always' },
      /^Input 'fail-on' must be one of failure, never, got 'always'\.$/
    ],
    [
      'a junit path outside the workspace',
      { 'junit-path': '/tmp/../etc/junit.xml' },
      /^Input 'junit-path' must stay inside the workspace or runner temp/
    ]
  ])('fails with one line on %s', async (_n, inputs, pattern) => {
    const host = await go(inputs)
    expect(host.failed?.message).toMatch(pattern)
  })

  it('stops on a token the service refuses instead of failing every test', async () => {
    const host = await go({ project: 'P' })
    expect(host.failed).toBeDefined()
    const viewer = await runInProcess(run, { project: 'P' }, { emu, instance: 'qa', client: 'viewer-client' })
    expect(viewer.failed?.message).toMatch(/HTTP 403 Forbidden.*assign ServiceDeveloper/)
    expect(viewer.outputs.results).toBeUndefined()
  })
})
