// Verify the projects routes: envelope, paging, q and orderBy, shapes, create/delete preconditions, derived
// status, revisions, ACL and /identifies.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator, Seed } from '../../emulator/index.js'
import { startEmulator, testSeed, TEST_CLIENT } from '../support/emulator.js'
import {
  designSeed,
  DesignClient,
  problem,
  type Collection,
  type ProjectJson,
  type Problem
} from '../support/emulator-design.js'

const ORACLE_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/

let emu: Emulator
let dev: DesignClient
beforeEach(async () => {
  emu = await startEmulator({ seed: designSeed(), switches: { activationDelayMs: 1000 } })
  dev = await DesignClient.for(emu, 'dev')
})
afterEach(async () => {
  await emu.stop()
})

async function restart(seed: Seed): Promise<void> {
  await emu.stop()
  emu = await startEmulator({ seed, switches: { activationDelayMs: 1000 } })
  dev = await DesignClient.for(emu, 'dev')
}

async function createProjects(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const code = `P${String(i).padStart(2, '0')}`
    expect((await dev.post('/projects', { code, name: `Project ${24 - i}` })).status).toBe(201)
    emu.clock.advance(1000)
  }
}

describe('GET /projects', () => {
  it('answers the collection envelope with absolute links', async () => {
    const res = await dev.get<Collection<ProjectJson>>('/projects')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.body).toEqual({
      items: [expect.objectContaining({ id: 'SALES', code: 'SALES', name: 'Sales', type: 'DEVELOPED' })],
      hasMore: false,
      totalResults: 1,
      limit: 100,
      links: [{ href: dev.url('/projects'), rel: 'self' }]
    })
    const item = res.body.items[0]!
    expect(item.links).toEqual([
      { href: dev.url('/projects/SALES'), rel: 'self' },
      { href: dev.url('/projects/SALES'), rel: 'canonical' }
    ])
    expect(item.state).toMatchObject({
      projectRevisionId: 0,
      status: 'DRAFT',
      updated: { by: 'emulator-seed' }
    })
  })

  it('pages with offset and limit, reporting hasMore and the full totalResults', async () => {
    await createProjects(25)
    const first = await dev.get<Collection<ProjectJson>>('/projects', { limit: '10' })
    expect(first.body).toMatchObject({ hasMore: true, totalResults: 26, limit: 10 })
    expect(first.body.items).toHaveLength(10)
    const last = await dev.get<Collection<ProjectJson>>('/projects', { limit: '10', offset: '20' })
    expect(last.body).toMatchObject({ hasMore: false, totalResults: 26 })
    expect(last.body.items).toHaveLength(6)
    const beyond = await dev.get<Collection<ProjectJson>>('/projects', { offset: '100' })
    expect(beyond.body).toMatchObject({ items: [], hasMore: false, totalResults: 26 })
    expect((await dev.get('/projects', { limit: 'ten' })).body).toEqual(problem(400))
  })

  it('orders by name (default) or by time, newest first', async () => {
    await createProjects(3)
    const byName = await dev.get<Collection<ProjectJson>>('/projects')
    expect(byName.body.items.map(p => p.name)).toEqual(['Project 22', 'Project 23', 'Project 24', 'Sales'])
    const byTime = await dev.get<Collection<ProjectJson>>('/projects', { orderBy: 'time' })
    expect(byTime.body.items.map(p => p.code)).toEqual(['P02', 'P01', 'P00', 'SALES'])
  })

  it("filters with q: {name:'X'} is exact, {name:/x/} contains; type is a q key (K7)", async () => {
    await createProjects(2)
    const names = async (q: string, extra: Record<string, string> = {}): Promise<string[]> =>
      (await dev.get<Collection<ProjectJson>>('/projects', { q, ...extra })).body.items.map(p => p.name)
    expect(await names("{name:'Sales'}")).toEqual(['Sales'])
    expect(await names("{name:'sales'}")).toEqual([])
    expect(await names('{name:/ROJECT 2/}')).toEqual(['Project 23', 'Project 24'])
    expect(await names("{name:/ale/, type:'DEVELOPED'}")).toEqual(['Sales'])
    expect(await names("{name:/ale/, type:'ACCELERATOR'}")).toEqual([])
    // D:Retrieve Projects lists type among the q keys: a top-level type is ignored like any unknown parameter…
    expect(await names('{name:/ale/}', { type: 'ACCELERATOR' })).toEqual(['Sales'])
    // …unless the older reading is switched on.
    emu.switches.projectsTypeTopLevel = true
    expect(await names('{name:/ale/}', { type: 'ACCELERATOR' })).toEqual([])
    expect(await names("{unknownKey:'x'}")).toHaveLength(3)
    expect((await dev.get('/projects', { q: 'name=Sales' })).body).toEqual(problem(400))
  })
})

