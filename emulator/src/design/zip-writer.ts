/**
 * A streaming zip writer for the emulator's archives, shaped like OIC's own exports (oic-car-format.md §1: DEFLATE,
 * every entry with a data descriptor — general-purpose flag bit 3, zeros in the local header — "FAT" host
 * attributes, no directory entries). Its CRC-32 is Node's native `zlib.crc32` (≈3 GB/s here): yazl's JavaScript
 * CRC runs at ≈300 MB/s, which made a 1 GiB export bound by the emulator instead of by its client. Small entries
 * are buffers (deflated by default); large ones are stored streams of a declared size, so that nothing is
 * buffered. ZIP64 records are written where a size or offset needs them.
 */
import { Readable } from 'node:stream'
import { crc32, deflateRawSync } from 'node:zlib'

/** An entry whose bytes are in memory. */
export interface BufferEntry {
  name: string
  mtime: Date
  data: Buffer
  /** Deflate (default true). */
  compress?: boolean
}

/** A stored entry streamed from `open()`, which must yield exactly `size` bytes. */
export interface StreamEntry {
  name: string
  mtime: Date
  size: number
  open: () => Readable
}

/** One entry of an archive. */
export type ZipEntry = BufferEntry | StreamEntry

/** Options of {@link zipStream}. */
export interface ZipOptions {
  /** ZIP64 records for every streamed entry and the end of the archive (to test readers without 4 GiB). */
  forceZip64?: boolean
}

const MAX32 = 0xffffffff
const UTF8_NAMES = 0x0800
const DATA_DESCRIPTOR = 0x0008
/** Made by: host 0 (MS-DOS/FAT, as in OIC's exports, §1), spec version 2.0 (4.5 with ZIP64 records). */
const madeBy = (zip64: boolean): number => (zip64 ? 45 : 20)
/** External attributes: none (a FAT host with no attribute bits, as Java's ZipOutputStream writes them). */
const FILE_ATTRIBUTES = 0

interface Written {
  name: Buffer
  flags: number
  method: number
  time: number
  date: number
  crc: number
  compressed: number
  size: number
  offset: number
  zip64: boolean
}

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107)
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate()
  }
}

/** A ZIP64 extended-information extra field with `values` (8 bytes each). */
function zip64Extra(values: number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length)
  b.writeUInt16LE(0x0001, 0)
  b.writeUInt16LE(8 * values.length, 2)
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i))
  return b
}

function localHeader(e: Written): Buffer {
  // A streamed ZIP64 entry declares its sizes in the extra field (zeros here: the data descriptor has them).
  const extra = e.zip64 ? zip64Extra([0, 0]) : Buffer.alloc(0)
  const h = Buffer.alloc(30)
  h.writeUInt32LE(0x04034b50, 0)
  h.writeUInt16LE(e.zip64 ? 45 : 20, 4)
  h.writeUInt16LE(e.flags, 6)
  h.writeUInt16LE(e.method, 8)
  h.writeUInt16LE(e.time, 10)
  h.writeUInt16LE(e.date, 12)
  // Every entry has a data descriptor (§1): CRC and sizes are zeros here.
  h.writeUInt32LE(0, 14)
  h.writeUInt32LE(e.zip64 ? MAX32 : 0, 18)
  h.writeUInt32LE(e.zip64 ? MAX32 : 0, 22)
  h.writeUInt16LE(e.name.length, 26)
  h.writeUInt16LE(extra.length, 28)
  return Buffer.concat([h, e.name, extra])
}

function dataDescriptor(e: Written): Buffer {
  const b = Buffer.alloc(e.zip64 ? 24 : 16)
  b.writeUInt32LE(0x08074b50, 0)
  b.writeUInt32LE(e.crc, 4)
  if (e.zip64) {
    b.writeBigUInt64LE(BigInt(e.compressed), 8)
    b.writeBigUInt64LE(BigInt(e.size), 16)
  } else {
    b.writeUInt32LE(e.compressed, 8)
    b.writeUInt32LE(e.size, 12)
  }
  return b
}

function centralHeader(e: Written, force: boolean): Buffer {
  const big = (v: number): boolean => force || v >= MAX32
  const wide = [e.size, e.compressed, e.offset].filter(big)
  const extra = wide.length ? zip64Extra(wide) : Buffer.alloc(0)
  const h = Buffer.alloc(46)
  h.writeUInt32LE(0x02014b50, 0)
  h.writeUInt16LE(madeBy(wide.length > 0 || e.zip64), 4)
  h.writeUInt16LE(wide.length || e.zip64 ? 45 : 20, 6)
  h.writeUInt16LE(e.flags, 8)
  h.writeUInt16LE(e.method, 10)
  h.writeUInt16LE(e.time, 12)
  h.writeUInt16LE(e.date, 14)
  h.writeUInt32LE(e.crc, 16)
  h.writeUInt32LE(big(e.compressed) ? MAX32 : e.compressed, 20)
  h.writeUInt32LE(big(e.size) ? MAX32 : e.size, 24)
  h.writeUInt16LE(e.name.length, 28)
  h.writeUInt16LE(extra.length, 30)
  h.writeUInt32LE(FILE_ATTRIBUTES, 38)
  h.writeUInt32LE(big(e.offset) ? MAX32 : e.offset, 42)
  return Buffer.concat([h, e.name, extra])
}

