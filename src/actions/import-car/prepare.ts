/**
 * Everything `import-car` checks before it talks to the target: the archive is obtained and read (a project archive
 * in OIC's layout, the expected project), the connections file is read, its attachments exist and its properties
 * fit the archive's connection definitions.
 */
import { checkArchiveFile } from '../../core/archive-size.js'
import { readCar, type CarContents } from '../../core/archive/car.js'
import { ConfigurationError } from '../../core/errors.js'
import type { Host } from '../../core/host.js'
import { obtainArchive } from './archive-source.js'
import { attachmentFiles, checkAgainstArchive } from './configure.js'
import type { ConnectionSettings } from './connections-file.js'
import type { ImportCarSettings } from './inputs.js'
import type { LookupSetting } from './lookups-section.js'
import type { CertificateSetting } from './certificates-section.js'
import { checkSchedulesAgainstArchive, type ScheduleSetting } from './schedules-section.js'
import { describeJson, OIC_CODE } from '../../core/oic/shape.js'

/** The archive and the connections file, read and checked. */
export interface Prepared {
  archive: { path: string; shownAs: string }
  car: CarContents
  /** The project the import is for: the `project` input, else the archive's. */
  expected?: string
  file?: {
    file: string
    connections: ConnectionSettings[]
    lookups?: LookupSetting[]
    certificates?: CertificateSetting[]
    schedules?: ScheduleSetting[]
  }
}

/** Obtains and reads the archive and the connections file; every problem is one line, before any request. */
export async function prepare(
  host: Pick<Host, 'env' | 'warning' | 'setSecret'>,
  s: ImportCarSettings,
  log: (line: string) => void
): Promise<Prepared> {
  const archive = await obtainArchive(s.source, host.env, log)
  checkArchiveFile(archive.path, archive.shownAs, s.maxArchiveSize)
  const car = await readCar(archive.path, archive.shownAs)
  for (const warning of car.warnings) host.warning(`${archive.shownAs}: ${warning}`)
  // The archive's code becomes the project output: a line break or shell text in it must not get that far.
  if (car.project && !OIC_CODE.test(car.project.code)) {
    throw new ConfigurationError(
      `${archive.shownAs} names project ${describeJson(car.project.code)} where a code of letters, digits, '_', '-' and '.' was expected.`,
      { input: 'path' }
    )
  }
  if (s.project && car.project && car.project.code !== s.project) {
    throw new ConfigurationError(
      `${archive.shownAs} holds project ${car.project.code}, not ${s.project}: import the right archive or fix the project input.`,
      { input: 'project' }
    )
  }
  // Loaded only when used: the YAML parser is the largest module import-car would otherwise load at start.
  const file = s.connectionsFile
    ? (await import('./connections-file.js')).readConnectionsFile(
        s.connectionsFile.path,
        s.connectionsFile.shownAs,
        host.env,
        v => host.setSecret(v)
      )
    : undefined
  for (const setting of file?.connections ?? []) attachmentFiles(setting, host.env)
  if (file) checkAgainstArchive(file.connections, car.connections)
  if (file?.schedules) file.schedules = checkSchedulesAgainstArchive(file.schedules, car, host.warning)
  return { archive, car, expected: s.project ?? car.project?.code, file }
}
