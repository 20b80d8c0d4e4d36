// Verify connections in a project and in the global space: list with q/paging, get (secrets hidden), update with
// the required method override, draft → configured, tests decided by endpoint health, attachments, locks.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator, Seed } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import {
  designSeed,
  DesignClient,
  problem,
  type Collection,
  type ConnectionJson,
  type ProjectJson,
  type TestResultJson,
  PASSWORD_PROPERTY
} from '../support/emulator-design.js'

let emu: Emulator
let dev: DesignClient
async function boot(seed: Seed = designSeed()): Promise<void> {
  emu = await startEmulator({ seed })
  dev = await DesignClient.for(emu, 'dev')
}
beforeEach(async () => boot())
afterEach(async () => {
  await emu.stop()
})

const ftpHost = { connectionProperties: [{ propertyName: 'ftpHost', propertyValue: 'sftp.example.com' }] }

describe('listing and reading connections', () => {
  it('lists with usage, status and role filters (role is case-sensitive) and paging', async () => {
    const ids = async (q?: string, extra: Record<string, string> = {}): Promise<string[]> =>
      (
        await dev.get<Collection<ConnectionJson>>('/projects/SALES/connections', q ? { q, ...extra } : extra)
      ).body.items.map(c => c.id)
    const all = await dev.get<Collection<ConnectionJson>>('/projects/SALES/connections')
    expect(all.status).toBe(200)
    expect(all.body).toMatchObject({ totalResults: 3, hasMore: false })
    expect(all.body.items.map(c => [c.id, c.status, c.usage])).toEqual([
      ['CRM', 'CONFIGURED', 4],
      ['ERP', 'CONFIGURED', 4],
      ['FTP', 'INPROGRESS', 1]
    ])
    expect(await ids("{status:'INPROGRESS'}")).toEqual(['FTP'])
    expect(await ids("{role:'SOURCE'}")).toEqual(['CRM'])
    expect(await ids("{role:'source'}")).toEqual([])
    expect(await ids("{name:'ERP Cloud'}")).toEqual(['ERP'])
    expect(await ids('{name:/r/}')).toEqual(['CRM', 'ERP'])
    expect(await ids(undefined, { orderBy: 'type' })).toEqual(['ERP', 'FTP', 'CRM'])
    expect(await ids(undefined, { limit: '2', offset: '1', expand: 'connection.adapter' })).toEqual([
      'ERP',
      'FTP'
    ])
  })

  it('reads one connection per §6.1 and never returns PASSWORD values', async () => {
    const res = await dev.get<ConnectionJson>('/projects/SALES/connections/ERP')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      id: 'ERP',
      name: 'ERP Cloud',
      role: 'TARGET',
      status: 'CONFIGURED',
      securityPolicy: 'BASIC_AUTH',
      adapterType: { name: 'erp' },
      lockedFlag: false,
      usage: 4,
      connectionProperties: [
        {
          propertyName: 'connectionUrl',
          propertyType: 'URL',
          propertyGroup: 'CONNECTION_PROPS',
          propertyValue: 'https://erp-dev.example.com'
        }
      ]
    })
    const password = res.body.securityProperties.find(p => p.propertyName === 'password')
    expect(password).toEqual(PASSWORD_PROPERTY)
    expect(res.text).not.toContain('dev-password')
    // securityPolicyInfo: the adapter's policies, its own first, value-less (connection-get-project.json, PM).
    const info = (res.body as unknown as { securityPolicyInfo: Array<Record<string, unknown>> })
      .securityPolicyInfo
    expect(info.map(i => [i.scope, i.securityPolicy])).toEqual([
      ['TARGET', 'BASIC_AUTH'],
      ['TARGET', 'USERNAME_PASSWORD_TOKEN']
    ])
    expect(JSON.stringify(info)).not.toContain('propertyValue')
    expect((await dev.get('/projects/SALES/connections/NOPE')).body).toEqual(problem(404))
  })

  it('serves the global space under /connections', async () => {
    const list = await dev.get<Collection<ConnectionJson>>('/connections')
    expect(list.body.items.map(c => [c.id, c.status, c.usage])).toEqual([['GLOBAL_REST', 'CONFIGURED', 1]])
    expect((await dev.get<ConnectionJson>('/connections/GLOBAL_REST')).body.links[0]?.href).toBe(
      dev.url('/connections/GLOBAL_REST')
    )
    expect((await dev.get('/connections/ERP')).status).toBe(404)
  })
})

