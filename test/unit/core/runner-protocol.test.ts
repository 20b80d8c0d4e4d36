// Verify the runner protocol: command escaping, annotation properties, and file commands with a random delimiter.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { appendFileCommand, escapeData, formatCommand, readInput } from '../../../src/core/runner-protocol.js'
import { parseFileCommands } from '../../support/runner.js'

describe('runner protocol', () => {
  it('escapes messages and properties as the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
    expect(formatCommand('error', 'bad: a,b', { file: 'c:fg,x.yml', line: 3, title: undefined })).toBe(
      '::error file=c%3Afg%2Cx.yml,line=3::bad: a,b'
    )
    expect(formatCommand('add-mask', 'multi\nline')).toBe('::add-mask::multi%0Aline')
  })

  it('appends heredoc blocks with a fresh delimiter that the parser reads back', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rp-')), 'out')
    writeFileSync(file, '')
    const env = { GITHUB_OUTPUT: file }
    expect(appendFileCommand('GITHUB_OUTPUT', 'a', 'x\ny', env)).toBe(true)
    expect(appendFileCommand('GITHUB_OUTPUT', 'b', '', env)).toBe(true)
    const text = readFileSync(file, 'utf8')
    const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})/g)].map(m => m[1])
    expect(new Set(delimiters).size).toBe(2)
    expect(parseFileCommands(text)).toEqual({ a: 'x\ny', b: '' })
  })

  it('reports a missing file variable and a missing file', () => {
    expect(appendFileCommand('GITHUB_ENV', 'a', 'b', {})).toBe(false)
    expect(() => appendFileCommand('GITHUB_ENV', 'a', 'b', { GITHUB_ENV: '/nonexistent/x' })).toThrow(
      /Missing file at path/
    )
  })

  it('reads inputs as the runner names them', () => {
    expect(readInput('client-id', { 'INPUT_CLIENT-ID': '  abc ' })).toBe('abc')
    expect(readInput('my input', { INPUT_MY_INPUT: 'v' })).toBe('v')
    expect(readInput('absent', {})).toBe('')
  })
})
