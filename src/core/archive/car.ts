/**
 * Reading an OIC archive without extracting it, from the zip's central directory: a project archive (`.car`, whole
 * project or one deployment) in the layout OIC exports (`project/project.yaml`, …), or, for `inspect`, an
 * integration archive (`.iar`). Anything else is refused with one line.
 */
import { basename } from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { CarContents } from './contents.js'
import { iarFolder, readIntegrationArchive } from './integration-archive.js'
import { PROJECT_YAML } from './layout.js'
import { readProjectArchive } from './project-archive.js'
import { DEFAULT_ZIP_LIMITS, listZip, printable, type ZipLimits } from './zip-reader.js'

export type * from './contents.js'
export { CONTENTS_SCHEMA_VERSION } from './contents.js'

/** What {@link readArchive} accepts besides a project archive. */
export interface ReadOptions {
  /** Also read an integration archive (`.iar`), as `inspect` does; otherwise it is refused. */
  allowIntegrationArchive?: boolean
  limits?: ZipLimits
}

const notProject = (label: string, names: string[]): ConfigurationError => {
  const tops = [...new Set(names.map(n => printable(n.split('/')[0] ?? n)))].slice(0, 5)
  return new ConfigurationError(
    `${label} is a zip but not an OIC project archive: no ${PROJECT_YAML} (it holds ${tops.join(', ') || 'no entries'}); export the project (or one deployment) from OIC or with export-car.`
  )
}

/** Reads an archive; `label` names it in messages (e.g. `Input 'path' (./x.car)`). Unsafe archives are refused. */
export async function readArchive(
  path: string,
  label = basename(path),
  options: ReadOptions = {}
): Promise<CarContents> {
  const zip = await listZip(path, label, options.limits ?? DEFAULT_ZIP_LIMITS)
  try {
    const names = zip.entries.map(e => e.name)
    if (names.includes(PROJECT_YAML)) return await readProjectArchive(zip, label)
    if (iarFolder(names) !== undefined) {
      if (options.allowIntegrationArchive) return await readIntegrationArchive(zip, label)
      throw new ConfigurationError(
        `${label} is an integration archive (.iar), not a project archive (.car): export the project (or one of its deployments) and import that, or import the .iar into a project in OIC.`
      )
    }
    throw notProject(label, names)
  } finally {
    zip.close()
  }
}

/** Reads a project archive (`.car`); an `.iar` or any other zip is refused with one line. */
export function readCar(
  path: string,
  label = basename(path),
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Promise<CarContents> {
  return readArchive(path, label, { limits })
}
