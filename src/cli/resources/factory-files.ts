/**
 * Files the Factory API commands read and write: a JSON request body given with --json-file, an archive to upload,
 * and a download written beside its destination and renamed into place (never a half-written file).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { inputError } from '../../core/errors.js'
import { archiveWriter, type WrittenArchive } from '../../core/archive/writer.js'
import { checkWriteTarget, writeFileSafely } from '../../core/safe-write.js'

/** An existing regular file named by `flag` (an input error otherwise). */
export function inputFile(path: string, flag: string): string {
  if (!existsSync(path) || !statSync(path).isFile())
    throw inputError(`${flag}: ${path} is not a readable file.`, {
      input: flag,
      value: path,
      fix: `Give the path of an existing file in ${flag}.`
    })
  return path
}

/** The JSON object in the file named by `flag`; `allowed` lists the keys the API reads (others are refused). */
export function readJsonObject(
  path: string,
  flag: string,
  allowed?: readonly string[]
): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(inputFile(path, flag), 'utf8'))
  } catch (error) {
    if (error instanceof SyntaxError)
      throw inputError(`${flag}: ${path} is not valid JSON (${error.message}).`, {
        input: flag,
        value: path,
        fix: 'Write the request body as one JSON object.'
      })
    throw error
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw inputError(`${flag}: ${path} must hold one JSON object.`, {
      input: flag,
      value: path,
      fix: 'Write the request body as one JSON object, e.g. {"name": …}.'
    })
  const unknown = allowed ? Object.keys(value).filter(k => !allowed.includes(k)) : []
  if (unknown.length)
    throw inputError(`${flag}: ${path} has key '${unknown[0] ?? ''}', which the API ignores.`, {
      input: flag,
      value: path,
      fix: `Use only ${allowed?.join(', ') ?? ''}.`
    })
  return value as Record<string, unknown>
}

/** Refuses an output path that exists (unless `force`), is a link or is not a file. */
export function checkOutputFile(path: string, flag: string, force: boolean): void {
  if (!path)
    throw inputError(`${flag} is required: the file to write.`, {
      input: flag,
      value: '',
      fix: `Give ${flag} OUT.`
    })
  checkWriteTarget(path, { input: flag })
  if (!force && existsSync(path))
    throw inputError(`${flag}: ${path} exists; nothing was written (add --force to replace it).`, {
      input: flag,
      value: path,
      fix: 'Name a new file, or add --force to replace it.'
    })
}

/** Streams an archive download to `path` through a temporary file renamed into place once complete. */
export const streamToFile = (path: string): ((body: Readable) => Promise<WrittenArchive>) =>
  archiveWriter(path)

/** Writes text to `path` through a temporary file renamed into place. */
export const writeTextFile = (path: string, text: string, flag: string): string =>
  writeFileSafely(path, text, { input: flag })
