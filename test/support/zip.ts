/**
 * Building raw zip archives for tests, mostly hostile ones (unsafe names, bombs, damaged entries). Archives shaped
 * like OIC's exports come from `car.ts` beside this file.
 */
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
