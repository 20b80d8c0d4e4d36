/**
 * JS loaded by `authenticate`: the sum of the sizes of every `dist/` file the process loads during a successful
 * call (the stub, the shared bundle and each lazy chunk), traced with a load hook. Measured for the default
 * grant (client_credentials with a secret) and for a signed client assertion (private_key_jwt), whose JWT code
 * could pull in more.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { expectExit, runAction } from './lib/action.js'
import { distDir } from './lib/dist.js'
import { BENCH_CLIENT, startEmulatorProcess } from './lib/emulator-process.js'
import { loadedFiles, loadTracerArgs } from './lib/load-trace.js'
import type { BenchOptions } from './lib/options.js'
import { formatBytes } from './lib/stats.js'
import type { Row } from './lib/table.js'

/** The target, in bytes (1.5 MB, decimal). */
const LIMIT = 1_500_000
const KEY_CLIENT = { id: 'oic-bench-keys', keyId: 'bench-cert' }
const INSTANCE = 'prod'

/** Measures the JS `authenticate` loads. */
export async function jsLoaded(_options: BenchOptions): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-js-'))
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const emulator = await startEmulatorProcess(
    {
      identity: {
        clients: [
          {
            clientId: KEY_CLIENT.id,
            certificates: [
              {
                keyId: KEY_CLIENT.keyId,
                publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString()
              }
            ],
            roles: { [INSTANCE]: ['ServiceAdministrator'] }
          }
        ]
      },
      instances: [{ name: INSTANCE }]
    },
    {},
    dir
  )
  try {
    const common = {
      'token-url': emulator.url,
      scope: emulator.scope(INSTANCE),
      'oic-url': emulator.url,
      instance: INSTANCE
    }
    const variants: Array<[string, Record<string, string>]> = [
      [
        'client_credentials',
        { ...common, 'client-id': BENCH_CLIENT.id, 'client-secret': BENCH_CLIENT.secret }
      ],
      [
        'private_key_jwt',
        {
          ...common,
          'client-id': KEY_CLIENT.id,
          'client-auth': 'private_key_jwt',
          'private-key': keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
          'key-id': KEY_CLIENT.keyId
        }
      ]
    ]
    const rows: Row[] = []
    for (const [grant, inputs] of variants) {
      const run = await runAction('authenticate', inputs, { nodeArgs: loadTracerArgs(dir) })
      expectExit(`authenticate (${grant})`, run)
      const files = loadedFiles(run.stderr, distDir())
      if (!files.some(f => basename(f.path) === 'index.js'))
        throw new Error(`the load tracer saw no dist/index.js for authenticate (${grant})`)
      const total = files.reduce((n, f) => n + f.bytes, 0)
      rows.push({
        figure: `JS loaded by authenticate (${grant})`,
        value: formatBytes(total),
        target: '≤ 1.5 MB',
        met: total <= LIMIT,
        context: `${files.length} files: ${files
          .sort((a, b) => b.bytes - a.bytes)
          .map(f => `${basename(f.path)} ${formatBytes(f.bytes)}`)
          .join(', ')}`
      })
    }
    return rows
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
