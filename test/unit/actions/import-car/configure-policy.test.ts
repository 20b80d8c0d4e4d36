// Verify a connection can change security policy between environments (issue 18 item 1): security properties are
// checked against the properties the target offers for the **chosen** policy (securityPolicyInfo, shaped as
// test/fixtures/oracle/connection-get-*.json), a name that policy does not offer is an error at its line listing
// what it offers, and a policy change is sent first, then the policy with its properties.
import { describe, expect, it } from '@jest/globals'
import {
  applyConnections,
  buildUpdate,
  readTargets,
  updatesFor
} from '../../../../src/actions/import-car/configure.js'
import type { ConnectionSettings } from '../../../../src/actions/import-car/connections-file.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import type { Connection } from '../../../../src/core/oic/connections.js'
import type { TargetConnection } from './fake-target.js'
import { existing, importCar, P, setup, targetClient, writes } from './harness.js'

const at = (line: number) => ({ file: 'prod.yaml', line })
const prop = (propertyName: string, propertyType = 'STRING') => ({
  propertyName,
  propertyType,
  propertyGroup: 'CREDENTIALS',
  requiredFlag: true
})
const BASIC = [prop('username'), prop('password', 'PASSWORD')]
const OAUTH_CC = [
  prop('oauth.client.id'),
  prop('oauth.client.secret', 'PASSWORD'),
  prop('oauth.access.token.uri')
]

/** A REST connection on Basic, as GET answers it: its own policy first in securityPolicyInfo, then the others. */
const basicRest = (): Connection => ({
  id: 'ERP_REST',
  securityPolicy: 'BASIC_AUTH',
  connectionProperties: [
    { propertyName: 'connectionUrl', propertyType: 'URL', propertyGroup: 'CONNECTION_PROPS' }
  ],
  securityProperties: BASIC,
  securityPolicyInfo: [
    { scope: 'TARGET', securityPolicy: 'BASIC_AUTH', securityProperties: BASIC },
    { scope: 'TARGET', securityPolicy: 'OAUTH_CLIENT_CREDENTIALS', securityProperties: OAUTH_CC },
    { scope: 'TARGET', securityPolicy: 'NONE', securityProperties: [] }
  ]
})

const toOauth = (over: Partial<ConnectionSettings> = {}): ConnectionSettings => ({
  id: 'ERP_REST',
  location: at(2),
  properties: [],
  securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
  securityProperties: [
    { name: 'oauth.client.id', value: 'prod-client', location: at(5) },
    { name: 'oauth.client.secret', value: 'prod-secret', location: at(6) }
  ],
  attachments: [],
  ...over
})

function caught(f: () => unknown): ConfigurationError {
  try {
    f()
  } catch (error) {
    return error as ConfigurationError
  }
  throw new Error('expected an error')
}

describe('buildUpdate and updatesFor: the chosen policy', () => {
  it("takes the chosen policy's property types from securityPolicyInfo, not the current policy's", () => {
    expect(buildUpdate(toOauth(), basicRest())).toEqual({
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      securityProperties: [
        {
          propertyName: 'oauth.client.id',
          propertyValue: 'prod-client',
          propertyType: 'STRING',
          propertyGroup: 'CREDENTIALS'
        },
        {
          propertyName: 'oauth.client.secret',
          propertyValue: 'prod-secret',
          propertyType: 'PASSWORD',
          propertyGroup: 'CREDENTIALS'
        }
      ]
    })
  })

  it('a name the chosen policy does not offer is an error at its line listing what it offers', () => {
    const s = toOauth({
      securityProperties: [{ name: 'clientId', value: 'prod-client', location: at(5) }]
    })
    const error = caught(() => buildUpdate(s, basicRest()))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      "prod.yaml:5: security policy OAUTH_CLIENT_CREDENTIALS of connection ERP_REST has no security property 'clientId' (it offers: oauth.client.id, oauth.client.secret, oauth.access.token.uri)."
    )
    expect(error.location).toEqual(at(5))
    expect(error.fix).toMatch(
      /^Use one of: oauth\.client\.id, oauth\.client\.secret, oauth\.access\.token\.uri/
    )
    // The same name is fine for a policy that offers it: Basic's username on the Basic connection.
    const basic = toOauth({
      securityPolicy: undefined,
      securityProperties: [{ name: 'username', value: 'svc', location: at(5) }]
    })
    expect(buildUpdate(basic, basicRest()).securityProperties?.[0]?.propertyType).toBe('STRING')
    expect(() =>
      buildUpdate(
        { ...basic, securityProperties: [{ name: 'oauth.client.id', value: 'x', location: at(5) }] },
        basicRest()
      )
    ).toThrow(
      "prod.yaml:5: security policy BASIC_AUTH of connection ERP_REST has no security property 'oauth.client.id' (it offers: username, password)."
    )
  })

  it("a policy the adapter does not offer is an error at the connection's line, listing the policies", () => {
    const error = caught(() =>
      buildUpdate(toOauth({ securityPolicy: 'OAUTH_CLIENT_CREDENTIAL' }), basicRest())
    )
    expect(error.message).toBe(
      "prod.yaml:2: connection ERP_REST cannot use security policy 'OAUTH_CLIENT_CREDENTIAL': its adapter offers BASIC_AUTH, OAUTH_CLIENT_CREDENTIALS, NONE."
    )
    expect(error.location).toEqual(at(2))
    // Even without security properties (a move to another policy alone).
    expect(() =>
      buildUpdate(toOauth({ securityPolicy: 'OAUTH_NOPE', securityProperties: [] }), basicRest())
    ).toThrow(/cannot use security policy 'OAUTH_NOPE'/)
  })

  it('without securityPolicyInfo (an older answer), another policy is sent with the names as written', () => {
    const { securityPolicyInfo: _dropped, ...bare } = basicRest()
    const update = buildUpdate(
      toOauth({ securityProperties: [{ name: 'clientId', value: 'c', location: at(5) }] }),
      bare
    )
    expect(update.securityProperties).toEqual([
      { propertyName: 'clientId', propertyValue: 'c', propertyType: undefined, propertyGroup: undefined }
    ])
    // The current policy is still checked against the connection's own properties.
    expect(() =>
      buildUpdate(
        toOauth({
          securityPolicy: 'BASIC_AUTH',
          securityProperties: [{ name: 'passwd', value: 'x', location: at(5) }]
        }),
        bare
      )
    ).toThrow(/has no security property 'passwd' \(it offers: username, password\)/)
  })

  it('a policy change is two updates: the policy (with the connection properties), then the policy with its properties', () => {
    const s = toOauth({
      properties: [{ name: 'connectionUrl', value: 'https://erp.example.com', location: at(3) }],
      agentGroup: 'AG'
    })
    const [first, second, ...more] = updatesFor(s, basicRest())
    expect(more).toEqual([])
    expect(first).toEqual({
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      agentGroupId: 'AG',
      connectionProperties: [
        {
          propertyName: 'connectionUrl',
          propertyValue: 'https://erp.example.com',
          propertyType: 'URL',
          propertyGroup: 'CONNECTION_PROPS'
        }
      ]
    })
    expect(second?.securityPolicy).toBe('OAUTH_CLIENT_CREDENTIALS')
    expect(second?.securityProperties?.map(p => p.propertyName)).toEqual([
      'oauth.client.id',
      'oauth.client.secret'
    ])
    // The same policy, or a change with no properties to set: one update; nothing to set: none.
    expect(
      updatesFor(toOauth({ securityPolicy: 'BASIC_AUTH', securityProperties: [] }), basicRest())
    ).toHaveLength(1)
    expect(updatesFor(toOauth({ securityPolicy: 'NONE', securityProperties: [] }), basicRest())).toEqual([
      { securityPolicy: 'NONE' }
    ])
    expect(updatesFor(toOauth({ securityPolicy: undefined, securityProperties: [] }), basicRest())).toEqual(
      []
    )
  })
})

