// Verify the typed projects client (with api.ts paging/q, not-found.ts) against the emulator: pages and listAll, get,
// create, delete, streamed .car export, multipart import (add, replace), typed 400/404/409/412 errors.
import { createWriteStream, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_SEED_PATH, loadSeed, type Emulator } from '../../emulator/index.js'
import { readCar } from '../../src/core/archive/car.js'
import type { HttpClient } from '../../src/core/http/client.js'
import {
  apiPath,
  getJson,
  integrationId,
  listAll,
  listPage,
  PAGE_SIZE,
  qFilter,
  qValue
} from '../../src/core/oic/api.js'
import { setIntegrationStatus } from '../../src/core/oic/integrations.js'
import { orUndefined } from '../../src/core/oic/not-found.js'
import {
  createProject,
  deleteProject,
  exportProject,
  getProject,
  importProject,
  listAllProjects,
  listProjects,
  qWithType,
  type Project
} from '../../src/core/oic/projects.js'
import { httpError, scratch } from '../support/oic-client.js'
import { exportTo } from '../support/promotion.js'
import { writeProjectCar } from '../support/car.js'
import { clientFor, QUICK_JOBS, startEmulator } from '../support/emulator.js'

const BULK = 130
const LIST = 'GET /ic/api/integration/v1/projects'
const IMPORT = 'POST /ic/api/integration/v1/projects/archive'
const ORACLE_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/
let emu: Emulator
let dev: HttpClient
let prod: HttpClient
const tmp = scratch()
const listRequests = (): number => emu.counters.requests.get(LIST) ?? 0
/** Integration versions of the demo project SALES_ORDERS in the emulator's `instance`. */
const emuIntegrations = (instance: string): number =>
  emu.state.get(instance)!.design.projects.get('SALES_ORDERS')!.integrations.size
const toFile =
  (path: string) =>
  async (body: Readable): Promise<number> => {
    let chunks = 0
    body.on('data', () => void chunks++)
    await pipeline(body, createWriteStream(path))
    return chunks
  }

beforeAll(async () => {
  const [demoDev, demoProd] = loadSeed(DEMO_SEED_PATH).instances
  const bulk = Array.from({ length: BULK }, (_, i) => ({
    code: `BULK_${String(i).padStart(3, '0')}`,
    name: `Bulk ${i}`
  }))
  emu = await startEmulator({
    instances: [{ ...demoDev!, projects: [...demoDev!.projects!, ...bulk] }, demoProd!],
    switches: QUICK_JOBS
  })
  dev = await clientFor(emu, 'dev')
  prod = await clientFor(emu, 'prod')
})
afterAll(async () => {
  await dev.close()
  await prod.close()
  await emu.stop()
  tmp.remove()
})

