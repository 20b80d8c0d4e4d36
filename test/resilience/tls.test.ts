// Verify TLS with the emulator's own CA (fails without ca-certificate, works with it) and http:// for loopback only.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { createTlsMaterial } from '../../emulator/src/tls.js'
import { ACTION_NAMES } from '../../src/actions/registry.js'
import { workspace } from '../support/actions.js'
import { authenticateInputs, QUICK_JOBS, startEmulator, TEST_CLIENT, tokenFor } from '../support/emulator.js'
import {
  CONNECTION_SECRETS,
  expectNoLeaks,
  expectOneErrorLine,
  filesUnder,
  PROD_CONNECTIONS,
  type ActionName,
  type Workspace
} from '../support/resilience.js'
import { runStep, type StepResult } from '../support/runner.js'

let emu: Emulator
let ws: Workspace
let caFile = ''
let otherCa = ''
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS, https: true })
  ws = workspace()
  caFile = join(ws.RUNNER_TEMP, 'emulator-ca.pem')
  writeFileSync(caFile, emu.ca ?? '')
  writeFileSync(join(ws.GITHUB_WORKSPACE, 'prod.yaml'), PROD_CONNECTIONS)
  otherCa = (await createTlsMaterial()).ca
})
afterAll(() => emu.stop())

const TLS_FAILURE =
  /no response \((?:SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_SIGNATURE_FAILURE)\).*TLS verification failed: give the PEM of your private CA or TLS-inspecting proxy in ca-certificate$/

/** Inputs of each action on the HTTPS emulator; import-car imports what export-car wrote. */
async function inputsOf(action: ActionName): Promise<Record<string, string>> {
  const instance = action === 'import-car' || action === 'resubmit-errors' ? 'prod' : 'dev'
  const oic = { 'oic-url': emu.url, instance, 'access-token': await tokenFor(emu, instance), retries: '0' }
  switch (action) {
    case 'authenticate':
      return authenticateInputs(emu)
    case 'create-deployment':
      return { ...oic, project: 'SALES_ORDERS', deployment: 'TLS_R1', integrations: 'SO_CREATE_ORDER' }
    case 'export-car':
      return { ...oic, project: 'SALES_ORDERS', deployment: 'ORDERS_R1', path: 'tls/so.car' }
    case 'import-car':
      return { ...oic, path: 'tls/so.car', 'connections-file': 'prod.yaml', activate: 'ORDERS_R1' }
    case 'test-connections':
      return { ...oic, project: 'SALES_ORDERS' }
    case 'resubmit-errors':
      return { ...oic, project: 'SALES_ORDERS', 'max-instances': '3', wait: 'false' }
  }
}

interface TlsRun {
  step: StepResult
  token: string
}

const run = async (action: ActionName, extra: Record<string, string>): Promise<TlsRun> => {
  const inputs = { ...(await inputsOf(action)), ...extra }
  const result = await runStep(action, inputs, {
    env: { ...ws, ...CONNECTION_SECRETS },
    cwd: ws.GITHUB_WORKSPACE
  })
  return { step: result, token: inputs['access-token'] ?? '' }
}

const ACTIONS: readonly ActionName[] = ACTION_NAMES

describe('TLS with a private CA', () => {
  // In this order: export-car writes the archive import-car then reads.
  it.each(ACTIONS.map((a, i) => [a, i % 2 === 0 ? 'PEM text' : 'file path'] as const))(
    '%s with ca-certificate as %s: succeeds',
    async (action, form) => {
      const { step, token } = await run(action, {
        'ca-certificate': form === 'PEM text' ? (emu.ca ?? '') : caFile
      })
      expect({ exitCode: step.exitCode, errors: step.errors }).toEqual({ exitCode: 0, errors: [] })
      expectNoLeaks({ step, ws, token, filesBefore: [] }, [
        TEST_CLIENT.clientSecret,
        step.outputs['access-token'] ?? ''
      ])
    }
  )

  it.each(ACTIONS)(
    '%s without ca-certificate: one line pointing at ca-certificate, nothing changed',
    async action => {
      const filesBefore = filesUnder(ws)
      const before = emu.counters.totalMutations()
      const { step, token } = await run(action, {})
      expectOneErrorLine({ step, ws, token, filesBefore }, TLS_FAILURE)
      expect(emu.counters.totalMutations()).toBe(before)
      expect(filesUnder(ws)).toEqual(filesBefore)
    }
  )

  it.each([
    ['the CA of another server', () => otherCa, TLS_FAILURE],
    [
      'text that holds no certificate',
      () => 'not a certificate',
      /^Input 'ca-certificate' must be PEM text or the path of a PEM file; no file exists at 'not a certificate'\.$/
    ],
    [
      'a damaged certificate',
      () => '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      /^Input 'ca-certificate' holds a certificate that cannot be parsed: check its PEM text\.$/
    ]
  ])('test-connections with %s: one clear line', async (_case, ca, pattern) => {
    const filesBefore = filesUnder(ws)
    const { step, token } = await run('test-connections', { 'ca-certificate': ca() })
    expectOneErrorLine({ step, ws, token, filesBefore }, pattern)
  })
})

describe('plain http:// only for loopback hosts', () => {
  it.each([
    ['test-connections', 'oic-url', 'http://design.integration.us-phoenix-1.ocp.oraclecloud.com'],
    ['authenticate', 'token-url', 'http://idcs-0a1b.identity.oraclecloud.com'],
    ['export-car', 'oic-url', 'http://10.0.0.7:8080']
  ] as const)('%s refuses %s %s', async (action, input, url) => {
    const filesBefore = filesUnder(ws)
    const { step, token } = await run(action, { [input]: url })
    expectOneErrorLine(
      { step, ws, token, filesBefore },
      new RegExp(`^Input '${input}' must use https:// \\(plain http is allowed only for loopback hosts\\)`)
    )
  })
})
