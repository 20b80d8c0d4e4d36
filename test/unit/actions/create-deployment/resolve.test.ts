// Verify resolution of CODE|VERSION, CODE (newest) and * against a project.
import { describe, expect, it } from '@jest/globals'
import { parseSpec, resolveIntegrations } from '../../../../src/actions/create-deployment/resolve.js'

const AVAILABLE = [
  { code: 'A', version: '01.00.0000' },
  { code: 'A', version: '01.00.0010' },
  { code: 'A', version: '01.00.0002' },
  { code: 'B', version: '02.00.0000' }
]
const spec = (t: string) => parseSpec(t, { input: 'integrations' })

describe('resolveIntegrations', () => {
  it('resolves exact, newest and *', () => {
    expect(resolveIntegrations([spec('A')], AVAILABLE, 'P')).toEqual([
      { code: 'A', version: '01.00.0010', requestedAs: 'A' }
    ])
    expect(
      resolveIntegrations([spec('A|01.00.0002'), spec('B')], AVAILABLE, 'P').map(r => r.version)
    ).toEqual(['01.00.0002', '02.00.0000'])
    expect(resolveIntegrations([spec('*')], AVAILABLE, 'P').map(r => `${r.code}|${r.version}`)).toEqual([
      'A|01.00.0010',
      'B|02.00.0000'
    ])
    expect(resolveIntegrations([spec('*'), spec('A')], AVAILABLE, 'P')).toHaveLength(2)
  })

  it.each([
    ['A|1.0', /'A\|1\.0' has version '1\.0', expected NN\.NN\.NNNN/],
    ['A|01.00.0000|x', /is not CODE\|VERSION, CODE or \*/],
    ['bad code!', /is not CODE\|VERSION, CODE or \*/]
  ])('rejects the malformed entry %s', (text, pattern) => {
    expect(() => spec(text)).toThrow(pattern)
  })

  it('names unknown codes and versions with what exists', () => {
    expect(() => resolveIntegrations([spec('C')], AVAILABLE, 'P')).toThrow(
      /integration C is not in project P \(integrations there: A, B\)/
    )
    expect(() => resolveIntegrations([spec('A|09.00.0000')], AVAILABLE, 'P')).toThrow(
      /A\|09\.00\.0000 is not in project P \(versions there: 01\.00\.0000, 01\.00\.0002, 01\.00\.0010\)/
    )
    expect(() => resolveIntegrations([spec('A|01.00.0000'), spec('A|01.00.0002')], AVAILABLE, 'P')).toThrow(
      /requested twice with different versions/
    )
  })
})