describe('listing projects', () => {
  it('listProjects answers one page of the envelope; q, type, orderBy, offset and limit reach the server', async () => {
    const page = await listProjects(dev, {
      q: qFilter({ name: '/bulk/' }),
      orderBy: 'name',
      offset: 5,
      limit: 10
    })
    expect(page).toMatchObject({ hasMore: true, totalResults: BULK, limit: 10 })
    const names = page.items!.map(p => p.name!)
    expect(names).toHaveLength(10)
    expect(names).toEqual([...names].sort())
    const self = new URL(page.links![0]!.href)
    expect(Object.fromEntries(self.searchParams)).toMatchObject({
      q: '{name:/bulk/}',
      orderBy: 'name',
      offset: '5',
      limit: '10',
      integrationInstance: 'dev'
    })

    const q = qFilter({ name: 'Sales Orders', code: undefined, keyword: '' })
    expect(q).toBe("{name:'Sales Orders'}")
    const sales = await listProjects(dev, { q, type: 'DEVELOPED' })
    // K7: type is a q key (D:Retrieve Projects: q={type:'DEVELOPED'}), not a top-level parameter.
    const salesQuery = new URL(sales.links![0]!.href).searchParams
    expect(salesQuery.get('q')).toBe("{name:'Sales Orders', type:'DEVELOPED'}")
    expect(salesQuery.get('type')).toBeNull()
    expect(sales).toMatchObject({ hasMore: false, totalResults: 1 })
    expect(sales.items![0]).toMatchObject({
      id: 'SALES_ORDERS',
      code: 'SALES_ORDERS',
      type: 'DEVELOPED',
      state: { status: 'CONFIGURED', projectRevisionId: 0 }
    })
    expect((await listProjects(dev, { q: qFilter({ name: 'sales orders' }) })).items).toEqual([])
    expect((await listProjects(dev, { type: 'ACCELERATOR' })).totalResults).toBe(0)
    expect(qWithType(undefined, 'DEVELOPED')).toBe("{type:'DEVELOPED'}")
    expect(qWithType('{name:/x/}', undefined)).toBe('{name:/x/}')
    expect(qValue("O'Brien")).toBe("'OBrien'")

    await httpError(listProjects(dev, { q: 'name:x' }), 400, /Invalid q parameter/)
  })

  it('listAllProjects and listAll walk every page (more items than one page) and keep the filter', async () => {
    expect(PAGE_SIZE).toBe(100)
    let before = listRequests()
    const bulk = await listAllProjects(dev, qFilter({ name: '/bulk/' }))
    expect(listRequests() - before).toBe(2)
    expect(bulk).toHaveLength(BULK)
    expect(new Set(bulk.map(p => p.code)).size).toBe(BULK)

    const twelve = await listAllProjects(dev, '{name:/Bulk 12/}')
    expect(twelve.map(p => p.name).sort()).toEqual(
      ['Bulk 12', ...Array.from({ length: 10 }, (_, i) => `Bulk 12${i}`)].sort()
    )

    before = listRequests()
    const small = await listAll<Project>(dev, apiPath('projects'), 'list projects', {
      q: qFilter({ name: '/bulk/' }),
      pageSize: 25
    })
    expect(listRequests() - before).toBe(6)
    expect(small.map(p => p.code)).toEqual(bulk.map(p => p.code))

    const one = await listPage<Project>(dev, apiPath('projects'), 'list projects', {
      limit: 1,
      extra: { type: 'DEVELOPED' }
    })
    expect(one).toMatchObject({ hasMore: true, limit: 1 })
    expect(one.items).toHaveLength(1)
    const raw = await getJson<Project>(dev, apiPath('projects', 'SALES_ORDERS'), 'get project', {
      x: 'ignored'
    })
    expect(raw).toMatchObject({ code: 'SALES_ORDERS', name: 'Sales Orders' })
    expect(apiPath('projects', 'P', 'integrations', integrationId('A', '01.00.0000'))).toBe(
      '/ic/api/integration/v1/projects/P/integrations/A%7C01.00.0000'
    )
  })
})

