/**
 * Export and import of a large `.car` through `dist/export-car.js` and `dist/import-car.js`, side by side with
 * curl doing the same exchanges against the same emulator (in its own process): peak RSS of the action process,
 * and throughput relative to curl. The emulator alone is measured too (curl export to /dev/null; the curl upload),
 * with the emulator's CPU use, to show whether it bounds a figure.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectExit, runAction, type ActionRun } from './lib/action.js'
import { curlDeleteProject, curlExport, curlImport, type CurlRun, type CurlTarget } from './lib/curl.js'
import { startEmulatorProcess, type EmulatorProcess } from './lib/emulator-process.js'
import type { BenchOptions } from './lib/options.js'
import { ARCHIVE, archiveSeed } from './lib/seeds.js'
import { runMeasured, type Measured } from './lib/spawn-measured.js'
import { formatKiB, formatRate, formatSpread, median } from './lib/stats.js'
import type { Row } from './lib/table.js'

const RSS_LIMIT_KIB = 100 * 1024

/** A measured transfer and the emulator's CPU use during it. */
interface Leg<T extends Measured> {
  run: T
  emulatorCpu: string
}

async function leg<T extends Measured>(emulator: EmulatorProcess, work: () => Promise<T>): Promise<Leg<T>> {
  const before = emulator.cpuMs()
  const run = await work()
  const after = emulator.cpuMs()
  const emulatorCpu =
    before === undefined || after === undefined
      ? 'n/a'
      : `${Math.round(((after - before) / run.wallMs) * 100)}%`
  return { run, emulatorCpu }
}

/** One round: every transfer once. */
interface Round {
  bytes: number
  alone: Leg<CurlRun>
  /** `sha256sum` of curl's file: with the curl export, a script producing the action's outputs. */
  sum: Measured
  curlExp: Leg<CurlRun>
  actExp: Leg<ActionRun>
  curlImp: Leg<CurlRun>
  actImp: Leg<ActionRun>
}

function expectStatus(what: string, run: CurlRun): void {
  if (run.status !== 200) throw new Error(`${what}: HTTP ${run.status}\n${run.stderr}`)
}

const cpu = (run: Measured): string =>
  run.cpuMs === undefined ? 'CPU n/a' : `CPU ${Math.round((run.cpuMs / run.wallMs) * 100)}%`

