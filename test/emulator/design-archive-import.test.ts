// Verify imports of archives shaped like OIC's real exports (built from a spec by test/support/car.ts, never copied
// from a third party): what lands in the project, a deployment export, shared connections left out, folders the
// emulator does not model ignored, the 400s for what is not a project archive, and the .iar layout (§5).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'
import { carEntries, projectCarBytes, writeIarFile, zipEntries, type CarSpec } from '../support/car.js'
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
  useDevAndProd
} from '../support/emulator-design.js'

const dir = mkdtempSync(join(tmpdir(), 'design-archive-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const env = useDevAndProd(() => ({ seed: designSeed(), switches: { activationDelayMs: 0 } }))

/** A project with underscored codes, a shared connection outside the archive, and every optional folder. */
const SPEC: CarSpec = {
  code: 'ORDERS_HUB',
  name: 'Orders hub',
  integrations: [
    {
      code: 'TEST_1725367894',
      version: '01.00.0000',
      name: 'Underscored',
      connections: ['REST_IN', 'PRESEEDED_COLLOCATED_CONN_ATP'],
      lookups: ['Country_Codes']
    },
    {
      code: 'ORDER_SYNC_V2',
      version: '02.00.0001',
      name: 'Order sync',
      connections: ['REST_IN'],
      scheduled: true
    },
    { code: 'UNPINNED', version: '01.00.0000', connections: ['FTP_OUT'] }
  ],
  connections: [
    { code: 'REST_IN', name: 'REST in', properties: { connectionUrl: 'https://in.example.com' } },
    {
      code: 'FTP_OUT',
      adapter: 'ftp',
      securityPolicy: 'FTP_PUBLIC_KEY_AUTHENTICATION',
      prefix: 'ns0',
      properties: { ftpHost: 'ftp.example.com' }
    }
  ],
  labels: [
    {
      code: 'REL_A',
      name: 'Release A',
      integrations: [
        { code: 'TEST_1725367894', version: '01.00.0000' },
        { code: 'ORDER_SYNC_V2', version: '02.00.0001' }
      ]
    },
    { code: 'EMPTY' }
  ],
  lookups: [
    {
      name: 'Country_Codes',
      columns: ['iso2', 'name'],
      rows: [
        ['DE', 'Germany'],
        ['FR', 'France']
      ]
    }
  ],
  libraries: [{ code: 'UTILS_JS', version: '01.00.0000', name: 'Utils' }],
  queues: [{ code: 'Q1' }],
  templates: [{ code: 'T1', version: '01.00.0000' }],
  agents: [{ code: 'AG1', version: '01.00.0000' }],
  extra: [{ name: 'project/processes/P1.json', data: '{}' }]
}

const P = '/projects/ORDERS_HUB'
const ids = async (): Promise<string[]> =>
  (await env.prod.get<Collection<IntegrationJson>>(`${P}/integrations`)).body.items.map(i => i.id).sort()

describe('import of a whole-project export', () => {
  it('lands integrations (versions after the last underscore), labels, connections, lookups and libraries', async () => {
    const res = await env.prod.upload<ProjectJson>('/projects/archive', await projectCarBytes(SPEC))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ code: 'ORDERS_HUB', name: 'Orders hub', state: { status: 'DRAFT' } })
    expect(await ids()).toEqual([
      'ORDER_SYNC_V2|02.00.0001',
      'TEST_1725367894|01.00.0000',
      'UNPINNED|01.00.0000'
    ])
    const sync = await env.prod.get<IntegrationJson>(`${P}/integrations/ORDER_SYNC_V2%7C02.00.0001`)
    expect(sync.body).toMatchObject({ name: 'Order sync', status: 'CONFIGURED', style: 'freeform_scheduled' })
    const deployments = await env.prod.get<Collection<DeploymentJson>>(`${P}/deployments`)
    expect(deployments.body.items.map(d => [d.code, d.integrations.length])).toEqual([
      ['EMPTY', 0],
      ['REL_A', 2]
    ])
    const rest = await env.prod.get<ConnectionJson>(`${P}/connections/REST_IN`)
    expect(rest.body).toMatchObject({ status: 'INPROGRESS', securityPolicy: 'BASIC_AUTH' })
    expect(rest.body.connectionProperties.map(p => [p.propertyName, p.propertyValue])).toEqual([
      ['connectionUrl', 'https://in.example.com']
    ])
    expect(rest.body.securityProperties.map(p => [p.propertyName, p.propertyValue])).toEqual([
      ['username', undefined],
      ['password', undefined]
    ])
    const ftp = await env.prod.get<ConnectionJson>(`${P}/connections/FTP_OUT`)
    expect(ftp.body).toMatchObject({ adapterType: { name: 'ftp' }, status: 'INPROGRESS' })
    expect(ftp.body.securityProperties.map(p => p.propertyName)).toEqual(['username', 'PrivateKey'])
    // A shared connection the archive only names stays outside the project: the instance must have it.
    expect((await env.prod.get(`${P}/connections/PRESEEDED_COLLOCATED_CONN_ATP`)).status).toBe(404)
    const lookup = await env.prod.get<LookupJson>(`${P}/lookups/Country_Codes`)
    expect(lookup.body).toMatchObject({ columns: ['iso2', 'name'], rowCount: 2 })
    const library = await env.prod.get<LibraryJson>(`${P}/libraries/UTILS_JS%7C01.00.0000`)
    expect(library.body).toMatchObject({ code: 'UTILS_JS', size: 'function run() { return 1 }\n'.length })
  })

  it('imports an empty project and one without rpa.zip', async () => {
    const res = await env.prod.upload<ProjectJson>(
      '/projects/archive',
      await projectCarBytes({ code: 'EMPTY_P', rpa: false })
    )
    expect(res.status).toBe(200)
    expect(res.body.code).toBe('EMPTY_P')
  })
})

