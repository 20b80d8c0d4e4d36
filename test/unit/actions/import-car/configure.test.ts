// Applying the connections file to the target (configure.ts), against the mocked target: names checked against the
// target's definition, a connection the target lacks is an error at its line while any other failure stays the
// server's, and what was configured is read back.
import { describe, expect, it } from '@jest/globals'
import {
  applyConnections,
  buildUpdate,
  checkAgainstTarget,
  readTargets
} from '../../../../src/actions/import-car/configure.js'
import type { ConnectionSettings } from '../../../../src/actions/import-car/connections-file.js'
import { ConfigurationError, OicHttpError } from '../../../../src/core/errors.js'
import { problem } from './fake-target.js'
import { existing, P, setup, targetClient } from './harness.js'

const at = (line: number) => ({ file: 'prod.yaml', line })
const setting = (over: Partial<ConnectionSettings> = {}): ConnectionSettings => ({
  id: 'ERP_REST',
  location: at(2),
  properties: [],
  securityProperties: [],
  attachments: [],
  ...over
})

describe('buildUpdate', () => {
  it('takes type and group from the target; with no definition to check against, sends the names as written', () => {
    const s = setting({
      properties: [{ name: 'connectionUrl', value: 'https://erp.example.com', location: at(4) }],
      securityProperties: [{ name: 'username', value: 'svc', location: at(6) }]
    })
    expect(buildUpdate(s, { id: 'ERP_REST' })).toEqual({
      connectionProperties: [
        {
          propertyName: 'connectionUrl',
          propertyValue: 'https://erp.example.com',
          propertyType: undefined,
          propertyGroup: undefined
        }
      ],
      securityProperties: [
        { propertyName: 'username', propertyValue: 'svc', propertyType: undefined, propertyGroup: undefined }
      ]
    })
    expect(buildUpdate(setting(), { id: 'ERP_REST' })).toEqual({})
  })

  it('a name the target does not define is an error at its line, listing what it has', () => {
    const s = setting({ properties: [{ name: 'connectionURL', value: 'x', location: at(4) }] })
    const target = {
      id: 'ERP_REST',
      connectionProperties: [{ propertyName: 'connectionUrl' }, { propertyName: 'timeout' }]
    }
    expect(() => buildUpdate(s, target)).toThrow(
      "prod.yaml:4: connection ERP_REST has no property 'connectionURL' (it has: connectionUrl, timeout)."
    )
    const caught = ((): unknown => {
      try {
        return buildUpdate(s, target)
      } catch (error) {
        return error
      }
    })()
    expect(caught).toBeInstanceOf(ConfigurationError)
    expect((caught as ConfigurationError).location).toEqual(at(4))
  })
})

describe('readTargets, checkAgainstTarget and applyConnections over the mocked target', () => {
  it('a 404 is the file line; a 500 stays the server error', async () => {
    const c = await setup()
    existing(c, [])
    const client = targetClient(c)
    await expect(readTargets(client, P, [setting({ id: 'NOPE' })])).rejects.toThrow(
      `prod.yaml:2: connection NOPE is not in project ${P} on the target.`
    )
    c.target.overrides.push(req =>
      req.path.endsWith('/connections/ERP_REST') ? problem(500, 'Internal error.') : undefined
    )
    await expect(readTargets(client, P, [setting()])).rejects.toBeInstanceOf(OicHttpError)
  })

  it('checks nothing without a project, and only the connections the target has', async () => {
    const c = await setup()
    existing(c, [])
    const client = targetClient(c)
    const typo = setting({
      id: 'NEW_CONN',
      securityProperties: [{ name: 'passwd', value: 'x', location: at(5) }]
    })
    await checkAgainstTarget(client, undefined, [typo], [{ id: 'NEW_CONN' }])
    await checkAgainstTarget(client, P, [typo], [{ id: 'ERP_REST' }])
    expect(c.target.seen).toEqual([])
  })

  it('reads each connection back after the update; a status the server leaves out is UNKNOWN', async () => {
    const c = await setup()
    existing(c, [])
    const client = targetClient(c)
    c.target.overrides.push(req =>
      req.method === 'GET' &&
      req.path.endsWith('/connections/ERP_REST') &&
      c.target.requests('POST', /ERP_REST$/).length
        ? { status: 200, body: { id: 'ERP_REST', links: [] } }
        : undefined
    )
    const log: string[] = []
    const s = setting({ agentGroup: 'AG_PROD' })
    const out = await applyConnections(
      client,
      P,
      [s],
      await readTargets(client, P, [s]),
      c.env,
      l => void log.push(l)
    )
    expect(out).toEqual([{ id: 'ERP_REST', status: 'UNKNOWN' }])
    expect(log).toEqual(['Configured connection ERP_REST: UNKNOWN'])
    expect(c.target.requests('POST', /ERP_REST$/).map(r => r.json)).toEqual([{ agentGroupId: 'AG_PROD' }])
  })
})
