// Verify the emulator's zip writer against an independent reader (yauzl) and an independent CRC-32 (bitwise, below):
// stored, deflated and streamed entries, forced ZIP64 records, and a stream that breaks its declared size; and the
// shape of OIC's exports (oic-car-format.md §1): data descriptors on every entry, FAT host, no directory entries.
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { beforeAll, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'
import { payloadStream } from '../../emulator/src/design/payload-stream.js'
import { zipBuffer, zipStream, type ZipEntry } from '../../emulator/src/design/zip-writer.js'
import { listZip } from '../../src/core/archive/zip-reader.js'

interface ReadEntry {
  name: string
  method: number
  flags: number
  madeBy: number
  attributes: number
  crc: number
  size: number
  data: Buffer
}

/** Every entry of `file`, decompressed by yauzl. */
function readAll(file: string): Promise<ReadEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error)
      const out: ReadEntry[] = []
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err)
          const chunks: Buffer[] = []
          stream.on('data', (c: Buffer) => chunks.push(c))
          stream.on('error', reject)
          stream.on('end', () => {
            out.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              flags: entry.generalPurposeBitFlag,
              madeBy: entry.versionMadeBy,
              attributes: entry.externalFileAttributes,
              crc: entry.crc32,
              size: entry.uncompressedSize,
              data: Buffer.concat(chunks)
            })
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(out))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

/** CRC-32 (IEEE 802.3), bit by bit: slow and obviously right. */
function bitwiseCrc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-writer-'))
})

const mtime = new Date(2026, 10, 22, 9, 30, 14)
const text = Buffer.from('<integration>\n  <code>ÄRGER_ß</code>\n</integration>\n'.repeat(50))
const payloadBytes = 300 * 1024 + 17

function entries(): ZipEntry[] {
  return [
    { name: 'project/project.yaml', mtime, data: Buffer.from('---\ncode: P\n') },
    { name: 'project/integrations/P_01.00.0000/PROJECT-INF/project.xml', mtime, data: text, compress: false },
    {
      name: 'project/integrations/P_01.00.0000/resources/application_1/payload.bin',
      mtime,
      size: payloadBytes,
      open: () => payloadStream(payloadBytes, 'A|1')
    },
    { name: 'project/lookups/ü.dvm', mtime, data: Buffer.from('<dvm name="ü"/>\n') }
  ]
}

async function expectedPayload(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of payloadStream(payloadBytes, 'A|1')) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

describe.each([
  ['plain records', false],
  ['forced ZIP64 records', true]
])('zipStream with %s', (_label, forceZip64) => {
  let file: string
  beforeAll(async () => {
    file = join(dir, `a-${String(forceZip64)}.zip`)
    await pipeline(zipStream(entries(), { forceZip64 }), createWriteStream(file))
  })

  it('writes every entry with its name, method, size and a CRC-32 an independent implementation agrees with', async () => {
    const read = await readAll(file)
    const payload = await expectedPayload()
    expect(read.map(e => [e.name, e.method, e.size])).toEqual([
      ['project/project.yaml', 8, 12],
      ['project/integrations/P_01.00.0000/PROJECT-INF/project.xml', 0, text.length],
      ['project/integrations/P_01.00.0000/resources/application_1/payload.bin', 0, payloadBytes],
      ['project/lookups/ü.dvm', 8, 17]
    ])
    expect(read[0]?.data.toString()).toBe('---\ncode: P\n')
    expect(read[1]?.data.equals(text)).toBe(true)
    expect(read[2]?.data.equals(payload)).toBe(true)
    for (const e of read)
      expect({ name: e.name, crc: e.crc }).toEqual({ name: e.name, crc: bitwiseCrc32(e.data) })
  })

  it('writes every entry as OIC does: data descriptor (bit 3), UTF-8 names, FAT host, no attributes', async () => {
    for (const e of await readAll(file))
      expect({ name: e.name, flags: e.flags, host: e.madeBy >> 8, attributes: e.attributes }).toEqual({
        name: e.name,
        flags: 0x0808,
        host: 0,
        attributes: 0
      })
  })

  it('is read by the actions’ own zip reader', async () => {
    const listing = await listZip(file, 'a.zip')
    expect(listing.entries.map(e => [e.name, e.size])).toEqual([
      ['project/project.yaml', 12],
      ['project/integrations/P_01.00.0000/PROJECT-INF/project.xml', text.length],
      ['project/integrations/P_01.00.0000/resources/application_1/payload.bin', payloadBytes],
      ['project/lookups/ü.dvm', 17]
    ])
  })

  it(`${forceZip64 ? 'has' : 'has no'} ZIP64 end records`, () => {
    const bytes = readFileSync(file)
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(forceZip64)
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(forceZip64)
  })
})

describe('zipBuffer', () => {
  it('builds a small zip in memory (a library jar) that yauzl reads back', async () => {
    const file = join(dir, 'lib.jar')
    const js = Buffer.from('function f() { return 1 }\n')
    await pipeline(Readable.from([zipBuffer([{ name: 'f.js', mtime, data: js }])]), createWriteStream(file))
    const read = await readAll(file)
    expect(read.map(e => [e.name, e.method, e.flags, e.data.toString()])).toEqual([
      ['f.js', 8, 0x0808, js.toString()]
    ])
    expect(read[0]?.crc).toBe(bitwiseCrc32(js))
  })
})

describe('zipStream failures', () => {
  it('fails the stream when an entry yields fewer bytes than it declared', async () => {
    const broken: ZipEntry = { name: 'x.bin', mtime, size: 10, open: () => Readable.from([Buffer.alloc(4)]) }
    await expect(pipeline(zipStream([broken]), createWriteStream(join(dir, 'broken.zip')))).rejects.toThrow(
      'zip entry x.bin: 4 bytes streamed, 10 declared'
    )
  })

  it('passes on the error of an entry stream', async () => {
    const failing: ZipEntry = {
      name: 'y.bin',
      mtime,
      size: 10,
      open: () =>
        new Readable({
          read() {
            this.destroy(new Error('disk gone'))
          }
        })
    }
    await expect(pipeline(zipStream([failing]), createWriteStream(join(dir, 'failing.zip')))).rejects.toThrow(
      'disk gone'
    )
  })
})
