// Verify project archives: the real .car layout (oic-car-format.md §1–§4) of a whole-project and a deployment
// export, checked with unzip and Python's zipfile too; dev → prod round trip with draft connections, 409/merge,
// PUT replace preconditions, hostile and corrupt uploads, and the size limit.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'
import { parse } from 'yaml'
import type { DesignClient } from '../support/emulator-design.js'
import {
  designSeed,
  problem,
  type Collection,
  type ConnectionJson,
  type DeploymentJson,
  type IntegrationJson,
  type LibraryJson,
  type LookupJson,
  type ProjectJson,
  type TestResultJson,
  useDevAndProd
} from '../support/emulator-design.js'
import { projectCarBytes } from '../support/car.js'
import { patchZipNames, writeZip } from '../support/zip.js'

const dir = mkdtempSync(join(tmpdir(), 'design-archives-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const env = useDevAndProd(() => ({ seed: designSeed(), switches: { activationDelayMs: 1000 } }))

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field below
type Yaml = Record<string, any>

interface Entry {
  name: string
  text: string
  flags: number
  method: number
}

/** Every entry of a zip, in order, with its text, flags and method. */
async function entries(zip: Buffer): Promise<Entry[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true })
  const out: Entry[] = []
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    out.push({
      name: entry.fileName,
      text,
      flags: entry.generalPurposeBitFlag,
      method: entry.compressionMethod
    })
  }
  return out
}

/** The text of entry `name` (throws when absent). */
function textOf(list: Entry[], name: string): string {
  const entry = list.find(e => e.name === name)
  if (!entry) throw new Error(`no entry ${name} among ${list.map(e => e.name).join(', ')}`)
  return entry.text
}

/** Saves `zip` and checks it with Info-ZIP (`unzip -t`, `unzip -Z1`) and Python (`zipfile -t`); the names listed. */
function checkedByOtherTools(zip: Buffer, name: string): string[] {
  const path = join(dir, name)
  writeFileSync(path, zip)
  expect(execFileSync('unzip', ['-t', path]).toString()).toMatch(/No errors detected/)
  execFileSync('python3', ['-m', 'zipfile', '-t', path])
  return execFileSync('unzip', ['-Z1', path]).toString().trim().split('\n')
}

const IMPORT = 'POST /ic/api/integration/v1/projects/archive'

