// Verify the Factory commands' file helpers: JSON bodies (not JSON, not an object, a key the API ignores), input
// files that are not there, output files that exist (refused unless forced) or are links, and CODE|VERSION ids.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../../../src/core/errors.js'
import {
  checkOutputFile,
  inputFile,
  readJsonObject,
  writeTextFile
} from '../../../../src/cli/resources/factory-files.js'
import { versionRef, versionRefs } from '../../../../src/cli/resources/factory-ids.js'

const dir = mkdtempSync(join(tmpdir(), 'factory-files-'))
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}

describe('readJsonObject', () => {
  it('returns the object when every key is one the API reads', () => {
    expect(readJsonObject(file('ok.json', '{"a": 1}'), '--json-file', ['a', 'b'])).toEqual({ a: 1 })
  })

  it.each([
    ['not JSON', '{a', /not valid JSON/],
    ['an array', '[1]', /one JSON object/],
    ['null', 'null', /one JSON object/],
    ['an ignored key', '{"c": 1}', /has key 'c', which the API ignores/]
  ])('refuses %s with an input error naming the flag', (_what, text, message) => {
    const path = file('bad.json', text)
    const call = (): unknown => readJsonObject(path, '--json-file', ['a'])
    expect(call).toThrow(InputError)
    expect(call).toThrow(message)
    expect(call).toThrow(/^--json-file: /)
  })

  it('refuses a file that is not there or a folder', () => {
    expect(() => inputFile(join(dir, 'absent.json'), 'FILE')).toThrow(/is not a readable file/)
    expect(() => inputFile(dir, 'FILE')).toThrow(InputError)
  })
})

describe('output files', () => {
  it('refuses an existing file unless forced, a symbolic link always, and an empty path', () => {
    const existing = file('out.csv', 'old')
    expect(() => checkOutputFile(existing, '--file', false)).toThrow(
      /exists; nothing was written \(add --force/
    )
    expect(() => checkOutputFile(existing, '--file', true)).not.toThrow()
    const link = join(dir, 'link.csv')
    symlinkSync(existing, link)
    expect(() => checkOutputFile(link, '--file', true)).toThrow(/symbolic link/)
    expect(() => checkOutputFile('', '--file', true)).toThrow(InputError)
    expect(() => checkOutputFile(join(dir, 'new.csv'), '--file', false)).not.toThrow()
  })

  it('writes text through a temporary file, leaving only the target', () => {
    const target = join(dir, 'sub', 'lookup.csv')
    expect(writeTextFile(target, 'a,b\n', '--file')).toBe(target)
    expect(readFileSync(target, 'utf8')).toBe('a,b\n')
    expect(readdirSync(join(dir, 'sub'))).toEqual(['lookup.csv'])
  })
})

describe('versionRef', () => {
  it('parses CODE|VERSION and lists of them', () => {
    expect(versionRef(' A_B | 01.00.0000 ', 'ID')).toEqual({ code: 'A_B', version: '01.00.0000' })
    expect(versionRefs('A|01.00.0000, B|02.00.0001\nC|01.00.0000', 'ID').map(r => r.code)).toEqual([
      'A',
      'B',
      'C'
    ])
  })

  it.each(['A', 'A|1.0', '|01.00.0000', 'A|01.00.0000|x', ''])('refuses %p naming the argument', text => {
    expect(() => versionRef(text, 'CODE|VERSION')).toThrow(InputError)
    expect(() => versionRef(text, 'CODE|VERSION')).toThrow(/is not CODE\|VERSION/)
  })
})
