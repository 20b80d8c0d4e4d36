// Verify the connections file: ${VAR} resolution with masking, line-numbered errors, and update bodies checked against the target.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { buildUpdate } from '../../../../src/actions/import-car/configure.js'
import { readConnectionsFile } from '../../../../src/actions/import-car/connections-file.js'

const dir = mkdtempSync(join(tmpdir(), 'conn-'))
const file = (text: string): string => {
  const p = join(dir, `c${Math.random()}.yaml`)
  writeFileSync(p, text)
  return p
}
const GOOD = `connections:
  ERP:
    properties:
      connectionUrl: https://\${ERP_HOST}/api
      pricing: $$5
    security-policy: BASIC_AUTH
    security-properties:
      username: svc
      password: \${ERP_PASSWORD}
    agent-group: AG1
`

describe('readConnectionsFile', () => {
  it('resolves ${VAR}, keeps $$ as $ and masks every resolved value and security property', () => {
    const masked: string[] = []
    const out = readConnectionsFile(
      file(GOOD),
      'prod.yaml',
      { ERP_HOST: 'erp.example.com', ERP_PASSWORD: 's3cret-pw' },
      v => masked.push(v)
    )
    const erp = out.connections[0]!
    expect(erp.properties).toEqual([
      {
        name: 'connectionUrl',
        value: 'https://erp.example.com/api',
        location: { file: 'prod.yaml', line: 4 }
      },
      { name: 'pricing', value: '$5', location: { file: 'prod.yaml', line: 5 } }
    ])
    expect(erp.securityPolicy).toBe('BASIC_AUTH')
    expect(erp.agentGroup).toBe('AG1')
    expect(masked).toEqual(
      expect.arrayContaining(['erp.example.com', 'https://erp.example.com/api', 's3cret-pw', 'svc'])
    )
    expect(masked).not.toContain('$5')
  })

  it.each([
    [
      'a missing variable',
      GOOD,
      {},
      /^prod\.yaml:4: \$\{ERP_HOST\} is not set in the environment: add ERP_HOST under the step's env:/
    ],
    [
      'no connections key',
      'ERP: {}\n',
      {},
      /^prod\.yaml:1: expected a top-level 'connections:' mapping.*unknown key 'ERP'/
    ],
    [
      'an unknown key',
      'connections:\n  ERP:\n    propertys: {a: b}\n',
      {},
      /^prod\.yaml:3: unknown key 'propertys' in connection ERP/
    ],
    [
      'bad properties',
      'connections:\n  ERP:\n    properties: [a]\n',
      {},
      /^prod\.yaml:3: 'properties' must map property names to values/
    ],
    ['invalid YAML', 'connections:\n  ERP: {a: [}\n', {}, /^prod\.yaml:2: invalid YAML/]
  ])('fails on %s with file and line', (_n, text, env, pattern) => {
    expect(() => readConnectionsFile(file(text), 'prod.yaml', env, () => undefined)).toThrow(pattern)
  })

  it('builds the update with the target schema, refusing unknown property names at their line', () => {
    const [erp] = readConnectionsFile(
      file(GOOD),
      'prod.yaml',
      { ERP_HOST: 'h', ERP_PASSWORD: 'p' },
      () => undefined
    ).connections
    const target = {
      id: 'ERP',
      connectionProperties: [
        { propertyName: 'connectionUrl', propertyType: 'URL', propertyGroup: 'CONNECTION_PROPS' },
        { propertyName: 'pricing', propertyType: 'STRING' }
      ],
      securityProperties: [
        { propertyName: 'username' },
        { propertyName: 'password', propertyType: 'PASSWORD' }
      ]
    }
    expect(buildUpdate(erp!, target)).toEqual({
      connectionProperties: [
        {
          propertyName: 'connectionUrl',
          propertyValue: 'https://h/api',
          propertyType: 'URL',
          propertyGroup: 'CONNECTION_PROPS'
        },
        { propertyName: 'pricing', propertyValue: '$5', propertyType: 'STRING', propertyGroup: undefined }
      ],
      securityPolicy: 'BASIC_AUTH',
      securityProperties: [
        { propertyName: 'username', propertyValue: 'svc', propertyType: undefined, propertyGroup: undefined },
        { propertyName: 'password', propertyValue: 'p', propertyType: 'PASSWORD', propertyGroup: undefined }
      ],
      agentGroupId: 'AG1'
    })
    expect(() => buildUpdate(erp!, { ...target, connectionProperties: [{ propertyName: 'url' }] })).toThrow(
      /^prod\.yaml:4: connection ERP has no property 'connectionUrl' \(it has: url\)/
    )
  })
})