describe('export', () => {
  it('streams a whole-project archive in OIC’s layout that unzip and Python accept, without credentials', async () => {
    const res = await fetch(env.dev.url('/projects/SALES/archive'), {
      method: 'POST',
      headers: { authorization: `Bearer ${env.dev.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Sales', code: 'SALES', type: 'DEVELOPED', builtBy: '', label: '' })
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="SALES.car"')
    const zip = Buffer.from(await res.arrayBuffer())
    const names = checkedByOtherTools(zip, 'whole.car')
    const list = await entries(zip)
    expect(list.map(e => e.name)).toEqual(names)
    for (const e of list) expect([e.name, e.flags & 0x08, e.method]).toEqual([e.name, 0x08, 8])
    const i = (folder: string): string[] => [
      `project/integrations/${folder}/info.json`,
      `project/integrations/${folder}/PROJECT-INF/project.xml`,
      `project/integrations/${folder}/PROJECT-INF/analysis.json`
    ]
    expect(names.filter(n => !n.includes('/resources/')).sort()).toEqual(
      [
        'project/project.yaml',
        'project/oic_project.properties',
        'project/labels/R1.json',
        'project/labels/R2.json',
        'project/connections/ERP.xml',
        'project/connections/CRM.xml',
        'project/connections/FTP.xml',
        'project/lookups/STATUS_MAP.dvm',
        'project/libraries/DATES_01.00.0000/DATES.xml',
        'project/libraries/DATES_01.00.0000/DATES_properties.properties',
        'project/libraries/DATES_01.00.0000/DATES.jar',
        'project/schedules/Schedule_FILE_DROP_01.00.0000.xml',
        'project/schedules/Schedule_INVOICES_01.00.0000.xml',
        ...i('ORDER_IN_01.00.0000'),
        ...i('ORDER_IN_01.00.0001'),
        ...i('ORDER_IN_02.00.0000'),
        ...i('CUSTOMER_SYNC_01.00.0000'),
        ...i('FILE_DROP_01.00.0000'),
        ...i('INVOICES_01.00.0000')
      ].sort()
    )
    const all = list.map(e => e.text).join('\n')
    expect(all).not.toMatch(/dev-password|dev-user/)
    expect(textOf(list, 'project/oic_project.properties')).toMatch(
      /^#\w{3} \w{3} \d{2} [\d:]{8} UTC \d{4}\nmod=[A-Za-z0-9+/=]+\n$/
    )
  })

  it('writes project.yaml, labels, info.json and connection XML as the format file describes', async () => {
    const list = await entries(await env.dev.exportCar('SALES'))
    const yamlText = textOf(list, 'project/project.yaml')
    expect(yamlText.startsWith('---\n')).toBe(true)
    const yaml = parse(yamlText) as Yaml
    expect(Object.keys(yaml)).toEqual(
      expect.arrayContaining([
        'id',
        'code',
        'name',
        'type',
        'revision',
        'projectRevision',
        'status',
        'createdBy'
      ])
    )
    expect(yaml).toMatchObject({ code: 'SALES', name: 'Sales', type: 'DEVELOPED', status: 'DRAFT', CAV: 1 })
    expect(yaml.createdDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)
    expect(yaml.origin).toEqual({ tenantOCID: expect.any(String), serviceInstanceOCID: expect.any(String) })
    expect(Object.keys(yaml.assets)).toEqual([
      'integrations',
      'connections',
      'lookups',
      'libraries',
      'labels',
      'schedules'
    ])
    expect(yaml.assets.integrations[1]).toEqual({
      id: 'ORDER_IN|01.00.0001',
      name: 'Order In',
      revision: 1,
      updatedBy: 'emulator-seed',
      updatedDate: expect.stringMatching(/\+0000$/)
    })
    expect(yaml.assets.libraries.map((a: { id: string }) => a.id)).toEqual(['DATES|01.00.0000'])
    expect(yaml.assets.schedules.map((a: { id: string }) => a.id)).toEqual([
      'FILE_DROP|01.00.0000',
      'INVOICES|01.00.0000'
    ])
    const label = textOf(list, 'project/labels/R1.json')
    expect(label).not.toContain('\n')
    expect(JSON.parse(label)).toEqual({
      name: 'Release 1',
      code: 'R1',
      revision: 1,
      integrations: [
        { code: 'ORDER_IN', version: '01.00.0001' },
        { code: 'CUSTOMER_SYNC', version: '01.00.0000' }
      ]
    })
    const info = JSON.parse(textOf(list, 'project/integrations/ORDER_IN_01.00.0000/info.json'))
    expect(info.dependencies).toEqual({ connections: ['CRM', 'ERP'], lookups: ['STATUS_MAP'], templates: [] })
    expect(info.properties).toMatchObject({
      code: 'ORDER_IN',
      version: '01.00.0000',
      persistedState: 'CONFIGURED',
      scope: 'Private'
    })
    const xml = textOf(list, 'project/integrations/ORDER_IN_01.00.0000/PROJECT-INF/project.xml')
    expect(xml).toMatch(/<icsproject xmlns="[^"]+" modelType="freeform">/)
    expect(xml).toContain('<projectCode>ORDER_IN</projectCode>')
    const erp = textOf(list, 'project/connections/ERP.xml')
    expect(erp).toContain('<ApplicationInstance xmlns="http://xmlns.oracle.com/adapters/cloud">')
    for (const part of [
      '<instanceCode>ERP</instanceCode>',
      '<applicationTypeRef>erp</applicationTypeRef>',
      '<securityPolicy>BASIC_AUTH</securityPolicy>',
      '<name>connectionUrl</name>',
      '<name>csfkey</name>'
    ])
      expect(erp).toContain(part)
    expect(erp).not.toMatch(/username|password/)
    expect(textOf(list, 'project/lookups/STATUS_MAP.dvm')).toContain(
      '<dvm name="STATUS_MAP" xmlns="http://xmlns.oracle.com/dvm">'
    )
    expect(textOf(list, 'project/schedules/Schedule_INVOICES_01.00.0000.xml')).toContain(
      '<schedule xmlns="http://xmlns.oracle.com/scheduler"'
    )
  })

  it('with a label exports only that deployment, what its integrations use, and project.yaml trimmed', async () => {
    const zip = await env.dev.exportCar('SALES', 'R1')
    const names = checkedByOtherTools(zip, 'r1.car')
    const list = await entries(zip)
    expect(names.filter(n => n.startsWith('project/labels/'))).toEqual(['project/labels/R1.json'])
    const folders = new Set(
      names.filter(n => n.startsWith('project/integrations/')).map(n => n.split('/')[2])
    )
    expect([...folders]).toEqual(['ORDER_IN_01.00.0001', 'CUSTOMER_SYNC_01.00.0000'])
    expect(names.filter(n => n.startsWith('project/connections/'))).toEqual([
      'project/connections/ERP.xml',
      'project/connections/CRM.xml'
    ])
    expect(names.some(n => /^project\/(lookups|libraries|schedules)\//.test(n))).toBe(false)
    const yaml = parse(textOf(list, 'project/project.yaml')) as Yaml
    expect(Object.keys(yaml.assets)).toEqual(['integrations', 'connections', 'labels'])
    expect(yaml.assets.integrations.map((a: { id: string }) => a.id)).toEqual([
      'ORDER_IN|01.00.0001',
      'CUSTOMER_SYNC|01.00.0000'
    ])
    expect(yaml.assets.labels.map((a: { id: string }) => a.id)).toEqual(['R1'])
  })

  it('adds the libraries the pinned integrations call with deploymentExportLibraries', async () => {
    env.emu.switches.deploymentExportLibraries = true
    const names = (await entries(await env.dev.exportCar('SALES', 'R1'))).map(e => e.name)
    expect(names.filter(n => n.startsWith('project/libraries/'))).toEqual([
      'project/libraries/DATES_01.00.0000/DATES.xml',
      'project/libraries/DATES_01.00.0000/DATES_properties.properties',
      'project/libraries/DATES_01.00.0000/DATES.jar'
    ])
  })

  it('answers 404 for an unknown project or label', async () => {
    expect((await env.dev.post('/projects/NOPE/archive', { code: 'NOPE', label: '' })).status).toBe(404)
    const res = await env.dev.post('/projects/SALES/archive', { code: 'SALES', label: 'R9' })
    expect(res.status).toBe(404)
    expect(res.body.title).toMatch(/R9/)
  })
})

describe('import (POST /projects/archive)', () => {
  it('round-trips env.dev → prod: same integrations, versions, deployments; connections draft', async () => {
    const res = await env.prod.upload<ProjectJson>('/projects/archive', await env.dev.exportCar('SALES'))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      id: 'SALES',
      code: 'SALES',
      name: 'Sales',
      links: [{ href: env.prod.url('/projects/SALES'), rel: 'self' }, { rel: 'canonical' }],
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
    expect(await ids(env.prod)).toEqual(await ids(env.dev))
    const statuses = (
      await env.prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')
    ).body.items.map(i => i.status)
    expect(new Set(statuses)).toEqual(new Set(['CONFIGURED']))
    const deployments = async (c: DesignClient): Promise<unknown> =>
      (await c.get<Collection<DeploymentJson>>('/projects/SALES/deployments')).body.items.map(d => [
        d.code,
        d.name,
        d.integrations
      ])
    expect(await deployments(env.prod)).toEqual(await deployments(env.dev))
    const erp = await env.prod.get<ConnectionJson>('/projects/SALES/connections/ERP')
    expect(erp.body).toMatchObject({ status: 'INPROGRESS', securityPolicy: 'BASIC_AUTH', role: 'TARGET' })
    // The archive carries connection property values, never credentials (format file §3).
    expect(erp.body.connectionProperties).toEqual([
      {
        displayName: 'connectionUrl',
        hasAttachment: false,
        hiddenFlag: false,
        propertyName: 'connectionUrl',
        propertyType: 'URL',
        propertyGroup: 'CONNECTION_PROPS',
        requiredFlag: true,
        propertyValue: 'https://erp-dev.example.com'
      }
    ])
    expect(erp.body.securityProperties.map(p => p.propertyName)).toEqual(['username', 'password'])
    const lookup = await env.prod.get<LookupJson>('/projects/SALES/lookups/STATUS_MAP')
    expect(lookup.body).toMatchObject({
      columns: ['oic', 'erp'],
      rowCount: 2,
      rows: [{ rowData: ['NEW', 'ENTERED'] }, { rowData: ['DONE', 'CLOSED'] }]
    })
    expect((await env.prod.get<LibraryJson>('/projects/SALES/libraries/DATES%7C01.00.0000')).body.size).toBe(
      16
    )
    expect(env.emu.counters.mutationCount(IMPORT)).toBe(1)
  })

  it('imports a label archive with only its integrations; imported connections test per env.prod health', async () => {
    expect((await env.prod.upload('/projects/archive', await env.dev.exportCar('SALES', 'R1'))).status).toBe(
      200
    )
    const list = await env.prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')
    expect(list.body.items.map(i => i.id)).toEqual(['CUSTOMER_SYNC|01.00.0000', 'ORDER_IN|01.00.0001'])
    expect((await env.prod.post('/projects/SALES/connections/ERP/test')).status).toBe(409)
    const configure = (url: string) =>
      env.prod.patch('/projects/SALES/connections/ERP', {
        connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: url }],
        securityProperties: [
          { propertyName: 'username', propertyValue: 'svc' },
          { propertyName: 'password', propertyValue: 'p' }
        ]
      })
    await configure('https://erp-dev.example.com')
    const failed = await env.prod.post<TestResultJson>('/projects/SALES/connections/ERP/test')
    expect(failed.body).toMatchObject({ id: 'ERP', status: 'FAILED' })
    await configure('https://erp.example.com')
    expect((await env.prod.post<TestResultJson>('/projects/SALES/connections/ERP/test')).body.status).toBe(
      'SUCCESS'
    )
  })

  it('answers 409 when the project exists, without touching it (counted once)', async () => {
    const car = await env.dev.exportCar('SALES')
    expect((await env.prod.upload('/projects/archive', car)).status).toBe(200)
    const again = await env.prod.upload('/projects/archive', car)
    expect(again.status).toBe(409)
    expect(again.body).toEqual(problem(409))
    expect(again.body.title).toMatch(/PUT \/projects\/archive/)
    expect(env.emu.counters.mutationCount(IMPORT)).toBe(1)
  })

  it('merges into the existing project with projectImportExisting: merge', async () => {
    expect((await env.prod.upload('/projects/archive', await env.dev.exportCar('SALES', 'R1'))).status).toBe(
      200
    )
    env.emu.switches.projectImportExisting = 'merge'
    const res = await env.prod.upload<ProjectJson>(
      '/projects/archive',
      await env.dev.exportCar('SALES', 'R2')
    )
    expect(res.status).toBe(200)
    expect(res.body.state.assets?.labelsRs.items.map(d => d.code)).toEqual(['R1', 'R2'])
    expect(
      (await env.prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')).body.totalResults
    ).toBe(4)
  })
})

describe('hostile and broken uploads', () => {
  it('answers 400 for a corrupt zip, a missing file part and a body that is not multipart', async () => {
    const corrupt = await env.prod.upload(
      '/projects/archive',
      Buffer.from('PK\u0003\u0004 this is not a zip')
    )
    expect(corrupt.status).toBe(400)
    expect(corrupt.body).toEqual(problem(400))
    expect(corrupt.body.title).toMatch(/not a valid archive/)
    const form = new FormData()
    form.append('type', 'application/octet-stream')
    expect((await env.prod.call('POST', '/projects/archive', { form })).body.title).toMatch(
      /part named 'file'/
    )
    expect((await env.prod.post('/projects/archive', { file: 'x' })).status).toBe(400)
  })

  it('answers 400 for entries with .., absolute paths or backslashes', async () => {
    const dotdot = join(dir, 'dotdot.car')
    await writeZip(dotdot, [
      { name: 'project/project.yaml', data: '---\ncode: EVIL\n' },
      { name: 'zz/evil.txt', data: 'x' }
    ])
    patchZipNames(dotdot, 'zz/evil', '../evil')
    const res = await env.prod.upload('/projects/archive', readFileSync(dotdot))
    expect(res.status).toBe(400)
    expect(res.body.title).toMatch(/unsafe entry name/)
    const slash = join(dir, 'abs.car')
    await writeZip(slash, [{ name: 'etc/passwd', data: 'x' }])
    patchZipNames(slash, 'etc/passwd', '/tc/passwd')
    expect((await env.prod.upload('/projects/archive', readFileSync(slash))).body.title).toMatch(/unsafe/)
    const back = join(dir, 'back.car')
    await writeZip(back, [{ name: 'a/b.txt', data: 'x' }])
    patchZipNames(back, 'a/b.txt', 'a\\b.txt')
    expect((await env.prod.upload('/projects/archive', readFileSync(back))).status).toBe(400)
    expect((await env.prod.get('/projects/EVIL')).status).toBe(404)
  })

  it('answers 413 above maxArchiveBytes and imports below it', async () => {
    const car = await env.dev.exportCar('SALES')
    env.emu.switches.maxArchiveBytes = car.length - 1
    const res = await env.prod.upload('/projects/archive', car)
    expect(res.status).toBe(413)
    expect(res.body).toEqual(problem(413))
    expect((await env.prod.get('/projects/SALES')).status).toBe(404)
    env.emu.switches.maxArchiveBytes = car.length
    expect((await env.prod.upload('/projects/archive', car)).status).toBe(200)
  })
})

describe('replace (PUT /projects/archive)', () => {
  it('answers 404 when the project does not exist', async () => {
    const res = await env.prod.upload('/projects/archive', await env.dev.exportCar('SALES'), 'PUT')
    expect(res.status).toBe(404)
    expect(res.body.title).toMatch(/POST \/projects\/archive/)
  })

  it('answers 412 while an integration is active', async () => {
    const car = await env.dev.exportCar('SALES')
    await env.prod.upload('/projects/archive', car)
    await env.prod.patch('/projects/SALES/integrations/CUSTOMER_SYNC%7C01.00.0000', { status: 'ACTIVATED' })
    const res = await env.prod.upload('/projects/archive', car, 'PUT')
    expect(res.status).toBe(412)
    expect(res.body.title).toMatch(/CUSTOMER_SYNC\|01\.00\.0000/)
  })

  it('replaces integrations and deployments, keeps configured connections, adds new ones as drafts', async () => {
    await env.prod.upload('/projects/archive', await env.dev.exportCar('SALES'))
    await env.prod.patch('/projects/SALES/connections/CRM', {
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: 'https://crm.example.com' }],
      securityProperties: ['oauth.client.id', 'oauth.client.secret', 'oauth.access.token.uri'].map(
        propertyName => ({
          propertyName,
          propertyValue: 'x'
        })
      )
    })
    const next = await projectCarBytes({
      code: 'SALES',
      integrations: [{ code: 'ORDER_IN', version: '03.00.0000', connections: ['CRM', 'NEWC'] }],
      labels: [
        // Two labels: one label pinning every integration reads as a deployment export (format file §4).
        { code: 'R3', name: 'Release 3', integrations: [{ code: 'ORDER_IN', version: '03.00.0000' }] },
        { code: 'R4', name: 'Release 4' }
      ],
      connections: [
        { code: 'CRM', name: 'CRM REST', properties: { connectionUrl: 'https://crm-dev.example.com' } },
        { code: 'NEWC', name: 'New connection' }
      ]
    })
    const res = await env.prod.upload<ProjectJson>('/projects/archive', next, 'PUT')
    expect(res.status).toBe(200)
    expect(res.body.state.assets?.labelsRs.items.map(d => d.code)).toEqual(['R3', 'R4'])
    const list = await env.prod.get<Collection<IntegrationJson>>('/projects/SALES/integrations')
    expect(list.body.items.map(i => [i.id, i.status])).toEqual([['ORDER_IN|03.00.0000', 'CONFIGURED']])
    const crm = await env.prod.get<ConnectionJson>('/projects/SALES/connections/CRM')
    expect(crm.body).toMatchObject({
      status: 'CONFIGURED',
      connectionProperties: [{ propertyValue: 'https://crm.example.com' }]
    })
    expect((await env.prod.get<ConnectionJson>('/projects/SALES/connections/NEWC')).body.status).toBe(
      'INPROGRESS'
    )
    expect(env.emu.counters.mutationCount('PUT /ic/api/integration/v1/projects/archive')).toBe(1)
  })
})
