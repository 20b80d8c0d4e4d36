/**
 * Files a connection or a certificate needs (private keys, keystores, certificates) given as the content of an
 * environment variable — a secret — instead of a file in the repository. In a user's YAML file:
 *
 * ```yaml
 * PrivateKey: { from-env: SFTP_KEY }                    # the variable holds the file's text (a PEM key)
 * Keystore: { from-env-base64: KEYSTORE_P12, file-name: identity.p12 }   # base64 of a binary file
 * ```
 *
 * The content is read and masked (every line of it) when the file is read, and written only while it is used: into
 * a fresh directory of its own (mode 700) under `RUNNER_TEMP` (else the system temp directory; never the workspace),
 * with mode 600, and removed when the use ends, whether it succeeded or not.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Node } from 'yaml'
import type { SourceLocation } from './errors.js'
import { isMap, mapEntries, scalarText, type LocatedDocument } from './yaml-file.js'

/** The key naming a variable that holds the file's text. */
export const FROM_ENV = 'from-env'
/** The key naming a variable that holds the file's bytes in base64 (keystores and other binary files). */
export const FROM_ENV_BASE64 = 'from-env-base64'
const KEYS = [FROM_ENV, FROM_ENV_BASE64, 'file-name']
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** A file's content taken from an environment variable, already read and masked. */
export interface SecretContent {
  /** The variable it came from. */
  variable: string
  encoding: 'text' | 'base64'
  /** The file's bytes (never logged). */
  content: Buffer
  /** The name the file is written under (OIC may show it): `file-name`, else the variable's name. */
  fileName: string
  /** Where the file names it. */
  location: SourceLocation
}

/**
 * Reads a `{from-env: VAR}` / `{from-env-base64: VAR}` node (optionally with `file-name`): the variable must be set,
 * not empty and, for base64, valid base64. Its value is masked before anything else is done with it. `what` names the
 * file in errors ("attachment PrivateKey of connection FTP").
 */
export function readSecretContent(
  doc: LocatedDocument,
  node: Node | null,
  env: Readonly<Record<string, string | undefined>>,
  mask: (value: string) => void,
  what: string
): SecretContent {
  const entries = mapEntries(node)
  const sources = entries.filter(([k]) => k === FROM_ENV || k === FROM_ENV_BASE64)
  const unknown = entries.find(([k]) => !KEYS.includes(k))
  if (!isMap(node) || sources.length !== 1 || unknown)
    throw doc.error(
      `${what}: expected one of '${FROM_ENV}: VAR' or '${FROM_ENV_BASE64}: VAR' (and optionally 'file-name')${unknown ? `, not '${unknown[0]}'` : ''}.`,
      unknown?.[2] ?? node,
      `Write ${what} as { ${FROM_ENV}: VAR } for a text file (a PEM key) or { ${FROM_ENV_BASE64}: VAR } for a binary one.`
    )
  const [key, valueNode] = sources[0] as [string, Node | null, Node | null]
  const variable = scalarText(valueNode) ?? ''
  if (!ENV_NAME.test(variable))
    throw doc.error(
      `${what}: '${key}' must name an environment variable, got '${variable}'.`,
      valueNode ?? node,
      `Give the variable's name (e.g. ${key}: SFTP_KEY) and set it under the step's env:.`
    )
  const encoding = key === FROM_ENV_BASE64 ? 'base64' : 'text'
  const content = decode(doc, valueNode, env, mask, { variable, encoding, what })
  const nameNode = entries.find(([k]) => k === 'file-name')
  const fileName = nameNode ? (scalarText(nameNode[1]) ?? '') : variable
  if (!FILE_NAME.test(fileName))
    throw doc.error(
      `${what}: file-name '${fileName}' must be a plain file name (letters, digits, '.', '_', '-').`,
      nameNode?.[1] ?? node,
      'Give a plain file name such as identity.p12, without a folder.'
    )
  return { variable, encoding, content, fileName, location: { file: doc.file, line: doc.line(node) } }
}

/** The variable's content as bytes; a missing, empty or (for base64) malformed value is an input error. */
function decode(
  doc: LocatedDocument,
  node: Node | null,
  env: Readonly<Record<string, string | undefined>>,
  mask: (value: string) => void,
  s: { variable: string; encoding: 'text' | 'base64'; what: string }
): Buffer {
  const value = env[s.variable]
  const setIt = `Add ${s.variable} under the step's env: (e.g. ${s.variable}: \${{ secrets.${s.variable} }}) holding the file's ${s.encoding === 'base64' ? 'bytes in base64 (base64 -w0 <file>)' : 'text'}.`
  if (value === undefined)
    throw doc.error(`${s.what}: environment variable ${s.variable} is not set. ${setIt}`, node, setIt)
  mask(value)
  if (value.trim() === '')
    throw doc.error(
      `${s.what}: environment variable ${s.variable} is empty (a secret that does not exist expands to an empty string). ${setIt}`,
      node,
      setIt
    )
  if (s.encoding === 'text') return Buffer.from(value, 'utf8')
  const compact = value.replace(/\s+/g, '')
  if (!BASE64.test(compact) || compact.length % 4 !== 0)
    throw doc.error(
      `${s.what}: environment variable ${s.variable} is not valid base64. ${setIt}`,
      node,
      setIt
    )
  const bytes = Buffer.from(compact, 'base64')
  const text = bytes.toString('utf8')
  // A base64 PEM is text once decoded: mask that too, in case a server echoes the key.
  if (Buffer.from(text, 'utf8').equals(bytes)) mask(text)
  return bytes
}

/** Secret files written to disk, and the way to remove them. */
export interface WrittenSecretFiles {
  /** One path per secret, in order. */
  paths: string[]
  /** Removes the files and their directory (idempotent; never throws for a file already gone). */
  remove(): Promise<void>
}

/**
 * Writes each secret into a fresh private directory under `RUNNER_TEMP` (else the system temp directory), mode 600;
 * the caller must call `remove` (see {@link withSecretFiles}). A failed write removes what was written.
 */
export async function writeSecretFiles(
  secrets: readonly SecretContent[],
  env: Readonly<Record<string, string | undefined>>
): Promise<WrittenSecretFiles> {
  const base = env.RUNNER_TEMP || tmpdir()
  // A runner creates RUNNER_TEMP; a step run by hand (the CLI, scripts/lib/run-step.ts) may only name it.
  await mkdir(base, { recursive: true })
  const dir = await mkdtemp(join(base, 'oic-secret-'))
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true })
  try {
    await chmod(dir, 0o700)
    const paths: string[] = []
    for (const [i, secret] of secrets.entries()) {
      // A folder per file: two secrets may share a file name.
      const folder = join(dir, String(i + 1))
      await mkdir(folder, { mode: 0o700 })
      const path = join(folder, secret.fileName)
      await writeFile(path, secret.content, { mode: 0o600, flag: 'wx' })
      await chmod(path, 0o600)
      paths.push(path)
    }
    return { paths, remove }
  } catch (error) {
    await remove()
    throw error
  }
}

/** Writes `secrets` as files, runs `use` with their paths and removes them afterwards, whatever `use` did. */
export async function withSecretFiles<T>(
  secrets: readonly SecretContent[],
  env: Readonly<Record<string, string | undefined>>,
  use: (paths: string[]) => Promise<T>
): Promise<T> {
  if (!secrets.length) return use([])
  const files = await writeSecretFiles(secrets, env)
  try {
    return await use(files.paths)
  } finally {
    await files.remove()
  }
}
