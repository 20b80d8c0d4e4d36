// Verify each input primitive accepts its valid forms and rejects every invalid one with an InputError naming the
// input, carrying the value given and the fix.
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/core/errors.js'
import { InputReader, isLoopbackHost, parseHttpsUrl } from '../../../src/core/inputs.js'

const NAMES = ['a', 'b'] as const
const reader = (a: string): InputReader<'a' | 'b'> => new InputReader(name => (name === 'a' ? a : ''), NAMES)
const fails = (fn: () => unknown, pattern: RegExp): void => {
  let error: unknown
  try {
    fn()
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(InputError)
  const { message, input, value, fix } = error as InputError
  expect(message).toMatch(pattern)
  expect(input).toBe('a')
  expect(typeof value).toBe('string')
  if (value) expect(message).toContain(value.slice(0, 80))
  expect(fix).toMatch(/\S/)
}

describe('InputReader', () => {
  it('reads and trims every declared input once', () => {
    const read: string[] = []
    const inputs = new InputReader(name => (read.push(name), '  x  '), NAMES)
    expect(read).toEqual(['a', 'b'])
    expect(inputs.value('a')).toBe('x')
  })

  it('required: value or an error naming the input and the hint', () => {
    expect(reader('v').required('a')).toBe('v')
    fails(() => reader('').required('a', 'give it'), /^Input 'a' is required: give it$/)
    fails(() => reader('   ').required('a'), /Input 'a' is required\./)
  })

  it('optional: undefined when empty', () => {
    expect(reader('').optional('a')).toBeUndefined()
    expect(reader('v').optional('a')).toBe('v')
  })

  it('boolean: strict YAML booleans with a default', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(reader(t).boolean('a', false)).toBe(true)
    for (const f of ['false', 'False', 'FALSE']) expect(reader(f).boolean('a', true)).toBe(false)
    expect(reader('').boolean('a', true)).toBe(true)
    for (const bad of ['yes', '1', 'tru', 'on', 'no'])
      fails(() => reader(bad).boolean('a', false), new RegExp(`must be true or false, got '${bad}'`))
  })

  it('integer: whole numbers in range', () => {
    const opts = { fallback: 8, min: 1, max: 64 }
    expect(reader('').integer('a', opts)).toBe(8)
    expect(reader('64').integer('a', opts)).toBe(64)
    expect(reader('+3').integer('a', opts)).toBe(3)
    for (const bad of ['0', '65', '-1', '1.5', 'eight', '1e3', '9007199254740993'])
      fails(() => reader(bad).integer('a', opts), /must be a whole number from 1 to 64/)
  })

  it('seconds: plain seconds or s/m/h suffix, in range', () => {
    const opts = { fallback: 600, min: 1, max: 7200 }
    expect(reader('').seconds('a', opts)).toBe(600)
    expect(reader('90').seconds('a', opts)).toBe(90)
    expect(reader('90s').seconds('a', opts)).toBe(90)
    expect(reader('15m').seconds('a', opts)).toBe(900)
    expect(reader('2h').seconds('a', opts)).toBe(7200)
    for (const bad of ['0', '3h', '1.5', 'soon', '-5', '10d'])
      fails(() => reader(bad).seconds('a', opts), /must be a duration from 1 to 7200 seconds/)
  })

  it('list: split on newlines and commas, trimmed, empties dropped', () => {
    expect(reader('A|1, B\n\n C ,').list('a')).toEqual(['A|1', 'B', 'C'])
    expect(reader('').list('a')).toEqual([])
  })

  it('choice: exact members only', () => {
    expect(reader('').choice('a', ['x', 'y'], 'x')).toBe('x')
    expect(reader('y').choice('a', ['x', 'y'], 'x')).toBe('y')
    fails(() => reader('Y').choice('a', ['x', 'y'], 'x'), /must be one of x, y, got 'Y'/)
  })

  it('url: https anywhere, http only on loopback', () => {
    expect(reader('https://design.example.com/x').url('a')?.host).toBe('design.example.com')
    expect(reader('http://127.0.0.1:8080').url('a')?.port).toBe('8080')
    expect(reader('http://localhost').url('a')?.hostname).toBe('localhost')
    expect(reader('http://[::1]:9').url('a')?.hostname).toBe('[::1]')
    expect(reader('').url('a')).toBeUndefined()
    fails(
      () => reader('http://design.example.com').url('a'),
      /must use https:\/\/ \(plain http is allowed only for loopback hosts\)/
    )
    fails(() => reader('ftp://x.example.com').url('a'), /must be an https:\/\/ URL/)
    fails(() => reader('design.example.com').url('a'), /must be an absolute https:\/\/ URL/)
    fails(() => reader('https://').url('a'), /must be an absolute https:\/\/ URL/)
  })

  it('shortens long values in messages', () => {
    fails(() => reader('x'.repeat(500)).boolean('a', false), /x{80}…'\.$/)
  })
})

describe('isLoopbackHost / parseHttpsUrl', () => {
  it('knows loopback names and addresses', () => {
    for (const h of ['localhost', 'LocalHost', '127.0.0.1', '127.9.9.9', '::1', '[::1]'])
      expect(isLoopbackHost(h)).toBe(true)
    // Names resolved through DNS are not loopback, whatever they end in (issue 16).
    for (const h of [
      '10.0.0.1',
      'example.com',
      'localhost.example.com',
      '128.0.0.1',
      'a.localhost',
      'anything.localhost',
      'localhost.',
      '[::ffff:7f00:1]',
      '0.0.0.0'
    ])
      expect(isLoopbackHost(h)).toBe(false)
  })
  it('names the input it parses for', () => {
    expect(() => parseHttpsUrl('http://10.0.0.1', 'oic-url')).toThrow(/Input 'oic-url'/)
  })
  it('allows http:// for loopback URLs only', () => {
    for (const url of ['http://localhost:8080', 'http://127.0.0.1', 'http://[::1]:9', 'http://2130706433'])
      expect(parseHttpsUrl(url, 'oic-url').protocol).toBe('http:')
    expect(() => parseHttpsUrl('http://anything.localhost', 'oic-url')).toThrow(
      /^Input 'oic-url' must use https:\/\/ \(plain http is allowed only for loopback hosts\)/
    )
  })
})
