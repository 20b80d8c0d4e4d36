/**
 * The monitoring `q` filter (contract §4.3): time window or `startdate`/`enddate`, and the instance keys
 * (`code`, `version`, `status`, tracking values, …). Keys are matched case-insensitively; unknown keys are ignored,
 * and so are `recoverable` and `projectCode` by default (contract K6; the `monitoringUndocumentedQ` switch).
 */
import { ApiError, matchesTerm, parseQ, type QTerm } from '../http-kit.js'
import { inError } from './store.js'
import type { TrackedInstance } from './types.js'

const HOUR = 3_600_000
/** Named time windows; `RETENTIONPERIOD` is the instance's retention. */
export const TIME_WINDOWS: Readonly<Record<string, number>> = {
  '1h': HOUR,
  '6h': 6 * HOUR,
  '1d': 24 * HOUR,
  '2d': 48 * HOUR,
  '3d': 72 * HOUR
}
const WINDOW_NAMES = [...Object.keys(TIME_WINDOWS), 'RETENTIONPERIOD']

/** A closed time range in epoch ms and how it was asked for. */
export interface TimeRange {
  from: number
  to: number
  /** `1h` … `RETENTIONPERIOD`, or `startdate..enddate` as given. */
  label: string
}

/** Parsed `q` terms keyed by lower-case name. */
export type Terms = ReadonlyMap<string, QTerm>

/** Parses `q` into lower-cased terms (400 on malformed input). */
export function parseTerms(raw: string | null): Terms {
  const terms = new Map<string, QTerm>()
  for (const [key, term] of parseQ(raw)) terms.set(key.toLowerCase(), term)
  return terms
}

/** Parses `'yyyy-MM-dd HH:mm:ss'` (UTC; `T`, milliseconds and `Z`/`+0000` tolerated). An `end` bound without
 * milliseconds covers its whole second. 400 when malformed. */
