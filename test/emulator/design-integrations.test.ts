// Verify integrations: list with q/orderBy, CODE%7CVERSION ids, the activation state machine on the emulator
// clock (ACTIVATED / FAILEDACTIVATION, same-major auto-deactivation), 412/423 preconditions, schedules.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import {
  designSeed,
  DesignClient,
  problem,
  type Collection,
  type IntegrationJson
} from '../support/emulator-design.js'

const DELAY = 5000
let emu: Emulator
let dev: DesignClient
beforeEach(async () => {
  emu = await startEmulator({ seed: designSeed(), switches: { activationDelayMs: DELAY } })
  dev = await DesignClient.for(emu, 'dev')
})
afterEach(async () => {
  await emu.stop()
})

const P = '/projects/SALES/integrations'
const status = async (id: string): Promise<string> =>
  (await dev.get<IntegrationJson>(`${P}/${encodeURIComponent(id)}`)).body.status
const activate = (id: string, body: unknown = { status: 'ACTIVATED' }) =>
  dev.patch<Record<string, unknown>>(`${P}/${encodeURIComponent(id)}`, body)

describe('listing and reading integrations', () => {
  it('lists project integrations with q on name/code, status and style, ordered by name', async () => {
    const res = await dev.get<Collection<IntegrationJson>>(P)
    expect(res.status).toBe(200)
    expect(res.body.totalResults).toBe(6)
    expect(res.body.items[0]).toMatchObject({
      id: 'CUSTOMER_SYNC|01.00.0000',
      code: 'CUSTOMER_SYNC',
      version: '01.00.0000',
      status: 'CONFIGURED',
      projectType: 'DEVELOPED',
      compatible: true,
      percentageComplete: 100
    })
    expect(res.body.items[0]?.links[0]?.href).toBe(dev.url(`${P}/CUSTOMER_SYNC%7C01.00.0000`))
    const ids = async (q: string): Promise<string[]> =>
      (await dev.get<Collection<IntegrationJson>>(P, { q })).body.items.map(i => i.id)
    expect(await ids('{name:/order/}')).toEqual([
      'ORDER_IN|01.00.0000',
      'ORDER_IN|01.00.0001',
      'ORDER_IN|02.00.0000'
    ])
    expect(await ids("{name:'ORDER_IN'}")).toHaveLength(3)
    expect(await ids("{style:'freeform_scheduled'}")).toEqual(['FILE_DROP|01.00.0000'])
    expect(await ids("{status:'ACTIVATED'}")).toEqual([])
    expect(await ids("{type:'PREBUILT'}")).toEqual([])
    const page = await dev.get<Collection<IntegrationJson>>(P, { limit: '4', offset: '4' })
    expect(page.body).toMatchObject({ hasMore: false, totalResults: 6, limit: 4 })
  })

  it('reads an integration by CODE%7CVERSION and by a raw pipe, with its dependencies', async () => {
    const encoded = await dev.get<IntegrationJson>(`${P}/ORDER_IN%7C01.00.0001`)
    expect(encoded.status).toBe(200)
    expect(encoded.body.dependencies?.connections).toEqual([
      { id: 'CRM', name: 'CRM REST', status: 'CONFIGURED', role: 'SOURCE' },
      { id: 'ERP', name: 'ERP Cloud', status: 'CONFIGURED', role: 'TARGET' }
    ])
    const raw = await fetch(
      `${emu.url}/ic/api/integration/v1${P}/ORDER_IN|01.00.0001?integrationInstance=dev`,
      {
        headers: { authorization: `Bearer ${dev.token}` }
      }
    )
    expect(raw.status).toBe(200)
    const missing = await dev.get(`${P}/ORDER_IN`)
    expect(missing.status).toBe(404)
    expect(missing.body.title).toMatch(/CODE%7CVERSION/)
  })

  it('serves global integrations under /integrations', async () => {
    const list = await dev.get<Collection<IntegrationJson>>('/integrations')
    expect(list.body.items.map(i => i.id)).toEqual(['GLOBAL_PING|01.00.0000'])
    expect((await dev.get('/integrations/ORDER_IN%7C01.00.0000')).status).toBe(404)
  })
})

