// Verify project archives: the .car layout, export of a project or one deployment, dev → prod round trip with
// draft connections, 409/merge, PUT replace preconditions, hostile and corrupt uploads, and the size limit.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import {
  designSeed,
  DesignClient,
  problem,
  type Collection,
  type ConnectionJson,
  type DeploymentJson,
  type IntegrationJson,
  type LibraryJson,
  type LookupJson,
  type ProjectJson,
  type TestResultJson
} from '../support/emulator-design.js'
import { carManifest, patchZipNames, writeZip } from '../support/zip.js'

const dir = mkdtempSync(join(tmpdir(), 'design-archives-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let emu: Emulator
let dev: DesignClient
let prod: DesignClient
beforeEach(async () => {
  emu = await startEmulator({ seed: designSeed(), switches: { activationDelayMs: 1000 } })
  dev = await DesignClient.for(emu, 'dev')
  prod = await DesignClient.for(emu, 'prod')
})
afterEach(async () => {
  await emu.stop()
})

/** Every entry of a zip, in order, with its text. */
async function entries(zip: Buffer): Promise<Array<{ name: string; text: string }>> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true })
  const out: Array<{ name: string; text: string }> = []
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    out.push({ name: entry.fileName, text: Buffer.concat(chunks).toString('utf8') })
  }
  return out
}

async function zipFile(name: string, list: Parameters<typeof writeZip>[1]): Promise<Buffer> {
  const path = join(dir, name)
  await writeZip(path, list)
  return readFileSync(path)
}

const IMPORT = 'POST /ic/api/integration/v1/projects/archive'

