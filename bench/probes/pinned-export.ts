/**
 * The export figure with one core each: the emulator pinned to CPU 0, curl and `dist/export-car.js` to CPU 1
 * (`taskset`, Linux), so neither side can borrow the other's core; plus `sha256sum` of curl's file. Supports
 * BENCHMARKS.md ("Target not met: export throughput").
 *
 *   npx tsx bench/probes/pinned-export.ts [rounds]
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

const rounds = Number(process.argv[2] ?? 3)
const release = await snapshotDist()
execFileSync('taskset', ['-p', '-c', '1', String(process.pid)])
const dir = mkdtempSync(join(tmpdir(), 'oic-probe-'))
const emulator = await startEmulatorProcess(archiveSeed(1024 ** 3), {}, dir)
try {
  execFileSync('taskset', ['-a', '-p', '-c', '0', String(emulator.pid)])
  const token = await emulator.token(ARCHIVE.from)
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace)
  const curlFile = join(dir, 'curl.car')
  for (let round = 1; round <= rounds; round++) {
    const curl = await curlExport(
      { url: emulator.url, instance: ARCHIVE.from, token, dir },
      ARCHIVE.project,
      curlFile
    )
    const started = Date.now()
    execFileSync('sha256sum', [curlFile])
    const sumMs = Date.now() - started
    rmSync(curlFile)
    const action = await runAction('export-car', archiveExportInputs(emulator.url, token, 'probe.car'), {
      workspace,
      resources: true
    })
    expectExit('export-car', action)
    rmSync(join(workspace, 'probe.car'))
    console.log(
      `round ${round}: curl ${Math.round(curl.wallMs)} ms (CPU ${Math.round(curl.cpuMs ?? NaN)} ms), ` +
        `sha256sum ${sumMs} ms, action ${Math.round(action.wallMs)} ms (CPU ${Math.round(action.cpuMs ?? NaN)} ms): ` +
        `curl / action ${(curl.wallMs / action.wallMs).toFixed(2)}, (curl + sha256sum) / action ` +
        `${((curl.wallMs + sumMs) / action.wallMs).toFixed(2)}`
    )
  }
} finally {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
  release()
}
