/**
 * The bundles a run measures: a private copy of `dist/` taken once at the start, so that a rebuild of `dist/`
 * while the benchmarks run cannot swap the code halfway (the copy runs exactly as the original: the stubs and
 * chunks import each other by relative path).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../scripts/lib/run-step.js'

import { ACTION_NAMES } from '../../src/actions/registry.js'

export { ACTION_NAMES }

const SOURCE = join(ROOT, 'dist')
let current = SOURCE

/** The `dist/` directory in use (the snapshot once taken). */
export const distDir = (): string => current

/** Runs the bundles of `dir` from now on (probes comparing builds side by side); returns the previous one. */
export function useDist(dir: string): string {
  const previous = current
  current = dir
  return previous
}

/** Path of an action's bundle stub. */
export const bundleOf = (action: string): string => join(current, `${action}.js`)

const listing = (dir: string): string =>
  readdirSync(dir)
    .sort()
    .map(f => `${f}:${statSync(join(dir, f)).size}`)
    .join(',')

const complete = (): boolean =>
  existsSync(join(SOURCE, 'index.js')) && ACTION_NAMES.every(a => existsSync(join(SOURCE, `${a}.js`)))

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Copies `dist/` to a temporary directory once it is complete (the build writes the stubs last) and unchanged
 * during the copy; later calls of {@link bundleOf} use the copy. Returns a cleanup function.
 */
export async function snapshotDist(waitMs = 120_000): Promise<() => void> {
  const deadline = Date.now() + waitMs
  const target = join(mkdtempSync(join(tmpdir(), 'oic-bench-dist-')), 'dist')
  for (;;) {
    try {
      if (complete()) {
        const before = listing(SOURCE)
        rmSync(target, { recursive: true, force: true })
        cpSync(SOURCE, target, { recursive: true })
        if (complete() && listing(SOURCE) === before && listing(target) === before) break
      }
    } catch {
      // dist/ changed under the copy: try again
    }
    if (Date.now() > deadline) throw new Error(`${SOURCE} is missing or incomplete: run npm run build first`)
    await sleep(1000)
  }
  current = target
  return () => {
    current = SOURCE
    rmSync(join(target, '..'), { recursive: true, force: true })
  }
}
