// Verify the integration schedule API of Oracle's CI/CD collection: GET/POST/PUT/DELETE …/schedule, start, stop,
// pause, resume and jobs (run now), the recorded 412s, async 202s, and what deactivation does to a running schedule.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Emulator, Switches } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { startEmulator } from '../support/emulator.js'
import { DesignClient, type IntegrationJson } from '../support/emulator-design.js'

interface ScheduleJson {
  state: string
  icalExpression?: string
  frequency?: Record<string, unknown>
  scheduleTZ: string
  name: string
  scheduleType: string
  lockedFlag: boolean
  created: string
  updatedBy: string
}

function instance(): InstanceSeed {
  return {
    name: 'dev',
    projects: [
      {
        code: 'RATES',
        integrations: [
          { code: 'PULL_RATES', version: '01.00.0000', style: 'freeform_scheduled', status: 'ACTIVATED' },
          {
            code: 'NIGHTLY',
            version: '01.00.0000',
            style: 'freeform_scheduled',
            status: 'ACTIVATED',
            scheduled: true,
            schedule: { icalExpression: 'FREQ=DAILY;BYHOUR=2;BYMINUTE=0;', scheduleTZ: 'Europe/Paris' }
          },
          { code: 'DRAFTY', version: '01.00.0000', style: 'freeform_scheduled' },
          { code: 'ORDERS_IN', version: '01.00.0000', status: 'ACTIVATED' }
        ]
      }
    ],
    integrations: [
      { code: 'HEARTBEAT', version: '01.00.0000', style: 'freeform_scheduled', status: 'ACTIVATED' }
    ]
  }
}

const P = '/projects/RATES/integrations'
const PULL = `${P}/PULL_RATES%7C01.00.0000/schedule`
const NIGHTLY = `${P}/NIGHTLY%7C01.00.0000/schedule`
let emu: Emulator
let dev: DesignClient
async function boot(switches: Partial<Switches> = {}): Promise<void> {
  emu = await startEmulator({ instances: [instance(), { name: 'prod' }], switches })
  dev = await DesignClient.for(emu, 'dev')
}
afterEach(async () => {
  await emu.stop()
})
const state = async (path: string): Promise<string> => (await dev.get<ScheduleJson>(path)).body.state

