// Verify the schedule client over a mocked OIC: get (404 = none), define (POST, lost answer settled by reading
// back), change (PUT), start/stop with the recorded 412 read as "already in that state", and run now never repeated.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  defineSchedule,
  getSchedule,
  isScheduledIntegration,
  runScheduleNow,
  startSchedule,
  stopSchedule
} from '../../../../src/core/oic/schedules.js'
import { JSON_REPLY, mockClient, OIC_ORIGIN, useMockNetwork } from '../../../support/http-mock.js'

const BASE = '/ic/api/integration/v1/projects/RATES/integrations/PULL_RATES%7C01.00.0000/schedule'
const REF = { code: 'PULL_RATES', version: '01.00.0000' }
/** The recorded 412 of a stop on a stopped schedule (PM). */
const STOPPED_412 = (
  JSON.parse(readFileSync('test/fixtures/oracle/error-412-schedule-cancelled.json', 'utf8')) as {
    body: object
  }
).body
const NOT_DEFINED_412 = (
  JSON.parse(readFileSync('test/fixtures/oracle/error-412-schedule-not-defined.json', 'utf8')) as {
    body: object
  }
).body

const net = useMockNetwork()

const at = (suffix: string) => (p: string) => new URL(p, OIC_ORIGIN).pathname === `${BASE}${suffix}`
const sent = (): string[] =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c =>
    `${c.method} ${new URL(c.fullUrl).pathname.slice(BASE.length) || '/'} ${typeof c.body === 'string' ? c.body : ''}`.trim()
  )
const schedule = (state: string, ical = 'FREQ=HOURLY;INTERVAL=1;') => ({
  name: 'Schedule_PULL_RATES_01.00.0000',
  state,
  status: 'CONFIGURED',
  scheduleType: 'ICAL',
  icalExpression: ical,
  scheduleTZ: 'UTC'
})

describe('isScheduledIntegration', () => {
  it('reads scheduleApplicableFlag (true on scheduled items of the recorded list even when not defined), the style and the pattern', () => {
    expect(
      isScheduledIntegration({ scheduleApplicableFlag: true, scheduleDefinedFlag: false, style: 'FREEFORM' })
    ).toBe(true)
    expect(isScheduledIntegration({ style: 'freeform_scheduled' })).toBe(true)
    expect(isScheduledIntegration({ pattern: 'Scheduled' })).toBe(true)
    expect(
      isScheduledIntegration({ scheduleApplicableFlag: false, scheduleDefinedFlag: false, style: 'FREEFORM' })
    ).toBe(false)
  })
})