export function parseDateTime(text: string, name: string, end = false): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]00:?00)?$/.exec(
    text.trim()
  )
  const ms = m ? Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}Z`) : NaN
  if (!m || Number.isNaN(ms))
    throw new ApiError(400, `Invalid ${name} '${text}': expected UTC 'yyyy-MM-dd HH:mm:ss'.`)
  // Oracle's format has no milliseconds: an end bound of 10:00:00 must still include 10:00:00.500.
  return end && !m[7] ? ms + 999 : ms
}

/** Formats epoch ms as `yyyy-MM-dd HH:mm:ss` (UTC). */
export function formatDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** The range of `timewindow` (default `fallback`) unless `startdate`/`enddate` override it. */
export function resolveRange(
  terms: Terms,
  now: number,
  retentionMs: number,
  fallback = '1h',
  keys = { start: 'startdate', end: 'enddate', window: 'timewindow' }
): TimeRange {
  const start = terms.get(keys.start)?.value
  const end = terms.get(keys.end)?.value
  if (start || end) {
    const from = start ? parseDateTime(start, keys.start) : now - retentionMs
    const to = end ? parseDateTime(end, keys.end, true) : now
    return { from, to, label: `${start ?? ''}..${end ?? ''}` }
  }
  return windowRange(terms.get(keys.window)?.value ?? fallback, now, retentionMs)
}

/** The range of a named window ending now; 400 for an unknown name. */
export function windowRange(name: string, now: number, retentionMs: number): TimeRange {
  const upper = name.toUpperCase()
  if (upper === 'RETENTIONPERIOD') return { from: now - retentionMs, to: now, label: 'RETENTIONPERIOD' }
  const span = TIME_WINDOWS[name.toLowerCase()]
  if (span === undefined)
    throw new ApiError(400, `Invalid timewindow '${name}': expected one of ${WINDOW_NAMES.join(', ')}.`)
  return { from: now - span, to: now, label: name.toLowerCase() }
}

/** Strips the double quotes of multi-word tracking values (`primaryValue:'"order 12"'`). */
function unquote(term: QTerm | undefined): QTerm | undefined {
  if (!term) return term
  const m = /^"(.*)"$/.exec(term.value)
  return m ? { ...term, value: m[1] ?? '' } : term
}

function booleanTerm(term: QTerm | undefined, name: string): boolean | undefined {
  if (!term) return undefined
  const v = term.value.toLowerCase()
  if (v !== 'true' && v !== 'false')
    throw new ApiError(400, `Invalid ${name} '${term.value}': expected 'true' or 'false'.`)
  return v === 'true'
}

function durationTerm(term: QTerm | undefined, name: string): number | undefined {
  if (!term) return undefined
  if (!/^\d+$/.test(term.value))
    throw new ApiError(400, `Invalid ${name} '${term.value}': expected a duration in milliseconds.`)
  return Number(term.value)
}

/** `status` values of the monitoring `q` that Oracle documents (contract K12, Gen2 page). */
const DOCUMENTED_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'FAILED', 'ABORTED'])

/**
 * An instance predicate compiled from `q` terms (everything but the time range). `projectCode` and `recoverable`
 * are not among the documented monitoring keys (contract K6), nor are `status` values other than COMPLETED, FAILED
 * and ABORTED (K12): they are ignored like any unknown key unless `undocumented` (the `monitoringUndocumentedQ`
 * switch) is set.
 */
export function instancePredicate(terms: Terms, undocumented = false): (inst: TrackedInstance) => boolean {
  const checks: Array<(inst: TrackedInstance) => boolean> = []
  const code = terms.get('code')
  const version = terms.get('version')
  const id = terms.get('id')
  const status = terms.get('status')
  const project = undocumented ? terms.get('projectcode') : undefined
  if (code) checks.push(i => matchesTerm(i.integration.code, code))
  if (version) checks.push(i => matchesTerm(i.integration.version, version))
  if (id) checks.push(i => matchesTerm(i.id, id))
  // K12: the documented status values are COMPLETED, FAILED and ABORTED; others (IN_PROGRESS, QUEUED …) are
  // unverified filters and ignored unless `undocumented` is set.
  if (status && (undocumented || DOCUMENTED_STATUSES.has(status.value.toUpperCase())))
    checks.push(i => i.status === status.value.toUpperCase())
  if (project) checks.push(i => matchesTerm(i.projectCode, project))
  const primary = unquote(terms.get('primaryvalue'))
  const secondary = unquote(terms.get('secondaryvalue'))
  const tertiary = unquote(terms.get('tertiaryvalue'))
  const business = unquote(terms.get('businessidvalue'))
  if (primary) checks.push(i => matchesTerm(i.primary?.value, primary))
  if (secondary) checks.push(i => matchesTerm(i.secondary?.value, secondary))
  if (tertiary) checks.push(i => matchesTerm(i.tertiary?.value, tertiary))
  if (business)
    checks.push(i => [i.primary, i.secondary, i.tertiary].some(t => matchesTerm(t?.value, business)))
  const recoverable = undocumented ? booleanTerm(terms.get('recoverable'), 'recoverable') : undefined
  if (recoverable !== undefined) checks.push(i => (i.error?.recoverable ?? false) === recoverable)
  const style = terms.get('integration-style')
  if (style) checks.push(i => i.style === style.value.toLowerCase())
  const min = durationTerm(terms.get('minduration'), 'minDuration')
  const max = durationTerm(terms.get('maxduration'), 'maxDuration')
  if (min !== undefined) checks.push(i => i.durationMs >= min)
  if (max !== undefined) checks.push(i => i.durationMs <= max)
  return inst => checks.every(check => check(inst))
}

/** Instances of `sorted` whose last update is inside `range` and that pass `predicate`; `errorsOnly` keeps
 * the ones still in error. */
export function selectInstances(
  sorted: readonly TrackedInstance[],
  range: TimeRange,
  predicate: (inst: TrackedInstance) => boolean,
  errorsOnly: boolean
): TrackedInstance[] {
  const out: TrackedInstance[] = []
  for (const inst of sorted) {
    if (inst.lastTrackedTime < range.from || inst.lastTrackedTime > range.to) continue
    if (errorsOnly && !inError(inst)) continue
    if (predicate(inst)) out.push(inst)
  }
  return out
}
