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

/**
 * An entry name (or any text from the archive) fit for a one-line message: control characters, line breaks
 * included, are shown as `\uXXXX`, so a hostile name can neither split the line nor start a new one.
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
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

const notZip = (label: string, error: unknown): ConfigurationError =>
  new ConfigurationError(
    `${label} is not a valid zip archive (${printable((error as Error).message)}): export it again with export-car.`,
    { cause: error }
  )

const unsafe = (label: string, name: string): ConfigurationError =>
  new ConfigurationError(
    `${label} contains an unsafe entry name '${printable(name)}' (absolute, backslash or '..'): refusing it.`
  )

/** Why one more entry makes the archive unacceptable, or undefined when it is fine. */
function refusal(
  entry: Entry,
  seen: { entries: number; totalBytes: number },
  limits: ZipLimits,
  label: string
): ConfigurationError | undefined {
  const name = entry.fileName
  if (unsafeName(name)) return unsafe(label, name)
  if (seen.entries >= limits.maxEntries)
    return new ConfigurationError(
      `${label} has more than ${limits.maxEntries} entries: refusing it as a possible zip bomb.`
    )
  if (seen.totalBytes > limits.maxTotalBytes)
    return new ConfigurationError(
      `${label} expands to more than ${limits.maxTotalBytes} bytes: refusing it as a possible zip bomb.`
    )
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
  if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
    return new ConfigurationError(
      `${label} entry '${printable(name)}' expands ${Math.round(ratio)}× (limit ${limits.maxRatio}×): refusing it as a possible zip bomb.`
    )
  return undefined
}

/** Walks the central directory, refusing the archive on the first entry that breaks a limit. */
function walk(
  zip: ZipFile,
  limits: ZipLimits,
  label: string
): Promise<{ raw: Map<string, Entry>; entries: ZipEntryInfo[] }> {
  const raw = new Map<string, Entry>()
  const entries: ZipEntryInfo[] = []
  const seen = { entries: 0, totalBytes: 0 }
  return new Promise((resolve, reject) => {
    zip.on('error', reject)
    zip.on('end', () => resolve({ raw, entries }))
    zip.on('entry', (entry: Entry) => {
      seen.totalBytes += entry.uncompressedSize
      const refused = refusal(entry, seen, limits, label)
      if (refused) return reject(refused)
      seen.entries++
      raw.set(entry.fileName, entry)
      entries.push({
        name: entry.fileName,
        size: entry.uncompressedSize,
        compressedSize: entry.compressedSize
      })
      zip.readEntry()
    })
    zip.readEntry()
  })
}

async function readText(zip: ZipFile, entry: Entry): Promise<string> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s)))
  )
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Lists a zip from its central directory, enforcing the limits; `label` names the file (input) in errors. */
export async function listZip(
  path: string,
  label: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Promise<ZipListing> {
  let zip: ZipFile
  try {
    zip = await open(path)
  } catch (error) {
    throw notZip(label, error)
  }
  let listed: Awaited<ReturnType<typeof walk>>
  try {
    listed = await walk(zip, limits, label)
  } catch (error) {
    zip.close()
    if (error instanceof ConfigurationError) throw error
    const name = /(?:invalid relative path|absolute path): (.*)$/.exec((error as Error).message)?.[1]
    throw name !== undefined ? unsafe(label, name) : notZip(label, error)
  }
  const { raw, entries } = listed
  return {
    entries,
    totalBytes: entries.reduce((sum, e) => sum + e.size, 0),
    close: () => zip.close(),
    read: async name => {
      const entry = raw.get(name)
      if (!entry) throw new ConfigurationError(`${label} has no entry '${printable(name)}'.`)
      if (entry.uncompressedSize > limits.maxReadBytes)
        throw new ConfigurationError(
          `${label} entry '${printable(name)}' is larger than ${limits.maxReadBytes} bytes.`
        )
      return readText(zip, entry)
    }
  }
}
