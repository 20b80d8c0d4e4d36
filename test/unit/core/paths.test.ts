// Verify workspace path confinement: reads go where the user points, writes stay inside the workspace or runner temp.
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { resolveInsideRoots, resolveReadPath } from '../../../src/core/paths.js'

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
