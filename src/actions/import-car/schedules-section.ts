/**
 * The `schedules:` section of the connections file: per scheduled integration (`CODE` or `CODE|VERSION`), the
 * schedule it should have in this environment — an iCal expression (`ical`, sent as Oracle's `icalExpression`) or a
 * simple recurrence (`frequency`, sent as Oracle's `frequency` object, ScheduleDefinitionRs, with its keys as
 * written) — with `timezone` (`scheduleTZ`), `start-date`, `end-date`, `description`; and `start: true|false`
 * (default true: start it after activation) and `run-now: true` (one run once started).
 */
import type { Node } from 'yaml'
import { inputError, type SourceLocation } from '../../core/errors.js'
import type { ScheduleDefinition } from '../../core/oic/schedules.js'
import {
  isMap,
  isScalar,
  isSeq,
  knownFields,
  mapEntries,
  readSection,
  scalarText,
  seqItems,
  type LocatedDocument,
  type TopEntry
} from '../../core/yaml-file.js'

/** One integration's schedule settings, with where they were written. */
export interface ScheduleSetting {
  code: string
  /** Undefined: every version of `code` the archive brings. */
  version?: string
  /** The definition to give it (undefined: keep the one it has). */
  definition?: ScheduleDefinition
  start: boolean
  runNow: boolean
  location: SourceLocation
}

const KEYS = ['ical', 'frequency', 'timezone', 'start-date', 'end-date', 'description', 'start', 'run-now']
const TEXT_KEYS: Array<[string, keyof ScheduleDefinition]> = [
  ['timezone', 'scheduleTZ'],
  ['start-date', 'startDate'],
  ['end-date', 'endDate'],
  ['description', 'description']
]
/** An RFC 5545 recurrence rule, as Oracle's examples write it (`FREQ=DAILY;BYHOUR=2;BYMINUTE=0;`). */
const ICAL = /^FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z-]+=[^;\s]*)*;?$/
/** Allowed values of ScheduleDefinitionRs's lists (D:Update a Schedule, nested schemas). */
const ALLOWED: Record<string, string[]> = {
  'days-of-week': ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
  'months-of-year': [
    'JANUARY',
    'FEBRUARY',
    'MARCH',
    'APRIL',
    'MAY',
    'JUNE',
    'JULY',
    'AUGUST',
    'SEPTEMBER',
    'OCTOBER',
    'NOVEMBER',
    'DECEMBER'
  ],
  'weeks-of-month': ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'LAST']
}
const ID = /^([A-Za-z0-9_.-]+)(?:\|(\d+\.\d+\.\d+))?$/

function text(doc: LocatedDocument, node: Node | null, what: string): string {
  const value = isScalar(node) ? scalarText(node) : undefined
  if (value === undefined || value.trim() === '')
    throw doc.error(`${what} must be a non-empty string.`, node, `Give ${what} a value.`)
  return value.trim()
}

function flag(doc: LocatedDocument, node: Node | null, what: string): boolean {
  const value = isScalar(node) ? node.value : undefined
  if (typeof value !== 'boolean')
    throw doc.error(`${what} must be true or false.`, node, `Write ${what}: true or false.`)
  return value
}

/** A YAML value as JSON: scalars as they are, lists and mappings recursively. */
function plain(doc: LocatedDocument, node: Node | null, what: string): unknown {
  if (isMap(node))
    return Object.fromEntries(mapEntries(node).map(([k, v]) => [k, plain(doc, v, `${what}.${k}`)]))
  if (isSeq(node)) return seqItems(node).map((item, n) => plain(doc, item, `${what}[${n}]`))
  if (isScalar(node) && node.value !== null) return node.value
  throw doc.error(`${what} has no value.`, node, `Give ${what} a value or remove it.`)
}

function frequency(doc: LocatedDocument, node: Node | null, id: string): Record<string, unknown> {
  const what = `frequency of schedule ${id}`
  if (!isMap(node) || mapEntries(node).length === 0)
    throw doc.error(
      `${what} must be a mapping (Oracle's frequency object).`,
      node,
      'Write frequency as key: value lines.'
    )
  for (const [key, value] of mapEntries(node)) {
    const allowed = ALLOWED[key]
    if (!allowed) continue
    const items = isSeq(value) ? seqItems(value) : [value]
    const bad = items.find(item => !allowed.includes(String(scalarText(item)).toUpperCase()))
    if (bad !== undefined)
      throw doc.error(
        `${what}: ${key} value '${scalarText(bad) ?? ''}' is not one of ${allowed.join(', ')}.`,
        bad,
        `Use ${allowed.join(', ')}.`
      )
  }
  return plain(doc, node, what) as Record<string, unknown>
}

