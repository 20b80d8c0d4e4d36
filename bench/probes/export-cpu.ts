/**
 * Where a 1 GiB export's CPU goes in a Node client: bare `node:http` downloads from the emulator (in its own
 * process) that only receive, receive + SHA-256, receive + write, or all three, each with the client's CPU time,
 * next to curl writing to /dev/null and to a file, undici's `request` receiving, and a raw socket reading the same
 * response in 1 MiB reads with no HTTP parsing at all (the floor of any client in Node).
 * Supports BENCHMARKS.md ("Target not met: export throughput").
 *
 *   npx tsx bench/probes/export-cpu.ts [rounds]
 */
import { createHash } from 'node:crypto'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { request as undiciRequest } from 'undici'
import { curlExport } from '../lib/curl.js'
import { startEmulatorProcess } from '../lib/emulator-process.js'
import { ARCHIVE, archiveSeed } from '../lib/seeds.js'

const rounds = Number(process.argv[2] ?? 2)
const dir = mkdtempSync(join(tmpdir(), 'oic-probe-'))
const emulator = await startEmulatorProcess(archiveSeed(1024 ** 3), {}, dir)
const token = await emulator.token(ARCHIVE.from)
const url = new URL(
  `/ic/api/integration/v1/projects/${ARCHIVE.project}/archive?integrationInstance=${ARCHIVE.from}`,
  emulator.url
)
const out = join(dir, 'probe.car')

async function download(label: string, hashIt: boolean, writeIt: boolean): Promise<void> {
  rmSync(out, { force: true })
  const started = Date.now()
  const cpu = process.cpuUsage()
  const emulatorCpu = emulator.cpuMs() ?? 0
  const hash = createHash('sha256')
  const file = writeIt ? createWriteStream(out, { highWaterMark: 4 << 20 }) : undefined
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } },
      resolve
    )
    req.on('error', reject)
    req.end(JSON.stringify({ code: ARCHIVE.project, label: '' }))
  })
  res.on('data', (chunk: Buffer) => {
    if (hashIt) hash.update(chunk)
    if (file && !file.write(chunk)) {
      res.pause()
      file.once('drain', () => res.resume())
    }
  })
  res.once('end', () => file?.end())
  await Promise.all([finished(res), ...(file ? [finished(file)] : [])])
  const used = process.cpuUsage(cpu)
  console.log(
    `${label.padEnd(24)} ${Date.now() - started} ms; client CPU ${Math.round((used.user + used.system) / 1000)} ms ` +
      `(user ${Math.round(used.user / 1000)}, system ${Math.round(used.system / 1000)}); ` +
      `emulator CPU ${Math.round((emulator.cpuMs() ?? 0) - emulatorCpu)} ms`
  )
}

const exportBody = JSON.stringify({ code: ARCHIVE.project, label: '' })

/** Runs `work` and prints its wall and CPU time with the emulator's CPU time. */
async function measured(label: string, work: () => Promise<number>): Promise<void> {
  const started = Date.now()
  const cpu = process.cpuUsage()
  const emulatorCpu = emulator.cpuMs() ?? 0
  const bytes = await work()
  const used = process.cpuUsage(cpu)
  console.log(
    `${label.padEnd(24)} ${Date.now() - started} ms; client CPU ${Math.round((used.user + used.system) / 1000)} ms ` +
      `(user ${Math.round(used.user / 1000)}, system ${Math.round(used.system / 1000)}); ` +
      `emulator CPU ${Math.round((emulator.cpuMs() ?? 0) - emulatorCpu)} ms; ${bytes} bytes`
  )
}

/** The same request on a bare socket, read into one reused 1 MiB buffer until the server closes. */
const rawSocket = (): Promise<number> =>
  new Promise((resolve, reject) => {
    let bytes = 0
    const socket = net.connect({
      host: url.hostname,
      port: Number(url.port),
      onread: {
        buffer: Buffer.alloc(1 << 20),
        callback: n => {
          bytes += n
          return true
        }
      }
    })
    socket.on('error', reject).on('end', () => resolve(bytes))
    socket.write(
      `POST ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\nauthorization: Bearer ${token}\r\n` +
        `content-type: application/json\r\ncontent-length: ${exportBody.length}\r\nconnection: close\r\n\r\n${exportBody}`
    )
  })

async function undiciReceive(): Promise<number> {
  const { body } = await undiciRequest(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: exportBody
  })
  let bytes = 0
  for await (const chunk of body) bytes += (chunk as Buffer).length
  return bytes
}

try {
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round}`)
    for (const [label, target] of [
      ['curl -o file', out],
      ['curl -o /dev/null', '/dev/null']
    ] as const) {
      const run = await curlExport(
        { url: emulator.url, instance: ARCHIVE.from, token, dir },
        ARCHIVE.project,
        target
      )
      console.log(
        `${label.padEnd(24)} ${Math.round(run.wallMs)} ms; curl CPU ${Math.round(run.cpuMs ?? NaN)} ms`
      )
    }
    await download('node: receive', false, false)
    await download('node: receive + hash', true, false)
    await download('node: receive + write', false, true)
    await download('node: receive + hash + write', true, true)
    await measured('undici: receive', undiciReceive)
    await measured('raw socket: receive', rawSocket)
  }
} finally {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
}
