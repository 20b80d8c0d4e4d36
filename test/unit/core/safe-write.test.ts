// Verify safe writes (temp file renamed into place, parents resolved inside the roots, no link or folder at the
// destination) and terminal text without escape sequences (issue 16).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { terminalJson, terminalText } from '../../../src/core/escape.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { copyFileSafely, writeFileSafely } from '../../../src/core/safe-write.js'

const dir = (): string => realpathSync(mkdtempSync(join(tmpdir(), 'safe-')))

describe('writeFileSafely', () => {
  it('creates the folders and the file, replaces an existing file, and leaves no temporary file', () => {
    const root = dir()
    const file = join(root, 'a', 'b', 'report.xml')
    writeFileSafely(file, 'one', { roots: [root], input: 'junit-path' })
    writeFileSafely(file, 'two', { roots: [root], input: 'junit-path' })
    expect(readFileSync(file, 'utf8')).toBe('two')
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['report.xml'])
  })

  it('refuses a link at the destination, dangling or not', () => {
    const root = dir()
    const outside = dir()
    symlinkSync(join(outside, 'new.txt'), join(root, 'dangling'))
    writeFileSync(join(outside, 'old.txt'), 'old')
    symlinkSync(join(outside, 'old.txt'), join(root, 'live'))
    for (const name of ['dangling', 'live'])
      expect(() =>
        writeFileSafely(join(root, name), 'x', { roots: [root], input: 'p', shownAs: name })
      ).toThrow(
        `Input 'p': ${name} is a symbolic link (refusing to write through it); nothing was written there.`
      )
    expect(readdirSync(outside)).toEqual(['old.txt'])
    expect(readFileSync(join(outside, 'old.txt'), 'utf8')).toBe('old')
  })

  it('refuses a parent folder that is a link out of the roots, before creating anything there', () => {
    const root = dir()
    const outside = dir()
    symlinkSync(outside, join(root, 'out'))
    expect(() =>
      writeFileSafely(join(root, 'out', 'sub', 'f.txt'), 'x', { roots: [root], input: 'p' })
    ).toThrow(ConfigurationError)
    expect(readdirSync(outside)).toEqual([])
  })

  it('refuses a folder at the destination', () => {
    const root = dir()
    mkdirSync(join(root, 'f.txt'))
    expect(() => writeFileSafely(join(root, 'f.txt'), 'x', { roots: [root], input: 'p' })).toThrow(
      /exists and is not a regular file/
    )
  })

  it('copies through a temporary file with the rules of a write', () => {
    const root = dir()
    writeFileSync(join(root, 'src.car'), 'zip')
    copyFileSafely(join(root, 'src.car'), join(root, 'car', 'dst.car'), { roots: [root], input: 'git-path' })
    expect(readFileSync(join(root, 'car', 'dst.car'), 'utf8')).toBe('zip')
    expect(existsSync(join(root, 'car'))).toBe(true)
    expect(readdirSync(join(root, 'car'))).toEqual(['dst.car'])
  })
})

describe('terminalText', () => {
  it('removes escape sequences and control characters, keeping tabs and line feeds', () => {
    const nasty =
      'a\u001b[31mred\u001b[0m b\u001b]0;title\u0007 c\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ d\r\ne\bf\u009b2Jg\u202eh\ti\nj'
    expect(terminalText(nasty)).toBe('ared b clink d\nefgh\ti\nj')
  })

  it('keeps JSON exact: the characters it would remove are escaped instead', () => {
    const json = terminalJson({ name: 'x\u009by\u202ez\u001b' })
    expect(terminalText(json)).toBe(json)
    expect(JSON.parse(json)).toEqual({ name: 'x\u009by\u202ez\u001b' })
  })
})