describe('GET /projects/{p}', () => {
  it('answers the full project with deployments as labelsRs and Oracle dates', async () => {
    const res = await dev.get<ProjectJson>('/projects/SALES')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      id: 'SALES',
      code: 'SALES',
      name: 'Sales',
      description: 'sample project',
      type: 'DEVELOPED',
      cloneRestrict: 'NONE',
      smartTags: [],
      origin: {},
      state: { lockStatus: false, serviceInstanceId: 0, projectRevisionId: 0, status: 'DRAFT' }
    })
    expect(res.body.state.created.date).toMatch(ORACLE_DATE)
    expect(res.body.state.assets?.labelsRs.items.map(d => d.code)).toEqual(['R1', 'R2'])
    expect(res.body.state.assets?.labelsRs.items[0]?.integrations).toEqual([
      { code: 'ORDER_IN', version: '01.00.0001' },
      { code: 'CUSTOMER_SYNC', version: '01.00.0000' }
    ])
  })

  it('answers 404 with a problem document for an unknown project', async () => {
    const res = await dev.get('/projects/NOPE')
    expect(res.status).toBe(404)
    expect(res.body).toEqual(problem(404))
    expect(res.body.title).toMatch(/NOPE/)
  })
})

describe('POST /projects', () => {
  it('creates a DRAFT project (201), stamped with the caller and a lower-cased keyword', async () => {
    const res = await dev.post<ProjectJson>('/projects', {
      name: 'My Project',
      code: 'MYPROJECT',
      keyword: 'createdViaAPI',
      description: 'using Postman'
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      id: 'MYPROJECT',
      code: 'MYPROJECT',
      name: 'My Project',
      keyword: 'createdviaapi',
      state: { status: 'DRAFT', projectRevisionId: 0, created: { by: TEST_CLIENT.clientId } }
    })
    expect((await dev.get('/projects/MYPROJECT')).status).toBe(200)
    expect(emu.counters.mutationCount('POST /ic/api/integration/v1/projects')).toBe(1)
  })

  it('answers 409 for a duplicate code and 400 for a missing name or a bad code', async () => {
    expect((await dev.post('/projects', { code: 'SALES', name: 'again' })).status).toBe(409)
    const noName = await dev.post('/projects', { code: 'X1' })
    expect(noName.status).toBe(400)
    expect(noName.body.title).toMatch(/'name'/)
    expect((await dev.post('/projects', { code: '../X', name: 'x' })).status).toBe(400)
    expect((await dev.post('/projects', [1, 2])).status).toBe(400)
  })

  it('answers 200 with createStatus 200 (the older reading)', async () => {
    emu.switches.createStatus = 200
    expect((await dev.post('/projects', { code: 'NEW1', name: 'New' })).status).toBe(200)
  })
})

