// Verify max-archive-size: the sizes it accepts and the one line for anything else, the refusal of a larger file
// before reading it (import-car), and the download bound (export-car) — refused at once on an announced
// Content-Length, cut at the first byte beyond it otherwise, passed through untouched within it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { describe, expect, it } from '@jest/globals'
import {
  ArchiveSizeLimit,
  checkArchiveFile,
  MAX_ARCHIVE_SIZE_INPUT,
  parseArchiveSize
} from '../../../src/core/archive-size.js'
import { ConfigurationError, OicActionError } from '../../../src/core/errors.js'

describe('parseArchiveSize', () => {
  it.each([
    ['1048576', 1048576],
    ['1', 1],
    ['500MiB', 500 * 1024 ** 2],
    ['2 GiB', 2 * 1024 ** 3],
    ['100M', 100 * 1024 ** 2],
    ['100mb', 100 * 1024 ** 2],
    ['1.5K', 1536],
    ['1.5 KiB', 1536],
    ['64KB', 64 * 1024],
    ['3T', 3 * 1024 ** 4],
    ['  7 MiB  ', 7 * 1024 ** 2],
    ['10B', 10]
  ])('reads %j as %d bytes', (value, bytes) => {
    expect(parseArchiveSize(value)).toBe(bytes)
  })

  it('is undefined when empty', () => {
    expect(parseArchiveSize(undefined)).toBeUndefined()
    expect(parseArchiveSize('')).toBeUndefined()
  })

  it.each(['lots', '0', '0.5', '-1', '1 PiB', '1e6', '5 MiBs', 'MiB', '99999999999 TiB'])(
    'refuses %j with one line naming the input',
    value => {
      let error: unknown
      try {
        parseArchiveSize(value)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as ConfigurationError).input).toBe(MAX_ARCHIVE_SIZE_INPUT)
      expect((error as Error).message).toBe(
        `Input 'max-archive-size' must be a size such as 500MiB, 2GiB or a number of bytes, got '${value}'.`
      )
    }
  )
})

describe('checkArchiveFile', () => {
  const file = (bytes: number): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'size-')), 'a.car')
    writeFileSync(path, Buffer.alloc(bytes))
    return path
  }

  it('accepts a file at the bound and any file without a bound', () => {
    expect(() => checkArchiveFile(file(2048), "Input 'path' (a.car)", 2048)).not.toThrow()
    expect(() => checkArchiveFile('/no/such/file.car', "Input 'path'", undefined)).not.toThrow()
  })

  it('refuses a larger file with its size and the bound', () => {
    expect(() => checkArchiveFile(file(3 * 1024), "Input 'path' (a.car)", 2048)).toThrow(
      "Input 'path' (a.car) is 3 KiB, more than max-archive-size (2 KiB): refusing to read or upload it."
    )
  })
})

describe('ArchiveSizeLimit.guard', () => {
  const chunks = (...sizes: number[]): Readable => Readable.from(sizes.map(n => Buffer.alloc(n, 97)))

  it('passes a body within the bound through unchanged', async () => {
    const limit = new ArchiveSizeLimit(10)
    const out = limit.guard(Readable.from([Buffer.from('abcde'), Buffer.from('fghij')]), {})
    expect(await text(out)).toBe('abcdefghij')
    expect(limit.tripped).toBe(false)
  })

  it('refuses at once when Content-Length announces more, destroying the body', () => {
    const limit = new ArchiveSizeLimit(1024)
    const body = new PassThrough()
    expect(() => limit.guard(body, { 'content-length': '2048' })).toThrow(
      new OicActionError(
        'the server announced an archive of 2 KiB, more than max-archive-size (1 KiB); nothing was written.'
      )
    )
    expect(limit.tripped).toBe(true)
    expect(body.destroyed).toBe(true)
    expect(limit.error().message).toBe(
      'the server announced an archive of 2 KiB, more than max-archive-size (1 KiB); nothing was written.'
    )
  })

  it('ignores a Content-Length that is not a number and counts the bytes instead', async () => {
    const limit = new ArchiveSizeLimit(4)
    const out = limit.guard(chunks(3, 3), { 'content-length': 'lots' })
    await expect(text(out)).rejects.toThrow(
      'the server sent more than max-archive-size (4 bytes) for the archive; stopped writing and removed the partial file.'
    )
    expect(limit.tripped).toBe(true)
  })

  it('cuts the body at the first chunk beyond the bound and ends the source', async () => {
    const limit = new ArchiveSizeLimit(5)
    const body = chunks(5, 1, 100)
    const seen: number[] = []
    const out = limit.guard(body, { 'content-length': '5' })
    out.on('data', (c: Buffer) => seen.push(c.length))
    await expect(
      new Promise((resolve, reject) => out.on('end', resolve).on('error', reject))
    ).rejects.toThrow(/^the server sent more than max-archive-size \(5 bytes\)/)
    expect(seen).toEqual([5])
    await new Promise(resolve => setImmediate(resolve))
    expect(body.destroyed).toBe(true)
  })

  it('keeps a source error on the guarded stream for a reader that attaches later', async () => {
    const limit = new ArchiveSizeLimit(100)
    const body = new PassThrough()
    const out = limit.guard(body, {})
    body.destroy(new Error('socket reset'))
    await new Promise(resolve => setImmediate(resolve))
    await expect(text(out)).rejects.toThrow('socket reset')
    expect(limit.tripped).toBe(false)
  })

  it('has a generic line when asked for an error it never hit', () => {
    expect(new ArchiveSizeLimit(1).error().message).toBe('the server sent too much.')
  })
})
