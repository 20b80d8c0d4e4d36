// Verify the OIC actions show no access token, github-token or ${VAR} secret on success and file failures.
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { QUICK_JOBS, startEmulator, tokenFor } from '../support/emulator.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { exportTo } from '../support/promotion.js'
import {
  CONNECTION_SECRETS,
  expectSecretsClean,
  PROD_CONNECTIONS,
  type Workspace
} from '../support/resilience.js'
import { workspace } from '../support/actions.js'
import { runStep, type StepResult } from '../support/runner.js'

let emu: Emulator
let gh: FakeGitHub
const GITHUB_TOKEN = 'ghs_sentinelGithubToken0c5e7a'
const ALL_CONNECTION_SECRETS = Object.values(CONNECTION_SECRETS)

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  gh = await startFakeGitHub()
})
afterAll(async () => {
  await emu.stop()
  await gh.stop()
})

async function step(
  action: string,
  instance: 'dev' | 'prod',
  inputs: Record<string, string>,
  ws: Workspace = workspace(),
  env: Record<string, string> = {}
): Promise<{ step: StepResult; token: string; ws: Workspace }> {
  const token = await tokenFor(emu, instance)
  const result = await runStep(
    action,
    { 'oic-url': emu.url, instance, 'access-token': token, ...inputs },
    { env: { ...ws, ...env }, cwd: ws.GITHUB_WORKSPACE }
  )
  return { step: result, token, ws }
}

describe('OIC actions: secret hygiene on success paths', () => {
  it('export-car uploads, import-car downloads it from another run with a github-token and resolves ${VAR} secrets', async () => {
    const exported = await step(
      'export-car',
      'dev',
      { project: 'SALES_ORDERS', deployment: 'ORDERS_R1' },
      workspace(),
      gh.envFor(5001)
    )
    expect(exported.step.exitCode).toBe(0)
    expectSecretsClean(exported.step, [exported.token])

    const ws = workspace()
    writeFileSync(join(ws.GITHUB_WORKSPACE, 'prod.yaml'), PROD_CONNECTIONS)
    const imported = await step(
      'import-car',
      'prod',
      {
        'artifact-name': 'SALES_ORDERS-ORDERS_R1-car',
        'artifact-run-id': '5001',
        'github-token': GITHUB_TOKEN,
        'connections-file': 'prod.yaml',
        activate: 'ORDERS_R1'
      },
      ws,
      { ...gh.envFor(5002), ...CONNECTION_SECRETS }
    )
    expect(imported.step.errors).toEqual([])
    expect(imported.step.outputs.result).toBe('imported')
    expectSecretsClean(imported.step, [imported.token, GITHUB_TOKEN, ...ALL_CONNECTION_SECRETS])
  })

  it('create-deployment, test-connections (with its JUnit file) and resubmit-errors', async () => {
    const created = await step('create-deployment', 'dev', {
      project: 'SALES_ORDERS',
      deployment: 'SECRETS_R1',
      integrations: '*'
    })
    expect(created.step.exitCode).toBe(0)
    expectSecretsClean(created.step, [created.token])

    const tested = await step('test-connections', 'dev', {
      project: 'SALES_ORDERS',
      'junit-path': 'junit.xml'
    })
    expect(tested.step.exitCode).toBe(0)
    expectSecretsClean(tested.step, [tested.token], {
      files: [join(tested.ws.GITHUB_WORKSPACE, 'junit.xml')]
    })

    const resubmitted = await step('resubmit-errors', 'prod', { 'max-instances': '3', wait: 'false' })
    expect(resubmitted.step.exitCode).toBe(0)
    expectSecretsClean(resubmitted.step, [resubmitted.token])
  })
})

describe('import-car: a connections file that fails on a line holding a secret', () => {
  let car = ''
  beforeAll(async () => {
    car = join(workspace().GITHUB_WORKSPACE, 'so.car')
    await exportTo(emu, 'dev', car)
  })
  const withFiles = (yaml: string): Workspace => {
    const ws = workspace()
    writeFileSync(join(ws.GITHUB_WORKSPACE, 'prod.yaml'), yaml)
    copyFileSync(car, join(ws.GITHUB_WORKSPACE, 'so.car'))
    return ws
  }
  const importWith = (yaml: string, env: Record<string, string> = {}) =>
    step('import-car', 'prod', { path: 'so.car', 'connections-file': 'prod.yaml' }, withFiles(yaml), env)

  it.each([
    [
      'an unknown property set from ${VAR}',
      PROD_CONNECTIONS.replace('password: ${ERP_PASSWORD}', 'passwrd: ${ERP_PASSWORD}'),
      /^prod\.yaml:7: security policy USERNAME_PASSWORD_TOKEN of connection SO_ERP_CLOUD has no security property 'passwrd' \(it offers: /,
      ALL_CONNECTION_SECRETS
    ],
    [
      'a missing ${VAR} after a resolved one',
      PROD_CONNECTIONS.replace('${CRM_CLIENT_SECRET}', '${CRM_SECRET_TYPO}'),
      /^prod\.yaml:13: \$\{CRM_SECRET_TYPO\} is not set in the environment: add CRM_SECRET_TYPO under the step's env:/,
      [CONNECTION_SECRETS.ERP_PASSWORD]
    ],
    [
      'a connection the archive does not hold',
      PROD_CONNECTIONS.replace('SO_CRM_REST:', 'SO_CRM_RESTX:'),
      /^prod\.yaml:8: connection SO_CRM_RESTX is neither in the archive nor in the target/,
      ALL_CONNECTION_SECRETS
    ]
  ])(
    '%s: one line naming the file and line, every secret masked and absent',
    async (_case, yaml, pattern, read) => {
      const { step: result, token } = await importWith(yaml, CONNECTION_SECRETS)
      expect(result.errors).toEqual([expect.stringMatching(pattern)])
      expect(result.errorLines[0]).toMatch(/^::error file=prod\.yaml,line=\d+::/)
      expectSecretsClean(result, [token, ...read])
    }
  )

  it('a YAML syntax error on the line of a literal secret: the line number, never the value', async () => {
    const literal = 'sentinel-literal-password-2e8f'
    const { step: result } = await importWith(PROD_CONNECTIONS.replace('${ERP_PASSWORD}', `"${literal}`))
    expect(result.errors).toEqual([expect.stringMatching(/^prod\.yaml:\d+: invalid YAML: /)])
    expect(result.stdout + result.summary + result.outputFile).not.toContain(literal.slice(9))
  })
})