describe('reading and defining a schedule', () => {
  it("GETs the seeded schedule object (documented fields); a scheduled integration's default is a stopped one", async () => {
    await boot()
    const nightly = await dev.get<ScheduleJson>(NIGHTLY)
    expect(nightly.status).toBe(200)
    expect(nightly.body).toMatchObject({
      state: 'ACTIVE',
      icalExpression: 'FREQ=DAILY;BYHOUR=2;BYMINUTE=0;',
      scheduleTZ: 'Europe/Paris',
      scheduleType: 'ICAL',
      name: 'Schedule_NIGHTLY_01.00.0000',
      lockedFlag: false
    })
    expect(nightly.body.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)
    expect(await state(PULL)).toBe('CANCELLED')
    const flags = (await dev.get<IntegrationJson>(`${P}/PULL_RATES%7C01.00.0000`)).body
    expect(flags.scheduleDefinedFlag).toBe(true)
  })

  it('answers 404 for an integration that is not scheduled, and for an unknown integration', async () => {
    await boot()
    expect((await dev.get(`${P}/ORDERS_IN%7C01.00.0000/schedule`)).status).toBe(404)
    expect((await dev.get(`${P}/NOPE%7C01.00.0000/schedule`)).status).toBe(404)
  })

  it('PUT/POST change the definition (iCal or frequency) while stopped; 400 for a bad one; 412 while running', async () => {
    await boot()
    const put = await dev.call<ScheduleJson>('PUT', PULL, {
      json: { icalExpression: 'FREQ=MINUTELY;INTERVAL=15;', scheduleTZ: 'UTC' }
    })
    expect(put.status).toBe(200)
    expect(put.body).toMatchObject({ state: 'CANCELLED', icalExpression: 'FREQ=MINUTELY;INTERVAL=15;' })
    const post = await dev.post<ScheduleJson>(PULL, { frequency: { type: 'HOURLY', interval: 2 } })
    expect(post.status).toBe(200)
    expect(post.body).toMatchObject({ scheduleType: 'BASIC', frequency: { type: 'HOURLY', interval: 2 } })
    expect((await dev.call('PUT', PULL, { json: { icalExpression: 'every hour' } })).status).toBe(400)
    expect((await dev.call('PUT', PULL, { json: {} })).status).toBe(400)
    const running = await dev.call('PUT', NIGHTLY, { json: { icalExpression: 'FREQ=HOURLY;' } })
    expect(running.status).toBe(412)
    expect(running.body.title).toContain('Schedule is in ACTIVE state')
    expect(
      (
        await dev.call('PUT', `${P}/ORDERS_IN%7C01.00.0000/schedule`, {
          json: { icalExpression: 'FREQ=HOURLY;' }
        })
      ).status
    ).toBe(412)
  })

  it('scheduleUpdateWhileActive: accept — changes a running schedule and keeps it running', async () => {
    await boot({ scheduleUpdateWhileActive: 'accept' })
    const res = await dev.call<ScheduleJson>('PUT', NIGHTLY, { json: { icalExpression: 'FREQ=HOURLY;' } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ state: 'ACTIVE', icalExpression: 'FREQ=HOURLY;' })
  })

  it('DELETE removes a stopped schedule (200, empty); again: the recorded 412 "not defined"', async () => {
    await boot()
    const del = await dev.del(PULL)
    expect(del.status).toBe(200)
    expect(del.text).toBe('')
    const again = await dev.del(PULL)
    expect(again.status).toBe(412)
    expect(again.body.title).toBe('Schedule is not defined for this integration.')
    expect((await dev.get(PULL)).status).toBe(404)
    expect((await dev.post(`${PULL}/start`)).body.title).toBe('Schedule is not defined for this integration.')
    expect((await dev.del(NIGHTLY)).status).toBe(412)
  })
})

describe('start, stop, pause, resume', () => {
  it('starts a stopped schedule of an active integration (200), stops it (200), then the recorded 412', async () => {
    await boot()
    const start = await dev.post(`${PULL}/start`)
    expect(start.status).toBe(200)
    expect(await state(PULL)).toBe('ACTIVE')
    expect((await dev.post(`${PULL}/start`)).status).toBe(412)
    expect((await dev.post(`${PULL}/stop`)).status).toBe(200)
    expect(await state(PULL)).toBe('CANCELLED')
    const again = await dev.post(`${PULL}/stop`)
    expect(again.status).toBe(412)
    expect(again.body).toEqual({
      status: 'HTTP 412 Precondition Failed',
      title: 'Schedule is in CANCELLED state. It can be stopped only when in ACTIVE or HOLD state.',
      type: expect.stringContaining('rfc2616')
    })
  })

  it('pauses (HOLD) and resumes; a paused schedule can be stopped', async () => {
    await boot()
    expect((await dev.post(`${NIGHTLY}/pause`)).status).toBe(200)
    expect(await state(NIGHTLY)).toBe('HOLD')
    expect((await dev.post(`${NIGHTLY}/pause`)).status).toBe(412)
    expect((await dev.post(`${NIGHTLY}/resume`)).status).toBe(200)
    expect(await state(NIGHTLY)).toBe('ACTIVE')
    expect((await dev.post(`${NIGHTLY}/resume`)).status).toBe(412)
    await dev.post(`${NIGHTLY}/pause`)
    expect((await dev.post(`${NIGHTLY}/stop`)).status).toBe(200)
  })

  it('answers 202 with a Location to the schedule when async=true', async () => {
    await boot()
    const res = await dev.call('POST', `${PULL}/start`, { query: { async: 'true' } })
    expect(res.status).toBe(202)
    expect(res.headers.get('location')).toContain(
      '/projects/RATES/integrations/PULL_RATES%7C01.00.0000/schedule'
    )
  })

  it('refuses to start the schedule of an integration that is not active (412)', async () => {
    await boot()
    const res = await dev.post(`${P}/DRAFTY%7C01.00.0000/schedule/start`)
    expect(res.status).toBe(412)
    expect(res.body.title).toContain('activate it before starting its schedule')
  })

  it('serves the global space too', async () => {
    await boot()
    expect((await dev.post('/integrations/HEARTBEAT%7C01.00.0000/schedule/start')).status).toBe(200)
    expect(await state('/integrations/HEARTBEAT%7C01.00.0000/schedule')).toBe('ACTIVE')
  })
})