function endOfArchive(count: number, cdOffset: number, cdSize: number, force: boolean): Buffer {
  const parts: Buffer[] = []
  const zip64 = force || count > 0xffff || cdOffset >= MAX32 || cdSize >= MAX32
  if (zip64) {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeUInt16LE(madeBy(true), 12)
    record.writeUInt16LE(45, 14)
    record.writeBigUInt64LE(BigInt(count), 24)
    record.writeBigUInt64LE(BigInt(count), 32)
    record.writeBigUInt64LE(BigInt(cdSize), 40)
    record.writeBigUInt64LE(BigInt(cdOffset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8)
    locator.writeUInt32LE(1, 16)
    parts.push(record, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(zip64 ? 0xffff : count, 8)
  end.writeUInt16LE(zip64 ? 0xffff : count, 10)
  end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12)
  end.writeUInt32LE(zip64 ? MAX32 : cdOffset, 16)
  parts.push(end)
  return Buffer.concat(parts)
}

/** The bytes of an in-memory entry at `offset`: local header, data, data descriptor. */
function bufferRecord(entry: BufferEntry, offset: number): { parts: Buffer[]; written: Written } {
  const { time, date } = dosTime(entry.mtime)
  const compress = entry.compress ?? true
  const body = compress ? deflateRawSync(entry.data) : entry.data
  const written: Written = {
    name: Buffer.from(entry.name, 'utf8'),
    flags: UTF8_NAMES | DATA_DESCRIPTOR,
    method: compress ? 8 : 0,
    time,
    date,
    crc: crc32(entry.data),
    compressed: body.length,
    size: entry.data.length,
    offset,
    zip64: false
  }
  return { parts: [localHeader(written), body, dataDescriptor(written)], written }
}

async function* archive(entries: readonly ZipEntry[], options: ZipOptions): AsyncGenerator<Buffer> {
  const force = options.forceZip64 === true
  const written: Written[] = []
  let offset = 0
  for (const entry of entries) {
    if ('data' in entry) {
      const record = bufferRecord(entry, offset)
      for (const part of record.parts) {
        yield part
        offset += part.length
      }
      written.push(record.written)
      continue
    }
    const { time, date } = dosTime(entry.mtime)
    const e: Written = {
      name: Buffer.from(entry.name, 'utf8'),
      flags: UTF8_NAMES | DATA_DESCRIPTOR,
      method: 0,
      time,
      date,
      crc: 0,
      compressed: 0,
      size: 0,
      offset,
      zip64: force || entry.size >= MAX32
    }
    const header = localHeader(e)
    yield header
    for await (const chunk of entry.open()) {
      const bytes = chunk as Buffer
      e.crc = crc32(bytes, e.crc)
      e.size += bytes.length
      yield bytes
    }
    if (e.size !== entry.size)
      throw new Error(`zip entry ${entry.name}: ${e.size} bytes streamed, ${entry.size} declared`)
    e.compressed = e.size
    const descriptor = dataDescriptor(e)
    yield descriptor
    offset += header.length + e.size + descriptor.length
    written.push(e)
  }
  const central = Buffer.concat(written.map(e => centralHeader(e, force)))
  yield central
  yield endOfArchive(written.length, offset, central.length, force)
}

/** A whole small zip in memory (a library's `.jar` nested in a `.car`, §3), in the same format. */
export function zipBuffer(entries: readonly BufferEntry[]): Buffer {
  const parts: Buffer[] = []
  const written: Written[] = []
  let offset = 0
  for (const entry of entries) {
    const record = bufferRecord(entry, offset)
    parts.push(...record.parts)
    offset += record.parts.reduce((n, p) => n + p.length, 0)
    written.push(record.written)
  }
  const central = Buffer.concat(written.map(e => centralHeader(e, false)))
  return Buffer.concat([...parts, central, endOfArchive(written.length, offset, central.length, false)])
}

/** Streams a zip archive of `entries`, in order. */
export function zipStream(entries: readonly ZipEntry[], options: ZipOptions = {}): Readable {
  return Readable.from(archive(entries, options), { objectMode: false })
}
