// Verify the typed connections client against the emulator (project and global space): paged lists with q/orderBy,
// get without secrets, update, test (SUCCESS/FAILED, 409, 412), multipart attachments, delete, typed errors.
import { afterAll, describe, expect, it } from '@jest/globals'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { qFilter } from '../../src/core/oic/api.js'
import {
  connectionsPath,
  deleteConnection,
  getConnection,
  listConnections,
  testConnection,
  updateConnection,
  uploadConnectionAttachment
} from '../../src/core/oic/connections.js'
import { PASSWORD_PROPERTY } from '../support/emulator-design.js'
import { httpError, scratch, useOicClient } from '../support/oic-client.js'

const BULK = 120
const ROLES = ['TARGET', 'SOURCE'] as const
const V1 = '/ic/api/integration/v1'
const LIST = `GET ${V1}/projects/:p/connections`
const UPDATE = `PATCH ${V1}/projects/:p/connections/:c`
const url = (value?: string) => [{ propertyName: 'connectionUrl', propertyType: 'URL', value }]
const SEED: InstanceSeed = {
  name: 'dev',
  projects: [
    {
      code: 'CONN',
      name: 'Connections',
      connections: [
        {
          id: 'OK',
          name: 'Healthy',
          adapterType: 'rest',
          role: 'TARGET',
          properties: url('https://ok.example.com')
        },
        {
          id: 'ERP',
          name: 'ERP Cloud',
          adapterType: 'erp',
          role: 'TARGET',
          securityPolicy: 'BASIC_AUTH',
          properties: url('https://erp-dev.example.com'),
          securityProperties: [
            { propertyName: 'username', value: 'dev-user' },
            { propertyName: 'password', propertyType: 'PASSWORD', value: 'sentinel-erp-pw' }
          ],
          health: { expect: { connectionUrl: 'https://erp.example.com' } }
        },
        { id: 'DRAFT', name: 'Draft', adapterType: 'rest', role: 'SOURCE', properties: url() },
        { id: 'TODO', name: 'Todo', adapterType: 'rest', role: 'SOURCE', properties: url() },
        {
          id: 'LOCKED',
          name: 'Locked',
          adapterType: 'rest',
          role: 'TARGET',
          properties: url('https://l.example.com'),
          locked: true
        },
        {
          id: 'KEYS',
          name: 'Files',
          adapterType: 'ftp',
          role: 'SOURCE_AND_TARGET',
          securityPolicy: 'FTP_PUBLIC_KEY_AUTHENTICATION',
          properties: [{ propertyName: 'ftpHost', value: 'sftp.example.com' }],
          securityProperties: [{ propertyName: 'PrivateKey', propertyType: 'ATTACHMENT' }]
        },
        ...Array.from({ length: BULK }, (_, i) => ({
          id: `C_${String(i).padStart(3, '0')}`,
          name: `Bulk ${i}`,
          adapterType: i % 2 ? 'soap' : 'rest',
          role: ROLES[i % 2],
          properties: url(`https://c${i}.example.com`)
        }))
      ]
    }
  ],
  connections: [
    { id: 'G_REST', name: 'Global REST', role: 'TARGET', properties: url('https://g.example.com') },
    {
      id: 'G_FILES',
      name: 'Global files',
      properties: [{ propertyName: 'wsdl', propertyType: 'ATTACHMENT' }]
    }
  ]
}
const tmp = scratch()

const env = useOicClient('dev', { instances: [SEED] })
afterAll(() => tmp.remove())

