// Verify the deployments routes (LabelRs): list, create, get, update with the required method override, delete.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import {
  designSeed,
  DesignClient,
  problem,
  type Collection,
  type DeploymentJson,
  type ProjectJson
} from '../support/emulator-design.js'

let emu: Emulator
let dev: DesignClient
beforeEach(async () => {
  emu = await startEmulator({ seed: designSeed() })
  dev = await DesignClient.for(emu, 'dev')
})
afterEach(async () => {
  await emu.stop()
})

const R3 = {
  name: 'Release 3',
  code: 'R3',
  description: 'third drop',
  integrations: [
    { code: 'ORDER_IN', version: '02.00.0000' },
    { code: 'FILE_DROP', version: '01.00.0000' }
  ],
  robots: [{ identifier: 'RPA1', version: '01.00.0000' }],
  decisions: [],
  b2btradingpartners: [{ code: 'TP1', version: '01.00.0000' }]
}

describe('deployments', () => {
  // Items only, no paging fields, no links/lastUpdatedBy (test/fixtures/oracle/deployments-list.json, PM).
  it('lists the deployments of a project as items only; offset and limit still page', async () => {
    const res = await dev.get<{ items: DeploymentJson[] }>('/projects/SALES/deployments')
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['items'])
    expect(res.body.items.map(d => d.code)).toEqual(['R1', 'R2'])
    expect(res.body.items.every(d => !('links' in d) && !('lastUpdatedBy' in d))).toBe(true)
    const page = await dev.get<{ items: DeploymentJson[] }>('/projects/SALES/deployments', {
      limit: '1',
      offset: '1'
    })
    expect(Object.keys(page.body)).toEqual(['items'])
    expect(page.body.items.map(d => d.code)).toEqual(['R2'])
    expect((await dev.get('/projects/NOPE/deployments')).status).toBe(404)
  })

  it('answers the older envelope with deploymentsEnvelope', async () => {
    emu.switches.deploymentsEnvelope = true
    const res = await dev.get<Collection<DeploymentJson>>('/projects/SALES/deployments', {
      limit: '1',
      offset: '1'
    })
    expect(res.body).toMatchObject({ hasMore: false, totalResults: 2, limit: 1 })
    expect(res.body.items[0]?.links?.[0]?.href).toBe(dev.url('/projects/SALES/deployments/R2'))
    expect(res.body.items[0]?.lastUpdatedBy).toEqual(expect.any(String))
  })

  it('creates a deployment (201, stored LabelRs) and answers 409 for a duplicate', async () => {
    const res = await dev.post<DeploymentJson>('/projects/SALES/deployments', R3)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ ...R3, lastUpdated: expect.stringMatching(/\+0000$/) })
    expect(res.body.links).toBeUndefined()
    const get = await dev.get<DeploymentJson>('/projects/SALES/deployments/R3')
    expect(get.body).toMatchObject(R3)
    const project = await dev.get<ProjectJson>('/projects/SALES')
    expect(project.body.state.assets?.labelsRs.items.map(d => d.code)).toEqual(['R1', 'R2', 'R3'])
    expect(project.body.state.projectRevisionId).toBe(1)
    expect((await dev.post('/projects/SALES/deployments', R3)).status).toBe(409)
  })

  it('answers 200 with createStatus 200 (the older reading)', async () => {
    emu.switches.createStatus = 200
    expect((await dev.post('/projects/SALES/deployments', R3)).status).toBe(200)
  })

  it('answers 400 naming a missing integration (404 with the switch) and for missing name/code', async () => {
    const body = { ...R3, integrations: [{ code: 'GHOST', version: '01.00.0000' }] }
    const res = await dev.post('/projects/SALES/deployments', body)
    expect(res.status).toBe(400)
    expect(res.body).toEqual(problem(400))
    expect(res.body.title).toMatch(/GHOST\|01\.00\.0000/)
    emu.switches.deploymentMissingIntegrationStatus = 404
    expect((await dev.post('/projects/SALES/deployments', body)).status).toBe(404)
    expect((await dev.post('/projects/SALES/deployments', { code: 'R9' })).status).toBe(400)
    expect((await dev.post('/projects/SALES/deployments', { name: 'x' })).status).toBe(400)
    expect((await dev.post('/projects/SALES/deployments', { ...R3, integrations: 'ORDER_IN' })).status).toBe(
      400
    )
  })

  it('updates only with X-HTTP-Method-Override: PATCH (a plain POST is 405), replacing the lists', async () => {
    const plain = await dev.post('/projects/SALES/deployments/R1', { name: 'R1', code: 'R1' })
    expect(plain.status).toBe(405)
    expect(plain.body.title).toMatch(/X-HTTP-Method-Override: PATCH/)
    const res = await dev.patch<DeploymentJson>('/projects/SALES/deployments/R1', {
      name: 'Release 1b',
      code: 'R1',
      integrations: [{ code: 'INVOICES', version: '01.00.0000' }]
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      name: 'Release 1b',
      integrations: [{ code: 'INVOICES', version: '01.00.0000' }],
      robots: [],
      description: ''
    })
    expect((await dev.get<DeploymentJson>('/projects/SALES/deployments/R1')).body.name).toBe('Release 1b')
    expect(emu.counters.mutationCount('PATCH /ic/api/integration/v1/projects/:p/deployments/:d')).toBe(1)
  })

  it('answers 404 for updating an unknown deployment and 400 for a code that differs from the path', async () => {
    expect((await dev.patch('/projects/SALES/deployments/NOPE', { name: 'x', code: 'NOPE' })).status).toBe(
      404
    )
    expect((await dev.patch('/projects/SALES/deployments/R1', { name: 'x', code: 'R2' })).status).toBe(400)
    expect((await dev.patch('/projects/SALES/deployments/R1', { code: 'R1' })).status).toBe(400)
  })

  it('deletes a deployment (200), then 404', async () => {
    const res = await dev.del('/projects/SALES/deployments/R2')
    expect(res.status).toBe(200)
    expect((await dev.get('/projects/SALES/deployments/R2')).status).toBe(404)
    expect((await dev.del('/projects/SALES/deployments/R2')).status).toBe(404)
    expect(
      (await dev.get<{ items: DeploymentJson[] }>('/projects/SALES/deployments')).body.items
    ).toHaveLength(1)
  })
})
