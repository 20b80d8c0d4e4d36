/**
 * The XML files of OIC's archives, written as the format file (`../shared/oic-car-format.md` §3, §5) describes
 * them: an integration's `PROJECT-INF/project.xml`, a connection's `ApplicationInstance`, a lookup's `.dvm`, a
 * library's `<api-library>` and a schedule. Connection XML never carries a security property value.
 */
import { digestOf, uuidOf, xmlEscape } from './car-format.js'
import type { Connection, Integration, Library, Lookup } from './model.js'

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const el = (name: string, value: string | number | boolean, indent = '    '): string =>
  `${indent}<${name}>${xmlEscape(String(value))}</${name}>\n`

/** Namespace of `icsproject` in the emulator's files; real files vary theirs (format file §3). */
export const ICSPROJECT_NS = 'http://www.oracle.com/2014/03/ics/project/definition'
/** Namespace of a connection's `ApplicationInstance` (format file §3). */
export const ADAPTERS_NS = 'http://xmlns.oracle.com/adapters/cloud'
/** Namespace of a lookup's `dvm` (format file §3). */
export const DVM_NS = 'http://xmlns.oracle.com/dvm'
/** Namespace of a `schedule` (format file §3). */
export const SCHEDULER_NS = 'http://xmlns.oracle.com/scheduler'

/**
 * `PROJECT-INF/project.xml`: root `icsproject modelType="freeform"` with `projectCode`, `projectVersion`,
 * `projectName`, `projectDescription`, `icsflow` (format file §3). What `icsflow` holds in a real export was not
 * recorded; the emulator lists the libraries the flow calls there (info.json has no `libraries` key).
 */
export function integrationProjectXml(i: Integration): string {
  const calls = i.libraries
    .map(id => `        <processor type="javascript" library="${xmlEscape(id)}"/>\n`)
    .join('')
  return `${HEAD}<icsproject xmlns="${ICSPROJECT_NS}" modelType="freeform">\n${el('projectCode', i.code)}${el('projectVersion', i.version)}${el('projectName', i.name)}${el('projectDescription', i.description)}    <icsflow>\n${calls}    </icsflow>\n</icsproject>\n`
}

/** The console's names of the REST API's connection roles, as `integrationRole` holds them. */
const XML_ROLES: Record<Connection['role'], string> = {
  SOURCE: 'TRIGGER',
  TARGET: 'INVOKE',
  SOURCE_AND_TARGET: 'TRIGGER_AND_INVOKE'
}

/**
 * A connection's `ApplicationInstance` (format file §3): connection properties with their values, but no
 * security property value — credentials appear only as a hashed `csfkey` reference.
 */
export function connectionXml(c: Connection, projectCode: string): string {
  const props = c.properties
    .map(p => ({ name: p.propertyName, value: p.value ?? '' }))
    .concat(
      c.securityProperties.length ? [{ name: 'csfkey', value: digestOf(`${projectCode}|${c.id}`) }] : []
    )
    .map(
      p =>
        `        <connectionProperty>\n${el('name', p.name, '            ')}${el('value', p.value, '            ')}        </connectionProperty>\n`
    )
    .join('')
  return `${HEAD}<ApplicationInstance xmlns="${ADAPTERS_NS}">\n${el('id', uuidOf(`${projectCode}|${c.id}`))}${el('instanceCode', c.id)}${el('displayName', c.name)}${el('description', c.description)}${el('applicationTypeRef', c.adapterType)}    <connectionProperties>\n${props}    </connectionProperties>\n${el('securityPolicy', c.securityPolicy)}${el('revision', 1)}${el('status', c.status === 'CONFIGURED' ? 'CONFIGURED' : 'IN_PROGRESS')}${el('hidden', false)}${el('percentageComplete', c.status === 'CONFIGURED' ? 100 : 50)}    <attachments/>\n${el('integrationRole', XML_ROLES[c.role])}${el('publicScope', false)}${el('privateEndpoint', false)}${el('hasOverride', false)}</ApplicationInstance>\n`
}

/** A lookup as a `.dvm` (format file §3). */
export function dvmXml(l: Lookup): string {
  const columns = l.columns.map(c => `        <column name="${xmlEscape(c)}"/>\n`).join('')
  const rows = l.rows
    .map(r => `        <row>\n${r.map(v => el('cell', v, '            ')).join('')}        </row>\n`)
    .join('')
  return `${HEAD}<dvm name="${xmlEscape(l.name)}" xmlns="${DVM_NS}">\n${el('description', l.description)}    <columns>\n${columns}    </columns>\n    <rows>\n${rows}    </rows>\n</dvm>\n`
}

/** A library's `<api-library>` (format file §3). */
export function libraryXml(l: Library): string {
  return `${HEAD}<api-library>\n${el('name', l.name)}${el('code', l.code)}${el('version', l.version)}${el('description', l.description)}${el('implementationType', 'JAVASCRIPT')}</api-library>\n`
}

/**
 * A scheduled integration's `schedule` (format file §3): `display-name`, `time-zone`, `recurrence{start, count,
 * ical-expression}`: the integration's schedule definition, hourly from its creation when it has none (or only a
 * `frequency`, which the format file shows no XML for).
 */
export function scheduleXml(i: Integration, start: string): string {
  const ical = i.schedule?.icalExpression ?? 'FREQ=HOURLY;INTERVAL=1;'
  const zone = i.schedule?.scheduleTZ ?? 'UTC'
  const recurrence = `    <recurrence>\n${el('start', start, '        ')}${el('count', -1, '        ')}${el('ical-expression', ical, '        ')}    </recurrence>\n`
  return `${HEAD}<schedule xmlns="${SCHEDULER_NS}" name="${xmlEscape(`Schedule_${i.code}_${i.version}`)}">\n${el('display-name', i.name)}${el('time-zone', zone)}${recurrence}</schedule>\n`
}
