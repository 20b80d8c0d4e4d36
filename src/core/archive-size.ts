/**
 * The optional `max-archive-size` of export-car and import-car: export-car stops writing and fails when the server
 * sends more, import-car refuses a larger file before reading or uploading it.
 */
import { statSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { Transform } from 'node:stream'
import { inputError, OicActionError } from './errors.js'
import { formatBytes } from './http/limits.js'
import { mustBe } from './inputs.js'

/** The input's name. */
export const MAX_ARCHIVE_SIZE_INPUT = 'max-archive-size'

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 }
const SIZE = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?$/i

/** Parses `max-archive-size` (`500MiB`, `2 GiB`, `100M`, `1048576`); undefined when empty. */
export function parseArchiveSize(value: string | undefined): number | undefined {
  if (!value) return undefined
  const match = SIZE.exec(value.trim())
  const bytes = match ? Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? NaN)) : NaN
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw mustBe(MAX_ARCHIVE_SIZE_INPUT, 'a size such as 500MiB, 2GiB or a number of bytes', value)
  }
  return bytes
}

const bound = (max: number): string => `${MAX_ARCHIVE_SIZE_INPUT} (${formatBytes(max)})`

/** Refuses a file larger than `max` before anything reads it. */
export function checkArchiveFile(path: string, shownAs: string, max: number | undefined): void {
  if (max === undefined) return
  const size = statSync(path).size
  if (size > max) {
    throw inputError(
      `${shownAs} is ${formatBytes(size)}, more than ${bound(max)}: refusing to read or upload it.`,
      {
        input: MAX_ARCHIVE_SIZE_INPUT,
        value: String(max),
        fix: `Raise ${MAX_ARCHIVE_SIZE_INPUT} above ${formatBytes(size)}, or import a smaller archive.`
      }
    )
  }
}

/** The bound of one export download; {@link ArchiveSizeLimit.error} is the one line once it was hit. */
export class ArchiveSizeLimit {
  private hit?: string

  constructor(readonly max: number) {}

  /** True once the server sent (or announced) more than the bound. */
  get tripped(): boolean {
    return this.hit !== undefined
  }

  /** The one line of a tripped bound. */
  error(): OicActionError {
    return new OicActionError(`${this.hit ?? 'the server sent too much'}.`)
  }

  /**
   * The body to write: refused at once when `Content-Length` announces more than the bound, else passed through a
   * counter that ends the download (and so the write, whose partial file is removed) at the first byte beyond it.
   */
  guard(body: Readable, headers: Record<string, string | undefined>): Readable {
    const declared = Number(headers['content-length'])
    if (Number.isFinite(declared) && declared > this.max) {
      this.hit = `the server announced an archive of ${formatBytes(declared)}, more than ${bound(this.max)}; nothing was written`
      body.destroy()
      throw this.error()
    }
    let size = 0
    const counter = new Transform({
      highWaterMark: 4 * 1024 * 1024,
      transform: (chunk: Buffer, _encoding, done) => {
        size += chunk.length
        if (size <= this.max) return done(null, chunk)
        this.hit = `the server sent more than ${bound(this.max)} for the archive; stopped writing and removed the partial file`
        done(this.error())
      }
    })
    body.on('error', error => counter.destroy(error))
    counter.on('close', () => body.destroy())
    // The writer may attach its listeners after an await: until then the error is kept (errored), not thrown.
    counter.on('error', () => undefined)
    return body.pipe(counter)
  }
}
