/**
 * Builds of `dist/` side by side, interleaved in one run (issue 15's cold start, JS loaded and 1 GiB RSS figures).
 * Each variant is `label=dir`, a complete copy of a built `dist/` (for example `npm run build && cp -r dist
 * /tmp/a`); the Node that runs this script runs the actions (`npx -y node@24 --import tsx …` for Node 24).
 *
 *   npx tsx bench/probes/variants.ts cold [rounds] label=dir …   cold start of every action vs node -e 0
 *   npx tsx bench/probes/variants.ts js label=dir …               JS loaded by authenticate (both grants)
 *   npx tsx bench/probes/variants.ts car [rounds] label=dir …     1 GiB export + import: peak RSS and wall, with curl
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectExit, runAction } from '../lib/action.js'
import { curlDeleteProject, curlExport, curlImport, type CurlTarget } from '../lib/curl.js'
import { ACTION_NAMES, useDist } from '../lib/dist.js'
import { jsLoaded } from '../js-loaded.js'
import { FULL } from '../lib/options.js'
import { startEmulatorProcess } from '../lib/emulator-process.js'
import { ARCHIVE, archiveExportInputs, archiveSeed } from '../lib/seeds.js'
import { runMeasured } from '../lib/spawn-measured.js'
import { median } from '../lib/stats.js'

const [what = 'cold', ...rest] = process.argv.slice(2)
const rounds = /^\d+$/.test(rest[0] ?? '') ? Number(rest.shift()) : 11
const variants = rest.map(v => {
  const [label = '', dir = ''] = v.split('=')
  return { label, dir }
})
if (!variants.length) throw new Error('give at least one label=dir')

const spread = (xs: number[], digits = 0): string =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`
console.log(`Node ${process.version}; load ${loadavg()[0]?.toFixed(2)} at start; ${what}, ${rounds} rounds`)

if (what === 'cold') {
  const dir = mkdtempSync(join(tmpdir(), 'oic-probe-cold-'))
  const names = ['node -e 0', ...variants.flatMap(v => ACTION_NAMES.map(a => `${v.label}:${a}`))]
  const times = new Map<string, number[]>(names.map(n => [n, []]))
  for (let round = -1; round < rounds; round++) {
    const shift = Math.max(0, round) % names.length
    for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
      let ms: number
      if (name === 'node -e 0') {
        const run = await runMeasured(process.execPath, ['-e', '0'], {
          env: { PATH: process.env.PATH ?? '' },
          cwd: dir
        })
        ms = run.wallMs
      } else {
        const [label, action = ''] = name.split(':')
        useDist(variants.find(v => v.label === label)!.dir)
        const run = await runAction(action, {})
        expectExit(`${name} (no inputs)`, run, 1)
        if (!run.stdout.includes('::error::')) throw new Error(`${name}: no ::error:: line`)
        ms = run.wallMs
      }
      if (round >= 0) times.get(name)!.push(ms)
    }
  }
  const base = median(times.get('node -e 0')!)
  console.log(`node -e 0: ${spread(times.get('node -e 0')!)} ms`)
  for (const v of variants)
    for (const a of ACTION_NAMES) {
      const t = times.get(`${v.label}:${a}`)!
      console.log(`${v.label} ${a}: ${(median(t) / base).toFixed(2)}× — ${spread(t)} ms`)
    }
  rmSync(dir, { recursive: true, force: true })
} else if (what === 'js') {
  for (const v of variants) {
    useDist(v.dir)
    for (const row of await jsLoaded(FULL))
      console.log(`${v.label} ${row.figure}: ${row.value} — ${row.context}`)
  }
} else if (what === 'car') {
  const dir = mkdtempSync(join(tmpdir(), 'oic-probe-car-'))
  const emulator = await startEmulatorProcess(archiveSeed(1024 ** 3), {}, dir)
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
    const workspace = join(dir, 'workspace')
    mkdirSync(workspace)
    type Figures = { expRss: number[]; impRss: number[]; expMs: number[]; impMs: number[] }
    const fig = new Map<string, Figures>(
      [...variants.map(v => v.label), 'curl'].map(l => [l, { expRss: [], impRss: [], expMs: [], impMs: [] }])
    )
    const contenders = [...variants.map(v => v.label), 'curl']
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? contenders : [...contenders].reverse()
      for (const who of order) {
        const f = fig.get(who)!
        const car = join(workspace, `probe-${who}.car`)
        if (who === 'curl') {
          const e = await curlExport(dev, ARCHIVE.project, car)
          if (e.status !== 200) throw new Error(`curl export: ${e.status}`)
          const i = await curlImport(prod, car)
          if (i.status !== 200) throw new Error(`curl import: ${i.status}`)
          f.expMs.push(e.wallMs)
          f.impMs.push(i.wallMs)
        } else {
          useDist(variants.find(v => v.label === who)!.dir)
          const e = await runAction('export-car', archiveExportInputs(emulator.url, dev.token, car), {
            workspace,
            resources: true
          })
          expectExit(`${who} export-car`, e)
          if (statSync(car).size < 1024 ** 3) throw new Error(`${who}: short export`)
          const inputs = { path: car, project: ARCHIVE.project, 'if-exists': 'fail', activate: 'none' }
          const i = await runAction(
            'import-car',
            { ...inputs, 'oic-url': prod.url, instance: prod.instance, 'access-token': prod.token },
            { workspace, resources: true }
          )
          expectExit(`${who} import-car`, i)
          f.expMs.push(e.wallMs)
          f.impMs.push(i.wallMs)
          f.expRss.push((e.peakRssKiB ?? NaN) / 1024)
          f.impRss.push((i.peakRssKiB ?? NaN) / 1024)
        }
        await curlDeleteProject(prod, ARCHIVE.project)
        rmSync(car, { force: true })
      }
    }
    const curl = fig.get('curl')!
    for (const who of contenders) {
      const f = fig.get(who)!
      if (who === 'curl') {
        console.log(`curl: export ${spread(f.expMs)} ms, import ${spread(f.impMs)} ms`)
        continue
      }
      console.log(
        `${who}: export peak RSS ${spread(f.expRss, 1)} MiB, import ${spread(f.impRss, 1)} MiB; ` +
          `export ${spread(f.expMs)} ms = ${(median(curl.expMs) / median(f.expMs)).toFixed(2)}× curl, ` +
          `import ${spread(f.impMs)} ms = ${(median(curl.impMs) / median(f.impMs)).toFixed(2)}× curl`
      )
    }
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
console.log(`load ${loadavg()[0]?.toFixed(2)} at the end`)
