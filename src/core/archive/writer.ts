/**
 * Streaming an export to disk in constant memory: SHA-256 and size computed on the way, written to a temporary
 * file beside the target and renamed only when complete and verified as a zip, so a failure never leaves a
 * partial `.car`.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { OicActionError } from '../errors.js'

/** A finished archive. */
export interface WrittenArchive {
  path: string
  sha256: string
  size: number
}

/** Bytes buffered before the download pauses: fewer, larger writes keep the socket flowing. */
const WRITE_BUFFER_BYTES = 4 * 1024 * 1024

const ZIP_MAGIC = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('PK\u0005\u0006', 'latin1')]

async function startsLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    return bytesRead === 4 && ZIP_MAGIC.some(m => m.equals(head))
  } finally {
    await handle.close()
  }
}

/**
 * Copies `body` into `file`, hashing on the way, and resolves with the byte count once the file is closed. The body
 * flows and is paused only while the file's buffer is full: a `pipeline` through a `Transform` pauses the socket
 * on every chunk (its 16 KiB buffers), which halved the download rate.
 */
async function copyHashed(body: Readable, file: WriteStream, hash: Hash): Promise<number> {
  let size = 0
  body.on('data', (chunk: Buffer) => {
    hash.update(chunk)
    size += chunk.length
    if (!file.write(chunk)) {
      body.pause()
      file.once('drain', () => body.resume())
    }
  })
  body.once('end', () => file.end())
  try {
    await Promise.all([finished(body), finished(file)])
  } catch (error) {
    body.destroy()
    file.destroy()
    // A failure in the first chunk can come while the file is still being opened: once it is closed, it exists
    // and the caller's rm removes it (else the open completes after the rm and leaves a .partial behind).
    await finished(file).catch(() => undefined)
    throw error
  }
  return size
}

/**
 * Returns a consumer for `HttpClient.stream`: each call (each attempt) writes a fresh temporary file, so a retried
 * download starts over cleanly; the final rename happens once the body is complete and looks like a zip.
 */
export function archiveWriter(target: string, source = 'OIC'): (body: Readable) => Promise<WrittenArchive> {
  return async body => {
    await mkdir(dirname(target), { recursive: true })
    const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`)
    const hash = createHash('sha256')
    try {
      const size = await copyHashed(
        body,
        createWriteStream(temp, { flags: 'wx', highWaterMark: WRITE_BUFFER_BYTES }),
        hash
      )
      if (!(await startsLikeZip(temp))) {
        throw new OicActionError(
          `${source} returned ${size} bytes that are not a zip archive (expected a .car).`
        )
      }
      await rename(temp, target)
      return { path: target, sha256: hash.digest('hex'), size }
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
  }
}