describe('export', () => {
  it('streams a zip whose first entry is manifest.json, in the documented layout, without connection values', async () => {
    const res = await fetch(dev.url('/projects/SALES/archive'), {
      method: 'POST',
      headers: { authorization: `Bearer ${dev.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Sales', code: 'SALES', type: 'DEVELOPED', builtBy: '', label: '' })
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="SALES.car"')
    const list = await entries(Buffer.from(await res.arrayBuffer()))
    expect(list[0]?.name).toBe('manifest.json')
    const root = 'icspackage/project/SALES'
    expect(list.map(e => e.name).slice(1)).toEqual([
      `${root}/project.xml`,
      `${root}/integrations/ORDER_IN_01.00.0000/integration.xml`,
      `${root}/integrations/ORDER_IN_01.00.0001/integration.xml`,
      `${root}/integrations/ORDER_IN_02.00.0000/integration.xml`,
      `${root}/integrations/CUSTOMER_SYNC_01.00.0000/integration.xml`,
      `${root}/integrations/FILE_DROP_01.00.0000/integration.xml`,
      `${root}/integrations/INVOICES_01.00.0000/integration.xml`,
      `${root}/connections/ERP.xml`,
      `${root}/connections/CRM.xml`,
      `${root}/connections/FTP.xml`,
      `${root}/lookups/STATUS_MAP.csv`,
      `${root}/libraries/DATES_01.00.0000.js`
    ])
    const manifest = JSON.parse(list[0]!.text)
    expect(manifest).toMatchObject({
      format: 'oic-emulator-car/1',
      project: { code: 'SALES', name: 'Sales', description: 'sample project', type: 'DEVELOPED' },
      label: '',
      exportedAt: expect.stringMatching(/\+0000$/),
      deployments: [
        { code: 'R1', name: 'Release 1', description: '', robots: [], decisions: [], b2btradingpartners: [] },
        { code: 'R2' }
      ],
      lookups: [{ name: 'STATUS_MAP', columns: ['oic', 'erp'] }],
      libraries: [{ code: 'DATES', version: '01.00.0000', name: 'Dates', type: 'API' }]
    })
    expect(manifest.integrations[1]).toEqual({
      code: 'ORDER_IN',
      version: '01.00.0001',
      name: 'Order In',
      description: '',
      style: 'freeform_mapmydata',
      connections: ['CRM', 'ERP'],
      lookups: [],
      libraries: ['DATES|01.00.0000']
    })
    expect(manifest.connections[0]).toEqual({
      id: 'ERP',
      name: 'ERP Cloud',
      adapterType: 'erp',
      role: 'TARGET',
      securityPolicy: 'BASIC_AUTH',
      properties: [
        {
          propertyName: 'connectionUrl',
          propertyType: 'URL',
          propertyGroup: 'CONNECTION_PROPS',
          required: true
        },
        { propertyName: 'username', propertyType: 'STRING', propertyGroup: 'CREDENTIALS', required: true },
        { propertyName: 'password', propertyType: 'PASSWORD', propertyGroup: 'CREDENTIALS', required: true }
      ]
    })
    const all = list.map(e => e.text).join('\n')
    expect(all).not.toMatch(/dev-password|dev-user|erp-dev\.example\.com/)
    expect(list.find(e => e.name.endsWith('.csv'))?.text).toBe('oic,erp\r\nNEW,ENTERED\r\nDONE,CLOSED\r\n')
  })

  it('with a label exports only that deployment and what its integrations use', async () => {
    const manifest = JSON.parse((await entries(await dev.exportCar('SALES', 'R1')))[0]!.text)
    expect(manifest.label).toBe('R1')
    expect(manifest.deployments.map((d: DeploymentJson) => d.code)).toEqual(['R1'])
    expect(manifest.integrations.map((i: IntegrationJson) => `${i.code}|${i.version}`)).toEqual([
      'ORDER_IN|01.00.0001',
      'CUSTOMER_SYNC|01.00.0000'
    ])
    expect(manifest.connections.map((c: ConnectionJson) => c.id)).toEqual(['ERP', 'CRM'])
    expect(manifest.lookups).toEqual([])
    expect(manifest.libraries.map((l: LibraryJson) => l.code)).toEqual(['DATES'])
  })

  it('answers 404 for an unknown project or label', async () => {
    expect((await dev.post('/projects/NOPE/archive', { code: 'NOPE', label: '' })).status).toBe(404)
    const res = await dev.post('/projects/SALES/archive', { code: 'SALES', label: 'R9' })
    expect(res.status).toBe(404)
    expect(res.body.detail).toMatch(/R9/)
  })
})

describe('import (POST /projects/archive)', () => {
  it('round-trips dev → prod: same integrations, versions, deployments; connections draft', async () => {
    const res = await prod.upload<ProjectJson>('/projects/archive', await dev.exportCar('SALES'))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      id: 'SALES',
      code: 'SALES',
      name: 'Sales',
      links: [{ href: prod.url('/projects/SALES'), rel: 'self' }, { rel: 'canonical' }],
      state: { status: 'DRAFT', projectRevisionId: 0, created: { by: 'ci-client' } }
    })
    expect(res.body.state.assets?.labelsRs.items.map(d => [d.code, d.integrations.length])).toEqual([
      ['R1', 2],
      ['R2', 2]
    ])
    const ids = async (c: DesignClient): Promise<Array<[string, string]>> =>
      (await c.get<Collection<IntegrationJson>>('/projects/SALES/integrations')).body.items.map(i => [
        i.id,
        i.name
      ])
    expect(await ids(prod)).toEqual(await ids(dev))
    const statuses = (
      await prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')
    ).body.items.map(i => i.status)
    expect(new Set(statuses)).toEqual(new Set(['CONFIGURED']))
    const deployments = async (c: DesignClient): Promise<unknown> =>
      (await c.get<Collection<DeploymentJson>>('/projects/SALES/deployments')).body.items.map(d => [
        d.code,
        d.name,
        d.integrations
      ])
    expect(await deployments(prod)).toEqual(await deployments(dev))
    const erp = await prod.get<ConnectionJson>('/projects/SALES/connections/ERP')
    expect(erp.body).toMatchObject({ status: 'INPROGRESS', securityPolicy: 'BASIC_AUTH', role: 'TARGET' })
    expect(erp.body.connectionProperties).toEqual([
      {
        propertyName: 'connectionUrl',
        propertyType: 'URL',
        propertyGroup: 'CONNECTION_PROPS',
        required: true
      }
    ])
    expect(erp.body.securityProperties.map(p => p.propertyName)).toEqual(['username', 'password'])
    const lookup = await prod.get<LookupJson>('/projects/SALES/lookups/STATUS_MAP')
    expect(lookup.body).toMatchObject({
      columns: ['oic', 'erp'],
      rowCount: 2,
      rows: [{ rowData: ['NEW', 'ENTERED'] }, { rowData: ['DONE', 'CLOSED'] }]
    })
    expect((await prod.get<LibraryJson>('/projects/SALES/libraries/DATES%7C01.00.0000')).body.size).toBe(16)
    expect(emu.counters.mutationCount(IMPORT)).toBe(1)
  })

  it('imports a label archive with only its integrations; imported connections test per prod health', async () => {
    expect((await prod.upload('/projects/archive', await dev.exportCar('SALES', 'R1'))).status).toBe(200)
    const list = await prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')
    expect(list.body.items.map(i => i.id)).toEqual(['CUSTOMER_SYNC|01.00.0000', 'ORDER_IN|01.00.0001'])
    expect((await prod.post('/projects/SALES/connections/ERP/test')).status).toBe(409)
    const configure = (url: string) =>
      prod.patch('/projects/SALES/connections/ERP', {
        connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: url }],
        securityProperties: [
          { propertyName: 'username', propertyValue: 'svc' },
          { propertyName: 'password', propertyValue: 'p' }
        ]
      })
    await configure('https://erp-dev.example.com')
    const failed = await prod.post<TestResultJson>('/projects/SALES/connections/ERP/test')
    expect(failed.body).toMatchObject({ id: 'ERP', status: 'FAILED' })
    await configure('https://erp.example.com')
    expect((await prod.post<TestResultJson>('/projects/SALES/connections/ERP/test')).body.status).toBe(
      'SUCCESS'
    )
  })

  it('answers 409 when the project exists, without touching it (counted once)', async () => {
    const car = await dev.exportCar('SALES')
    expect((await prod.upload('/projects/archive', car)).status).toBe(200)
    const again = await prod.upload('/projects/archive', car)
    expect(again.status).toBe(409)
    expect(again.body).toEqual(problem(409))
    expect(again.body.detail).toMatch(/PUT \/projects\/archive/)
    expect(emu.counters.mutationCount(IMPORT)).toBe(1)
  })

  it('merges into the existing project with projectImportExisting: merge', async () => {
    expect((await prod.upload('/projects/archive', await dev.exportCar('SALES', 'R1'))).status).toBe(200)
    emu.switches.projectImportExisting = 'merge'
    const res = await prod.upload<ProjectJson>('/projects/archive', await dev.exportCar('SALES', 'R2'))
    expect(res.status).toBe(200)
    expect(res.body.state.assets?.labelsRs.items.map(d => d.code)).toEqual(['R1', 'R2'])
    expect(
      (await prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')).body.totalResults
    ).toBe(4)
  })

  it('accepts Oracle’s icspackage layout without a manifest, minimally', async () => {
    const zip = await zipFile('minimal.car', [
      { name: 'icspackage/project/LEGACY/project.xml', data: '<project/>' },
      { name: 'icspackage/project/LEGACY/integrations/HELLO_WORLD_01.00.0002/integration.xml', data: '<x/>' },
      { name: 'icspackage/project/LEGACY/connections/REST1.xml', data: '<x/>' }
    ])
    const res = await prod.upload<ProjectJson>('/projects/archive', zip)
    expect(res.status).toBe(200)
    expect(res.body.code).toBe('LEGACY')
    const list = await prod.get<Collection<IntegrationJson>>('/projects/LEGACY/integrations')
    expect(list.body.items.map(i => i.id)).toEqual(['HELLO_WORLD|01.00.0002'])
    expect((await prod.get<ConnectionJson>('/projects/LEGACY/connections/REST1')).body.status).toBe(
      'INPROGRESS'
    )
  })
})

describe('hostile and broken uploads', () => {
  it('answers 400 for a corrupt zip, a missing file part and a body that is not multipart', async () => {
    const corrupt = await prod.upload('/projects/archive', Buffer.from('PK\u0003\u0004 this is not a zip'))
    expect(corrupt.status).toBe(400)
    expect(corrupt.body).toEqual(problem(400))
    expect(corrupt.body.detail).toMatch(/not a valid archive/)
    const form = new FormData()
    form.append('type', 'application/octet-stream')
    expect((await prod.call('POST', '/projects/archive', { form })).body.detail).toMatch(/part named 'file'/)
    expect((await prod.post('/projects/archive', { file: 'x' })).status).toBe(400)
  })

  it('answers 400 for entries with .., absolute paths or backslashes', async () => {
    const dotdot = join(dir, 'dotdot.car')
    await writeZip(dotdot, [
      { name: 'manifest.json', data: carManifest('EVIL', []) },
      { name: 'zz/evil.txt', data: 'x' }
    ])
    patchZipNames(dotdot, 'zz/evil', '../evil')
    const res = await prod.upload('/projects/archive', readFileSync(dotdot))
    expect(res.status).toBe(400)
    expect(res.body.detail).toMatch(/unsafe entry name/)
    const slash = join(dir, 'abs.car')
    await writeZip(slash, [{ name: 'etc/passwd', data: 'x' }])
    patchZipNames(slash, 'etc/passwd', '/tc/passwd')
    expect((await prod.upload('/projects/archive', readFileSync(slash))).body.detail).toMatch(/unsafe/)
    const back = join(dir, 'back.car')
    await writeZip(back, [{ name: 'a/b.txt', data: 'x' }])
    patchZipNames(back, 'a/b.txt', 'a\\b.txt')
    expect((await prod.upload('/projects/archive', readFileSync(back))).status).toBe(400)
    expect((await prod.get('/projects/EVIL')).status).toBe(404)
  })

  it('answers 400 for a zip that is not an OIC archive or has a bad manifest', async () => {
    const other = await zipFile('other.zip', [{ name: 'readme.txt', data: 'hello' }])
    expect((await prod.upload('/projects/archive', other)).body.detail).toMatch(/not an OIC project archive/)
    const badFormat = await zipFile('bad.car', [{ name: 'manifest.json', data: '{"format":"other/9"}' }])
    expect((await prod.upload('/projects/archive', badFormat)).body.detail).toMatch(/unsupported format/)
    const badVersion = await zipFile('badv.car', [
      { name: 'manifest.json', data: carManifest('P', [['A', '1.0']]) }
    ])
    expect((await prod.upload('/projects/archive', badVersion)).body.detail).toMatch(/01\.00\.0000/)
  })

  it('answers 413 above maxArchiveBytes and imports below it', async () => {
    const car = await dev.exportCar('SALES')
    emu.switches.maxArchiveBytes = car.length - 1
    const res = await prod.upload('/projects/archive', car)
    expect(res.status).toBe(413)
    expect(res.body).toEqual(problem(413))
    expect((await prod.get('/projects/SALES')).status).toBe(404)
    emu.switches.maxArchiveBytes = car.length
    expect((await prod.upload('/projects/archive', car)).status).toBe(200)
  })
})

describe('replace (PUT /projects/archive)', () => {
  it('answers 404 when the project does not exist', async () => {
    const res = await prod.upload('/projects/archive', await dev.exportCar('SALES'), 'PUT')
    expect(res.status).toBe(404)
    expect(res.body.detail).toMatch(/POST \/projects\/archive/)
  })

  it('answers 412 while an integration is active', async () => {
    const car = await dev.exportCar('SALES')
    await prod.upload('/projects/archive', car)
    await prod.patch('/projects/SALES/integrations/CUSTOMER_SYNC%7C01.00.0000', { status: 'ACTIVATED' })
    const res = await prod.upload('/projects/archive', car, 'PUT')
    expect(res.status).toBe(412)
    expect(res.body.detail).toMatch(/CUSTOMER_SYNC\|01\.00\.0000/)
  })

  it('replaces integrations and deployments, keeps configured connections, adds new ones as drafts', async () => {
    await prod.upload('/projects/archive', await dev.exportCar('SALES'))
    await prod.patch('/projects/SALES/connections/CRM', {
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: 'https://crm.example.com' }]
    })
    const next = await zipFile('next.car', [
      {
        name: 'manifest.json',
        data: carManifest('SALES', [['ORDER_IN', '03.00.0000', ['CRM', 'NEWC']]], {
          deployments: [
            { code: 'R3', name: 'Release 3', integrations: [{ code: 'ORDER_IN', version: '03.00.0000' }] }
          ],
          connections: [
            {
              id: 'CRM',
              name: 'CRM REST',
              properties: [{ propertyName: 'connectionUrl', propertyType: 'URL' }]
            }
          ]
        })
      }
    ])
    const res = await prod.upload<ProjectJson>('/projects/archive', next, 'PUT')
    expect(res.status).toBe(200)
    expect(res.body.state.assets?.labelsRs.items.map(d => d.code)).toEqual(['R3'])
    const list = await prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')
    expect(list.body.items.map(i => [i.id, i.status])).toEqual([['ORDER_IN|03.00.0000', 'CONFIGURED']])
    const crm = await prod.get<ConnectionJson>('/projects/SALES/connections/CRM')
    expect(crm.body).toMatchObject({
      status: 'CONFIGURED',
      connectionProperties: [{ propertyValue: 'https://crm.example.com' }]
    })
    expect((await prod.get<ConnectionJson>('/projects/SALES/connections/NEWC')).body.status).toBe(
      'INPROGRESS'
    )
    expect(emu.counters.mutationCount('PUT /ic/api/integration/v1/projects/archive')).toBe(1)
  })
})
