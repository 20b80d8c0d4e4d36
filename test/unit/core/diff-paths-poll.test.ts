// Verify workspace path confinement, polling without sleeping past the deadline, and the archive writer.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import { archiveWriter } from '../../../src/core/archive/writer.js'
import { resolveInsideRoots, resolveReadPath } from '../../../src/core/paths.js'
import { poll } from '../../../src/core/poll.js'

describe('resolveReadPath', () => {
  it('reads a file where the user points: relative to the workspace, or absolute, even outside it', () => {
    const env = { GITHUB_WORKSPACE: '/work/ws' }
    expect(resolveReadPath('in/x.car', env)).toBe('/work/ws/in/x.car')
    expect(resolveReadPath('../other/x.car', env)).toBe('/work/other/x.car')
    expect(resolveReadPath('/srv/archives/x.car', env)).toBe('/srv/archives/x.car')
    expect(resolveReadPath('x.car', {}, '/home/me')).toBe('/home/me/x.car')
  })
})

describe('resolveInsideRoots', () => {
  const ws = mkdtempSync(join(tmpdir(), 'ws-'))
  const temp = mkdtempSync(join(tmpdir(), 'rt-'))
  const env = { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp }

  it('accepts paths in the workspace and runner temp, relative or absolute', () => {
    expect(resolveInsideRoots('out/x.car', 'path', env)).toBe(join(ws, 'out/x.car'))
    expect(resolveInsideRoots(join(temp, 'x.car'), 'path', env)).toBe(join(temp, 'x.car'))
  })

  it('refuses ../ escapes, other absolute paths and symlinks that lead out', () => {
    expect(() => resolveInsideRoots('../x.car', 'path', env)).toThrow(
      /Input 'path' must stay inside the workspace or runner temp/
    )
    expect(() => resolveInsideRoots('/etc/x.car', 'path', env)).toThrow(/must stay inside/)
    mkdirSync(join(ws, 'sub'), { recursive: true })
    symlinkSync('/tmp', join(ws, 'sub', 'link'))
    expect(() => resolveInsideRoots('sub/link/x.car', 'path', env)).toThrow(/must stay inside/)
  })
})

describe('poll', () => {
  it('backs off, stops when done, and never sleeps past the deadline', async () => {
    let clock = 0
    const sleeps: number[] = []
    const states = ['A', 'B', 'B', 'DONE']
    const result = await poll({
      check: async () => states.shift()!,
      done: s => s === 'DONE',
      timeoutMs: 10_000,
      sleep: async ms => void (sleeps.push(ms), (clock += ms)),
      now: () => clock,
      initialDelayMs: 500
    })
    expect(result).toEqual({ state: 'DONE', timedOut: false, checks: 4 })
    expect(sleeps).toEqual([500, 1000, 2000])
    clock = 0
    sleeps.length = 0
    const timeout = await poll({
      check: async () => 'X',
      done: () => false,
      timeoutMs: 1200,
      sleep: async ms => void (sleeps.push(ms), (clock += ms)),
      now: () => clock,
      initialDelayMs: 500
    })
    expect(timeout.timedOut).toBe(true)
    expect(sleeps).toEqual([500, 700])
  })
})

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