describe('updating connections', () => {
  it('needs X-HTTP-Method-Override: PATCH; a plain POST answers 405', async () => {
    const res = await dev.post('/projects/SALES/connections/FTP', ftpHost)
    expect(res.status).toBe(405)
    expect(res.body.title).toMatch(/X-HTTP-Method-Override: PATCH/)
  })

  it('turns a draft CONFIGURED once every required property has a value (array or single object)', async () => {
    const res = await dev.patch<ConnectionJson>('/projects/SALES/connections/FTP', {
      connectionProperties: { propertyName: 'ftpHost', propertyValue: 'sftp.example.com' },
      name: 'ignored',
      agentGroupId: 'AGENTS_1'
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'CONFIGURED', name: 'Files', agentGroupId: 'AGENTS_1' })
    expect((await dev.get<ProjectJson>('/projects/SALES')).body.state).toMatchObject({
      status: 'CONFIGURED',
      projectRevisionId: 1
    })
    const cleared = await dev.patch<ConnectionJson>('/projects/SALES/connections/FTP', {
      connectionProperties: [{ propertyName: 'ftpHost', propertyValue: '' }]
    })
    expect(cleared.body.status).toBe('INPROGRESS')
  })

  it('applies securityPolicy and securityProperties, and 400s an unknown property without changing anything', async () => {
    const ok = await dev.patch<ConnectionJson>('/projects/SALES/connections/ERP', {
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      securityProperties: [{ propertyName: 'username', propertyValue: 'prod-user' }]
    })
    expect(ok.body.securityPolicy).toBe('OAUTH_CLIENT_CREDENTIALS')
    expect(ok.body.securityProperties.find(p => p.propertyName === 'username')?.propertyValue).toBe(
      'prod-user'
    )
    const bad = await dev.patch('/projects/SALES/connections/ERP', {
      connectionProperties: [
        { propertyName: 'connectionUrl', propertyValue: 'https://changed.example.com' },
        { propertyName: 'endpoint', propertyValue: 'x' }
      ]
    })
    expect(bad.status).toBe(400)
    expect(bad.body.title).toMatch(/no connection property 'endpoint' \(known: connectionUrl\)/)
    const after = await dev.get<ConnectionJson>('/projects/SALES/connections/ERP')
    expect(after.body.connectionProperties[0]?.propertyValue).toBe('https://erp-dev.example.com')
    emu.switches.rejectUnknownConnectionProperties = false
    expect(
      (
        await dev.patch('/projects/SALES/connections/ERP', {
          connectionProperties: [{ propertyName: 'endpoint' }]
        })
      ).status
    ).toBe(200)
    expect((await dev.patch('/projects/SALES/connections/NOPE', ftpHost)).status).toBe(404)
  })

  it('answers 412 for a locked connection, on update and test', async () => {
    const seed = designSeed()
    seed.instances[0]!.projects![0]!.connections![0]!.locked = true
    await emu.stop()
    await boot(seed)
    const update = await dev.patch('/projects/SALES/connections/ERP', { securityPolicy: 'BASIC_AUTH' })
    expect(update.status).toBe(412)
    expect(update.body).toEqual(problem(412))
    expect((await dev.post('/projects/SALES/connections/ERP/test')).status).toBe(412)
  })
})

