/**
 * Reading an uploaded zip from its temporary file (or a nested one from memory), entry by entry through the
 * central directory (yauzl, lazy entries; OIC writes sizes only in data descriptors, format file §1): unsafe names
 * (`..`, absolute paths, backslashes) and anything that is not a zip answer 400; only small entries are read.
 */
import yauzl from 'yauzl'
import { ApiError } from '../http-kit.js'

/** Largest entry read into memory (metadata, XML, library jars). */
export const MAX_ENTRY_READ = 16 * 1024 * 1024

/** One file entry of the archive. */
export interface ZipVisit {
  name: string
  /** Uncompressed size. */
  size: number
  /** Reads the entry (400 above {@link MAX_ENTRY_READ}). */
  read(): Promise<Buffer>
}

/** Maps yauzl's errors to 400s with an actionable detail. */
function archiveError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (/invalid relative path|absolute path|invalid characters in fileName/.test(message))
    return new ApiError(
      400,
      `The archive contains an unsafe entry name (${message}); entries must be relative paths without '..' or backslashes.`
    )
  return new ApiError(400, `The uploaded file is not a valid archive (${message}).`)
}

const OPTIONS = { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }

/** Calls `visit` for every file entry of the zip at `path` (directories are skipped), in archive order. */
export async function scanZip(path: string, visit: (entry: ZipVisit) => Promise<void>): Promise<void> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(path, OPTIONS)
  } catch (error) {
    throw archiveError(error)
  }
  await scanOpened(zip, visit)
}

/** {@link scanZip} for a zip in memory (a library's `.jar` inside a `.car`). */
export async function scanZipBuffer(data: Buffer, visit: (entry: ZipVisit) => Promise<void>): Promise<void> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(data, OPTIONS)
  } catch (error) {
    throw archiveError(error)
  }
  await scanOpened(zip, visit)
}

async function scanOpened(zip: yauzl.ZipFile, visit: (entry: ZipVisit) => Promise<void>): Promise<void> {
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue
      await visit({
        name: entry.fileName,
        size: entry.uncompressedSize,
        read: async () => {
          if (entry.uncompressedSize > MAX_ENTRY_READ)
            throw new ApiError(400, `Archive entry ${entry.fileName} is larger than ${MAX_ENTRY_READ} bytes.`)
          const chunks: Buffer[] = []
          for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
          return Buffer.concat(chunks)
        }
      })
    }
  } catch (error) {
    throw archiveError(error)
  } finally {
    zip.close()
  }
}

/** Parses a JSON entry (400 naming the entry when malformed). */
export function parseJsonEntry(name: string, data: Buffer): unknown {
  try {
    return JSON.parse(data.toString('utf8')) as unknown
  } catch {
    throw new ApiError(400, `Archive entry ${name} is not valid JSON.`)
  }
}
