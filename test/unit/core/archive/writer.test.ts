// Verify the archive writer: hashes and renames a zip, exact through back-pressure, nothing left behind on failure.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import { archiveWriter } from '../../../../src/core/archive/writer.js'

describe('archiveWriter', () => {
  it('writes, hashes and renames a zip; leaves nothing behind on a non-zip or a broken stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-'))
    const ok = await archiveWriter(join(dir, 'a.car'))(
      Readable.from([Buffer.from('PK\u0003\u0004rest-of-zip', 'latin1')])
    )
    expect(ok.size).toBe(15)
    expect(ok.sha256).toMatch(/^[0-9a-f]{64}$/)
    await expect(
      archiveWriter(join(dir, 'b.car'))(Readable.from([Buffer.from('<html>oops</html>')]))
    ).rejects.toThrow(/17 bytes that are not a zip archive/)
    const broken = new Readable({
      read() {
        this.push(Buffer.from('PK\u0003\u0004'))
        this.destroy(new Error('socket hang up'))
      }
    })
    await expect(archiveWriter(join(dir, 'c.car'))(broken)).rejects.toThrow(/socket hang up/)
    expect(readdirSync(dir)).toEqual(['a.car'])
  })

  it('keeps the hash and bytes exact through back-pressure (a body far larger than its write buffer)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-'))
    const chunks = Array.from({ length: 200 }, (_, i) => {
      const chunk = Buffer.alloc(64 * 1024, i % 251)
      if (i === 0) chunk.write('PK\u0003\u0004', 'latin1')
      return chunk
    })
    const whole = Buffer.concat(chunks)
    const written = await archiveWriter(join(dir, 'big.car'))(Readable.from(chunks))
    expect(written.size).toBe(whole.length)
    expect(written.sha256).toBe(createHash('sha256').update(whole).digest('hex'))
    expect(readFileSync(join(dir, 'big.car')).equals(whole)).toBe(true)
  })

  it('fails on a body that ends early without an error, leaving nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-'))
    const cut = new Readable({
      read() {
        this.push(Buffer.from('PK\u0003\u0004'))
        this.destroy()
      }
    })
    await expect(archiveWriter(join(dir, 'cut.car'))(cut)).rejects.toThrow(/premature close/i)
    expect(readdirSync(dir)).toEqual([])
  })
})
