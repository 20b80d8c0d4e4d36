/**
 * Streaming `multipart/form-data` uploads (contract §1.4: the archive is the part named `file`). The file part is
 * streamed to a temporary file, into memory or nowhere, counting bytes as it goes; over the limit the rest is
 * drained and dropped, and the upload answers 413 — the body is never held whole unless asked for.
 */
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import busboy from 'busboy'
import { ApiError } from '../http-kit.js'

/** The uploaded file part. */
export interface UploadedFile {
  /** File name the client gave (may be empty). */
  fileName: string
  size: number
  /** Temporary file (`disk` mode). */
  path?: string
  /** Content (`memory` mode). */
  buffer?: Buffer
}

/** A parsed upload; call `cleanup()` when done (removes the temporary file). */
export interface Upload {
  fields: Record<string, string>
  file?: UploadedFile
  cleanup(): Promise<void>
}

/** Where the file part goes. */
export type UploadMode = 'disk' | 'memory' | 'discard'

/** Largest file part kept in memory (libraries, lookups). */
export const MAX_MEMORY_UPLOAD = 32 * 1024 * 1024

const MAX_FIELD_BYTES = 64 * 1024
/** Buffered bytes of the temporary file: larger writes keep a fast upload from stalling on small disk writes. */
const WRITE_BUFFER_BYTES = 1024 * 1024

/** Reads a multipart body; `maxBytes` 0 means unlimited (except {@link MAX_MEMORY_UPLOAD} in memory mode). */
export async function readUpload(
  req: IncomingMessage,
  options: { mode: UploadMode; maxBytes: number; fileField?: string }
): Promise<Upload> {
  const fileField = options.fileField ?? 'file'
  const limit =
    options.mode === 'memory'
      ? Math.min(options.maxBytes || MAX_MEMORY_UPLOAD, MAX_MEMORY_UPLOAD)
      : options.maxBytes
  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: req.headers,
      highWaterMark: WRITE_BUFFER_BYTES,
      fileHwm: WRITE_BUFFER_BYTES,
      limits: { fields: 50, fieldSize: MAX_FIELD_BYTES, parts: 100 }
    })
  } catch {
    throw new ApiError(400, `Expected a multipart/form-data body with a file part named '${fileField}'.`)
  }
  const dir = options.mode === 'disk' ? await mkdtemp(join(tmpdir(), 'oic-emu-upload-')) : undefined
  const cleanup = async (): Promise<void> => {
    if (dir) await rm(dir, { recursive: true, force: true })
  }
  const fields: Record<string, string> = {}
  const writes: Array<Promise<void>> = []
  let file: UploadedFile | undefined
  let tooLarge = false
  const chunks: Buffer[] = []

  parser.on('field', (name, value) => {
    fields[name] = value
  })
  parser.on('file', (name, stream: Readable, info) => {
    if (name !== fileField || file) {
      // Other small file parts (e.g. the `certificate` JSON of D:Update a Certificate) are kept as text fields.
      const parts: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= MAX_FIELD_BYTES) parts.push(chunk)
      })
      stream.once('end', () => {
        if (size <= MAX_FIELD_BYTES && !(name in fields)) fields[name] = Buffer.concat(parts).toString('utf8')
      })
      return
    }
    const part: UploadedFile = { fileName: info.filename ?? '', size: 0 }
    file = part
    const sink: Writable | undefined = dir
      ? createWriteStream((part.path = join(dir, 'upload.bin')), { highWaterMark: WRITE_BUFFER_BYTES })
      : undefined
    // The part flows and pauses only while the file's buffer is full (a Transform in a pipeline would pause the
    // request on every chunk); bytes past the limit are counted and dropped.
    stream.on('data', (chunk: Buffer) => {
      part.size += chunk.length
      if (limit > 0 && part.size > limit) tooLarge = true
      if (tooLarge) return
      if (options.mode === 'memory') chunks.push(chunk)
      else if (sink && !sink.write(chunk)) {
        stream.pause()
        sink.once('drain', () => stream.resume())
      }
    })
    stream.once('end', () => sink?.end())
    writes.push(
      Promise.all([finished(stream), ...(sink ? [finished(sink)] : [])]).then(
        () => undefined,
        (error: unknown) => {
          stream.destroy()
          sink?.destroy()
          throw error
        }
      )
    )
  })

  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('close', resolve)
      parser.on('error', reject)
      req.on('error', reject)
      req.pipe(parser)
    })
    await Promise.all(writes)
  } catch (error) {
    await cleanup()
    throw new ApiError(400, `The multipart body could not be read: ${(error as Error).message}.`)
  }
  if (tooLarge) {
    await cleanup()
    throw new ApiError(413, `The uploaded file is larger than the limit of ${limit} bytes.`)
  }
  if (file && options.mode === 'memory') file.buffer = Buffer.concat(chunks)
  return { fields, file, cleanup }
}

/** The file part, or 400 naming the field when it is missing. */
export function requireFile(upload: Upload, field = 'file'): UploadedFile {
  if (!upload.file)
    throw new ApiError(400, `No file was uploaded: send the archive in a multipart part named '${field}'.`)
  return upload.file
}
