/**
 * A library's folder in a project archive (format file §3): `libraries/<CODE>_<VER>/` with an `<api-library>`
 * XML, a `.properties` file (`librarytype`) and a `.jar` — a nested zip — holding the `.js`.
 */
import { ApiError } from '../http-kit.js'
import type { CarFile } from './car-collect.js'
import { parseProperties, splitFolder } from './car-format.js'
import { safeName } from './car-parse.js'
import { scanZipBuffer } from './zip-scan.js'

/** A library read from an archive. */
export interface LibraryInit {
  code: string
  version: string
  name: string
  type: string
  fileName: string
  content: Buffer
}

/** The first `.js` file of a library's jar. */
async function scriptOf(jar: CarFile): Promise<{ fileName: string; content: Buffer }> {
  let found: { fileName: string; content: Buffer } | undefined
  await scanZipBuffer(jar.data, async entry => {
    if (!found && entry.name.endsWith('.js'))
      found = { fileName: entry.name.split('/').pop() ?? entry.name, content: await entry.read() }
  })
  if (!found) throw new ApiError(400, `Archive entry ${jar.entry} holds no .js file.`)
  return found
}

/** Reads one library folder (400 when its XML, properties or jar is missing or does not match the folder). */
export async function readLibraryFolder(
  folder: string,
  files: Map<string, CarFile>,
  fromXml: (entry: string, data: Buffer) => { name: string; code: string; version: string }
): Promise<LibraryInit> {
  const where = `project/libraries/${folder}/`
  const split = splitFolder(folder)
  if (!split) throw new ApiError(400, `Archive folder ${where} does not end with _NN.NN.NNNN (the version).`)
  const pick = (ext: string): CarFile => {
    const file = [...files].find(([name]) => name.endsWith(ext))?.[1]
    if (!file) throw new ApiError(400, `Archive folder ${where} has no ${ext} file.`)
    return file
  }
  const xml = pick('.xml')
  const meta = fromXml(xml.entry, xml.data)
  if ((meta.code && meta.code !== split.code) || (meta.version && meta.version !== split.version))
    throw new ApiError(
      400,
      `Archive entry ${xml.entry} names ${meta.code}|${meta.version}, not ${split.code}|${split.version}.`
    )
  const properties = parseProperties(pick('.properties').data.toString('utf8'))
  const script = await scriptOf(pick('.jar'))
  return {
    code: safeName(split.code, 'library code', where),
    version: split.version,
    name: meta.name || properties.name || split.code,
    type: properties.librarytype || 'API',
    ...script
  }
}
