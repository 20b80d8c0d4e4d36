// Verify archives stream: a project with a 64 MiB payload exports and re-imports without the emulator's memory
// growing by anything like the archive size (loose sampling of memory outside V8's heap, clients in child
// processes, no timing assertions).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/**
 * Memory outside V8's heap: where archive bytes would sit if anything buffered them (Buffers live there). V8's own
 * heap sizing is left out: its young generation grows under allocation pressure, by up to tens of MiB depending on
 * what the process ran before, whatever is held.
 */
function offHeap(): number {
  const { rss, heapTotal } = process.memoryUsage()
  return rss - heapTotal
}

/** Runs `work` while sampling {@link offHeap}; returns the peak growth over its starting value. */
async function peakGrowth(work: () => Promise<void>): Promise<number> {
  const start = offHeap()
  let peak = start
  const timer = setInterval(() => {
    peak = Math.max(peak, offHeap())
  }, 5)
  try {
    await work()
  } finally {
    clearInterval(timer)
  }
  return Math.max(peak, offHeap()) - start
}

/**
 * The HTTP client of these transfers, run in a child process so that the RSS sampled here is the emulator's
 * alone (a client in this process would add its own received chunks, freed whenever the GC runs). `export` writes
 * the archive to the file; `upload` streams the file as the multipart part `file`. Prints the status code.
 */
const CLIENT = `
const { createReadStream, createWriteStream, statSync } = require('node:fs')
const { request } = require('node:http')
const [mode, url, token, path] = process.argv.slice(1)
const boundary = '----emulator-test-' + Date.now()
const head = Buffer.from('--' + boundary + '\\r\\ncontent-disposition: form-data; name="file"; filename="BIG.car"\\r\\n' +
  'content-type: application/octet-stream\\r\\n\\r\\n')
const tail = Buffer.from('\\r\\n--' + boundary + '--\\r\\n')
const headers = mode === 'export'
  ? { authorization: 'Bearer ' + token, 'content-type': 'application/json' }
  : { authorization: 'Bearer ' + token, 'content-type': 'multipart/form-data; boundary=' + boundary,
      'content-length': String(head.length + statSync(path).size + tail.length) }
const req = request(url, { method: 'POST', headers }, res => {
  const sink = mode === 'export' && res.statusCode === 200 ? createWriteStream(path) : null
  if (sink) res.pipe(sink).on('finish', () => console.log(res.statusCode))
  else res.resume().on('end', () => console.log(res.statusCode))
})
if (mode === 'export') req.end(JSON.stringify({ code: 'BIG', label: '' }))
else {
  req.write(head)
  createReadStream(path).on('end', () => req.end(tail)).pipe(req, { end: false })
}
`

async function transfer(
  mode: 'export' | 'upload',
  url: string,
  token: string,
  path: string
): Promise<number> {
  const child = spawn(process.execPath, ['-e', CLIENT, mode, url, token, path], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += String(chunk)))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  if (code !== 0) throw new Error(`${mode} client exited ${code}`)
  return Number(out.trim())
}

async function exportTo(client: DesignClient, path: string): Promise<void> {
  expect(await transfer('export', client.url('/projects/BIG/archive'), client.token, path)).toBe(200)
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
      status = await transfer('upload', prod.url('/projects/archive'), prod.token, devCar)
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