describe('project status, revisions and DELETE', () => {
  it('is DRAFT with a draft connection, CONFIGURED once configured, ACTIVE when every integration is', async () => {
    await restart(
      testSeed([
        {
          name: 'dev',
          projects: [
            {
              code: 'SMALL',
              connections: [{ id: 'C1', properties: [{ propertyName: 'url' }] }],
              integrations: [
                { code: 'A', version: '01.00.0000', connections: ['C1'] },
                { code: 'B', version: '01.00.0000' }
              ]
            }
          ]
        }
      ])
    )
    const status = async (): Promise<string> =>
      (await dev.get<ProjectJson>('/projects/SMALL')).body.state.status
    expect(await status()).toBe('DRAFT')
    expect(
      (
        await dev.patch('/projects/SMALL/connections/C1', {
          connectionProperties: { propertyName: 'url', propertyValue: 'https://x' }
        })
      ).status
    ).toBe(200)
    expect(await status()).toBe('CONFIGURED')
    await dev.post('/projects/SMALL/integrations/A%7C01.00.0000', { status: 'ACTIVATED' })
    await dev.post('/projects/SMALL/integrations/B%7C01.00.0000', { status: 'ACTIVATED' })
    expect(await status()).toBe('CONFIGURED')
    emu.clock.advance(1000)
    expect(await status()).toBe('ACTIVE')
    expect((await dev.get<ProjectJson>('/projects/SMALL')).body.state.projectRevisionId).toBe(3)
  })

  it('refuses to delete a project with an active integration (412), deletes it once deactivated', async () => {
    await dev.post('/projects/SALES/integrations/CUSTOMER_SYNC%7C01.00.0000', { status: 'ACTIVATED' })
    const refused = await dev.del('/projects/SALES')
    expect(refused.status).toBe(412)
    expect(refused.body.title).toMatch(/CUSTOMER_SYNC\|01\.00\.0000 \(ACTIVATION_INPROGRESS\)/)
    emu.clock.advance(1000)
    await dev.post('/projects/SALES/integrations/CUSTOMER_SYNC%7C01.00.0000', { status: 'CONFIGURED' })
    const deleted = await dev.del('/projects/SALES')
    expect(deleted.status).toBe(200)
    expect((await dev.get('/projects/SALES')).status).toBe(404)
    expect((await dev.del('/projects/SALES')).status).toBe(404)
  })

  it('refuses to delete a project with a locked integration (412)', async () => {
    const seed = designSeed()
    seed.instances[0]!.projects![0]!.integrations![0]!.locked = true
    await restart(seed)
    const res = await dev.del('/projects/SALES')
    expect(res.status).toBe(412)
    expect(res.body.title).toMatch(/locked/)
  })
})

describe('project ACL and /identifies', () => {
  it('reads the default ACL and replaces only the roles sent (204)', async () => {
    const before = await dev.get<Record<string, unknown>>('/projects/SALES/acl')
    expect(before.status).toBe(200)
    expect(before.body).toMatchObject({
      administrators: { allowAll: true, allowed: [] },
      editors: { allowAll: true, allowed: [] },
      viewers: { allowAll: true, allowed: [] },
      monitors: { allowAll: true, allowed: [] },
      createdBy: 'emulator-seed'
    })
    const admin = { id: 'u1', displayName: 'Niall', type: 'user' }
    const put = await dev.call('PUT', '/projects/SALES/acl', {
      json: { administrators: { allowAll: false, allowed: [admin] } }
    })
    expect(put.status).toBe(204)
    expect(put.text).toBe('')
    const after = await dev.get<Record<string, unknown>>('/projects/SALES/acl')
    expect(after.body).toMatchObject({
      administrators: { allowAll: false, allowed: [admin] },
      editors: { allowAll: true },
      updatedBy: TEST_CLIENT.clientId
    })
    const bad = await dev.call('PUT', '/projects/SALES/acl', { json: { viewers: { allowed: [] } } })
    expect(bad.status).toBe(400)
    expect((await dev.get('/projects/NOPE/acl')).status).toBe(404)
  })

  it('lists users and groups with ids for ACL entries', async () => {
    const res = await dev.get<Collection<{ id: string; displayName: string; type: string }>>('/identifies')
    expect(res.status).toBe(200)
    expect(res.body.items).toContainEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      displayName: TEST_CLIENT.username,
      type: 'user',
      email: TEST_CLIENT.username
    })
  })
})

describe('instance selection', () => {
  it('answers 400 without integrationInstance and for an unknown one', async () => {
    const res = await fetch(`${emu.url}/ic/api/integration/v1/projects`, {
      headers: { authorization: `Bearer ${dev.token}` }
    })
    expect(res.status).toBe(400)
    expect((await res.json()) as Problem).toEqual(problem(400))
    const other = new DesignClient(emu, 'staging', dev.token)
    expect((await other.get('/projects')).status).toBe(400)
  })
})