describe('one project', () => {
  it('getProject reads the full project; an unknown code is a typed 404 that orUndefined turns into undefined', async () => {
    const p = await getProject(dev, 'SALES_ORDERS')
    expect(p).toMatchObject({
      id: 'SALES_ORDERS',
      code: 'SALES_ORDERS',
      name: 'Sales Orders',
      type: 'DEVELOPED',
      state: { status: 'CONFIGURED', lockStatus: false, projectRevisionId: 0 }
    })
    expect(p.state?.created?.date).toMatch(ORACLE_DATE)
    expect(p.state?.assets?.labelsRs?.items?.map(d => d.code).sort()).toEqual(['FULFILMENT_R2', 'ORDERS_R1'])
    expect(p.links).toContainEqual({
      rel: 'self',
      href: `${emu.url}/ic/api/integration/v1/projects/SALES_ORDERS?integrationInstance=dev`
    })

    await httpError(getProject(dev, 'NOPE'), 404, 'Project NOPE was not found.')
    expect(await orUndefined(getProject(dev, 'NOPE'))).toBeUndefined()
    expect((await orUndefined(getProject(dev, 'SALES_ORDERS')))?.name).toBe('Sales Orders')
    await httpError(orUndefined(createProject(dev, { code: 'SALES_ORDERS', name: 'x' })), 409)
  })

  it('createProject answers the new DRAFT project (keyword lower-cased, stamped by the client); 409 and 400 are typed', async () => {
    const created = await createProject(dev, {
      code: 'NEW_ONE',
      name: 'New one',
      description: 'via the typed client',
      keyword: 'CreatedViaAPI'
    })
    expect(created).toMatchObject({
      id: 'NEW_ONE',
      code: 'NEW_ONE',
      name: 'New one',
      description: 'via the typed client',
      keyword: 'createdviaapi',
      type: 'DEVELOPED',
      state: { status: 'DRAFT', projectRevisionId: 0, created: { by: 'ci-client' } }
    })
    expect(created.state?.created?.date).toMatch(ORACLE_DATE)
    expect(await getProject(dev, 'NEW_ONE')).toMatchObject({ name: 'New one', keyword: 'createdviaapi' })
    expect(emu.counters.mutationCount('POST /ic/api/integration/v1/projects')).toBe(1)

    await httpError(
      createProject(dev, { code: 'NEW_ONE', name: 'again' }),
      409,
      'Project NEW_ONE already exists.'
    )
    await httpError(createProject(dev, { code: 'bad code', name: 'x' }), 400, /may only contain/)
    await httpError(createProject(dev, { code: 'NO_NAME', name: '' }), 400, /non-empty 'name'/)
    expect(emu.counters.mutationCount('POST /ic/api/integration/v1/projects')).toBe(1)
  })

  it('deleteProject removes it (a follow-up GET is 404); active integrations make it a typed 412', async () => {
    await createProject(dev, { code: 'TO_DELETE', name: 'To delete' })
    await expect(deleteProject(dev, 'TO_DELETE')).resolves.toBeUndefined()
    await httpError(getProject(dev, 'TO_DELETE'), 404)
    await httpError(deleteProject(dev, 'TO_DELETE'), 404, 'Project TO_DELETE was not found.')

    const refused = await httpError(deleteProject(dev, 'SALES_ORDERS'), 412, /active or locked/)
    expect(refused.title).toContain('SO_CREATE_ORDER|01.00.0001 (ACTIVATED)')
    expect(refused.message).toContain('A precondition failed')
    expect((await getProject(dev, 'SALES_ORDERS')).code).toBe('SALES_ORDERS')
  })
})