describe('run now (schedule/jobs)', () => {
  it('answers 204 for {"action":"NOW"} on an active scheduled integration; 400 other actions; 412 inactive', async () => {
    await boot()
    const run = await dev.post(`${PULL}/jobs`, { action: 'NOW' })
    expect(run.status).toBe(204)
    const integration = emu.state
      .get('dev')
      ?.design.projects.get('RATES')
      ?.integrations.get('PULL_RATES|01.00.0000')
    expect(integration?.schedule?.runs).toBe(1)
    expect((await dev.post(`${PULL}/jobs`, { action: 'LATER' })).status).toBe(400)
    expect((await dev.post(`${P}/DRAFTY%7C01.00.0000/schedule/jobs`, { action: 'NOW' })).status).toBe(412)
    expect((await dev.post(`${P}/ORDERS_IN%7C01.00.0000/schedule/jobs`, { action: 'NOW' })).status).toBe(412)
  })
})

describe('deactivating a scheduled integration', () => {
  it('is refused (412) while its schedule runs (default deactivateScheduled: reject); fine once stopped', async () => {
    await boot()
    const id = `${P}/NIGHTLY%7C01.00.0000`
    const res = await dev.patch(id, { status: 'CONFIGURED' })
    expect(res.status).toBe(412)
    expect(res.body.title).toContain('stop the schedule')
    await dev.post(`${NIGHTLY}/stop`)
    expect((await dev.patch(id, { status: 'CONFIGURED' })).status).toBe(200)
  })

  it('stops the schedule with the deactivation under deactivateScheduled: stop', async () => {
    await boot({ deactivateScheduled: 'stop' })
    expect((await dev.patch(`${P}/NIGHTLY%7C01.00.0000`, { status: 'CONFIGURED' })).status).toBe(200)
    expect(await state(NIGHTLY)).toBe('CANCELLED')
  })
})

describe('promotion', () => {
  it("carries the schedule's definition in the archive; it lands stopped (CANCELLED) in the target", async () => {
    await boot()
    const car = await dev.exportCar('RATES')
    const prod = await DesignClient.for(emu, 'prod')
    expect((await prod.upload('/projects/archive', car)).status).toBe(200)
    const got = await prod.get<ScheduleJson>(NIGHTLY)
    expect(got.status).toBe(200)
    expect(got.body).toMatchObject({
      state: 'CANCELLED',
      icalExpression: 'FREQ=DAILY;BYHOUR=2;BYMINUTE=0;',
      scheduleTZ: 'Europe/Paris'
    })
    expect((await prod.get<ScheduleJson>(PULL)).body.icalExpression).toBe('FREQ=HOURLY;INTERVAL=1;')
    expect((await prod.get(`${P}/ORDERS_IN%7C01.00.0000/schedule`)).status).toBe(404)
  })

  it('an .iar carries it too (global space)', async () => {
    await boot()
    const H = '/integrations/HEARTBEAT%7C01.00.0000'
    expect(
      (await dev.call('PUT', `${H}/schedule`, { json: { icalExpression: 'FREQ=MINUTELY;INTERVAL=10;' } }))
        .status
    ).toBe(200)
    const iar = await fetch(dev.url(`${H}/archive`), { headers: { authorization: `Bearer ${dev.token}` } })
    expect(iar.status).toBe(200)
    const prod = await DesignClient.for(emu, 'prod')
    const res = await prod.upload(
      '/integrations/archive',
      Buffer.from(await iar.arrayBuffer()),
      'POST',
      'HEARTBEAT.iar'
    )
    expect(res.status).toBe(204)
    expect((await prod.get<ScheduleJson>(`${H}/schedule`)).body).toMatchObject({
      state: 'CANCELLED',
      icalExpression: 'FREQ=MINUTELY;INTERVAL=10;'
    })
  })
})