describe('activation', () => {
  it('goes CONFIGURED → ACTIVATION_INPROGRESS → ACTIVATED after activationDelayMs', async () => {
    const res = await activate('CUSTOMER_SYNC|01.00.0000')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      status: 'ACTIVATION_INPROGRESS',
      apiDeploymentInprogress: false,
      lockedFlag: false,
      softDeactivated: false,
      tempCopyExists: false,
      totalEndPoints: 0,
      links: []
    })
    const statusUrl = `${P}/CUSTOMER_SYNC%7C01.00.0000/activationStatus`
    // K5: the first polls say CONFIGURED ("activation has not yet started"), by default two of them.
    expect((await dev.get(statusUrl)).body).toEqual({ activationStatus: 'CONFIGURED' })
    expect((await dev.get(statusUrl)).body).toEqual({ activationStatus: 'CONFIGURED' })
    expect((await dev.get(statusUrl)).body).toEqual({ activationStatus: 'ACTIVATION_INPROGRESS' })
    emu.clock.advance(DELAY - 2000)
    expect((await dev.get(statusUrl)).body).toEqual({ activationStatus: 'ACTIVATION_INPROGRESS' })
    emu.clock.advance(2000)
    expect((await dev.get(statusUrl)).body).toEqual({ activationStatus: 'ACTIVATED' })
    expect(await status('CUSTOMER_SYNC|01.00.0000')).toBe('ACTIVATED')
  })

  it('answers ACTIVATION_INPROGRESS at once with activationConfiguredPolls 0 (the older reading)', async () => {
    emu.switches.activationConfiguredPolls = 0
    await activate('CUSTOMER_SYNC|01.00.0000')
    const statusUrl = `${P}/CUSTOMER_SYNC%7C01.00.0000/activationStatus`
    expect((await dev.get(statusUrl)).body).toEqual({ activationStatus: 'ACTIVATION_INPROGRESS' })
  })

  it('fails an activation named in activationFailures and serves its activationErrors', async () => {
    emu.switches.activationFailures = {
      CUSTOMER_SYNC: 'Endpoint schema is invalid: duplicate element Order.'
    }
    const errorsUrl = `${P}/CUSTOMER_SYNC%7C01.00.0000/activationErrors`
    expect((await dev.get(errorsUrl)).body).toEqual({
      code: 'CUSTOMER_SYNC',
      version: '01.00.0000',
      hasErrors: false,
      errorMessage: '',
      shortSummaryMessage: ''
    })
    await activate('CUSTOMER_SYNC|01.00.0000')
    emu.clock.advance(DELAY)
    expect(await status('CUSTOMER_SYNC|01.00.0000')).toBe('FAILEDACTIVATION')
    expect((await dev.get(errorsUrl)).body).toEqual({
      code: 'CUSTOMER_SYNC',
      version: '01.00.0000',
      hasErrors: true,
      errorMessage: 'Endpoint schema is invalid: duplicate element Order.',
      shortSummaryMessage: 'Endpoint schema is invalid: duplicate element Order.'
    })
    expect((await dev.get(`${P}/NOPE%7C01.00.0000/activationErrors`)).status).toBe(404)
  })

  it('accepts a plain POST (override optional here) and enableAsyncActivationMode', async () => {
    const res = await dev.call<Record<string, unknown>>('POST', `${P}/CUSTOMER_SYNC%7C01.00.0000`, {
      json: { status: 'ACTIVATED' },
      query: { enableAsyncActivationMode: 'true' }
    })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('ACTIVATION_INPROGRESS')
  })

  it('ends in FAILEDACTIVATION when a connection it uses is a draft, and can be retried', async () => {
    expect((await activate('FILE_DROP|01.00.0000')).body.status).toBe('ACTIVATION_INPROGRESS')
    emu.clock.advance(DELAY)
    expect(await status('FILE_DROP|01.00.0000')).toBe('FAILEDACTIVATION')
    const errors = await dev.get<Record<string, unknown>>(`${P}/FILE_DROP%7C01.00.0000/activationErrors`)
    expect(errors.body).toMatchObject({ hasErrors: true, errorMessage: expect.stringContaining('FTP') })
    await dev.patch('/projects/SALES/connections/FTP', {
      connectionProperties: [{ propertyName: 'ftpHost', propertyValue: 'h' }]
    })
    expect((await activate('FILE_DROP|01.00.0000')).status).toBe(200)
    emu.clock.advance(DELAY)
    expect(await status('FILE_DROP|01.00.0000')).toBe('ACTIVATED')
  })

  it('deactivates the active version of the same major version, not other majors', async () => {
    await activate('ORDER_IN|01.00.0000')
    await activate('ORDER_IN|02.00.0000')
    emu.clock.advance(DELAY)
    expect(await status('ORDER_IN|01.00.0000')).toBe('ACTIVATED')
    await activate('ORDER_IN|01.00.0001')
    expect(await status('ORDER_IN|01.00.0000')).toBe('ACTIVATED')
    emu.clock.advance(DELAY)
    expect(await status('ORDER_IN|01.00.0001')).toBe('ACTIVATED')
    expect(await status('ORDER_IN|01.00.0000')).toBe('CONFIGURED')
    expect(await status('ORDER_IN|02.00.0000')).toBe('ACTIVATED')
  })

  it('answers 412 when already active or in progress, and 400 for another status', async () => {
    await activate('INVOICES|01.00.0000')
    const again = await activate('INVOICES|01.00.0000')
    expect(again.status).toBe(412)
    expect(again.body).toEqual(problem(412))
    emu.clock.advance(DELAY)
    expect((await activate('INVOICES|01.00.0000')).status).toBe(412)
    expect((await activate('INVOICES|01.00.0000', { status: 'RUNNING' })).status).toBe(400)
    expect((await activate('NOPE|01.00.0000')).status).toBe(404)
  })

  it('answers 412 for a locked or draft integration', async () => {
    const seed = designSeed()
    const ints = seed.instances[0]!.projects![0]!.integrations!
    ints[3]!.locked = true
    ints[4]!.status = 'INPROGRESS'
    await emu.stop()
    emu = await startEmulator({ seed })
    dev = await DesignClient.for(emu, 'dev')
    expect((await activate('CUSTOMER_SYNC|01.00.0000')).body.title).toMatch(/locked/)
    const draft = await activate('FILE_DROP|01.00.0000')
    expect(draft.status).toBe(412)
    expect(draft.body.title).toMatch(/draft/)
    expect((await dev.get(`${P}/FILE_DROP%7C01.00.0000/activationStatus`)).status).toBe(412)
  })

  it('deactivates with {status: CONFIGURED}; 412 when not active', async () => {
    await activate('CUSTOMER_SYNC|01.00.0000')
    emu.clock.advance(DELAY)
    const off = await activate('CUSTOMER_SYNC|01.00.0000', { status: 'CONFIGURED' })
    expect(off.status).toBe(200)
    expect(off.body.status).toBe('CONFIGURED')
    expect((await activate('CUSTOMER_SYNC|01.00.0000', { status: 'CONFIGURED' })).status).toBe(412)
  })

  it('activates global integrations too', async () => {
    expect((await dev.patch('/integrations/GLOBAL_PING%7C01.00.0000', { status: 'ACTIVATED' })).status).toBe(
      200
    )
    emu.clock.advance(DELAY)
    expect((await dev.get('/integrations/GLOBAL_PING%7C01.00.0000/activationStatus')).body).toEqual({
      activationStatus: 'ACTIVATED'
    })
  })
})