function definitionOf(
  doc: LocatedDocument,
  fields: Map<string, Node | null>,
  id: string,
  keyNode: Node | null
) {
  const ical = fields.has('ical')
    ? text(doc, fields.get('ical') ?? null, `ical of schedule ${id}`)
    : undefined
  if (ical !== undefined && !ICAL.test(ical))
    throw doc.error(
      `ical of schedule ${id} '${ical}' is not an iCal recurrence rule.`,
      fields.get('ical') ?? null,
      'Write it as FREQ=DAILY;BYHOUR=2;BYMINUTE=0; (RFC 5545 RRULE).'
    )
  if (ical !== undefined && fields.has('frequency'))
    throw doc.error(`schedule ${id} has both ical and frequency.`, keyNode, 'Keep one of ical and frequency.')
  const definition: ScheduleDefinition = {}
  if (ical !== undefined) definition.icalExpression = ical
  if (fields.has('frequency')) definition.frequency = frequency(doc, fields.get('frequency') ?? null, id)
  for (const [key, field] of TEXT_KEYS)
    if (fields.has(key))
      definition[field] = text(doc, fields.get(key) ?? null, `${key} of schedule ${id}`) as never
  if (Object.keys(definition).length && ical === undefined && !fields.has('frequency'))
    throw doc.error(
      `schedule ${id} sets ${[...fields.keys()].filter(k => TEXT_KEYS.some(([t]) => t === k)).join(', ')} without ical or frequency.`,
      keyNode,
      'Add ical: FREQ=… or frequency: to define the schedule.'
    )
  return Object.keys(definition).length ? definition : undefined
}

function setting(doc: LocatedDocument, id: string, node: Node | null, keyNode: Node | null): ScheduleSetting {
  const m = ID.exec(id)
  if (!m)
    throw doc.error(
      `'${id}' is not an integration CODE or CODE|VERSION.`,
      keyNode,
      'Name the integration as CODE or CODE|01.00.0000.'
    )
  const fields = knownFields(doc, `schedule ${id}`, node, keyNode, KEYS)
  const definition = definitionOf(doc, fields, id, keyNode)
  return {
    code: m[1] as string,
    ...(m[2] ? { version: m[2] } : {}),
    ...(definition ? { definition } : {}),
    start: fields.has('start') ? flag(doc, fields.get('start') ?? null, `start of schedule ${id}`) : true,
    runNow: fields.has('run-now')
      ? flag(doc, fields.get('run-now') ?? null, `run-now of schedule ${id}`)
      : false,
    location: { file: doc.file, line: doc.line(keyNode) }
  }
}

/** The `schedules:` section of the file's top-level entries (none: no settings). */
export function schedulesOf(doc: LocatedDocument, root: readonly TopEntry[]): ScheduleSetting[] {
  const describe = {
    what: 'integrations (CODE or CODE|VERSION) to their schedule',
    shape: '<CODE>: <settings> entries'
  }
  return readSection(doc, root, 'schedules', describe, (id, node, keyNode) => setting(doc, id, node, keyNode))
}

/**
 * The settings that apply to the archive, checked before any request: an entry naming an integration the archive
 * does not bring is an error at its line for a whole project, and skipped with a warning for a deployment's archive
 * (one file per environment serves every deployment); an integration the archive holds but not as scheduled is
 * always an error (a schedule belongs to a scheduled integration only).
 */
export function checkSchedulesAgainstArchive(
  settings: readonly ScheduleSetting[],
  car: { kind: string; integrations: ReadonlyArray<{ code: string; version: string; scheduled: boolean }> },
  warn: (line: string, at: { file: string; startLine?: number }) => void
): ScheduleSetting[] {
  const scheduled = car.integrations.filter(i => i.scheduled).map(i => `${i.code}|${i.version}`)
  const fix = `Name one of the archive's scheduled integrations: ${scheduled.join(', ') || 'it has none'}.`
  return settings.filter(s => {
    const id = s.version ? `${s.code}|${s.version}` : s.code
    const matching = car.integrations.filter(
      i => i.code === s.code && (!s.version || i.version === s.version)
    )
    const fail = (message: string) =>
      inputError(message, { input: 'connections-file', value: id, fix, location: s.location })
    if (!matching.length && car.kind === 'deployment') {
      warn(
        `${s.location.file}:${s.location.line ?? '?'}: schedule ${id} is not in this deployment's archive: skipped.`,
        {
          file: s.location.file,
          startLine: s.location.line
        }
      )
      return false
    }
    if (!matching.length) throw fail(`schedule ${id} names an integration the archive does not bring.`)
    if (!matching.some(i => i.scheduled))
      throw fail(`schedule ${id}: the archive's ${id} is not a scheduled integration.`)
    return true
  })
}
