// Where the memory of a 1 GiB transfer through undici goes, outside the action (BENCHMARKS.md, issue 15
// follow-up). Plain Node (no tsx, whose loader thread would add to the figures); a loopback server in a child
// process serves 1 GiB (GET) or swallows an upload (POST).
//
//   node bench/probes/undici-memory.mjs down|stream|nodehttp|up [file]   (up: file to upload; else where to write)
//   down: undici request + 'data' events; stream: undici stream() into synchronous writes; nodehttp: node:http
//   in the same process (undici loaded too, so the floor is the same)
//   env: WB=<write buffer bytes, 4 MiB>  CH=<upload read bytes, 1 MiB>  HWM=<body highWaterMark>  ITER=1 (async
//        iterator instead of 'data')  GCEVERY=<bytes> with node --expose-gc (MINOR=1: scavenge) to test collection
// Prints the VmHWM before the transfer (node + undici) and at the end, and the peaks of process.memoryUsage().
import { fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import { Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { setFlagsFromString } from 'node:v8'
import { Agent, request, stream as ustream } from 'undici'
import { openSync, writeSync, closeSync } from 'node:fs'
import { Writable } from 'node:stream'

// V8FLAGS=--liftoff-only: set at run time, as an action stub would, before undici compiles its WebAssembly parser.
if (process.env.V8FLAGS) setFlagsFromString(process.env.V8FLAGS)

const GiB = 1024 ** 3
if (process.argv[2] === 'serve') {
  const block = Buffer.alloc(1024 * 1024, 7)
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-length': GiB })
      let sent = 0
      const pump = () => {
        while (sent < GiB) {
          sent += block.length
          if (!res.write(block)) return void res.once('drain', pump)
        }
        res.end()
      }
      pump()
    } else {
      req.resume()
      req.on('end', () => res.end('{}'))
    }
  })
  server.listen(0, '127.0.0.1', () => process.send(server.address().port))
} else {
  const [, , mode = 'down', file = '/tmp/undici-memory.bin'] = process.argv
  const env = process.env
  const server = fork(new URL(import.meta.url).pathname, ['serve'])
  const port = await new Promise(resolve => server.once('message', resolve))
  const agent = new Agent({ connections: 64 })
  const kib = n => Math.round(n / 1024)
  const hwm = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1])
  const peaks = {}
  const monitor = setInterval(() => {
    for (const [k, v] of Object.entries(process.memoryUsage())) peaks[k] = Math.max(peaks[k] ?? 0, kib(v))
  }, 20)
  const before = hwm()
  const t0 = Date.now()
  let moved = 0
  const collect = () => {
    if (env.GCEVERY && globalThis.gc && moved % Number(env.GCEVERY) < 1024 * 1024)
      globalThis.gc(env.MINOR ? { type: 'minor' } : undefined)
  }
  if (mode === 'stream') {
    const fd = openSync(file, 'w')
    const hash = createHash('sha256')
    await ustream(
      `http://127.0.0.1:${port}/`,
      { dispatcher: agent, opaque: null },
      () =>
        new Writable({
          write(chunk, _e, cb) {
            hash.update(chunk)
            moved += chunk.length
            collect()
            writeSync(fd, chunk)
            cb()
          }
        })
    )
    closeSync(fd)
  } else if (mode === 'nodehttp') {
    const hash = createHash('sha256')
    const out = createWriteStream(file, { highWaterMark: Number(env.WB ?? 4 * 1024 * 1024) })
    await new Promise((resolve, reject) =>
      http.get(`http://127.0.0.1:${port}/`, res => {
        res.on('data', chunk => {
          hash.update(chunk)
          moved += chunk.length
          if (!out.write(chunk)) {
            res.pause()
            out.once('drain', () => res.resume())
          }
        })
        res.on('end', () => out.end(resolve))
        res.on('error', reject)
      })
    )
  } else if (mode === 'down') {
    const res = await request(`http://127.0.0.1:${port}/`, {
      dispatcher: agent,
      ...(env.HWM ? { highWaterMark: Number(env.HWM) } : {})
    })
    const hash = createHash('sha256')
    const out = createWriteStream(file, { highWaterMark: Number(env.WB ?? 4 * 1024 * 1024) })
    if (env.ITER) {
      for await (const chunk of res.body) {
        hash.update(chunk)
        moved += chunk.length
        collect()
        if (!out.write(chunk)) await new Promise(resolve => out.once('drain', resolve))
      }
      out.end()
      await finished(out)
    } else {
      res.body.on('data', chunk => {
        hash.update(chunk)
        moved += chunk.length
        collect()
        if (!out.write(chunk)) {
          res.body.pause()
          out.once('drain', () => res.body.resume())
        }
      })
      res.body.once('end', () => out.end())
      await Promise.all([finished(res.body), finished(out)])
    }
  } else {
    const size = statSync(file).size
    const head = Buffer.from('--x\r\n\r\n')
    const tail = Buffer.from('\r\n--x--\r\n')
    const body = Readable.from(
      (async function* () {
        yield head
        for await (const chunk of createReadStream(file, { highWaterMark: Number(env.CH ?? 1024 * 1024) })) {
          moved += chunk.length
          collect()
          yield chunk
        }
        yield tail
      })()
    )
    const res = await request(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      body,
      dispatcher: agent,
      headers: { 'content-length': String(size + head.length + tail.length) }
    })
    await res.body.text()
  }
  clearInterval(monitor)
  await agent.close()
  server.kill()
  console.log(
    JSON.stringify({
      node: process.version,
      mode,
      moved,
      ms: Date.now() - t0,
      hwmBeforeKiB: before,
      hwmKiB: hwm(),
      peaks
    })
  )
}
