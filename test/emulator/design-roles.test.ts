// Verify role checks on the design-time API (contract §2.5): ServiceViewer reads and exports, ServiceUser reads
// but cannot export, neither writes; ServiceInvoker and ServiceMonitor get 403; tokens of another instance 401.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import { designSeed, DesignClient, problem } from '../support/emulator-design.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ seed: designSeed() })
})
afterAll(async () => {
  await emu.stop()
})

type Call = (c: DesignClient) => Promise<{ status: number }>
const read: Call = c => c.get('/projects/SALES/integrations')
const exportCar: Call = c => c.post('/projects/SALES/archive', { code: 'SALES', label: '' })
const writes: Record<string, Call> = {
  'create project': c => c.post('/projects', { code: 'ROLES', name: 'Roles' }),
  'update connection': c => c.patch('/projects/SALES/connections/FTP', { connectionProperties: [] }),
  'test connection': c => c.post('/projects/SALES/connections/ERP/test'),
  activate: c => c.patch('/projects/SALES/integrations/CUSTOMER_SYNC%7C01.00.0000', { status: 'ACTIVATED' }),
  import: c => c.upload('/projects/archive', Buffer.from('x')),
  'delete deployment': c => c.del('/projects/SALES/deployments/R2')
}

describe('roles', () => {
  it('ServiceViewer reads and exports but writes nothing (403)', async () => {
    const viewer = await DesignClient.for(emu, 'dev', 'viewer-client')
    expect((await read(viewer)).status).toBe(200)
    expect((await exportCar(viewer)).status).toBe(200)
    for (const [name, call] of Object.entries(writes))
      expect([name, (await call(viewer)).status]).toEqual([name, 403])
  })

  it('ServiceUser reads but cannot export or write', async () => {
    const user = await DesignClient.for(emu, 'dev', 'user-client')
    expect((await read(user)).status).toBe(200)
    const res = await user.post('/projects/SALES/archive', { code: 'SALES' })
    expect(res.status).toBe(403)
    expect(res.body).toEqual(problem(403))
    expect(res.body.title).toMatch(/ServiceViewer/)
    for (const [name, call] of Object.entries(writes))
      expect([name, (await call(user)).status]).toEqual([name, 403])
  })

  it('ServiceInvoker and ServiceMonitor may not call the design-time API', async () => {
    const before = emu.counters.totalMutations()
    for (const clientId of ['invoker-client', 'monitor-client']) {
      const client = await DesignClient.for(emu, 'dev', clientId)
      expect([clientId, (await read(client)).status]).toEqual([clientId, 403])
      expect([clientId, (await exportCar(client)).status]).toEqual([clientId, 403])
    }
    expect(emu.counters.totalMutations()).toBe(before)
  })

  it('a token for another instance, a missing or a garbage token answer 401', async () => {
    const devToken = (await DesignClient.for(emu, 'dev')).token
    const wrong = new DesignClient(emu, 'prod', devToken)
    const res = await wrong.get('/projects')
    expect(res.status).toBe(401)
    expect(res.body).toEqual(problem(401))
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await new DesignClient(emu, 'dev', 'garbage').get('/projects')).status).toBe(401)
    const anonymous = await fetch(`${emu.url}/ic/api/integration/v1/projects?integrationInstance=dev`)
    expect(anonymous.status).toBe(401)
  })

  it('ServiceAdministrator can write', async () => {
    const admin = await DesignClient.for(emu, 'dev')
    for (const name of ['create project', 'test connection', 'delete deployment'])
      expect([name, (await writes[name]!(admin)).status]).toEqual([
        name,
        name === 'create project' ? 201 : 200
      ])
  })
})
