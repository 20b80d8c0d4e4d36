// import-car with a connections file, in-process over a mocked OIC: each environment's file configures the imported
// connections (POST + PATCH override with Oracle's property shape), secrets from ${VAR} are masked and never printed,
// and a mistake in the file is one error at its line — before anything is sent when it can be known then.
import { describe, expect, it } from '@jest/globals'
import { A0, B0, existing, importCar, logged, output, P, rows, setup, writes } from './harness.js'

const fileFor = (url: string, user: string): string =>
  [
    'connections:',
    '  ERP_REST:',
    '    properties:',
    `      connectionUrl: ${url}`,
    '    security-policy: BASIC_AUTH',
    '    security-properties:',
    `      username: ${user}`,
    '      password: ${ERP_PASSWORD}',
    ''
  ].join('\n')

describe('import-car connections-file', () => {
  it.each([
    ['test', 'https://erp.test.example.com', 'svc-test', 'pw-test-7d1f0c'],
    ['prod', 'https://erp.prod.example.com', 'svc-prod', 'pw-prod-93ab22']
  ])('configures the connection for %s after the import', async (environment, url, user, password) => {
    const c = await setup()
    const file = c.file(`oic/connections/${environment}.yaml`, fileFor(url, user))
    const host = await importCar(c, { 'connections-file': file }, { ERP_PASSWORD: password })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual(['POST /projects/archive', `POST /projects/${P}/connections/ERP_REST`])
    const [update] = c.target.requests('POST', /\/connections\/ERP_REST$/)
    expect(update?.headers['x-http-method-override']).toBe('PATCH')
    expect(update?.json).toEqual({
      connectionProperties: [
        {
          propertyName: 'connectionUrl',
          propertyValue: url,
          propertyType: 'URL',
          propertyGroup: 'CONNECTION_PROPS'
        }
      ],
      securityProperties: [
        {
          propertyName: 'username',
          propertyValue: user,
          propertyType: 'STRING',
          propertyGroup: 'CREDENTIALS'
        },
        {
          propertyName: 'password',
          propertyValue: password,
          propertyType: 'PASSWORD',
          propertyGroup: 'CREDENTIALS'
        }
      ],
      securityPolicy: 'BASIC_AUTH'
    })
    expect(output(host, 'connections')).toEqual([{ id: 'ERP_REST', status: 'CONFIGURED' }])
    expect(host.summaries[0]?.status).toBe('success')
    expect(host.summaries[0]?.statusLine).toBe(
      `Project ${P} imported in mock-instance: 2 integrations, 1 connections configured, 0 of 0 activated.`
    )
    expect(rows(host)).toContainEqual([
      'connection',
      'ERP_REST',
      '',
      'configured by connections-file',
      'CONFIGURED',
      ''
    ])
    expect(logged(host, 'info')).toContain('Configured connection ERP_REST: CONFIGURED')
    expect(host.secrets).toContain(password)
    expect(host.logText).not.toContain(password)
    expect(host.summaryText).not.toContain(password)
    expect(JSON.stringify(host.outputs)).not.toContain(password)
  })

  it('names the file and line of a connection neither in the archive nor in the target, before any request', async () => {
    const c = await setup()
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    agent-group: AG1\n  ERP_RST:\n    agent-group: AG1\n'
    )
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toBe(
      'oic/connections/prod.yaml:4: connection ERP_RST is neither in the archive nor in the target (archive connections: ERP_REST).'
    )
    expect(host.failed?.properties).toEqual({ file: 'oic/connections/prod.yaml', startLine: 4 })
    expect(writes(c)).toEqual([])
  })

  it('names a connection property the archive does not define, before any request', async () => {
    const c = await setup()
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    properties:\n      connectionURL: https://x.example.com\n'
    )
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toBe(
      "oic/connections/prod.yaml:4: connection ERP_REST has no property 'connectionURL' (it has: connectionUrl)."
    )
    expect(host.failed?.properties).toEqual({ file: 'oic/connections/prod.yaml', startLine: 4 })
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
  })

  it('on a new project, a security property the target does not define fails after the import, at its line', async () => {
    const c = await setup()
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    security-properties:\n      passwd: x\n'
    )
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toBe(
      "oic/connections/prod.yaml:4: security policy BASIC_AUTH of connection ERP_REST has no security property 'passwd' (it offers: username, password)."
    )
    expect(writes(c)).toEqual(['POST /projects/archive'])
  })

  it('on an existing project, a security property the target does not define is refused before the replacement', async () => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    security-properties:\n      passwd: x\n'
    )
    const host = await importCar(c, { 'connections-file': file, 'if-exists': 'replace' })
    expect(host.failed?.message).toBe(
      "oic/connections/prod.yaml:4: security policy BASIC_AUTH of connection ERP_REST has no security property 'passwd' (it offers: username, password)."
    )
    expect(writes(c)).toEqual([])
  })

  it('a file that changes the security policy is checked for connection properties only, then applied', async () => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'CONFIGURED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    security-policy: OAUTH_CLIENT_CREDENTIALS\n    agent-group: AG_PROD\n'
    )
    const host = await importCar(c, { 'connections-file': file, 'if-exists': 'replace' })
    expect(host.failed).toBeUndefined()
    expect(c.target.requests('POST', /\/connections\/ERP_REST$/).map(r => r.json)).toEqual([
      { securityPolicy: 'OAUTH_CLIENT_CREDENTIALS', agentGroupId: 'AG_PROD' }
    ])
  })

  it('uploads attachments from the workspace', async () => {
    const c = await setup()
    c.file('keys/erp.pem', '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n')
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    attachments:\n      PrivateKey: keys/erp.pem\n'
    )
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([
      'POST /projects/archive',
      `POST /projects/${P}/connections/ERP_REST/attachments/PrivateKey`
    ])
    expect(c.target.attachments).toEqual(['ERP_REST/PrivateKey'])
    expect(output(host, 'connections')).toEqual([{ id: 'ERP_REST', status: 'INPROGRESS' }])
  })

  it('a missing attachment file is an error at its line, before any request', async () => {
    const c = await setup()
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    attachments:\n      PrivateKey: keys/none.pem\n'
    )
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toBe(
      "oic/connections/prod.yaml:4: attachment PrivateKey of connection ERP_REST: no file at 'keys/none.pem'."
    )
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
  })

  it('an unset ${VAR} is an error naming the variable, before any request', async () => {
    const c = await setup()
    const file = c.file('oic/connections/prod.yaml', fileFor('https://erp.prod.example.com', 'svc'))
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toMatch(
      /^oic\/connections\/prod\.yaml:8.*\$\{ERP_PASSWORD\} is not set in the environment/
    )
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
  })

  it('a connection the import did not bring is an error at its line', async () => {
    const c = await setup({ code: P, integrations: [A0], labels: [{ code: 'REL_1', integrations: [A0] }] })
    const file = c.file('oic/connections/prod.yaml', 'connections:\n  ERP_REST:\n    agent-group: AG1\n')
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toBe(
      `oic/connections/prod.yaml:2: connection ERP_REST is not in project ${P} on the target.`
    )
    expect(writes(c)).toEqual(['POST /projects/archive'])
  })

  it("a deployment's archive skips, with a warning, connections of the file it does not hold", async () => {
    const c = await setup({
      code: P,
      integrations: [
        { ...A0, connections: ['ERP_REST'] },
        { ...B0, connections: ['CRM_SOAP'] }
      ],
      connections: [{ code: 'ERP_REST' }, { code: 'CRM_SOAP' }],
      labels: [{ code: 'REL_1', integrations: [A0] }],
      deployment: 'REL_1'
    })
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    agent-group: AG1\n  CRM_SOAP:\n    agent-group: AG1\n'
    )
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(host.logs).toContainEqual({
      level: 'warning',
      message:
        "oic/connections/prod.yaml:4: connection CRM_SOAP is not in this deployment's archive nor in the target: skipped.",
      properties: { file: 'oic/connections/prod.yaml', startLine: 4 }
    })
    expect(writes(c)).toEqual(['POST /projects/archive', `POST /projects/${P}/connections/ERP_REST`])
  })
})