describe('archives', () => {
  it('exportProject streams the whole project or one deployment as a .car with the download headers', async () => {
    const whole = join(tmp.dir, 'whole.car')
    const { headers, chunks } = await exportProject(dev, { code: 'SALES_ORDERS' }, async (body, h) => ({
      headers: h,
      chunks: await toFile(whole)(body)
    }))
    expect(headers['content-type']).toBe('application/octet-stream')
    expect(headers['content-disposition']).toBe('attachment; filename="SALES_ORDERS.car"')
    expect(chunks).toBeGreaterThan(1)
    expect(statSync(whole).size).toBeGreaterThan(256 * 1024)
    const car = await readCar(whole)
    expect(car).toMatchObject({ kind: 'project', project: { code: 'SALES_ORDERS' } })
    expect(car.deployment).toBeUndefined()
    expect(car.integrations.map(i => integrationId(i.code, i.version))).toContain(
      'SO_ORDER_SYNC_V2|02.00.0000'
    )
    expect(car.integrations.length).toBe(emuIntegrations('dev'))
    expect(car.deployments.map(d => d.code).sort()).toEqual(['FULFILMENT_R2', 'ORDERS_R1'])
    // A dependency on the instance's pre-seeded connection, which the archive does not hold.
    expect(car.connections.map(c => c.code)).not.toContain('PRESEEDED_COLLOCATED_CONN_ATP')
    expect(car.integrations.flatMap(i => i.dependencies.connections)).toContain(
      'PRESEEDED_COLLOCATED_CONN_ATP'
    )

    const one = join(tmp.dir, 'r1.car')
    await exportProject(dev, { code: 'SALES_ORDERS', name: 'Sales Orders', label: 'ORDERS_R1' }, toFile(one))
    const r1 = await readCar(one)
    expect(r1).toMatchObject({ kind: 'deployment', deployment: 'ORDERS_R1' })
    expect(r1.integrations.map(i => integrationId(i.code, i.version)).sort()).toEqual([
      'SO_CREATE_ORDER|01.00.0001',
      'SO_SYNC_CUSTOMER|01.00.0000'
    ])
    expect(r1.deployments.map(d => d.code)).toEqual(['ORDERS_R1'])

    const nothing = toFile(join(tmp.dir, 'never.car'))
    await httpError(
      exportProject(dev, { code: 'SALES_ORDERS', label: 'NOPE' }, nothing),
      404,
      /Deployment NOPE/
    )
    await httpError(exportProject(dev, { code: 'NOPE' }, nothing), 404, 'Project NOPE was not found.')
  })

  it('importProject add creates the project from a multipart .car; a second add is a typed 409', async () => {
    const car = join(tmp.dir, 'import.car')
    await exportTo(emu, 'dev', car)
    const imported = await importProject(prod, car, 'add')
    expect(imported).toMatchObject({
      code: 'SALES_ORDERS',
      name: 'Sales Orders',
      state: { status: 'DRAFT', created: { by: 'ci-client' } }
    })
    expect(imported?.state?.assets?.labelsRs?.items?.map(d => d.code).sort()).toEqual([
      'FULFILMENT_R2',
      'ORDERS_R1'
    ])
    const project = emu.state.get('prod')!.design.projects.get('SALES_ORDERS')!
    expect([...project.integrations.values()].map(i => i.status)).toEqual(
      Array(emuIntegrations('dev')).fill('CONFIGURED')
    )
    expect([...project.connections.values()].every(c => c.status === 'INPROGRESS')).toBe(true)
    expect((await getProject(prod, 'SALES_ORDERS')).state?.status).toBe('DRAFT')

    await httpError(importProject(prod, car, 'add'), 409, /Project SALES_ORDERS already exists/)
    await httpError(importProject(prod, tmp.file('junk.car', 'not a zip'), 'add'), 400, /not a valid archive/)
    expect(emu.counters.mutationCount(IMPORT)).toBe(1)
  })

  it('importProject replace (PUT) swaps the content; an absent project is 404, an active integration 412', async () => {
    await createProject(prod, { code: 'SWAP', name: 'Swap' })
    const v1 = join(tmp.dir, 'swap-1.car')
    await writeProjectCar(v1, { code: 'SWAP', integrations: [{ code: 'SWAP_A', version: '01.00.0000' }] })
    const replaced = await importProject(prod, v1, 'replace')
    expect(replaced).toMatchObject({ code: 'SWAP', state: { status: 'CONFIGURED' } })
    expect(replaced?.state?.projectRevisionId).toBeGreaterThan(0)
    const v2 = join(tmp.dir, 'swap-2.car')
    await writeProjectCar(v2, { code: 'SWAP', integrations: [{ code: 'SWAP_B', version: '01.00.0000' }] })
    await importProject(prod, v2, 'replace')
    const swap = emu.state.get('prod')!.design.projects.get('SWAP')!
    expect([...swap.integrations.keys()]).toEqual(['SWAP_B|01.00.0000'])
    expect(emu.counters.mutationCount('PUT /ic/api/integration/v1/projects/archive')).toBe(2)

    const ghost = join(tmp.dir, 'ghost.car')
    await writeProjectCar(ghost, { code: 'GHOST', integrations: [{ code: 'G', version: '01.00.0000' }] })
    await httpError(importProject(prod, ghost, 'replace'), 404, /GHOST does not exist/)

    await setIntegrationStatus(prod, 'SWAP', 'SWAP_B', '01.00.0000', 'ACTIVATED')
    await httpError(importProject(prod, v1, 'replace'), 412, /SWAP_B\|01.00.0000 \(ACTIVATION_INPROGRESS\)/)
    expect([...swap.integrations.keys()]).toEqual(['SWAP_B|01.00.0000'])
  })
})
