// Verify the typed deployments client against the emulator: paged lists with q, get, create, update with the method
// override (lists replaced), delete, side effects seen in the project, and typed 400/404/409 errors.
import { describe, expect, it } from '@jest/globals'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { qFilter } from '../../src/core/oic/api.js'
import {
  createDeployment,
  deleteDeployment,
  getDeployment,
  listDeployments,
  updateDeployment,
  type Deployment
} from '../../src/core/oic/deployments.js'
import { getProject } from '../../src/core/oic/projects.js'
import { httpError, useOicClient } from '../support/oic-client.js'

const BULK = 105
const LIST = 'GET /ic/api/integration/v1/projects/:p/deployments'
const CREATE = 'POST /ic/api/integration/v1/projects/:p/deployments'
const UPDATE = 'PATCH /ic/api/integration/v1/projects/:p/deployments/:d'
const ORACLE_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/
const REL: InstanceSeed = {
  name: 'dev',
  projects: [
    {
      code: 'REL',
      name: 'Releases',
      integrations: [
        { code: 'ORDERS', version: '01.00.0000' },
        { code: 'ORDERS', version: '01.00.0001' },
        { code: 'BILLING', version: '02.00.0000' }
      ],
      deployments: Array.from({ length: BULK }, (_, i) => ({
        code: `D_${String(i).padStart(3, '0')}`,
        name: `Release ${i}`,
        integrations: [i % 2 ? 'ORDERS|01.00.0000' : 'BILLING|02.00.0000']
      }))
    }
  ]
}

const env = useOicClient('dev', { instances: [REL] })

