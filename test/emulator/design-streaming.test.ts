// Verify archives stream: a project with a 64 MiB payload exports and re-imports without the emulator holding
// anything like the archive in memory. The emulator runs in a process of its own; while a transfer runs, it is
// asked every few milliseconds for the memory it still holds after a full garbage collection. Its RSS would not
// do: freed Buffers wait for V8's external-memory trigger (up to 64 MiB of garbage, 0–54 MiB of RSS growth measured
// under Node 24), so a streaming emulator and a buffering one could not be told apart. Measured this way (Node 20
// and 24, 64 and 256 MiB): export 0.4–0.7 MiB, import 3.2–3.5 MiB (the temporary file's 1 MiB write buffer);
// an export or an upload made to buffer: 64 MiB. No timing assertions.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'
import { startEmulatorProcess, type EmulatorProcess } from '../../bench/lib/emulator-process.js'
import { testSeed } from '../support/emulator.js'

const PAYLOAD = 64 * 1024 * 1024
const MiB = 1024 * 1024
const dir = mkdtempSync(join(tmpdir(), 'design-streaming-'))

let emu: EmulatorProcess
beforeAll(async () => {
  emu = await startEmulatorProcess(
    testSeed([
      {
        name: 'dev',
        projects: [
          { code: 'BIG', integrations: [{ code: 'BULK', version: '01.00.0000', payloadBytes: PAYLOAD }] }
        ]
      },
      { name: 'prod' }
    ]),
    {},
    dir
  )
})
afterAll(async () => {
  await emu?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** Runs `work` while sampling the emulator's live memory (V8 heap + external); returns the peak over the start. */
async function peakGrowth(work: () => Promise<void>): Promise<number> {
  const live = async (): Promise<number> => {
    const { heapUsed, external } = await emu.liveMemory()
    return heapUsed + external
  }
  const start = await live()
  let peak = start
  let done = false
  const sampler = (async () => {
    while (!done) {
      peak = Math.max(peak, await live())
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  })()
  try {
    await work()
  } finally {
    done = true
    await sampler
  }
  return Math.max(peak, await live()) - start
}

const api = (instance: string, path: string): string =>
  `${emu.url}/ic/api/integration/v1${path}?integrationInstance=${instance}`

/**
 * The HTTP client of these transfers, run in a child process so that it cannot slow the sampling down (Node IPC
 * and the transfer would share this process's event loop). `export` writes the archive to the file; `upload`
 * streams the file as the multipart part `file`. Prints the status code.
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

async function exportTo(instance: string, token: string, path: string): Promise<void> {
  expect(await transfer('export', api(instance, '/projects/BIG/archive'), token, path)).toBe(200)
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
    const dev = await emu.token('dev')
    const prod = await emu.token('prod')
    const devCar = join(dir, 'dev.car')
    await exportTo('dev', dev, devCar)
    const exported = await peakGrowth(() => exportTo('dev', dev, devCar))
    const first = await payloadEntry(devCar)
    expect(first).toEqual({ size: PAYLOAD, crc32: expect.any(Number), compressed: PAYLOAD })

    let status = 0
    const imported = await peakGrowth(async () => {
      status = await transfer('upload', api('prod', '/projects/archive'), prod, devCar)
    })
    expect(status).toBe(200)
    const integration = await fetch(api('prod', '/projects/BIG/integrations/BULK%7C01.00.0000'), {
      headers: { authorization: `Bearer ${prod}` }
    })
    expect(integration.status).toBe(200)

    const prodCar = join(dir, 'prod.car')
    await exportTo('prod', prod, prodCar)
    expect(await payloadEntry(prodCar)).toEqual(first)

    // Buffering anywhere would cost at least the 64 MiB payload; streaming stays within a few chunks.
    expect(exported).toBeLessThan(8 * MiB)
    expect(imported).toBeLessThan(8 * MiB)
  })
})
