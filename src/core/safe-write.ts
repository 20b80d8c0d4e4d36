/**
 * Writing a file without following anything planted on the way: the parent folder is resolved (realpath) and must
 * stay inside the allowed roots, the destination must not be a symbolic link (lstat) or anything but a file, and the
 * content goes to a new temporary file (exclusive create, `wx`) beside it that is renamed into place — so a
 * pre-created, linked or half-written file is never written through. Every file the actions and the CLI write
 * goes through here (the export's own streaming writer follows the same rules).
 */
import { randomBytes } from 'node:crypto'
import {
  constants,
  copyFileSync,
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { inputError, type InputError } from './errors.js'
import { inside, real as realPath } from './paths.js'

/** Where a file may be written and how the refusal names it. */
export interface WriteOptions {
  /** Real folders the file must stay inside; undefined = anywhere the user named (the CLI's session file). */
  roots?: readonly string[]
  /** The input (or the CLI flag, `--session`) that named the file, for the error. */
  input: string
  /** Permission bits of a new file (e.g. 0o600). */
  mode?: number
  /** The path as the user wrote it, for messages (default: the path given). */
  shownAs?: string
}

function refuse(options: WriteOptions, shown: string, why: string): InputError {
  const what = options.input.startsWith('-') ? options.input : `Input '${options.input}'`
  return inputError(`${what}: ${shown} ${why}; nothing was written there.`, {
    input: options.input,
    value: shown,
    fix: `Name a new or regular file${options.roots ? ` inside ${options.roots.join(' or ')}` : ''} in ${options.input}.`
  })
}

function confine(folder: string, options: WriteOptions, shown: string): void {
  const real = realPath(folder)
  if (options.roots && !options.roots.some(root => inside(real, root)))
    throw refuse(options, shown, `resolves to ${real}, outside ${options.roots.join(' and ')}`)
}

/**
 * Checks that `path` may be written under `options` (parent inside the roots once links are resolved, the
 * destination no link, folder or device); throws a one-line input error otherwise.
 */
export function checkWriteTarget(path: string, options: WriteOptions, shown = options.shownAs ?? path): void {
  confine(dirname(resolve(path)), options, shown)
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    return
  }
  if (stat.isSymbolicLink()) throw refuse(options, shown, 'is a symbolic link (refusing to write through it)')
  if (!stat.isFile()) throw refuse(options, shown, 'exists and is not a regular file')
}

/** Creates `path` through a new temporary file filled by `fill`, renamed into place once complete. */
function replaceFile(path: string, options: WriteOptions, shown: string, fill: (temp: string) => void): void {
  const target = resolve(path)
  checkWriteTarget(target, options, shown)
  mkdirSync(dirname(target), { recursive: true })
  // Resolved again once the folders exist: a link swapped in between is caught here.
  confine(dirname(target), options, shown)
  const temp = join(
    realpathSync(dirname(target)),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    fill(temp)
    checkWriteTarget(target, options, shown)
    renameSync(temp, join(realpathSync(dirname(target)), basename(target)))
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/** Writes `data` to `path` safely (see the module comment); returns the absolute path. */
export function writeFileSafely(path: string, data: string | Uint8Array, options: WriteOptions): string {
  replaceFile(path, options, options.shownAs ?? path, temp =>
    writeFileSync(temp, data, { flag: 'wx', mode: options.mode ?? 0o644 })
  )
  return resolve(path)
}

/** Copies `source` to `path` safely (see the module comment); returns the absolute path. */
export function copyFileSafely(source: string, path: string, options: WriteOptions): string {
  replaceFile(path, options, options.shownAs ?? path, temp =>
    copyFileSync(source, temp, constants.COPYFILE_EXCL)
  )
  return resolve(path)
}