describe('testing connections', () => {
  it('answers SUCCESS for a configured connection with good health, 409 for a draft', async () => {
    const ok = await dev.post<TestResultJson>('/projects/SALES/connections/ERP/test')
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({ id: 'ERP', status: 'SUCCESS', details: 'Test of ERP connection succeeded.' })
    const draft = await dev.post('/projects/SALES/connections/FTP/test')
    expect(draft.status).toBe(409)
    expect(draft.body.title).toMatch(/not configured \(missing: ftpHost\)/)
    expect((await dev.post('/connections/GLOBAL_REST/test')).status).toBe(200)
    expect((await dev.post('/projects/SALES/connections/NOPE/test')).status).toBe(404)
  })

  it('refuses a request body (K11: no request body), unless connectionTestRejectsBody is off', async () => {
    const withBody = await dev.post('/projects/SALES/connections/ERP/test', {})
    expect(withBody.status).toBe(400)
    expect(JSON.stringify(withBody.body)).toMatch(/There's no request body for this operation/)
    emu.switches.connectionTestRejectsBody = false
    expect((await dev.post('/projects/SALES/connections/ERP/test', {})).status).toBe(200)
  })

  it('answers a failed test with an HTTP error when connectionTestFailureStatus says so (K11)', async () => {
    const seed = designSeed()
    seed.instances[0]!.projects![0]!.connections![1]!.health = { fail: 'Unable to connect: 401 Unauthorized' }
    await emu.stop()
    await boot(seed)
    emu.switches.connectionTestFailureStatus = 500
    const failed = await dev.post('/projects/SALES/connections/CRM/test')
    expect(failed.status).toBe(500)
    expect(JSON.stringify(failed.body)).toMatch(/"Unable to connect: 401 Unauthorized"/)
  })

  it('fails with the seeded details, or until configured with the expected values', async () => {
    const seed = designSeed()
    const conns = seed.instances[0]!.projects![0]!.connections!
    conns[1]!.health = { fail: 'Unable to connect to https://crm-dev.example.com: 401 Unauthorized' }
    conns[0]!.health = { expect: { connectionUrl: 'https://erp.example.com', username: 'svc' } }
    await emu.stop()
    await boot(seed)
    const crm = await dev.post<TestResultJson>('/projects/SALES/connections/CRM/test')
    expect(crm.body).toEqual({
      id: 'CRM',
      status: 'FAILED',
      details: 'Unable to connect to https://crm-dev.example.com: 401 Unauthorized'
    })
    const wrongUrl = await dev.post<TestResultJson>('/projects/SALES/connections/ERP/test')
    expect(wrongUrl.body.status).toBe('FAILED')
    expect(wrongUrl.body.details).toMatch(/UnknownHostException: erp-dev\.example\.com/)
    await dev.patch('/projects/SALES/connections/ERP', {
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: 'https://erp.example.com' }]
    })
    const wrongUser = await dev.post<TestResultJson>('/projects/SALES/connections/ERP/test')
    expect(wrongUser.body).toMatchObject({
      status: 'FAILED',
      details: expect.stringMatching(/401 Unauthorized.*username/)
    })
    await dev.patch('/projects/SALES/connections/ERP', {
      securityProperties: [{ propertyName: 'username', propertyValue: 'svc' }]
    })
    expect((await dev.post<TestResultJson>('/projects/SALES/connections/ERP/test')).body.status).toBe(
      'SUCCESS'
    )
  })

  // The GET answer sent back whole, PASSWORD values masked "*****", answers 200 with an empty securityPolicyInfo
  // and keeps the stored password (test/fixtures/oracle/connection-get-project.json, connection-update-response.json).
  it('keeps a password sent back as the mask "*****"; the update answers an empty securityPolicyInfo', async () => {
    const seed = designSeed()
    seed.instances[0]!.projects![0]!.connections![0]!.health = { expect: { password: 'dev-password' } }
    await emu.stop()
    await boot(seed)
    const current = await dev.get<Record<string, unknown>>('/projects/SALES/connections/ERP')
    const masked = (current.body.securityProperties as Array<Record<string, unknown>>).map(p =>
      p.propertyType === 'PASSWORD' ? { ...p, propertyValue: '*****' } : p
    )
    const res = await dev.patch<Record<string, unknown>>('/projects/SALES/connections/ERP', {
      ...current.body,
      securityProperties: masked
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'CONFIGURED', securityPolicyInfo: [] })
    expect((await dev.post<TestResultJson>('/projects/SALES/connections/ERP/test')).body.status).toBe(
      'SUCCESS'
    )
  })

  it('with testConfiguresConnection, a complete draft stays draft until a passing test', async () => {
    emu.switches.testConfiguresConnection = true
    const patched = await dev.patch<ConnectionJson>('/projects/SALES/connections/FTP', ftpHost)
    expect(patched.body.status).toBe('INPROGRESS')
    const tested = await dev.post<TestResultJson>('/projects/SALES/connections/FTP/test')
    expect(tested.body.status).toBe('SUCCESS')
    expect((await dev.get<ConnectionJson>('/projects/SALES/connections/FTP')).body.status).toBe('CONFIGURED')
  })
})

describe('attachments', () => {
  it('uploads a file property (multipart file, 200) and counts it as a value', async () => {
    const seed = designSeed()
    seed.instances[0]!.projects![0]!.connections![2]!.securityProperties = [
      { propertyName: 'PrivateKey', propertyType: 'ATTACHMENT' }
    ]
    await emu.stop()
    await boot(seed)
    await dev.patch('/projects/SALES/connections/FTP', ftpHost)
    expect((await dev.get<ConnectionJson>('/projects/SALES/connections/FTP')).body.status).toBe('INPROGRESS')
    const res = await dev.upload<ConnectionJson>(
      '/projects/SALES/connections/FTP/attachments/PrivateKey',
      Buffer.from('-----BEGIN KEY-----'),
      'POST',
      'key.pem'
    )
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('CONFIGURED')
    expect(res.body.securityProperties[0]).toMatchObject({
      propertyName: 'PrivateKey',
      propertyValue: 'key.pem'
    })
    expect(
      (await dev.upload('/projects/SALES/connections/FTP/attachments/Nope', Buffer.from('x'))).status
    ).toBe(400)
    const noFile = await dev.call('POST', '/projects/SALES/connections/FTP/attachments/PrivateKey', {
      form: new FormData()
    })
    expect(noFile.status).toBe(400)
  })
})