describe('delete and schedules', () => {
  it('deletes an inactive version (200) and drops it from deployments; 423 when active; 404 after', async () => {
    await activate('CUSTOMER_SYNC|01.00.0000')
    const locked = await dev.del(`${P}/CUSTOMER_SYNC%7C01.00.0000`)
    expect(locked.status).toBe(423)
    expect(locked.body).toEqual(problem(423))
    const res = await dev.del(`${P}/ORDER_IN%7C01.00.0001`)
    expect(res.status).toBe(200)
    expect((await dev.get(`${P}/ORDER_IN%7C01.00.0001`)).status).toBe(404)
    expect((await dev.del(`${P}/ORDER_IN%7C01.00.0001`)).status).toBe(404)
    const r1 = await dev.get<{ integrations: unknown[] }>('/projects/SALES/deployments/R1')
    expect(r1.body.integrations).toEqual([{ code: 'CUSTOMER_SYNC', version: '01.00.0000' }])
  })

  it('stops a running schedule (200), then 412', async () => {
    expect((await dev.get<IntegrationJson>(`${P}/INVOICES%7C01.00.0000`)).body.scheduleDefinedFlag).toBe(true)
    expect((await dev.post(`${P}/INVOICES%7C01.00.0000/schedule/stop`, {})).status).toBe(200)
    expect((await dev.post(`${P}/INVOICES%7C01.00.0000/schedule/stop`, {})).status).toBe(412)
    expect((await dev.post(`${P}/ORDER_IN%7C01.00.0000/schedule/stop`)).status).toBe(412)
  })
})
