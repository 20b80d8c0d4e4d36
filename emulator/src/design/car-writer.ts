/**
 * Writing project (`.car`) and integration (`.iar`) archives in OIC's real layout (`../shared/oic-car-format.md`
 * §1–§5), streamed: every entry is under `project/` (or `icspackage/` for an `.iar`), deflated with a data
 * descriptor; an integration's synthetic `payloadBytes` is generated on the fly into its `resources/` folder and
 * stored (the one deviation from §1, see emulator/README.md), so a 1 GiB archive needs constant memory.
 */
import type { Readable } from 'node:stream'
import {
  analysisJson,
  iarAttributes,
  infoJson,
  isScheduled,
  labelJson,
  libraryProperties,
  projectProperties,
  projectYaml,
  type CarContent
} from './car-files.js'
import { carDate, CAR_ROOT, folderOf, PAYLOAD_ENTRY } from './car-format.js'
import { connectionXml, dvmXml, integrationProjectXml, libraryXml, scheduleXml } from './car-xml.js'
import type { Connection, Integration, Library, Lookup } from './model.js'
import { payloadStream } from './payload-stream.js'
import { zipBuffer, zipStream, type ZipEntry } from './zip-writer.js'

export type { CarContent } from './car-files.js'

const text = (name: string, mtime: Date, body: string): ZipEntry => ({
  name,
  mtime,
  data: Buffer.from(body)
})

/** An integration's `PROJECT-INF/…` and `resources/…` entries under `folder` (same in a `.car` and an `.iar`). */
function integrationBody(folder: string, i: Integration, mtime: Date): ZipEntry[] {
  const entries = [
    text(`${folder}/PROJECT-INF/project.xml`, mtime, integrationProjectXml(i)),
    text(`${folder}/PROJECT-INF/analysis.json`, mtime, analysisJson(i)),
    ...i.connections.map((c, n) =>
      text(`${folder}/resources/application_${n + 1}/appinstance.properties`, mtime, `appInstanceRef=${c}\n`)
    )
  ]
  const size = i.payloadBytes
  if (size > 0)
    entries.push({
      name: `${folder}/${PAYLOAD_ENTRY}`,
      mtime,
      size,
      open: () => payloadStream(size, `${i.code}|${i.version}`)
    })
  return entries
}

/** A library's folder: `<name>.xml`, `<name>_properties.properties` and a `.jar` holding the `.js` (§3). */
function libraryEntries(l: Library, mtime: Date, now: number): ZipEntry[] {
  const folder = `${CAR_ROOT}libraries/${folderOf(l.code, l.version)}`
  const jar = zipBuffer([{ name: l.fileName || `${l.code}.js`, mtime, data: l.content }])
  return [
    text(`${folder}/${l.code}.xml`, mtime, libraryXml(l)),
    text(`${folder}/${l.code}_properties.properties`, mtime, libraryProperties(l, now)),
    { name: `${folder}/${l.code}.jar`, mtime, data: jar }
  ]
}

const lookupEntry = (root: string, l: Lookup, mtime: Date): ZipEntry =>
  text(`${root}${l.name}.dvm`, mtime, dvmXml(l))

/** The entries of a project archive, small metadata first (order is not significant, §1). */
function carEntries(content: CarContent, now: number): ZipEntry[] {
  const mtime = new Date(now)
  const code = content.project.code
  const integrations = content.integrations.flatMap(i => {
    const folder = `${CAR_ROOT}integrations/${folderOf(i.code, i.version)}`
    return [text(`${folder}/info.json`, mtime, infoJson(i)), ...integrationBody(folder, i, mtime)]
  })
  return [
    text(`${CAR_ROOT}project.yaml`, mtime, projectYaml(content)),
    text(`${CAR_ROOT}oic_project.properties`, mtime, projectProperties(content, now)),
    ...content.deployments.map(d => text(`${CAR_ROOT}labels/${d.code}.json`, mtime, labelJson(d))),
    ...content.connections.map(c =>
      text(`${CAR_ROOT}connections/${c.id}.xml`, mtime, connectionXml(c, code))
    ),
    ...content.lookups.map(l => lookupEntry(`${CAR_ROOT}lookups/`, l, mtime)),
    ...content.libraries.flatMap(l => libraryEntries(l, mtime, now)),
    ...content.integrations
      .filter(isScheduled)
      .map(i =>
        text(
          `${CAR_ROOT}schedules/Schedule_${folderOf(i.code, i.version)}.xml`,
          mtime,
          scheduleXml(i, carDate(i.created.at))
        )
      ),
    ...integrations
  ]
}

/** Streams a project archive (format file §1–§4). */
export function writeCar(content: CarContent, now: number): Readable {
  return zipStream(carEntries(content, now))
}

/**
 * Streams an integration archive (format file §5): `icspackage/project/<CODE>_<VER>/…`, one
 * `icspackage/appinstances/<CONN>.xml` per connection, `icspackage/dvms/<LOOKUP>.dvm` per lookup and, for a
 * scheduled integration, `icspackage/schedule/Schedule_<CODE>_<VER_with_underscores>.xml`.
 */
export function writeIar(
  i: Integration,
  connections: Connection[],
  lookups: Lookup[],
  now: number
): Readable {
  const mtime = new Date(now)
  const folder = `icspackage/project/${folderOf(i.code, i.version)}`
  const scheduleName = `Schedule_${i.code}_${i.version.replace(/\./g, '_')}.xml`
  return zipStream([
    text(`${folder}/ics_project_attributes.properties`, mtime, iarAttributes(i, now)),
    ...integrationBody(folder, i, mtime),
    ...connections.map(c => text(`icspackage/appinstances/${c.id}.xml`, mtime, connectionXml(c, ''))),
    ...lookups.map(l => lookupEntry('icspackage/dvms/', l, mtime)),
    ...(isScheduled(i)
      ? [text(`icspackage/schedule/${scheduleName}`, mtime, scheduleXml(i, carDate(i.created.at)))]
      : [])
  ])
}
