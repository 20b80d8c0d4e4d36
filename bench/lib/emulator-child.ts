/**
 * The emulator in a process of its own, so that its CPU and memory never mix with the measured action's:
 * `node --import tsx bench/lib/emulator-child.ts <seed.json> <switches-json>`. Listens on a free loopback port,
 * reports its URL over IPC, answers counter queries, and exits when the bench disconnects or sends SIGTERM.
 */
import { start, type Switches } from '../../emulator/index.js'
import type { ChildMessage, ChildRequest } from './emulator-protocol.js'

const [seedPath, switchesJson] = process.argv.slice(2)
if (!seedPath || !process.send) {
  console.error(
    'usage: node --import tsx emulator-child.ts <seed.json> [switches-json] (with an IPC channel)'
  )
  process.exit(2)
}
const send = (message: ChildMessage): void => void process.send?.(message)

const emulator = await start({
  seed: seedPath,
  switches: JSON.parse(switchesJson ?? '{}') as Partial<Switches>,
  port: 0,
  host: '127.0.0.1',
  log: line => process.stderr.write(`[emulator] ${line}\n`)
})

/** `globalThis.gc` exists when the process runs with `--expose-gc` (as `startEmulatorProcess` starts it). */
const collect = (globalThis as { gc?: () => void }).gc

process.on('message', (message: ChildRequest) => {
  if (message.type === 'live-memory') {
    // Garbage Buffers wait for V8's external-memory trigger (tens of MiB): only full collections tell what is still
    // held. Two, because one leaves up to 30 MiB of dead Buffers behind mid-transfer (measured; a second frees them).
    collect?.()
    collect?.()
    const { heapUsed, external } = process.memoryUsage()
    return send({ type: 'live-memory', id: message.id, memory: { heapUsed, external } })
  }
  if (message.type === 'reset-trace') emulator.latency.reset()
  if (message.type === 'trace' || message.type === 'reset-trace')
    return send({ type: 'trace', id: message.id, entries: emulator.latency.entries() })
  if (message.type === 'reset') emulator.counters.reset()
  send({ type: 'reply', id: message.id, counters: emulator.counters.snapshot() })
})

let stopping = false
const stop = (): void => {
  if (stopping) return
  stopping = true
  void emulator.stop().finally(() => process.exit(0))
}
process.on('disconnect', stop)
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

const audiences = Object.fromEntries([...emulator.state.keys()].map(name => [name, emulator.audience(name)]))
send({ type: 'ready', url: emulator.url, audiences })