const sizeName = (bytes: number): string =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(0)} GiB` : `${(bytes / 1024 ** 2).toFixed(0)} MiB`

/** Measures export and import of an archive of `options.archivePayloadBytes`. */
export async function carTransfer(options: BenchOptions): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-car-'))
  const emulator = await startEmulatorProcess(archiveSeed(options.archivePayloadBytes), {}, dir)
  try {
    const dev: CurlTarget = {
      url: emulator.url,
      instance: ARCHIVE.from,
      token: await emulator.token(ARCHIVE.from),
      dir
    }
    const prod: CurlTarget = {
      url: emulator.url,
      instance: ARCHIVE.to,
      token: await emulator.token(ARCHIVE.to),
      dir
    }
    const connection = (target: CurlTarget): Record<string, string> => ({
      'oic-url': target.url,
      instance: target.instance,
      'access-token': target.token
    })

    const workspace = join(dir, 'workspace')
    mkdirSync(workspace)
    const curlFile = join(dir, 'curl.car')

    const exportByCurl = async (out: string): Promise<Leg<CurlRun>> => {
      const l = await leg(emulator, () => curlExport(dev, ARCHIVE.project, out))
      expectStatus(`curl export to ${out}`, l.run)
      return l
    }
    const exportByAction = async (round: number): Promise<Leg<ActionRun>> => {
      const l = await leg(emulator, () =>
        runAction(
          'export-car',
          {
            project: ARCHIVE.project,
            path: `bench-${round}.car`,
            'upload-artifact': 'false',
            ...connection(dev)
          },
          { workspace, resources: true }
        )
      )
      expectExit('export-car', l.run)
      return l
    }
    const importByCurl = async (carFile: string): Promise<Leg<CurlRun>> => {
      const l = await leg(emulator, () => curlImport(prod, carFile))
      expectStatus('curl import', l.run)
      expectStatus('delete the imported project', await curlDeleteProject(prod, ARCHIVE.project))
      return l
    }
    const importByAction = async (carFile: string): Promise<Leg<ActionRun>> => {
      const l = await leg(emulator, () =>
        runAction(
          'import-car',
          {
            path: carFile,
            project: ARCHIVE.project,
            'if-exists': 'fail',
            activate: 'none',
            ...connection(prod)
          },
          { workspace, resources: true }
        )
      )
      expectExit('import-car', l.run)
      if (l.run.outputs.result !== 'imported')
        throw new Error(`import-car result '${l.run.outputs.result}' (expected imported)`)
      expectStatus('delete the imported project', await curlDeleteProject(prod, ARCHIVE.project))
      return l
    }

    // Rounds alternate who goes first, so neither side always meets a warmer page cache or a quieter machine.
    const rounds: Round[] = []
    for (let round = 0; round < options.archiveRounds; round++) {
      const curlFirst = round % 2 === 0
      const alone = await exportByCurl('/dev/null')
      let curlExp: Leg<CurlRun>
      let actExp: Leg<ActionRun>
      if (curlFirst) {
        curlExp = await exportByCurl(curlFile)
        actExp = await exportByAction(round)
      } else {
        actExp = await exportByAction(round)
        curlExp = await exportByCurl(curlFile)
      }
      const curlBytes = statSync(curlFile).size
      const sum = await runMeasured('sha256sum', [curlFile], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        cwd: dir
      })
      if (sum.exitCode !== 0 || !/^[0-9a-f]{64} /.test(sum.stdout))
        throw new Error(`sha256sum failed: ${sum.stderr}`)
      const carFile = actExp.run.outputs.path ?? ''
      const bytes = Number(actExp.run.outputs.size)
      // project.yaml and oic_project.properties carry the export time, so sizes may differ by a few bytes.
      if (Math.abs(bytes - curlBytes) > 4096 || statSync(carFile).size !== bytes)
        throw new Error(`export-car wrote ${bytes} bytes where curl received ${curlBytes}`)
      rmSync(curlFile)
      let curlImp: Leg<CurlRun>
      let actImp: Leg<ActionRun>
      if (curlFirst) {
        curlImp = await importByCurl(carFile)
        actImp = await importByAction(carFile)
      } else {
        actImp = await importByAction(carFile)
        curlImp = await importByCurl(carFile)
      }
      rmSync(carFile)
      rounds.push({ bytes, alone, sum, curlExp, actExp, curlImp, actImp })
    }

    // The floor under each RSS figure: the same process with its code loaded, failing on missing inputs.
    const idle = async (action: string): Promise<string> => {
      const run = await runAction(action, {}, { resources: true })
      expectExit(`${action} (no inputs)`, run, 1)
      return run.peakRssKiB === undefined ? 'n/a' : formatKiB(run.peakRssKiB)
    }
    const floors = { 'export-car': await idle('export-car'), 'import-car': await idle('import-car') }

    const bytes = rounds[0]!.bytes
    const size = sizeName(bytes)
    const n = rounds.length
    const of = formatSpread
    const rss = (what: keyof typeof floors, legs: Leg<ActionRun>[]): Row => {
      const peaks = legs.map(l => l.run.peakRssKiB)
      const known = peaks.every((p): p is number => p !== undefined)
      const worst = known ? Math.max(...peaks) : undefined
      return {
        figure: `${what} ${size}: peak RSS of the action`,
        value: worst === undefined ? 'n/a' : formatKiB(worst),
        target: '≤ 100 MiB',
        met: worst !== undefined && worst <= RSS_LIMIT_KIB,
        context: `the highest of ${n} run(s)${known && n > 1 ? ` (${peaks.map(p => formatKiB(p)).join(', ')})` : ''}; ${of(legs.map(l => l.run.wallMs))}, ${cpu(legs[0]!.run)} in the first; the same action exiting on missing inputs peaks at ${floors[what]}`
      }
    }
    const speed = (what: string, action: Leg<ActionRun>[], curl: Leg<CurlRun>[], curlWhat: string): Row => {
      const a = action.map(l => l.run.wallMs)
      const c = curl.map(l => l.run.wallMs)
      const ratio = median(c) / median(a)
      const perRound = c.map((ms, i) => (ms / a[i]!).toFixed(2)).join(', ')
      return {
        figure: `${what} ${size}: throughput / curl`,
        value: `${ratio.toFixed(2)}×`,
        target: '≥ 0.8×',
        met: ratio >= 0.8,
        context: `${n} interleaved round(s), ratio of medians${n > 1 ? ` (per round ${perRound})` : ''}; action ${of(a)} = ${formatRate(bytes, median(a))} (${cpu(action[0]!.run)}, emulator CPU ${action[0]!.emulatorCpu} in the first); ${curlWhat} ${of(c)} = ${formatRate(bytes, median(c))} (${cpu(curl[0]!.run)}, emulator CPU ${curl[0]!.emulatorCpu})`
      }
    }
    const emulatorAlone = (what: string, legs: Leg<CurlRun>[], action: Leg<ActionRun>[]): Row => {
      const ms = median(legs.map(l => l.run.wallMs))
      return {
        figure: `emulator alone: ${what} ${size}`,
        value: formatRate(bytes, ms),
        target: 'context',
        context: `${of(legs.map(l => l.run.wallMs))}, emulator CPU ${legs[0]!.emulatorCpu} in the first; the action reaches ${(ms / median(action.map(l => l.run.wallMs))).toFixed(2)}× of it`
      }
    }
    const withSum = (): Row => {
      const a = median(rounds.map(r => r.actExp.run.wallMs))
      const script = rounds.map(r => r.curlExp.run.wallMs + r.sum.wallMs)
      return {
        figure: `export-car ${size}: throughput / (curl -o file, then sha256sum)`,
        value: `${(median(script) / a).toFixed(2)}×`,
        target: 'report',
        context: `the script producing the action's outputs (file + SHA-256): ${of(script)}, of which sha256sum ${of(rounds.map(r => r.sum.wallMs))}`
      }
    }
    const pick = <K extends keyof Round>(key: K): Round[K][] => rounds.map(r => r[key])
    return [
      rss('export-car', pick('actExp')),
      rss('import-car', pick('actImp')),
      speed('export-car', pick('actExp'), pick('curlExp'), 'curl -o file'),
      withSum(),
      speed('import-car', pick('actImp'), pick('curlImp'), 'curl -F file=@'),
      emulatorAlone('export (curl -o /dev/null)', pick('alone'), pick('actExp')),
      emulatorAlone('import (curl -F upload)', pick('curlImp'), pick('actImp'))
    ]
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
