/**
 * The first pass over an uploaded project archive: which files of the real layout (format file §2) it holds,
 * read through the central directory. Only metadata is read into memory; the synthetic payload keeps its size.
 * Folders the emulator does not model (`queues/`, `templates/`, `ai_agents/`, `rpa.zip`, unknown ones) are
 * accepted and ignored, as a reader must not fail on them (format file §2).
 */
import { ApiError } from '../http-kit.js'
import { CAR_ROOT, IAR_ROOT, PAYLOAD_ENTRY } from './car-format.js'
import { scanZip, type ZipVisit } from './zip-scan.js'

/** One read file: its entry name and bytes. */
export interface CarFile {
  entry: string
  data: Buffer
}

/** The files of a project archive, by role. */
export interface CarFiles {
  projectYaml?: CarFile
  /** By deployment file name (without `.json`). */
  labels: Map<string, CarFile>
  /** By integration folder `<CODE>_<VER>`. */
  infos: Map<string, CarFile>
  projectXmls: Map<string, CarFile>
  payloads: Map<string, number>
  /** Every integration folder seen, even without `info.json`. */
  folders: Set<string>
  /** By connection file name (without `.xml`). */
  connections: Map<string, CarFile>
  /** By lookup file name (without `.dvm`). */
  lookups: Map<string, CarFile>
  /** By library folder, then file name. */
  libraries: Map<string, Map<string, CarFile>>
  /** By integration folder (`Schedule_<CODE>_<VER>.xml`). */
  schedules: Map<string, CarFile>
  /** Entries outside `project/`, in order. */
  outside: string[]
  /** True when some entry is under `icspackage/` (an integration archive). */
  iar: boolean
}

const read = async (entry: ZipVisit): Promise<CarFile> => ({ entry: entry.name, data: await entry.read() })

/** Sorts one entry under `project/` into `files`. */
async function sort(files: CarFiles, entry: ZipVisit, rest: string): Promise<void> {
  const parts = rest.split('/')
  const [top = '', second = '', third = ''] = parts
  if (rest === 'project.yaml') files.projectYaml = await read(entry)
  else if (top === 'labels' && parts.length === 2 && second.endsWith('.json'))
    files.labels.set(second.slice(0, -5), await read(entry))
  else if (top === 'integrations' && parts.length >= 3) {
    const inner = parts.slice(2).join('/')
    files.folders.add(second)
    if (inner === 'info.json') files.infos.set(second, await read(entry))
    else if (inner === 'PROJECT-INF/project.xml') files.projectXmls.set(second, await read(entry))
    else if (inner === PAYLOAD_ENTRY) files.payloads.set(second, entry.size)
  } else if (top === 'connections' && parts.length === 2 && second.endsWith('.xml'))
    files.connections.set(second.slice(0, -4), await read(entry))
  else if (top === 'lookups' && parts.length === 2 && second.endsWith('.dvm'))
    files.lookups.set(second.slice(0, -4), await read(entry))
  else if (top === 'libraries' && parts.length === 3 && /\.(xml|properties|jar)$/.test(third)) {
    const folder = files.libraries.get(second) ?? new Map<string, CarFile>()
    folder.set(third, await read(entry))
    files.libraries.set(second, folder)
  } else if (top === 'schedules' && parts.length === 2 && /^Schedule_.+\.xml$/.test(second))
    files.schedules.set(second.slice('Schedule_'.length, -4), await read(entry))
}

/**
 * Reads the files of the archive at `path`; 400 for what is not a project archive at all, and (unless
 * `foreignEntries` is `ignore`) for entries outside `project/`.
 */
export async function collectCar(path: string, foreignEntries: 'reject' | 'ignore'): Promise<CarFiles> {
  const files: CarFiles = {
    labels: new Map(),
    infos: new Map(),
    projectXmls: new Map(),
    payloads: new Map(),
    folders: new Set(),
    connections: new Map(),
    lookups: new Map(),
    libraries: new Map(),
    schedules: new Map(),
    outside: [],
    iar: false
  }
  await scanZip(path, async entry => {
    if (entry.name.startsWith(CAR_ROOT)) return sort(files, entry, entry.name.slice(CAR_ROOT.length))
    if (entry.name.startsWith(IAR_ROOT)) files.iar = true
    files.outside.push(entry.name)
  })
  if (!files.projectYaml) {
    if (files.iar)
      throw new ApiError(
        400,
        'The uploaded file is an integration archive (.iar, icspackage/…), not a project archive (.car): import it with POST /integrations/archive, or export the project as a .car.'
      )
    throw new ApiError(
      400,
      'The uploaded file is not an OIC project archive: it has no project/project.yaml (every entry of a .car is under project/).'
    )
  }
  // Every entry of a real export is under project/ (format file §1); the strictest reading refuses the rest.
  if (files.outside.length && foreignEntries === 'reject')
    throw new ApiError(
      400,
      `The uploaded project archive has entries outside project/ (${files.outside.slice(0, 3).join(', ')}); every entry of a .car is under project/.`
    )
  return files
}