describe('import-car: a connection moved to another policy, in-process', () => {
  const file = (id: string) =>
    [
      'connections:',
      '  ERP_REST:',
      '    security-policy: OAUTH_CLIENT_CREDENTIALS',
      '    security-properties:',
      `      ${id}: prod-client`,
      '      oauth.client.secret: ${CLIENT_SECRET}',
      ''
    ].join('\n')

  async function replaceCase() {
    const c = await setup()
    existing(c, [])
    const info = basicRest().securityPolicyInfo
    c.target.connections = c.target.connections.map(
      x => ({ ...x, securityPolicyInfo: info }) as TargetConnection
    )
    return c
  }

  it('a name the chosen policy does not offer is refused before anything is sent', async () => {
    const c = await replaceCase()
    const host = await importCar(
      c,
      { 'connections-file': c.file('prod.yaml', file('clientId')), 'if-exists': 'replace' },
      { CLIENT_SECRET: 'sentinel-secret-1' }
    )
    expect(host.failed?.message).toBe(
      "prod.yaml:5: security policy OAUTH_CLIENT_CREDENTIALS of connection ERP_REST has no security property 'clientId' (it offers: oauth.client.id, oauth.client.secret, oauth.access.token.uri)."
    )
    expect(writes(c)).toEqual([])
  })

  it('the right names: the replacement, then the policy, then the policy with its properties', async () => {
    const c = await replaceCase()
    const host = await importCar(
      c,
      { 'connections-file': c.file('prod.yaml', file('oauth.client.id')), 'if-exists': 'replace' },
      { CLIENT_SECRET: 'sentinel-secret-2' }
    )
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([
      'PUT /projects/archive',
      `POST /projects/${P}/connections/ERP_REST`,
      `POST /projects/${P}/connections/ERP_REST`
    ])
    const bodies = c.target.requests('POST', /\/connections\/ERP_REST$/).map(r => r.json)
    expect(bodies[0]).toEqual({ securityPolicy: 'OAUTH_CLIENT_CREDENTIALS' })
    expect(bodies[1]).toEqual({
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      securityProperties: [
        {
          propertyName: 'oauth.client.id',
          propertyValue: 'prod-client',
          propertyType: 'STRING',
          propertyGroup: 'CREDENTIALS'
        },
        {
          propertyName: 'oauth.client.secret',
          propertyValue: 'sentinel-secret-2',
          propertyType: 'PASSWORD',
          propertyGroup: 'CREDENTIALS'
        }
      ]
    })
    expect(JSON.stringify(host.logs)).not.toContain('sentinel-secret-2')
  })

  it('every entry is checked before the first is changed: a mistake in the last one leaves the others alone', async () => {
    const c = await replaceCase()
    const client = targetClient(c)
    const good = toOauth({ securityProperties: [{ name: 'oauth.client.id', value: 'ok', location: at(5) }] })
    const bad = toOauth({
      location: at(9),
      securityProperties: [{ name: 'clientId', value: 'x', location: at(11) }]
    })
    await expect(
      applyConnections(client, P, [good, bad], await readTargets(client, P, [good]), c.env, () => undefined)
    ).rejects.toThrow(/^prod\.yaml:11: security policy OAUTH_CLIENT_CREDENTIALS/)
    expect(writes(c)).toEqual([])
  })
})
