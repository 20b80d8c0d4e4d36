// Verify security policies per adapter: securityPolicyInfo lists what the adapter offers with each policy's
// properties, and an update that changes the policy is checked against the chosen policy's properties.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Emulator, Switches } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { startEmulator } from '../support/emulator.js'
import { DesignClient, type ConnectionJson, type ProjectJson } from '../support/emulator-design.js'

interface PolicyInfo {
  securityPolicy: string
  scope: string
  securityProperties: Array<{ propertyName: string; propertyType: string; requiredFlag: boolean }>
}

const P = '/projects/ORDERS/connections'

function instance(extra: Partial<InstanceSeed> = {}): InstanceSeed {
  return {
    name: 'dev',
    projects: [
      {
        code: 'ORDERS',
        connections: [
          {
            id: 'CRM',
            name: 'CRM REST',
            role: 'TARGET',
            securityPolicy: 'BASIC_AUTH',
            properties: [
              { propertyName: 'connectionUrl', propertyType: 'URL', value: 'https://crm.dev.example.com' }
            ],
            securityProperties: [
              { propertyName: 'username', value: 'dev' },
              { propertyName: 'password', propertyType: 'PASSWORD', value: 'dev-secret' }
            ]
          }
        ]
      }
    ],
    ...extra
  }
}

let emu: Emulator
let dev: DesignClient
async function boot(switches: Partial<Switches> = {}, extra: Partial<InstanceSeed> = {}): Promise<void> {
  emu = await startEmulator({ instances: [instance(extra)], switches })
  dev = await DesignClient.for(emu, 'dev')
}
afterEach(async () => {
  await emu.stop()
})

const policyInfo = async (): Promise<PolicyInfo[]> =>
  (await dev.get<ConnectionJson & { securityPolicyInfo: PolicyInfo[] }>(`${P}/CRM`)).body.securityPolicyInfo
const names = (info: PolicyInfo[], policy: string): string[] =>
  info.find(p => p.securityPolicy === policy)?.securityProperties.map(p => p.propertyName) ?? []
const props = (values: Record<string, string>): Array<Record<string, string>> =>
  Object.entries(values).map(([propertyName, propertyValue]) => ({ propertyName, propertyValue }))

describe('securityPolicyInfo', () => {
  it("lists the REST adapter's invoke policies (REST adapter guide ch. 3), the current one first", async () => {
    await boot()
    const info = await policyInfo()
    expect(info.map(p => p.securityPolicy)).toEqual([
      'BASIC_AUTH',
      'AWS_SIGNATURE_VERSION4',
      'OAUTH_CLIENT_CREDENTIALS',
      'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS',
      'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
      'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
      'OAUTH_CUSTOM_TWO_LEGGED_FLOW',
      'API_KEY_AUTHENTICATION',
      'OAUTH_ONE_TOKEN_BASED',
      'OCI_SIGNATURE_VERSION1',
      'NONE'
    ])
    expect(info.every(p => p.scope === 'TARGET')).toBe(true)
    expect(names(info, 'OAUTH_AUTHORIZATION_CODE_CREDENTIALS')).toEqual([
      'oauth.client.id',
      'oauth.client.secret',
      'oauth.auth.code.uri',
      'oauth.access.token.uri',
      'oauth.scope',
      'clientAuthentication'
    ])
    expect(names(info, 'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS')).toContain('oauth.access.token.uri')
    expect(names(info, 'API_KEY_AUTHENTICATION')).toEqual(['accessToken', 'accessTokenUsage'])
    expect(names(info, 'OCI_SIGNATURE_VERSION1')).toEqual([
      'TenancyOCID',
      'UserOCID',
      'FingerPrint',
      'PrivateKey',
      'PassPhrase'
    ])
    expect(names(info, 'NONE')).toEqual([])
    const secret = info
      .find(p => p.securityPolicy === 'OAUTH_AUTHORIZATION_CODE_CREDENTIALS')
      ?.securityProperties.find(p => p.propertyName === 'oauth.client.secret')
    expect(secret).toMatchObject({ propertyType: 'PASSWORD', requiredFlag: true })
  })

  it("uses Oracle's OAUTH_CLIENT_CREDENTIALS names by default, the older ones with policyPropertyNames: legacy", async () => {
    await boot()
    expect(names(await policyInfo(), 'OAUTH_CLIENT_CREDENTIALS')).toEqual([
      'oauth.client.id',
      'oauth.client.secret',
      'oauth.access.token.uri',
      'oauth.scope',
      'oauth.request.content.type',
      'clientAuthentication'
    ])
    await emu.stop()
    await boot({ policyPropertyNames: 'legacy' })
    expect(names(await policyInfo(), 'OAUTH_CLIENT_CREDENTIALS')).toEqual([
      'clientId',
      'clientSecret',
      'accessTokenUri'
    ])
  })

  it("takes an adapter's policies from the seed's securityPolicies when given", async () => {
    await boot(
      {},
      {
        securityPolicies: {
          rest: [
            {
              policy: 'BASIC_AUTH',
              properties: [{ propertyName: 'username' }, { propertyName: 'password' }]
            },
            { policy: 'CUSTOM_TOKEN', properties: [{ propertyName: 'token', propertyType: 'PASSWORD' }] }
          ]
        }
      }
    )
    const info = await policyInfo()
    expect(info.map(p => p.securityPolicy)).toEqual(['BASIC_AUTH', 'CUSTOM_TOKEN'])
    const res = await dev.patch<ConnectionJson>(`${P}/CRM`, {
      securityPolicy: 'CUSTOM_TOKEN',
      securityProperties: props({ token: 't0k3n' })
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ securityPolicy: 'CUSTOM_TOKEN', status: 'CONFIGURED' })
  })
})