describe('shared connections outside the archive', () => {
  const activate = async (client: DesignClient, id: string): Promise<string> => {
    await client.patch(`${P}/integrations/${encodeURIComponent(id)}`, { status: 'ACTIVATED' })
    return (await client.get<IntegrationJson>(`${P}/integrations/${encodeURIComponent(id)}`)).body.status
  }
  const configureRestIn = (client: DesignClient) =>
    client.patch(`${P}/connections/REST_IN`, {
      securityProperties: [
        { propertyName: 'username', propertyValue: 'svc' },
        { propertyName: 'password', propertyValue: 'p' }
      ]
    })

  it('fail an activation when the instance lacks them, and serve it when the instance has one', async () => {
    expect((await env.prod.upload('/projects/archive', await projectCarBytes(SPEC))).status).toBe(200)
    expect((await configureRestIn(env.prod)).status).toBe(200)
    expect(await activate(env.prod, 'ORDER_SYNC_V2|02.00.0001')).toBe('ACTIVATED')
    expect(await activate(env.prod, 'TEST_1725367894|01.00.0000')).toBe('FAILEDACTIVATION')
    // env.dev has a configured connection of its own, GLOBAL_REST, outside every project.
    const shared = {
      ...SPEC,
      integrations: [{ code: 'USES_SHARED', version: '01.00.0000', connections: ['REST_IN', 'GLOBAL_REST'] }]
    }
    expect((await env.dev.upload('/projects/archive', await projectCarBytes(shared))).status).toBe(200)
    await configureRestIn(env.dev)
    const got = await env.dev.get<IntegrationJson>(`${P}/integrations/USES_SHARED%7C01.00.0000`)
    expect(got.body.dependencies?.connections.map(c => [c.id, c.status])).toEqual([
      ['REST_IN', 'CONFIGURED'],
      ['GLOBAL_REST', 'CONFIGURED']
    ])
    expect(await activate(env.dev, 'USES_SHARED|01.00.0000')).toBe('ACTIVATED')
  })
})

describe('import of a deployment export', () => {
  it('holds only the pinned integrations; PUT with it adds to the project instead of replacing it', async () => {
    const release = await projectCarBytes({ ...SPEC, deployment: 'REL_A' })
    expect((await env.prod.upload('/projects/archive', release)).status).toBe(200)
    expect(await ids()).toEqual(['ORDER_SYNC_V2|02.00.0001', 'TEST_1725367894|01.00.0000'])
    expect((await env.prod.get(`${P}/connections/FTP_OUT`)).status).toBe(404)
    expect((await env.prod.del(P)).status).toBe(200)
    expect((await env.prod.upload('/projects/archive', await projectCarBytes(SPEC))).status).toBe(200)
    expect((await env.prod.upload('/projects/archive', release, 'PUT')).status).toBe(200)
    expect(await ids()).toEqual([
      'ORDER_SYNC_V2|02.00.0001',
      'TEST_1725367894|01.00.0000',
      'UNPINNED|01.00.0000'
    ])
  })
})