describe('schedules', () => {
  it('gets the schedule object, and undefined for a 404', async () => {
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(200, schedule('ACTIVE'), JSON_REPLY)
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(404, { title: 'not found' }, JSON_REPLY)
    const client = mockClient(net)
    expect((await getSchedule(client, 'RATES', REF))?.state).toBe('ACTIVE')
    expect(await getSchedule(client, 'RATES', REF)).toBeUndefined()
  })

  it('start and stop answer done on 200 and send {} (SCHED-SH)', async () => {
    net.oic.intercept({ path: at('/start'), method: 'POST' }).reply(200, '')
    net.oic.intercept({ path: at('/stop'), method: 'POST' }).reply(200, '')
    const client = mockClient(net)
    expect(await startSchedule(client, 'RATES', REF)).toBe('done')
    expect(await stopSchedule(client, 'RATES', REF)).toBe('done')
    expect(sent()).toEqual(['POST /start {}', 'POST /stop {}'])
  })

  it('a stop answered with the recorded 412 on a stopped (or undefined) schedule is "already"', async () => {
    net.oic.intercept({ path: at('/stop'), method: 'POST' }).reply(412, STOPPED_412, JSON_REPLY)
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(200, schedule('CANCELLED'), JSON_REPLY)
    net.oic.intercept({ path: at('/stop'), method: 'POST' }).reply(412, NOT_DEFINED_412, JSON_REPLY)
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(404, { title: 'Schedule not found' }, JSON_REPLY)
    const client = mockClient(net)
    expect(await stopSchedule(client, 'RATES', REF)).toBe('already')
    expect(await stopSchedule(client, 'RATES', REF)).toBe('already')
    expect(sent()).toEqual(['POST /stop {}', 'GET /', 'POST /stop {}', 'GET /'])
  })

  it('a 412 on start is "already" only when the schedule is ACTIVE; otherwise it fails with the server message', async () => {
    net.oic
      .intercept({ path: at('/start'), method: 'POST' })
      .reply(412, { title: 'Schedule is in ACTIVE state.' }, JSON_REPLY)
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(200, schedule('ACTIVE'), JSON_REPLY)
    net.oic.intercept({ path: at('/start'), method: 'POST' }).reply(
      412,
      {
        title: 'Integration PULL_RATES|01.00.0000 is CONFIGURED; activate it before starting its schedule.'
      },
      JSON_REPLY
    )
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(200, schedule('CANCELLED'), JSON_REPLY)
    const client = mockClient(net)
    expect(await startSchedule(client, 'RATES', REF)).toBe('already')
    await expect(startSchedule(client, 'RATES', REF)).rejects.toThrow(
      /Could not start the schedule of PULL_RATES\|01\.00\.0000: .*activate it before starting its schedule/
    )
  })

  it('a start whose answer is lost is settled by the state, never sent twice', async () => {
    net.oic.intercept({ path: at('/start'), method: 'POST' }).reply(502, 'bad gateway')
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(200, schedule('ACTIVE'), JSON_REPLY)
    expect(await startSchedule(mockClient(net), 'RATES', REF)).toBe('already')
    expect(sent().filter(c => c.startsWith('POST'))).toHaveLength(1)
  })

  it('defines with POST; a lost answer is settled by reading the schedule back as asked', async () => {
    const definition = { icalExpression: 'FREQ=DAILY;BYHOUR=2;', scheduleTZ: 'Europe/Paris' }
    net.oic.intercept({ path: at(''), method: 'POST' }).reply(504, 'timeout')
    net.oic
      .intercept({ path: at(''), method: 'GET' })
      .reply(
        200,
        { ...schedule('CANCELLED', definition.icalExpression), scheduleTZ: 'Europe/Paris' },
        JSON_REPLY
      )
    await defineSchedule(mockClient(net), 'RATES', REF, definition, 'create')
    expect(sent()).toEqual([`POST / ${JSON.stringify(definition)}`, 'GET /'])
  })

  it('a lost POST whose schedule reads back otherwise fails, naming the write', async () => {
    net.oic.intercept({ path: at(''), method: 'POST' }).reply(504, 'timeout')
    net.oic.intercept({ path: at(''), method: 'GET' }).reply(404, { title: 'Schedule not found' }, JSON_REPLY)
    await expect(
      defineSchedule(mockClient(net), 'RATES', REF, { icalExpression: 'FREQ=DAILY;' }, 'create')
    ).rejects.toThrow(/Could not define the schedule of PULL_RATES\|01\.00\.0000/)
  })

  it('changes with PUT and the frequency object as given', async () => {
    net.oic.intercept({ path: at(''), method: 'PUT' }).reply(200, schedule('CANCELLED'), JSON_REPLY)
    await defineSchedule(
      mockClient(net),
      'RATES',
      REF,
      { frequency: { 'days-of-week': ['MONDAY'] } },
      'update'
    )
    expect(sent()).toEqual(['PUT / {"frequency":{"days-of-week":["MONDAY"]}}'])
  })

  it('runs now with {"action":"NOW"} (204); a lost answer fails without a second request', async () => {
    net.oic.intercept({ path: at('/jobs'), method: 'POST' }).reply(204, '')
    net.oic.intercept({ path: at('/jobs'), method: 'POST' }).reply(503, 'unavailable')
    const client = mockClient(net)
    await runScheduleNow(client, 'RATES', REF)
    await expect(runScheduleNow(client, 'RATES', REF)).rejects.toThrow(/may have started/)
    expect(sent()).toEqual(['POST /jobs {"action":"NOW"}', 'POST /jobs {"action":"NOW"}'])
  })
})
