// Verify the connections file's schedules: section: iCal or frequency definitions in Oracle's names, start/run-now,
// and every mistake reported at file:line with a fix.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  checkSchedulesAgainstArchive,
  schedulesOf
} from '../../../../src/actions/import-car/schedules-section.js'
import { InputError } from '../../../../src/core/errors.js'
import { mapEntries, readYamlFile } from '../../../../src/core/yaml-file.js'

const dir = mkdtempSync(join(tmpdir(), 'sched-'))
function read(text: string) {
  const p = join(dir, `s${Math.random()}.yaml`)
  writeFileSync(p, text)
  const doc = readYamlFile(p, 'prod.yaml', 'connections-file')
  return schedulesOf(doc, mapEntries(doc.root))
}

describe('schedulesOf', () => {
  it('reads iCal and frequency definitions, start and run-now, by CODE or CODE|VERSION', () => {
    const out = read(`connections: {}
schedules:
  PULL_RATES:
    ical: FREQ=DAILY;BYHOUR=2;BYMINUTE=0;
    timezone: Europe/Paris
    run-now: true
  NIGHTLY|01.00.0001:
    frequency:
      days-of-week: [MONDAY, friday]
      interval: 2
    start: false
  HEARTBEAT: {}
`)
    expect(out).toEqual([
      {
        code: 'PULL_RATES',
        definition: { icalExpression: 'FREQ=DAILY;BYHOUR=2;BYMINUTE=0;', scheduleTZ: 'Europe/Paris' },
        start: true,
        runNow: true,
        location: { file: 'prod.yaml', line: 3 }
      },
      {
        code: 'NIGHTLY',
        version: '01.00.0001',
        definition: { frequency: { 'days-of-week': ['MONDAY', 'friday'], interval: 2 } },
        start: false,
        runNow: false,
        location: { file: 'prod.yaml', line: 7 }
      },
      { code: 'HEARTBEAT', start: true, runNow: false, location: { file: 'prod.yaml', line: 12 } }
    ])
  })

  it('no section: no settings', () => {
    expect(read('connections: {}\n')).toEqual([])
  })

  it.each([
    ['a section that is not a mapping', 'schedules: [A]\n', 1, /'schedules' must map integrations/],
    [
      'a bad integration id',
      'schedules:\n  "A|1":\n    start: true\n',
      2,
      /'A\|1' is not an integration CODE or CODE\|VERSION/
    ],
    ['an unknown key', 'schedules:\n  A:\n    cron: "* * *"\n', 3, /unknown key 'cron' in schedule A/],
    [
      'an iCal that is not a rule',
      'schedules:\n  A:\n    ical: every hour\n',
      3,
      /ical of schedule A 'every hour' is not an iCal recurrence rule/
    ],
    [
      'both ical and frequency',
      'schedules:\n  A:\n    ical: FREQ=HOURLY;\n    frequency: { interval: 1 }\n',
      2,
      /has both ical and frequency/
    ],
    [
      'a timezone without a definition',
      'schedules:\n  A:\n    timezone: UTC\n',
      2,
      /sets timezone without ical or frequency/
    ],
    [
      'start that is not a boolean',
      'schedules:\n  A:\n    start: "yes"\n',
      3,
      /start of schedule A must be true or false/
    ],
    [
      'a day that is not a day',
      'schedules:\n  A:\n    frequency:\n      days-of-week: [MONDAY, FUNDAY]\n',
      4,
      /days-of-week value 'FUNDAY' is not one of MONDAY/
    ],
    [
      'an empty frequency',
      'schedules:\n  A:\n    frequency: {}\n',
      3,
      /frequency of schedule A must be a mapping/
    ]
  ])('%s is an input error at its line', (_what, text, line, message) => {
    let error: unknown
    try {
      read(`connections: {}\n${text}`)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const e = error as InputError
    expect(e.message).toMatch(new RegExp(`^prod\\.yaml:${line + 1}: `))
    expect(e.message).toMatch(message)
    expect(e.input).toBe('connections-file')
    expect(e.fix).toBeTruthy()
  })
})

describe('checkSchedulesAgainstArchive', () => {
  const settings = read(`connections: {}
schedules:
  PULL_RATES: {}
  OTHER|01.00.0000: {}
`)
  const integrations = [
    { code: 'PULL_RATES', version: '01.00.0000', scheduled: true },
    { code: 'PUSH_RATES', version: '01.00.0000', scheduled: false }
  ]

  it("skips, with a warning at its line, an entry a deployment's archive does not bring", () => {
    const warned: string[] = []
    const kept = checkSchedulesAgainstArchive(
      settings,
      { kind: 'deployment', integrations },
      l => void warned.push(l)
    )
    expect(kept.map(k => k.code)).toEqual(['PULL_RATES'])
    expect(warned).toEqual([
      "prod.yaml:4: schedule OTHER|01.00.0000 is not in this deployment's archive: skipped."
    ])
  })

  it('refuses it for a whole project, and an integration the archive holds but not as scheduled', () => {
    expect(() => checkSchedulesAgainstArchive(settings, { kind: 'project', integrations }, () => {})).toThrow(
      'prod.yaml:4: schedule OTHER|01.00.0000 names an integration the archive does not bring.'
    )
    const push = read('connections: {}\nschedules:\n  PUSH_RATES: {}\n')
    expect(() => checkSchedulesAgainstArchive(push, { kind: 'deployment', integrations }, () => {})).toThrow(
      "prod.yaml:3: schedule PUSH_RATES: the archive's PUSH_RATES is not a scheduled integration."
    )
  })
})
