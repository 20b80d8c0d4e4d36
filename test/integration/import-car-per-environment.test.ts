// Issue 18's "done when" in one promotion on the emulator: a project exported from dev (REST connections on Basic, a
// scheduled integration, a lookup) is imported into prod with one connections file that moves a connection to OAuth
// client credentials, moves another to a three-legged OAuth policy, uploads a trust certificate from a secret's
// content, sets the lookup's prod rows and defines the schedule. The dry run shows the certificate, the lookup and
// the schedule and changes nothing; the real run ends with the prod connection on the new policy and tested, the
// scheduled integration activated with its schedule started, the three-legged connection in needs-consent and its
// integration not activated.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { createTlsMaterial } from '../../emulator/src/tls.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { run } from '../../src/actions/import-car/index.js'
import { run as testConnections } from '../../src/actions/test-connections/index.js'
import { findCertificates } from '../../src/core/oic/certificates.js'
import { getConnection } from '../../src/core/oic/connections.js'
import { getLookup } from '../../src/core/oic/lookups.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { clientFor, QUICK_JOBS, startEmulator } from '../support/emulator.js'
import { basicRestConnection } from '../support/emulator-design.js'
import { exportTo } from '../support/promotion.js'

const P = 'ENV_ORDERS'
const V = '01.00.0000'
const SECRET = 'sentinel-oauth-secret-per-env-18'

function instances(): InstanceSeed[] {
  const basic = basicRestConnection
  return [
    {
      name: 'dev',
      projects: [
        {
          code: P,
          connections: [
            basic('ENV_CRM', 'https://crm.dev.example.com/api'),
            basic('ENV_DRIVE', 'https://drive.dev.example.com/api')
          ],
          integrations: [
            { code: 'ENV_SYNC', version: V, connections: ['ENV_CRM'], scheduled: true },
            { code: 'ENV_FILES', version: V, connections: ['ENV_DRIVE'] }
          ],
          lookups: [{ name: 'ENV_STATUS', columns: ['oic', 'erp'], rows: [['NEW', 'ENTERED']] }]
        }
      ]
    },
    {
      name: 'prod',
      connectionHealth: {
        ENV_CRM: { expect: { securityPolicy: 'OAUTH_CLIENT_CREDENTIALS', 'oauth.client.id': 'prod-client' } }
      }
    }
  ]
}

const FILE = `connections:
  ENV_CRM:
    properties:
      connectionUrl: https://crm.example.com/api
    security-policy: OAUTH_CLIENT_CREDENTIALS
    security-properties:
      oauth.client.id: prod-client
      oauth.client.secret: \${CRM_SECRET}
      oauth.access.token.uri: https://idcs.example.com/oauth2/v1/token
  ENV_DRIVE:
    properties:
      connectionUrl: https://drive.example.com/api
    security-policy: OAUTH_CUSTOM_THREE_LEGGED_FLOW
    security-properties:
      authRequest: https://drive.example.com/authorize?client_id=oic&response_type=code
      accessTokenRequest: -X POST https://drive.example.com/token -d grant_type=authorization_code
certificates:
  ENV_PARTNER_CA:
    type: X509
    category: TRUST
    file: { from-env: PARTNER_CA_PEM }
lookups:
  ENV_STATUS:
    columns: [oic, erp]
    rows:
      - [NEW, ENTERED_PROD]
      - [SHIPPED, CLOSED]
schedules:
  ENV_SYNC:
    ical: FREQ=DAILY;BYHOUR=3;BYMINUTE=30;
    timezone: Europe/Paris
`

let emu: Emulator
let env: Record<string, string>

beforeAll(async () => {
  emu = await startEmulator({
    instances: instances(),
    switches: { ...QUICK_JOBS, policyPropertyNames: 'oracle' }
  })
  env = { ...workspace(), CRM_SECRET: SECRET, PARTNER_CA_PEM: (await createTlsMaterial()).ca }
  await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'env.car'), undefined, P)
  writeFileSync(join(env.GITHUB_WORKSPACE!, 'prod.yaml'), FILE)
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})

const promote = (inputs: Record<string, string> = {}) =>
  runInProcess(
    run,
    {
      path: 'env.car',
      'connections-file': 'prod.yaml',
      activate: 'all',
      'activation-timeout': '60',
      ...inputs
    },
    { emu, instance: 'prod', env }
  )
const integration = (code: string) =>
  emu.state.get('prod')?.design.projects.get(P)?.integrations.get(`${code}|${V}`)

describe('import-car: one promotion dev → prod with per-environment configuration', () => {
  it('dry run: shows the certificate, the lookup change and the schedule; changes nothing', async () => {
    const before = emu.counters.snapshot().mutations
    const host = await promote({ 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(emu.counters.snapshot().mutations).toEqual(before)
    const results = JSON.parse(host.outputs.results ?? '{}') as Record<string, Array<Record<string, unknown>>>
    expect(results.certificates).toEqual([
      expect.objectContaining({ alias: 'ENV_PARTNER_CA', result: 'planned' })
    ])
    expect(results.lookups).toEqual([
      expect.objectContaining({
        name: 'ENV_STATUS',
        against: 'archive',
        added: [['SHIPPED', 'CLOSED']],
        changed: [{ before: ['NEW', 'ENTERED'], after: ['NEW', 'ENTERED_PROD'] }],
        removed: []
      })
    ])
    expect(results.schedules).toEqual([expect.objectContaining({ code: 'ENV_SYNC' })])
    expect(JSON.stringify(host.summaries)).not.toContain(SECRET)
  })

  it('real run: new policy and tested, schedule started, consent named, certificate and lookup applied', async () => {
    const host = await promote()
    expect(host.failed).toBeUndefined()
    const prod = await clientFor(emu, 'prod')
    try {
      const crm = await getConnection(prod, P, 'ENV_CRM')
      expect([crm.securityPolicy, crm.status]).toEqual(['OAUTH_CLIENT_CREDENTIALS', 'CONFIGURED'])
      expect((await findCertificates(prod, 'ENV_PARTNER_CA')).map(c => c.name)).toEqual(['ENV_PARTNER_CA'])
      const lookup = await getLookup(prod, P, 'ENV_STATUS')
      expect(JSON.stringify(lookup)).toContain('ENTERED_PROD')
    } finally {
      await prod.close()
    }
    expect(integration('ENV_SYNC')?.status).toBe('ACTIVATED')
    expect(integration('ENV_SYNC')?.schedule).toMatchObject({
      state: 'ACTIVE',
      icalExpression: 'FREQ=DAILY;BYHOUR=3;BYMINUTE=30;'
    })
    expect(integration('ENV_FILES')?.status).not.toBe('ACTIVATED')
    expect(JSON.parse(host.outputs['needs-consent'] ?? '[]')).toEqual([
      expect.objectContaining({ id: 'ENV_DRIVE', integrations: [`ENV_FILES|${V}`] })
    ])
    expect(JSON.stringify(host.logs)).not.toContain(SECRET)
    expect(JSON.stringify(host.outputs)).not.toContain(SECRET)

    const tested = await runInProcess(
      testConnections,
      { project: P, connections: 'ENV_CRM' },
      { emu, instance: 'prod', env }
    )
    expect(tested.failed).toBeUndefined()
    expect(JSON.parse(tested.outputs.results ?? '[]')).toEqual([
      expect.objectContaining({ id: 'ENV_CRM', status: 'passed' })
    ])
  })
})
