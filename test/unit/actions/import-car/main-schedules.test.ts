// Verify that import-car promotes scheduled integrations with their schedules: a replace stops a running schedule
// before deactivating (the call history shows the order), activation is followed by the start, the file's
// schedules: section defines or changes the schedule first, start: false keeps it stopped, the recorded 412 "not
// running" is tolerated, a failed start fails the step after the summary, and the dry run shows it all.
import { describe, expect, it } from '@jest/globals'
import { A0, B0, existing, importCar, output, rows, salesSpec, setup, writes, P } from './harness.js'
import { problem } from './fake-target.js'

const A = `${A0.code}|${A0.version}`
const scheduledSpec = () =>
  salesSpec({ integrations: [{ ...A0, scheduled: true }, B0], connections: [], labels: [] })
const connections = (text: string) => `connections: {}\nschedules:\n${text}`

describe('import-car schedules', () => {
  it('replace: stops the running schedule before deactivating, starts it after activation', async () => {
    const c = await setup(scheduledSpec())
    existing(c, [
      { ...A0, status: 'ACTIVATED', style: 'freeform_scheduled' },
      { ...B0, status: 'ACTIVATED' }
    ])
    c.target.schedules.set(A, { state: 'ACTIVE', icalExpression: 'FREQ=HOURLY;INTERVAL=1;' })
    const host = await importCar(c, { 'if-exists': 'replace', activate: 'all' })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([
      `POST /projects/${P}/integrations/${A}/schedule/stop`,
      `POST /projects/${P}/integrations/${A}`,
      `POST /projects/${P}/integrations/${B0.code}|${B0.version}`,
      'PUT /projects/archive',
      `POST /projects/${P}/integrations/${B0.code}|${B0.version}`,
      `POST /projects/${P}/integrations/${A}`,
      `POST /projects/${P}/integrations/${A}/schedule/start`
    ])
    expect(c.target.schedules.get(A)?.state).toBe('ACTIVE')
    expect(rows(host)).toContainEqual(['schedule', A0.code, A0.version, '', 'started', ''])
    expect(output<{ schedules: unknown[] }>(host, 'results').schedules).toEqual([
      { ...A0, status: 'started' }
    ])
  })

  it('a schedule that is not running is not an error before the replace (412 read back as stopped)', async () => {
    const c = await setup(scheduledSpec())
    existing(c, [{ ...A0, status: 'ACTIVATED', style: 'freeform_scheduled' }])
    const host = await importCar(c, { 'if-exists': 'replace', activate: 'all' })
    expect(host.failed).toBeUndefined()
    expect(c.target.seen.filter(r => r.path.endsWith('/schedule/stop')).length).toBe(1)
    expect(host.logs.map(l => l.message)).toContain(`Schedule of ${A} was not running before deactivation`)
  })

  it('defines the schedule from the file (iCal, time zone) before starting it, and runs it now when asked', async () => {
    const c = await setup(scheduledSpec())
    const file = c.file(
      'prod.yaml',
      connections(
        `  ${A0.code}:\n    ical: FREQ=DAILY;BYHOUR=2;\n    timezone: Europe/Paris\n    run-now: true\n`
      )
    )
    const host = await importCar(c, { activate: 'all', 'connections-file': file })
    expect(host.failed).toBeUndefined()
    const schedule = writes(c).filter(w => w.includes('/schedule'))
    expect(schedule).toEqual([
      `PUT /projects/${P}/integrations/${A}/schedule`,
      `POST /projects/${P}/integrations/${A}/schedule/start`,
      `POST /projects/${P}/integrations/${A}/schedule/jobs`
    ])
    expect(c.target.schedules.get(A)).toMatchObject({
      state: 'ACTIVE',
      icalExpression: 'FREQ=DAILY;BYHOUR=2;',
      scheduleTZ: 'Europe/Paris'
    })
    expect(rows(host)).toContainEqual([
      'schedule',
      A0.code,
      A0.version,
      'changed',
      'started, run requested',
      ''
    ])
  })

  it('start: false keeps the schedule stopped', async () => {
    const c = await setup(scheduledSpec())
    const file = c.file('prod.yaml', connections(`  ${A}:\n    start: false\n`))
    const host = await importCar(c, { activate: 'all', 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(writes(c).some(w => w.endsWith('/schedule/start'))).toBe(false)
    expect(c.target.schedules.get(A)?.state ?? 'CANCELLED').toBe('CANCELLED')
    expect(rows(host)).toContainEqual(['schedule', A0.code, A0.version, '', 'not running', ''])
  })

  it('a schedule the server refuses to start fails the step after writing the summary', async () => {
    const c = await setup(scheduledSpec())
    c.target.overrides.push(req =>
      req.path.endsWith('/schedule/start') ? problem(412, 'Schedule is locked by another user.') : undefined
    )
    const host = await importCar(c, { activate: 'all' })
    expect(host.failed?.message).toMatch(
      new RegExp(
        `^Schedules failed for 1 of 1 scheduled integrations: ${A.replace('|', '\\|')} \\(Could not start the schedule`
      )
    )
    expect(host.summaries[0]?.status).toBe('failure')
  })

  it('a schedules entry naming an integration the archive does not hold as scheduled fails before any request', async () => {
    const c = await setup(scheduledSpec())
    const file = c.file('prod.yaml', connections(`  ${B0.code}:\n    start: true\n`))
    const host = await importCar(c, { activate: 'all', 'connections-file': file })
    expect(host.failed?.message).toBe(
      `prod.yaml:3: schedule ${B0.code}: the archive's ${B0.code} is not a scheduled integration.`
    )
    expect(writes(c)).toEqual([])
  })

  it('dry run: shows the schedule a replace would stop, define and start, and changes nothing', async () => {
    const c = await setup(scheduledSpec())
    existing(c, [{ ...A0, status: 'ACTIVATED', style: 'freeform_scheduled' }])
    const file = c.file('prod.yaml', connections(`  ${A0.code}:\n    ical: FREQ=HOURLY;INTERVAL=2;\n`))
    const host = await importCar(c, {
      'dry-run': 'true',
      'if-exists': 'replace',
      activate: 'all',
      'connections-file': file
    })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    expect(host.summaries[0]?.notes).toContain(
      `Schedule of ${A} would be stopped before the replace deactivates it, then defined or changed to FREQ=HOURLY;INTERVAL=2;, then started after activation.`
    )
    expect(rows(host)).toContainEqual([
      'schedule',
      A0.code,
      A0.version,
      'would define or change: FREQ=HOURLY;INTERVAL=2;',
      'would stop, then would start',
      ''
    ])
    expect(output<{ schedules: unknown[] }>(host, 'results').schedules).toEqual([
      { ...A0, stop: true, after: 'start', definition: 'FREQ=HOURLY;INTERVAL=2;' }
    ])
  })
})
