/**
 * Where an action reads and writes files. A file the user names to be READ (archive, connections file, config file)
 * is read where it is; files an action WRITES stay inside the workspace or the runner's temp directory.
 */
import { existsSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { inputError } from './errors.js'

/** The roots files may live under: `GITHUB_WORKSPACE` (else the working directory) and `RUNNER_TEMP`. */
export function allowedRoots(
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd()
): string[] {
  return [env.GITHUB_WORKSPACE || cwd, env.RUNNER_TEMP]
    .filter((r): r is string => Boolean(r))
    .map(r => real(resolve(r)))
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files yet to be written). */
export function real(p: string): string {
  if (existsSync(p)) return realpathSync(p)
  const parent = dirname(p)
  return parent === p ? p : resolve(real(parent), relative(parent, p))
}

/** True when `child` is `root` or below it (a folder named `..cache` is below it; `..` is not). */
export function inside(child: string, root: string): boolean {
  const rel = relative(root, child)
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`))
}

/**
 * Resolves a path the action will WRITE against the workspace and refuses anything outside the allowed roots
 * (symlinks followed).
 */
export function resolveInsideRoots(
  value: string,
  input: string,
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd()
): string {
  const roots = allowedRoots(env, cwd)
  const absolute = resolve(env.GITHUB_WORKSPACE || cwd, value)
  const target = real(absolute)
  if (!roots.some(root => inside(target, root))) {
    throw inputError(
      `Input '${input}' must stay inside the workspace or runner temp (${roots.join(', ')}), got '${value}'.`,
      { input, value, fix: `Set ${input} to a path inside ${roots.join(' or ')}.` }
    )
  }
  return absolute
}

/**
 * Resolves a path the action will only READ (an archive, a connections file, a config file): relative to the
 * workspace (else the working directory), or absolute; it is read where it is, like any file the user points at.
 */
export function resolveReadPath(
  value: string,
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd()
): string {
  return resolve(env.GITHUB_WORKSPACE || cwd, value)
}