describe('reading connections', () => {
  it('listConnections walks every page of a project and passes q and orderBy; undefined lists the global space', async () => {
    const before = env.emu.counters.requests.get(LIST) ?? 0
    const all = await listConnections(env.dev, 'CONN')
    expect(env.emu.counters.requests.get(LIST)! - before).toBe(2)
    expect(all).toHaveLength(BULK + 6)
    expect(new Set(all.map(c => c.id)).size).toBe(BULK + 6)

    const drafts = await listConnections(env.dev, 'CONN', { q: qFilter({ status: 'INPROGRESS' }) })
    expect(drafts.map(c => c.id).sort()).toEqual(['DRAFT', 'KEYS', 'TODO'])
    const both = await listConnections(env.dev, 'CONN', {
      q: "{role:'SOURCE_AND_TARGET', status:'INPROGRESS'}"
    })
    expect(both.map(c => c.id)).toEqual(['KEYS'])
    const named = await listConnections(env.dev, 'CONN', {
      q: qFilter({ name: '/bulk 11/' }),
      orderBy: 'name'
    })
    expect(named.map(c => c.name)).toEqual([
      'Bulk 11',
      'Bulk 110',
      'Bulk 111',
      'Bulk 112',
      'Bulk 113',
      'Bulk 114',
      'Bulk 115',
      'Bulk 116',
      'Bulk 117',
      'Bulk 118',
      'Bulk 119'
    ])
    const byType = await listConnections(env.dev, 'CONN', { orderBy: 'type' })
    const types = byType.map(
      c => (typeof c.adapterType === 'object' ? c.adapterType.name : c.adapterType) ?? ''
    )
    expect(types).toEqual([...types].sort())

    expect((await listConnections(env.dev, undefined)).map(c => c.id).sort()).toEqual(['G_FILES', 'G_REST'])
    expect(connectionsPath(undefined, 'G_REST')).toBe(`${V1}/connections/G_REST`)
    await httpError(listConnections(env.dev, 'NOPE'), 404, 'Project NOPE was not found.')
  })

  it('getConnection reads one (PASSWORD values never returned); unknown ids are typed 404s', async () => {
    const erp = await getConnection(env.dev, 'CONN', 'ERP')
    expect(erp).toMatchObject({
      id: 'ERP',
      name: 'ERP Cloud',
      adapterType: { name: 'erp' },
      role: 'TARGET',
      status: 'CONFIGURED',
      securityPolicy: 'BASIC_AUTH',
      lockedFlag: false,
      usage: 0,
      connectionProperties: [
        { propertyName: 'connectionUrl', propertyType: 'URL', propertyValue: 'https://erp-dev.example.com' }
      ]
    })
    const password = erp.securityProperties?.find(p => p.propertyName === 'password')
    expect(password).toEqual(PASSWORD_PROPERTY)
    expect(JSON.stringify(erp)).not.toContain('sentinel-erp-pw')
    expect(erp.links?.[0]?.href).toBe(
      `${env.emu.url}${V1}/projects/CONN/connections/ERP?integrationInstance=dev`
    )

    expect(await getConnection(env.dev, undefined, 'G_REST')).toMatchObject({
      id: 'G_REST',
      status: 'CONFIGURED'
    })
    await httpError(
      getConnection(env.dev, 'CONN', 'NOPE'),
      404,
      'Connection NOPE was not found in project CONN.'
    )
    await httpError(getConnection(env.dev, undefined, 'OK'), 404, 'Connection OK was not found.')
  })
})

