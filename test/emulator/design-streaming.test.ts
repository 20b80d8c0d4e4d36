// Verify archives stream: a project with a 64 MiB payload exports and re-imports without the process's memory
// growing by anything like the archive size (loose RSS sampling, no timing assertions).
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator, testSeed } from '../support/emulator.js'
import { DesignClient, type IntegrationJson } from '../support/emulator-design.js'

const PAYLOAD = 64 * 1024 * 1024
const MiB = 1024 * 1024
const dir = mkdtempSync(join(tmpdir(), 'design-streaming-'))

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({
    seed: testSeed([
      {
        name: 'dev',
        projects: [
          { code: 'BIG', integrations: [{ code: 'BULK', version: '01.00.0000', payloadBytes: PAYLOAD }] }
        ]
      },
      { name: 'prod' }
    ])
  })
})
afterAll(async () => {
  await emu.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** Runs `work` while sampling RSS; returns the peak growth over the starting RSS. */
async function peakGrowth(work: () => Promise<void>): Promise<number> {
  const start = process.memoryUsage().rss
  let peak = start
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  try {
    await work()
  } finally {
    clearInterval(timer)
  }
  return Math.max(peak, process.memoryUsage().rss) - start
}

async function exportTo(client: DesignClient, path: string): Promise<void> {
  const res = await fetch(client.url('/projects/BIG/archive'), {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'BIG', label: '' })
  })
  expect(res.status).toBe(200)
  await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(path))
}

/**
 * Streams a file as the multipart part `file` with node:http (undici's FormData reads a Blob into memory, which
 * would hide what the emulator does).
 */
function uploadFile(url: string, token: string, path: string): Promise<number> {
  const boundary = `----emulator-test-${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="BIG.car"\r\n` +
      'content-type: application/octet-stream\r\n\r\n'
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + statSync(path).size + tail.length)
        }
      },
      res => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      }
    )
    req.on('error', reject)
    req.write(head)
    const file = createReadStream(path)
    file.on('error', reject)
    file.on('end', () => req.end(tail))
    file.pipe(req, { end: false })
  })
}

async function payloadEntry(path: string): Promise<{ size: number; crc32: number; compressed: number }> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true })
  try {
    for await (const entry of zip.eachEntry())
      if (entry.fileName.endsWith('/payload.bin'))
        return { size: entry.uncompressedSize, crc32: entry.crc32, compressed: entry.compressedSize }
  } finally {
    zip.close()
  }
  throw new Error('no payload.bin')
}

describe('streamed archives', () => {
  it('exports and re-imports a 64 MiB archive in constant memory, payload intact', async () => {
    const dev = await DesignClient.for(emu, 'dev')
    const prod = await DesignClient.for(emu, 'prod')
    const devCar = join(dir, 'dev.car')
    await exportTo(dev, devCar)
    const exported = await peakGrowth(() => exportTo(dev, devCar))
    const first = await payloadEntry(devCar)
    expect(first).toEqual({ size: PAYLOAD, crc32: expect.any(Number), compressed: PAYLOAD })

    let status = 0
    const imported = await peakGrowth(async () => {
      status = await uploadFile(prod.url('/projects/archive'), prod.token, devCar)
    })
    expect(status).toBe(200)
    expect((await prod.get<IntegrationJson>('/projects/BIG/integrations/BULK%7C01.00.0000')).status).toBe(200)

    const prodCar = join(dir, 'prod.car')
    await exportTo(prod, prodCar)
    expect(await payloadEntry(prodCar)).toEqual(first)

    // Buffering anywhere would cost at least the 64 MiB payload; streaming stays within a few chunks.
    expect(exported).toBeLessThan(16 * MiB)
    expect(imported).toBeLessThan(16 * MiB)
  })
})