describe('deployments', () => {
  it('listDeployments walks every page of a project (more than one page) and passes q to the server', async () => {
    const before = env.emu.counters.requests.get(LIST) ?? 0
    const all = await listDeployments(env.dev, 'REL')
    expect(env.emu.counters.requests.get(LIST)! - before).toBe(2)
    expect(all).toHaveLength(BULK)
    expect(new Set(all.map(d => d.code)).size).toBe(BULK)
    expect(all.find(d => d.code === 'D_001')).toMatchObject({
      name: 'Release 1',
      description: '',
      integrations: [{ code: 'ORDERS', version: '01.00.0000' }],
      robots: [],
      decisions: [],
      b2btradingpartners: []
    })

    const tens = await listDeployments(env.dev, 'REL', { q: qFilter({ name: '/Release 10/' }) })
    expect(tens.map(d => d.code).sort()).toEqual(['D_010', 'D_100', 'D_101', 'D_102', 'D_103', 'D_104'])
    expect(await listDeployments(env.dev, 'REL', { q: "{code:'D_007'}" })).toEqual([
      expect.objectContaining({ code: 'D_007', name: 'Release 7' })
    ])
    await httpError(listDeployments(env.dev, 'NOPE'), 404, 'Project NOPE was not found.')
  })

  it('getDeployment reads one LabelRs; unknown deployments and projects are typed 404s', async () => {
    const d = await getDeployment(env.dev, 'REL', 'D_002')
    expect(d).toMatchObject({
      code: 'D_002',
      name: 'Release 2',
      integrations: [{ code: 'BILLING', version: '02.00.0000' }]
    })
    expect(d.lastUpdated).toMatch(ORACLE_DATE)
    await httpError(
      getDeployment(env.dev, 'REL', 'NOPE'),
      404,
      'Deployment NOPE was not found in project REL.'
    )
    await httpError(getDeployment(env.dev, 'NOPE', 'D_002'), 404, 'Project NOPE was not found.')
  })

  it('createDeployment echoes the stored deployment and adds it to the project; 409, 400 and 404 are typed', async () => {
    const revision = (await getProject(env.dev, 'REL')).state?.projectRevisionId ?? 0
    const wanted: Deployment = {
      code: 'R1',
      name: 'Release one',
      description: 'first drop',
      integrations: [
        { code: 'ORDERS', version: '01.00.0001' },
        { code: 'BILLING', version: '02.00.0000' }
      ],
      robots: [{ identifier: 'RPA1', version: '01.00.0000' }],
      decisions: [{ identifier: 'DEC1', version: '01.00.0000' }],
      b2btradingpartners: [{ code: 'TP1', version: '01.00.0000' }]
    }
    const created = await createDeployment(env.dev, 'REL', wanted)
    expect(created).toMatchObject(wanted)
    expect(created?.lastUpdated).toMatch(ORACLE_DATE)
    expect(await getDeployment(env.dev, 'REL', 'R1')).toMatchObject(wanted)
    const project = await getProject(env.dev, 'REL')
    expect(project.state?.projectRevisionId).toBe(revision + 1)
    expect(project.state?.assets?.labelsRs?.items).toContainEqual(
      expect.objectContaining({ code: 'R1', name: 'Release one', integrations: wanted.integrations })
    )
    expect(env.emu.counters.mutationCount(CREATE)).toBe(1)

    await httpError(
      createDeployment(env.dev, 'REL', wanted),
      409,
      'Deployment R1 already exists in project REL.'
    )
    await httpError(
      createDeployment(env.dev, 'REL', {
        code: 'R9',
        name: 'Missing',
        integrations: [{ code: 'GHOST', version: '01.00.0000' }]
      }),
      400,
      /Integration GHOST\|01.00.0000 named by deployment R9 does not exist/
    )
    await httpError(createDeployment(env.dev, 'REL', { code: 'R9', name: '' }), 400, /non-empty 'name'/)
    await httpError(createDeployment(env.dev, 'NOPE', { code: 'R9', name: 'x' }), 404)
    expect(env.emu.counters.mutationCount(CREATE)).toBe(1)
  })

  it('updateDeployment (POST + X-HTTP-Method-Override: PATCH) replaces the lists; unknown ones are typed 404s', async () => {
    const before = await getDeployment(env.dev, 'REL', 'D_003')
    env.emu.clock.advance(5_000)
    const updated = await updateDeployment(env.dev, 'REL', {
      code: 'D_003',
      name: 'Release 3 (fixed)',
      integrations: [{ code: 'ORDERS', version: '01.00.0001' }]
    })
    expect(updated).toMatchObject({
      code: 'D_003',
      name: 'Release 3 (fixed)',
      description: '',
      integrations: [{ code: 'ORDERS', version: '01.00.0001' }],
      robots: []
    })
    expect(updated?.lastUpdated).not.toBe(before.lastUpdated)
    expect(await getDeployment(env.dev, 'REL', 'D_003')).toMatchObject({
      name: 'Release 3 (fixed)',
      integrations: [{ code: 'ORDERS', version: '01.00.0001' }]
    })
    // The same full body again yields the same deployment (the client may repeat it).
    await updateDeployment(env.dev, 'REL', { ...updated!, name: 'Release 3 (fixed)' })
    expect((await getDeployment(env.dev, 'REL', 'D_003')).integrations).toEqual(updated?.integrations)
    expect(env.emu.counters.mutationCount(UPDATE)).toBe(2)

    await httpError(updateDeployment(env.dev, 'REL', { code: 'NOPE', name: 'x' }), 404, /Deployment NOPE/)
    await httpError(
      updateDeployment(env.dev, 'REL', {
        code: 'D_003',
        name: 'x',
        integrations: [{ code: 'ORDERS', version: '09.00.0000' }]
      }),
      400,
      /ORDERS\|09.00.0000/
    )
  })

  it('deleteDeployment removes it (a follow-up GET is 404, the project no longer lists it)', async () => {
    await expect(deleteDeployment(env.dev, 'REL', 'D_004')).resolves.toBeUndefined()
    await httpError(getDeployment(env.dev, 'REL', 'D_004'), 404)
    const labels = (await getProject(env.dev, 'REL')).state?.assets?.labelsRs?.items ?? []
    expect(labels.map(d => d.code)).not.toContain('D_004')
    expect((await listDeployments(env.dev, 'REL')).map(d => d.code)).not.toContain('D_004')
    await httpError(
      deleteDeployment(env.dev, 'REL', 'D_004'),
      404,
      'Deployment D_004 was not found in project REL.'
    )
    await httpError(deleteDeployment(env.dev, 'NOPE', 'D_005'), 404, 'Project NOPE was not found.')
  })
})
