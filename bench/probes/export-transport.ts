/**
 * `dist/export-car.js` exporting 1 GiB through its two transports, side by side with curl: the default `node:http`,
 * and undici (the proxy transport, chosen by an `HTTP_PROXY` that `NO_PROXY` bypasses for the loopback emulator).
 * Rounds alternate the order, and `sync` runs before each export so that no run pays for an earlier one's dirty
 * pages (without it, the page cache's write-back decides the comparison). Supports BENCHMARKS.md ("Target not met:
 * export throughput").
 *
 *   npx tsx bench/probes/export-transport.ts [rounds]
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectExit, runAction } from '../lib/action.js'
import { curlExport } from '../lib/curl.js'
import { snapshotDist } from '../lib/dist.js'
import { startEmulatorProcess } from '../lib/emulator-process.js'
import { ARCHIVE, archiveExportInputs, archiveSeed } from '../lib/seeds.js'
import { formatSpread, median } from '../lib/stats.js'

type Contender = 'node:http' | 'undici' | 'curl'

const rounds = Number(process.argv[2] ?? 6)
const release = await snapshotDist()
const dir = mkdtempSync(join(tmpdir(), 'oic-probe-'))
const emulator = await startEmulatorProcess(archiveSeed(1024 ** 3), {}, dir)
try {
  const token = await emulator.token(ARCHIVE.from)
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace)
  const inputs = archiveExportInputs(emulator.url, token, 'probe.car')
  const undiciEnv = { HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' }

  const exportBy = async (who: Contender): Promise<number> => {
    if (who === 'curl') {
      const out = join(dir, 'curl.car')
      const run = await curlExport(
        { url: emulator.url, instance: ARCHIVE.from, token, dir },
        ARCHIVE.project,
        out
      )
      if (run.status !== 200) throw new Error(`curl export: HTTP ${run.status}\n${run.stderr}`)
      rmSync(out)
      return run.wallMs
    }
    const run = await runAction('export-car', inputs, {
      workspace,
      env: who === 'undici' ? undiciEnv : {}
    })
    expectExit('export-car', run)
    rmSync(join(workspace, 'probe.car'))
    return run.wallMs
  }

  const walls: Record<Contender, number[]> = { 'node:http': [], undici: [], curl: [] }
  const order: Contender[] = ['node:http', 'undici', 'curl']
  for (let round = 0; round < rounds; round++) {
    for (const who of round % 2 === 0 ? order : [...order].reverse()) {
      execFileSync('sync')
      walls[who].push(await exportBy(who))
    }
  }
  const curl = median(walls.curl)
  for (const who of order) {
    console.log(
      `${who.padEnd(10)} ${formatSpread(walls[who])}; curl / it ${(curl / median(walls[who])).toFixed(2)}`
    )
  }
} finally {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
  release()
}