describe('what is not a project archive', () => {
  const rejects = async (zip: Buffer, detail: RegExp): Promise<void> => {
    const res = await env.prod.upload('/projects/archive', zip)
    expect({ status: res.status, detail: res.body.title }).toEqual({
      status: 400,
      detail: expect.stringMatching(detail)
    })
    expect(res.body).toEqual(problem(400))
    expect((await env.prod.get<Collection<ProjectJson>>('/projects')).body.totalResults).toBe(0)
  }
  const withEntry = (name: string, data: string): Promise<Buffer> =>
    zipEntries([
      ...carEntries({ code: 'BAD', integrations: [{ code: 'A', version: '01.00.0000' }] }).filter(
        e => e.name !== name
      ),
      { name, data: Buffer.from(data) }
    ])

  it('answers 400 for a zip without project/project.yaml, naming the missing file', async () => {
    await rejects(
      await zipEntries([{ name: 'readme.txt', data: Buffer.from('hi') }]),
      /no project\/project\.yaml/
    )
    const noYaml = carEntries({ code: 'X', integrations: [{ code: 'A', version: '01.00.0000' }] })
    await rejects(
      await zipEntries(noYaml.filter(e => e.name !== 'project/project.yaml')),
      /not an OIC project archive/
    )
  })

  it('answers 400 for an .iar, saying it is an integration archive', async () => {
    const path = join(dir, 'one.iar')
    await writeIarFile(path, { code: 'HELLO', version: '01.00.0000', connections: ['REST_IN'] })
    await rejects(readFileSync(path), /integration archive \(\.iar/)
  })

  it('answers 400 for entries outside project/, bad folders, missing info.json, bad YAML or XML', async () => {
    await rejects(await withEntry('README.txt', 'x'), /outside project\//)
    await rejects(await withEntry('project/integrations/BROKEN/info.json', '{}'), /_NN\.NN\.NNNN/)
    await rejects(
      await withEntry('project/integrations/NOINFO_01.00.0000/PROJECT-INF/analysis.json', '{}'),
      /no info\.json/
    )
    await rejects(await withEntry('project/project.yaml', '---\ncode: [unclosed\n'), /not valid YAML/)
    await rejects(await withEntry('project/project.yaml', '---\ncode: ../evil\n'), /not a valid identifier/)
    await rejects(
      await withEntry('project/connections/C.xml', '<ApplicationInstance><instanceCode>C'),
      /well-formed/
    )
    await rejects(await withEntry('project/lookups/L.dvm', '<notadvm/>'), /not a dvm document/)
  })

  it('ignores entries outside project/ with archiveForeignEntries: ignore', async () => {
    env.emu.switches.archiveForeignEntries = 'ignore'
    const res = await env.prod.upload<ProjectJson>('/projects/archive', await withEntry('README.txt', 'x'))
    expect([res.status, res.body.code]).toEqual([200, 'BAD'])
  })
})

describe('integration archives (.iar, §5)', () => {
  it('exports icspackage/project/<CODE>_<VER>/… with its connections under appinstances/', async () => {
    const res = await fetch(env.dev.url('/integrations/GLOBAL_PING%7C01.00.0000/archive'), {
      headers: { authorization: `Bearer ${env.dev.token}` }
    })
    const zip = await yauzl.fromBufferPromise(Buffer.from(await res.arrayBuffer()), { lazyEntries: true })
    const names: string[] = []
    for await (const entry of zip.eachEntry()) names.push(entry.fileName)
    expect(names).toEqual([
      'icspackage/project/GLOBAL_PING_01.00.0000/ics_project_attributes.properties',
      'icspackage/project/GLOBAL_PING_01.00.0000/PROJECT-INF/project.xml',
      'icspackage/project/GLOBAL_PING_01.00.0000/PROJECT-INF/analysis.json',
      'icspackage/project/GLOBAL_PING_01.00.0000/resources/application_1/appinstance.properties',
      'icspackage/appinstances/GLOBAL_REST.xml'
    ])
  })

  it('imports a real-layout .iar with its connection, lookup and schedule; refuses a .car', async () => {
    const path = join(dir, 'sync.iar')
    await writeIarFile(path, {
      code: 'ORDER_SYNC_V2',
      version: '02.00.0001',
      name: 'Order sync',
      connections: ['REST_IN'],
      lookups: ['Country_Codes'],
      scheduled: true
    })
    expect(
      (await env.prod.upload('/integrations/archive', readFileSync(path), 'POST', 'sync.iar')).status
    ).toBe(204)
    const got = await env.prod.get<IntegrationJson>('/integrations/ORDER_SYNC_V2%7C02.00.0001')
    expect(got.body).toMatchObject({ name: 'Order sync', style: 'freeform_scheduled', status: 'CONFIGURED' })
    expect((await env.prod.get<ConnectionJson>('/connections/REST_IN')).body.status).toBe('INPROGRESS')
    const car = await env.prod.upload('/integrations/archive', await projectCarBytes(SPEC), 'POST', 'x.car')
    expect(car.status).toBe(400)
    expect(car.body.title).toMatch(/project archive \(\.car/)
  })
})
