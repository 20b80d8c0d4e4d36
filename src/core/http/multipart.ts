/**
 * A `multipart/form-data` body streamed from disk with its length known up front: a Node `Readable` of large
 * chunks (web-stream FormData pulls 64 KiB at a time and costs a core on a 1 GiB upload).
 */
import { randomBytes } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import { Readable } from 'node:stream'

/** A text field, a file field read from disk, or a file field whose content is in memory (never written to disk). */
export type Part =
  | { name: string; value: string }
  | { name: string; file: string; filename?: string; contentType?: string }
  | { name: string; content: Buffer; filename: string; contentType?: string }

/** A body ready to send. */
export interface MultipartBody {
  contentType: string
  length: number
  /** Creates the stream (call once per attempt). */
  stream(): Readable
}

/** Read size for file parts. */
const CHUNK_BYTES = 1024 * 1024

function quoted(value: string): string {
  return value.replace(/["\r\n\\]/g, c => encodeURIComponent(c))
}

/** Builds the body of `parts`. */
export function multipart(parts: readonly Part[]): MultipartBody {
  const boundary = `----oic-actions-${randomBytes(12).toString('hex')}`
  const pieces: Array<Buffer | { file: string; size: number }> = []
  for (const part of parts) {
    if ('value' in part) {
      pieces.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"\r\n\r\n${part.value}\r\n`
        )
      )
    } else {
      const filename = part.filename ?? ('file' in part ? basename(part.file) : part.name)
      pieces.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"; filename="${quoted(filename)}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`
        ),
        'file' in part ? { file: part.file, size: statSync(part.file).size } : part.content,
        Buffer.from('\r\n')
      )
    }
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`))
  const length = pieces.reduce((n, p) => n + (Buffer.isBuffer(p) ? p.length : p.size), 0)
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length,
    stream: () =>
      Readable.from(
        (async function* () {
          for (const piece of pieces) {
            if (Buffer.isBuffer(piece)) yield piece
            else
              for await (const chunk of createReadStream(piece.file, { highWaterMark: CHUNK_BYTES }))
                yield chunk as Buffer
          }
        })()
      )
  }
}
