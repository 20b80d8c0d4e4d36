// Verify the JUnit report: counts and times on both suite elements, one testcase per case (failure, skipped,
// passed), XML escaping of every text (characters XML 1.0 forbids dropped), and registered secrets removed.
import { afterEach, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { renderJUnit, xmlEscape, type JUnitCase } from '../../../src/core/junit.js'
import { clearSecrets, registerSecret } from '../../../src/core/secrets/registry.js'

const TIMESTAMP = new Date('2026-12-01T12:34:56.789Z')
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed report is read field by field
const parse = (xml: string): any =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: n => n === 'testcase' }).parse(
    xml
  )

afterEach(() => clearSecrets())

describe('xmlEscape', () => {
  it('escapes the five XML specials', () => {
    expect(xmlEscape(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f')
  })

  it('drops characters XML 1.0 forbids and keeps tab, line feed and carriage return', () => {
    expect(xmlEscape('x\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffffy')).toBe('xy')
    expect(xmlEscape('a\tb\nc\rd')).toBe('a\tb\nc\rd')
  })

  it('does not escape twice', () => {
    expect(xmlEscape('&amp;')).toBe('&amp;amp;')
  })
})

describe('renderJUnit', () => {
  const cases: JUnitCase[] = [
    { name: 'OK', classname: 'oic.connections.SALES', time: 0.25 },
    {
      name: 'BAD',
      classname: 'oic.connections.SALES',
      time: 1.5,
      failure: { message: 'refused', details: 'refused\nby <host>' }
    },
    { name: 'DRAFT', classname: 'oic.connections.SALES', time: 0, skipped: 'not configured' },
    { name: 'NO_DETAILS', classname: 'oic.connections.SALES', time: 0.001, failure: { message: 'x & y' } }
  ]

  it('writes one suite with the counts, total time and the timestamp to the second', () => {
    const xml = renderJUnit({ name: 'OIC connection tests', timestamp: TIMESTAMP, cases })
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true)
    const doc = parse(xml)
    const counts = { tests: '4', failures: '2', errors: '0', skipped: '1', time: '1.751' }
    expect(doc.testsuites).toMatchObject({ name: 'OIC connection tests', ...counts })
    expect(doc.testsuites.testsuite).toMatchObject({
      name: 'OIC connection tests',
      ...counts,
      timestamp: '2026-12-01T12:34:56'
    })
  })

  it('gives each case its element: passed empty, failure with message and details, skipped with its reason', () => {
    const doc = parse(renderJUnit({ name: 's', timestamp: TIMESTAMP, cases }))
    const [ok, bad, draft, bare] = doc.testsuites.testsuite.testcase
    expect(ok).toEqual({ name: 'OK', classname: 'oic.connections.SALES', time: '0.250' })
    expect(bad.failure).toEqual({
      message: 'refused',
      type: 'ConnectionTestFailure',
      '#text': 'refused\nby <host>'
    })
    expect(bad.skipped).toBeUndefined()
    expect(draft.skipped).toEqual({ message: 'not configured' })
    expect(draft.failure).toBeUndefined()
    // Without details the message is the body.
    expect(bare.failure['#text']).toBe('x & y')
    expect(bare.time).toBe('0.001')
  })

  it('an empty suite is still a valid report', () => {
    const xml = renderJUnit({ name: 'empty', timestamp: TIMESTAMP, cases: [] })
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parse(xml).testsuites).toMatchObject({ tests: '0', failures: '0', skipped: '0', time: '0.000' })
  })

  it('hostile names and texts cannot break out of their attribute or element', () => {
    const evil = `"/><injected a="1"/><x y="`
    const xml = renderJUnit({
      name: evil,
      timestamp: TIMESTAMP,
      cases: [
        {
          name: evil,
          classname: 'c\u0000',
          time: 0,
          failure: { message: `]]><x/>\u0007`, details: '</failure></testcase><testcase name="fake"/>' }
        },
        { name: 'skip', classname: 'c', time: 0, skipped: `'"<>&` }
      ]
    })
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<injected')
    const doc = parse(xml)
    expect(doc.testsuites.name).toBe(evil)
    const [first, second] = doc.testsuites.testsuite.testcase
    expect(doc.testsuites.testsuite.testcase).toHaveLength(2)
    expect(first.name).toBe(evil)
    expect(first.classname).toBe('c')
    expect(first.failure.message).toBe(']]><x/>')
    expect(first.failure['#text']).toBe('</failure></testcase><testcase name="fake"/>')
    expect(second.skipped.message).toBe(`'"<>&`)
  })

  it('removes registered secrets (a report file is never masked by the runner)', () => {
    registerSecret('s3cret-token-value')
    const xml = renderJUnit({
      name: 'suite',
      timestamp: TIMESTAMP,
      cases: [
        {
          name: 'LEAK',
          classname: 'c',
          time: 0,
          failure: { message: 'token s3cret-token-value', details: 'Bearer s3cret-token-value refused' }
        }
      ]
    })
    expect(xml).not.toContain('s3cret-token-value')
    expect(parse(xml).testsuites.testsuite.testcase[0].failure.message).toBe('token ***')
  })
})
