/** Building zip archives for tests: valid `.car` files in the emulator layout, and hostile ones. */
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'

/** One entry to write. */
export interface ZipEntry {
  name: string
  data?: string | Buffer
  /** Bytes of zeros to stream (for large or bomb-like entries). */
  zeros?: number
  compress?: boolean
}

/** Writes a zip with `entries` to `path`. */
export async function writeZip(path: string, entries: ZipEntry[]): Promise<void> {
  const zip = new yazl.ZipFile()
  for (const e of entries) {
    if (e.zeros !== undefined) {
      const chunk = Buffer.alloc(Math.min(e.zeros, 1024 * 1024))
      let left = e.zeros
      const stream = Readable.from(
        (function* () {
          while (left > 0) {
            const n = Math.min(left, chunk.length)
            left -= n
            yield chunk.subarray(0, n)
          }
        })()
      )
      zip.addReadStream(stream, e.name, { compress: e.compress ?? true })
    } else {
      zip.addBuffer(Buffer.from(e.data ?? ''), e.name, { compress: e.compress ?? true })
    }
  }
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
}

/** Rewrites every occurrence of an entry-name fragment in a zip (same length), e.g. `zz/` → `../`. */
export function patchZipNames(path: string, from: string, to: string): void {
  if (from.length !== to.length) throw new Error('same length only')
  const buf = readFileSync(path)
  const needle = Buffer.from(from)
  for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + 1)) buf.write(to, i)
  writeFileSync(path, buf)
}

/** A manifest in the emulator's `.car` layout. */
export function carManifest(
  project: string,
  integrations: Array<[string, string, string[]?]>,
  extra: Record<string, unknown> = {}
): string {
  return JSON.stringify({
    format: 'oic-emulator-car/1',
    project: { code: project, name: project },
    label: '',
    deployments: [],
    integrations: integrations.map(([code, version, connections]) => ({
      code,
      version,
      name: code,
      connections: connections ?? []
    })),
    connections: [],
    lookups: [],
    libraries: [],
    ...extra
  })
}

/** Writes a small valid `.car` in the emulator layout. */
export function writeCar(
  path: string,
  project: string,
  integrations: Array<[string, string, string[]?]>,
  extra: Record<string, unknown> = {}
): Promise<void> {
  return writeZip(path, [
    { name: 'manifest.json', data: carManifest(project, integrations, extra) },
    { name: `icspackage/project/${project}/project.xml`, data: `<project><code>${project}</code></project>` },
    ...integrations.map(([code, version]) => ({
      name: `icspackage/project/${project}/integrations/${code}_${version}/integration.xml`,
      data: `<integration code="${code}"/>`
    }))
  ])
}
