/**
 * Probe: how long an action's process lives after its last line, through the dist stub (which keeps WebAssembly on
 * V8's baseline compiler on Node < 22, scripts/build.mjs) and through the bundle's `runNamed` imported directly (no
 * flag; and with an explicit process.exit()), interleaved, against the loopback emulator. On Node 20 the second waits at exit for V8's background
 * optimising compile of undici's llhttp WebAssembly.
 *
 *   npx tsx bench/probes/wasm-exit.ts [rounds]        (the actions run on this Node: process.execPath)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stepEnvironment } from '../../scripts/lib/run-step.js'
import { bundleOf } from '../lib/dist.js'
import { BENCH_CLIENT, startEmulatorProcess } from '../lib/emulator-process.js'
import { promotionSeed } from '../lib/latency-seed.js'
import { runMeasured } from '../lib/spawn-measured.js'
import { median } from '../lib/stats.js'

const rounds = Number(process.argv[2] ?? 7)
const dir = mkdtempSync(join(tmpdir(), 'oic-probe-wasm-'))
const emulator = await startEmulatorProcess(
  promotionSeed({ integrations: 2, connections: 1, payloadBytes: 1024 }),
  {},
  dir
)
try {
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace)
  const { env } = stepEnvironment(dir, workspace, {
    action: 'authenticate',
    inputs: {
      'token-url': emulator.url,
      'client-id': BENCH_CLIENT.id,
      'client-secret': BENCH_CLIENT.secret,
      scope: emulator.scope('dev')
    },
    defaults: true,
    path: process.env.PATH ?? '/usr/bin:/bin'
  })
  const stub = bundleOf('authenticate')
  const direct = `const { runNamed } = await import(${JSON.stringify(join(stub, '..', 'index.js'))}); await runNamed('authenticate')`
  const variants: Record<string, string[]> = {
    'dist stub': [stub],
    'bundle, no flag': ['--input-type=module', '-e', direct],
    // Exiting explicitly does not help: the wait is in V8's teardown.
    'bundle, process.exit': ['--input-type=module', '-e', `${direct}; process.exit()`]
  }
  const wall: Record<string, number[]> = {}
  const tail: Record<string, number[]> = {}
  for (let round = 0; round < rounds; round++)
    for (const [name, args] of Object.entries(variants)) {
      const run = await runMeasured(process.execPath, args, { env, cwd: workspace })
      if (run.exitCode !== 0) throw new Error(`${name} exited ${run.exitCode}: ${run.stdout.slice(-400)}`)
      ;(wall[name] ??= []).push(run.wallMs)
      ;(tail[name] ??= []).push(run.wallMs - (run.lines.at(-1)?.atMs ?? 0))
    }
  console.log(
    `Node ${process.version}, authenticate against the loopback emulator, ${rounds} rounds, medians:`
  )
  for (const name of Object.keys(variants))
    console.log(
      `  ${name}: spawn → exit ${median(wall[name] ?? []).toFixed(0)} ms, last line → exit ${median(tail[name] ?? []).toFixed(0)} ms`
    )
} finally {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
}