describe('changing connections', () => {
  it('updateConnection applies properties, policy and agent group; the draft becomes CONFIGURED and back', async () => {
    // A new policy starts without values (emulator/README.md, security policies): its properties come with it.
    const configured = await updateConnection(env.dev, 'CONN', 'DRAFT', {
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: 'https://draft.example.com' }],
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      securityProperties: [
        { propertyName: 'oauth.client.id', propertyValue: 'draft-client' },
        { propertyName: 'oauth.client.secret', propertyValue: 'draft-secret' },
        { propertyName: 'oauth.access.token.uri', propertyValue: 'https://idcs.example.com/oauth2/v1/token' }
      ],
      agentGroupId: 'AGENT_GROUP_1'
    })
    expect(configured).toMatchObject({
      id: 'DRAFT',
      status: 'CONFIGURED',
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      agentGroupId: 'AGENT_GROUP_1',
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: 'https://draft.example.com' }]
    })
    expect(await getConnection(env.dev, 'CONN', 'DRAFT')).toMatchObject({
      status: 'CONFIGURED',
      agentGroupId: 'AGENT_GROUP_1'
    })

    const cleared = await updateConnection(env.dev, 'CONN', 'DRAFT', {
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: '' }]
    })
    expect(cleared?.status).toBe('INPROGRESS')
    expect(cleared?.connectionProperties?.[0]?.propertyValue).toBeUndefined()
    expect(env.emu.counters.mutationCount(UPDATE)).toBe(2)

    await httpError(
      updateConnection(env.dev, 'CONN', 'DRAFT', {
        connectionProperties: [{ propertyName: 'nope', propertyValue: 'x' }]
      }),
      400,
      /has no connection property 'nope' \(known: connectionUrl\)/
    )
    await httpError(
      updateConnection(env.dev, 'CONN', 'LOCKED', { securityPolicy: 'BASIC_AUTH' }),
      412,
      /locked/
    )
    await httpError(updateConnection(env.dev, 'CONN', 'NOPE', {}), 404, /Connection NOPE/)
    expect(env.emu.counters.mutationCount(UPDATE)).toBe(2)
    expect(
      await updateConnection(env.dev, undefined, 'G_REST', {
        connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: 'https://g2.example.com' }]
      })
    ).toMatchObject({ id: 'G_REST', connectionProperties: [{ propertyValue: 'https://g2.example.com' }] })
  })

  it('testConnection answers SUCCESS or FAILED with the details; draft 409, locked 412 and unknown 404 are typed', async () => {
    expect(await testConnection(env.dev, 'CONN', 'OK')).toEqual({
      id: 'OK',
      status: 'SUCCESS',
      details: 'Test of OK connection succeeded.'
    })
    const failed = await testConnection(env.dev, 'CONN', 'ERP')
    expect(failed).toMatchObject({ id: 'ERP', status: 'FAILED' })
    expect(failed.details).toContain('java.net.UnknownHostException: erp-dev.example.com')
    await updateConnection(env.dev, 'CONN', 'ERP', {
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: 'https://erp.example.com' }]
    })
    expect((await testConnection(env.dev, 'CONN', 'ERP')).status).toBe('SUCCESS')
    expect((await testConnection(env.dev, undefined, 'G_REST')).status).toBe('SUCCESS')

    await httpError(
      testConnection(env.dev, 'CONN', 'TODO'),
      409,
      /TODO is not configured \(missing: connectionUrl\)/
    )
    await httpError(testConnection(env.dev, 'CONN', 'LOCKED'), 412, /LOCKED is locked/)
    await httpError(
      testConnection(env.dev, 'CONN', 'NOPE'),
      404,
      'Connection NOPE was not found in project CONN.'
    )
  })

  it('uploadConnectionAttachment sends the file as multipart; the property gets it and the draft is CONFIGURED', async () => {
    const key = tmp.file('sftp-key.pem', '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n')
    await expect(
      uploadConnectionAttachment(env.dev, 'CONN', 'KEYS', 'PrivateKey', key)
    ).resolves.toBeUndefined()
    const keys = await getConnection(env.dev, 'CONN', 'KEYS')
    expect(keys.status).toBe('CONFIGURED')
    expect(keys.securityProperties).toEqual([
      expect.objectContaining({
        propertyName: 'PrivateKey',
        propertyType: 'ATTACHMENT',
        propertyValue: 'sftp-key.pem'
      })
    ])
    expect(
      env.emu.counters.mutationCount(`POST ${V1}/projects/:p/connections/:c/attachments/:property`)
    ).toBe(1)

    const wsdl = tmp.file('service.wsdl', '<definitions/>')
    await uploadConnectionAttachment(env.dev, undefined, 'G_FILES', 'wsdl', wsdl)
    expect(await getConnection(env.dev, undefined, 'G_FILES')).toMatchObject({
      status: 'CONFIGURED',
      connectionProperties: [{ propertyName: 'wsdl', propertyValue: 'service.wsdl' }]
    })

    await httpError(
      uploadConnectionAttachment(env.dev, 'CONN', 'KEYS', 'nope', key),
      400,
      /no property 'nope'/
    )
    await httpError(
      uploadConnectionAttachment(env.dev, 'CONN', 'LOCKED', 'connectionUrl', key),
      412,
      /locked/
    )
    await httpError(uploadConnectionAttachment(env.dev, 'CONN', 'NOPE', 'x', key), 404, /Connection NOPE/)
  })

  it('deleteConnection sends DELETE to the connection (Delete a Connection in a Project); a missing one is a typed 404', async () => {
    await deleteConnection(env.dev, 'CONN', 'OK')
    await httpError(getConnection(env.dev, 'CONN', 'OK'), 404, /OK/)
    await httpError(deleteConnection(env.dev, 'CONN', 'OK'), 404, /OK/)
  })
})
