/** Starting the emulator as a child process with a generated seed, and talking to it (URL, tokens, counters). */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../../scripts/lib/run-step.js'
import type { Seed, Switches, TraceEntry } from '../../emulator/index.js'
import type { ChildMessage, ChildRequest, CounterSnapshot, LiveMemory } from './emulator-protocol.js'
import { cpuMsOf } from './proc.js'

/** The client every bench seed registers (ServiceAdministrator on every instance). */
export const BENCH_CLIENT = { id: 'oic-bench', secret: 'bench-secret-not-for-production' }

/** A running emulator process. */
export interface EmulatorProcess {
  url: string
  pid: number
  /** `…urn:opc:resource:consumer::all` scope of an instance. */
  scope(instance: string): string
  /** A bearer token for {@link BENCH_CLIENT} on `instance`, from the emulator's identity domain. */
  token(instance: string): Promise<string>
  counters(): Promise<CounterSnapshot>
  resetCounters(): Promise<void>
  /** The emulator's memory still in use after a full garbage collection (it runs with `--expose-gc`). */
  liveMemory(): Promise<LiveMemory>
  /** The latency model's trace so far (switch `latencyModel`). */
  trace(): Promise<TraceEntry[]>
  /** Forgets the trace and the model's draws, so the same calls draw the same times again. */
  resetTrace(): Promise<void>
  /** CPU time the emulator process has used so far (ms), when the platform tells. */
  cpuMs(): number | undefined
  stop(): Promise<void>
}

/** Adds {@link BENCH_CLIENT} with ServiceAdministrator on every instance of `seed`. */
export function withBenchClient(seed: Seed): Seed {
  const roles = Object.fromEntries(seed.instances.map(i => [i.name, ['ServiceAdministrator' as const]]))
  return {
    ...seed,
    identity: {
      ...seed.identity,
      clients: [
        ...(seed.identity?.clients ?? []),
        { clientId: BENCH_CLIENT.id, clientSecret: BENCH_CLIENT.secret, roles }
      ]
    }
  }
}

/** Writes `seed` to `dir/seed.json` and starts `bench/lib/emulator-child.ts` on it. */
export async function startEmulatorProcess(
  seed: Seed,
  switches: Partial<Switches>,
  dir: string
): Promise<EmulatorProcess> {
  const seedFile = join(dir, 'seed.json')
  writeFileSync(seedFile, JSON.stringify(withBenchClient(seed)))
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(ROOT, 'bench', 'lib', 'emulator-child.ts'),
      seedFile,
      JSON.stringify(switches)
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: { ...process.env, NODE_OPTIONS: '' } }
  )
  let log = ''
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)))
  type Reply = Exclude<ChildMessage, { type: 'ready' }>
  const pending = new Map<number, (reply: Reply) => void>()
  let nextId = 1
  const ready = await new Promise<{ url: string; audiences: Record<string, string> }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start in 120 s:\n${log}`)), 120_000)
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer)
        resolve(message)
      } else pending.get(message.id)?.(message)
    })
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`emulator exited (${code}) before it was ready:\n${log}`))
    })
  })
  const ask = (type: ChildRequest['type']): Promise<Reply> =>
    new Promise(resolve => {
      const id = nextId++
      pending.set(id, reply => {
        pending.delete(id)
        resolve(reply)
      })
      child.send({ id, type } satisfies ChildRequest)
    })
  const scope = (instance: string): string =>
    `${ready.audiences[instance] ?? ''}urn:opc:resource:consumer::all`
  return {
    url: ready.url,
    pid: child.pid ?? -1,
    scope,
    token: async instance => {
      const res = await fetch(`${ready.url}/oauth2/v1/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${BENCH_CLIENT.id}:${BENCH_CLIENT.secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded'
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: scope(instance) })
      })
      const body = (await res.json()) as { access_token?: string }
      if (!res.ok || !body.access_token) throw new Error(`token for ${instance}: HTTP ${res.status}`)
      return body.access_token
    },
    counters: async () => {
      const reply = await ask('counters')
      if (reply.type !== 'reply') throw new Error(`emulator answered a counters query with ${reply.type}`)
      return reply.counters
    },
    liveMemory: async () => {
      const reply = await ask('live-memory')
      if (reply.type !== 'live-memory') throw new Error(`emulator answered a memory query with ${reply.type}`)
      return reply.memory
    },
    resetCounters: async () => void (await ask('reset')),
    trace: async () => {
      const reply = await ask('trace')
      if (reply.type !== 'trace') throw new Error(`emulator answered a trace query with ${reply.type}`)
      return reply.entries
    },
    resetTrace: async () => void (await ask('reset-trace')),
    cpuMs: () => (child.pid ? cpuMsOf(child.pid) : undefined),
    stop: () =>
      new Promise<void>(resolve => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve()
        })
        child.disconnect()
      })
  }
}
