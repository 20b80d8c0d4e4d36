/**
 * Reading a zip (a `.car`) without extracting it: entry listing with safety limits (no `..` or absolute names, no
 * zip bombs) and small entries read into memory.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { ConfigurationError } from '../errors.js'

/** Limits that keep a hostile archive from exhausting the runner. */
export interface ZipLimits {
  /** Most entries. */
  maxEntries: number
  /** Most uncompressed bytes in total. */
  maxTotalBytes: number
  /** Highest uncompressed/compressed ratio of an entry larger than {@link ZipLimits.ratioFloorBytes}. */
  maxRatio: number
  ratioFloorBytes: number
  /** Largest entry read into memory (project.yaml, info.json, XML). */
  maxReadBytes: number
}

/** Defaults: generous for real projects (1 GiB archives pass), fatal for bombs. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 32 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxReadBytes: 16 * 1024 * 1024
}

/** One entry of the archive. */
export interface ZipEntryInfo {
  name: string
  size: number
  compressedSize: number
}

/** A listed archive whose small entries can be read. */
export interface ZipListing {
  entries: ZipEntryInfo[]
  totalBytes: number
  /** Reads an entry's text (UTF-8), refusing entries above `maxReadBytes`. */
  read(name: string): Promise<string>
  close(): void
}

function unsafeName(name: string): boolean {
  return (
    name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.split('/').includes('..')
  )
}

const open = (path: string): Promise<ZipFile> =>
  new Promise((resolve, reject) =>
    yauzl.open(
      path,
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: true,
        strictFileNames: false,
        validateEntrySizes: true
      },
      (err, zip) => (err || !zip ? reject(err ?? new Error('cannot open')) : resolve(zip))
    )
  )

/** Lists a zip, enforcing the limits; `label` names the file (input) in errors. */
export async function listZip(
  path: string,
  label: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Promise<ZipListing> {
  let zip: ZipFile
  try {
    zip = await open(path)
  } catch (error) {
    throw new ConfigurationError(
      `${label} is not a valid zip archive (${(error as Error).message}): export it again with export-car.`,
      { cause: error }
    )
  }
  const entries: ZipEntryInfo[] = []
  const raw = new Map<string, Entry>()
  let totalBytes = 0
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', resolve)
      zip.on('entry', (entry: Entry) => {
        const name = entry.fileName
        if (unsafeName(name))
          return reject(
            new ConfigurationError(
              `${label} contains an unsafe entry name '${name}' (absolute, backslash or '..'): refusing it.`
            )
          )
        totalBytes += entry.uncompressedSize
        if (entries.length >= limits.maxEntries)
          return reject(
            new ConfigurationError(
              `${label} has more than ${limits.maxEntries} entries: refusing it as a possible zip bomb.`
            )
          )
        if (totalBytes > limits.maxTotalBytes)
          return reject(
            new ConfigurationError(
              `${label} expands to more than ${limits.maxTotalBytes} bytes: refusing it as a possible zip bomb.`
            )
          )
        if (
          entry.uncompressedSize > limits.ratioFloorBytes &&
          entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio
        ) {
          return reject(
            new ConfigurationError(
              `${label} entry '${name}' expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}× (limit ${limits.maxRatio}×): refusing it as a possible zip bomb.`
            )
          )
        }
        entries.push({ name, size: entry.uncompressedSize, compressedSize: entry.compressedSize })
        raw.set(name, entry)
        zip.readEntry()
      })
      zip.readEntry()
    })
  } catch (error) {
    zip.close()
    if (error instanceof ConfigurationError) throw error
    const unsafe = /(?:invalid relative path|absolute path): (.*)$/.exec((error as Error).message)?.[1]
    if (unsafe !== undefined)
      throw new ConfigurationError(
        `${label} contains an unsafe entry name '${unsafe}' (absolute, backslash or '..'): refusing it.`
      )
    throw new ConfigurationError(
      `${label} is not a valid zip archive (${(error as Error).message}): export it again with export-car.`,
      { cause: error }
    )
  }
  return {
    entries,
    totalBytes,
    close: () => zip.close(),
    read: async name => {
      const entry = raw.get(name)
      if (!entry) throw new ConfigurationError(`${label} has no entry '${name}'.`)
      if (entry.uncompressedSize > limits.maxReadBytes)
        throw new ConfigurationError(`${label} entry '${name}' is larger than ${limits.maxReadBytes} bytes.`)
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) =>
          err || !s ? reject(err ?? new Error('no stream')) : resolve(s)
        )
      )
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    }
  }
}