describe('changing the policy with an update', () => {
  it('applies the new policy and checks the properties against it in the same request', async () => {
    await boot({ policyPropertyNames: 'legacy' })
    const res = await dev.patch<ConnectionJson>(`${P}/CRM`, {
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      securityProperties: props({
        clientId: 'crm-prod',
        clientSecret: 's3cret',
        accessTokenUri: 'https://crm.example.com/oauth2/token'
      })
    })
    expect(res.status).toBe(200)
    expect(res.body.securityPolicy).toBe('OAUTH_CLIENT_CREDENTIALS')
    expect(res.body.status).toBe('CONFIGURED')
    expect(res.body.securityProperties.map(p => p.propertyName)).toEqual([
      'clientId',
      'clientSecret',
      'accessTokenUri'
    ])
    // PASSWORD values are never returned; the old policy's values did not carry over.
    expect(res.body.securityProperties.find(p => p.propertyName === 'clientSecret')).not.toHaveProperty(
      'propertyValue'
    )
  })

  it('refuses a property of the old policy, naming the chosen one and its properties (400)', async () => {
    await boot({ policyPropertyNames: 'oracle' })
    const res = await dev.patch(`${P}/CRM`, {
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      securityProperties: props({ username: 'dev', 'oauth.client.id': 'x' })
    })
    expect(res.status).toBe(400)
    expect(res.body.title).toContain(
      "Security policy OAUTH_CLIENT_CREDENTIALS of connection CRM has no security property 'username'"
    )
    expect(res.body.title).toContain('oauth.client.id')
    // Nothing was applied.
    expect((await dev.get<ConnectionJson>(`${P}/CRM`)).body.securityPolicy).toBe('BASIC_AUTH')
  })

  it("refuses the new policy's properties without the policy (checked against the current one)", async () => {
    await boot()
    const res = await dev.patch(`${P}/CRM`, { securityProperties: props({ clientId: 'crm' }) })
    expect(res.status).toBe(400)
    expect(res.body.title).toContain('Security policy BASIC_AUTH of connection CRM')
  })

  it('refuses a policy the adapter does not offer, listing those it does (400)', async () => {
    await boot()
    const res = await dev.patch(`${P}/CRM`, { securityPolicy: 'USERNAME_PASSWORD_TOKEN' })
    expect(res.status).toBe(400)
    expect(res.body.title).toContain('not offered by the rest adapter')
    expect(res.body.title).toContain('OAUTH_CLIENT_CREDENTIALS')
  })

  it('leaves a connection on a new policy without values a draft until they come', async () => {
    await boot()
    const res = await dev.patch<ConnectionJson>(`${P}/CRM`, { securityPolicy: 'API_KEY_AUTHENTICATION' })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('INPROGRESS')
    const done = await dev.patch<ConnectionJson>(`${P}/CRM`, {
      securityProperties: props({ accessToken: 'k' })
    })
    expect(done.body.status).toBe('CONFIGURED')
    const none = await dev.patch<ConnectionJson>(`${P}/CRM`, { securityPolicy: 'NONE' })
    expect(none.body).toMatchObject({ securityPolicy: 'NONE', status: 'CONFIGURED', securityProperties: [] })
  })

  it('with policyChange: separate, wants the policy first and its properties in a second update', async () => {
    await boot({ policyChange: 'separate' })
    const both = await dev.patch(`${P}/CRM`, {
      securityPolicy: 'API_KEY_AUTHENTICATION',
      securityProperties: props({ accessToken: 'k' })
    })
    expect(both.status).toBe(400)
    expect(both.body.title).toContain('first, then send its security properties in a second update')
    expect((await dev.patch(`${P}/CRM`, { securityPolicy: 'API_KEY_AUTHENTICATION' })).status).toBe(200)
    expect((await dev.patch(`${P}/CRM`, { securityProperties: props({ accessToken: 'k' }) })).status).toBe(
      200
    )
  })
})

describe('imported connections', () => {
  it("get their policy's properties from the catalogue (Oracle names with policyPropertyNames: oracle)", async () => {
    await boot({ policyPropertyNames: 'oracle' }, {})
    await dev.patch(`${P}/CRM`, {
      securityPolicy: 'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS',
      securityProperties: props({
        'oauth.client.id': 'c',
        'oauth.client.secret': 's',
        username: 'u',
        password: 'p'
      })
    })
    const car = await dev.exportCar('ORDERS')
    const prod = await DesignClient.for(emu, 'dev')
    expect((await prod.del('/projects/ORDERS')).status).toBe(200)
    const imported = await prod.upload<ProjectJson>('/projects/archive', car)
    expect(imported.status).toBe(200)
    const crm = (await prod.get<ConnectionJson>(`${P}/CRM`)).body
    expect(crm).toMatchObject({
      securityPolicy: 'OAUTH_RESOURCE_OWNER_PASSWORD_CREDENTIALS',
      status: 'INPROGRESS'
    })
    expect(crm.securityProperties.map(p => p.propertyName)).toContain('oauth.client.id')
    expect(crm.securityProperties.every(p => p.propertyValue === undefined)).toBe(true)
  })
})
