// Verify issue 18 items 1-2 on the emulator: a project promoted from dev, where its REST connection uses Basic, to
// prod on OAuth client credentials ends with the prod connection on the new policy and its test passing (with either
// reading of a policy change, switch policyChange); a three-legged OAuth connection is reported in needs-consent and
// the integration using it is not activated; a name the chosen policy does not offer fails at its line.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Emulator, Switches } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { run } from '../../src/actions/import-car/index.js'
import { run as testConnections } from '../../src/actions/test-connections/index.js'
import { getConnection } from '../../src/core/oic/connections.js'
import { getActivationStatus } from '../../src/core/oic/integrations.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { clientFor, QUICK_JOBS, startEmulator } from '../support/emulator.js'
import { basicRestConnection } from '../support/emulator-design.js'
import { exportTo } from '../support/promotion.js'

const P = 'PX_ORDERS'
const V = '01.00.0000'

/** dev: both REST connections on Basic; prod: no project, the CRM test passes only on the prod OAuth client. */
function instances(): InstanceSeed[] {
  const basic = basicRestConnection
  return [
    {
      name: 'dev',
      projects: [
        {
          code: P,
          connections: [
            basic('PX_CRM', 'https://crm.dev.example.com/api'),
            basic('PX_DRIVE', 'https://drive.dev.example.com/api')
          ],
          integrations: [
            { code: 'PX_SYNC', version: V, connections: ['PX_CRM'] },
            { code: 'PX_FILES', version: V, connections: ['PX_DRIVE'] }
          ]
        }
      ]
    },
    {
      name: 'prod',
      connectionHealth: {
        PX_CRM: { expect: { securityPolicy: 'OAUTH_CLIENT_CREDENTIALS', 'oauth.client.id': 'prod-client' } }
      }
    }
  ]
}

const PROD_FILE = (clientIdName: string): string =>
  [
    'connections:',
    '  PX_CRM:',
    '    properties:',
    '      connectionUrl: https://crm.example.com/api',
    '    security-policy: OAUTH_CLIENT_CREDENTIALS',
    '    security-properties:',
    `      ${clientIdName}: prod-client`,
    '      oauth.client.secret: ${CRM_CLIENT_SECRET}',
    '      oauth.access.token.uri: https://idcs.example.com/oauth2/v1/token',
    '  PX_DRIVE:',
    '    properties:',
    '      connectionUrl: https://drive.example.com/api',
    '    security-policy: OAUTH_CUSTOM_THREE_LEGGED_FLOW',
    '    security-properties:',
    '      authRequest: https://drive.example.com/authorize?client_id=oic&response_type=code',
    '      accessTokenRequest: -X POST https://drive.example.com/token -d grant_type=authorization_code',
    ''
  ].join('\n')

let emu: Emulator
afterEach(async () => {
  await emu.stop()
  clearSecrets()
})

/** Exports the project from dev and imports it into prod with `file`, activating everything. */
async function promote(switches: Partial<Switches>, file: string, inputs: Record<string, string> = {}) {
  emu = await startEmulator({
    instances: instances(),
    switches: { ...QUICK_JOBS, policyPropertyNames: 'oracle', ...switches }
  })
  const env = { ...workspace(), CRM_CLIENT_SECRET: 'sentinel-crm-prod-secret-18' }
  await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE, 'px.car'), undefined, P)
  writeFileSync(join(env.GITHUB_WORKSPACE, 'prod.yaml'), file)
  const host = await runInProcess(
    run,
    {
      path: 'px.car',
      'connections-file': 'prod.yaml',
      activate: 'all',
      'activation-timeout': '30',
      ...inputs
    },
    { emu, instance: 'prod', env }
  )
  return { host, env }
}

describe('import-car: policies change between environments, consent is named', () => {
  it.each(['same-request', 'separate'] as const)(
    'Basic in dev, OAuth client credentials in prod (policyChange %s): on the new policy and tested; the three-legged connection needs consent and its integration is not activated',
    async policyChange => {
      const { host, env } = await promote({ policyChange }, PROD_FILE('oauth.client.id'))
      expect(host.failed).toBeUndefined()
      const prod = await clientFor(emu, 'prod')
      try {
        const crm = await getConnection(prod, P, 'PX_CRM')
        expect(crm.securityPolicy).toBe('OAUTH_CLIENT_CREDENTIALS')
        expect(crm.status).toBe('CONFIGURED')
        expect(await getActivationStatus(prod, P, 'PX_SYNC', V)).toBe('ACTIVATED')
        expect(await getActivationStatus(prod, P, 'PX_FILES', V)).toBe('CONFIGURED')
      } finally {
        await prod.close()
      }
      const needs = JSON.parse(host.outputs['needs-consent'] ?? '[]') as Array<Record<string, unknown>>
      expect(needs).toEqual([
        {
          id: 'PX_DRIVE',
          securityPolicy: 'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
          console: `Projects > ${P} > Integrations > Connections > PX_DRIVE: Provide Consent, then Test and Save`,
          integrations: [`PX_FILES|${V}`]
        }
      ])
      const results = JSON.parse(host.outputs.results ?? '{}') as {
        activations: Array<Record<string, string>>
      }
      expect(results.activations.map(a => [a.code, a.status])).toEqual([
        ['PX_SYNC', 'ACTIVATED'],
        ['PX_FILES', 'SKIPPED']
      ])
      expect(host.summaries[0]?.status).toBe('warning')
      expect(JSON.stringify(host.logs)).not.toContain('sentinel-crm-prod-secret-18')

      // Tested: the connection's test passes only with the prod OAuth client (connectionHealth).
      const tested = await runInProcess(
        testConnections,
        { project: P, connections: 'PX_CRM' },
        { emu, instance: 'prod', env }
      )
      expect(tested.failed).toBeUndefined()
      expect(JSON.parse(tested.outputs.results ?? '[]')).toEqual([
        expect.objectContaining({ id: 'PX_CRM', status: 'passed' })
      ])
    }
  )

  it('activate-without-consent: true sends the activation, which the emulator fails for want of consent', async () => {
    const { host } = await promote({}, PROD_FILE('oauth.client.id'), { 'activate-without-consent': 'true' })
    expect(host.failed?.message).toMatch(
      /PX_FILES\|01\.00\.0000 \(FAILEDACTIVATION.*\).* — connection\(s\) PX_DRIVE need consent in the console \(see needs-consent\)\.$/
    )
    expect(JSON.parse(host.outputs['needs-consent'] ?? '[]')).toHaveLength(1)
  })

  it("a name the chosen policy does not offer fails at its line with the emulator's names; nothing is configured", async () => {
    const { host } = await promote({}, PROD_FILE('clientId'))
    expect(host.failed?.message).toBe(
      "prod.yaml:7: security policy OAUTH_CLIENT_CREDENTIALS of connection PX_CRM has no security property 'clientId' (it offers: oauth.client.id, oauth.client.secret, oauth.access.token.uri, oauth.scope, oauth.request.content.type, clientAuthentication)."
    )
    const prod = await clientFor(emu, 'prod')
    try {
      expect((await getConnection(prod, P, 'PX_CRM')).securityPolicy).toBe('BASIC_AUTH')
    } finally {
      await prod.close()
    }
  })
})
