// Verify the Monitoring commands' shared options: numbers, choices, integrations, the q filter and the selection.
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/core/errors.js'
import { monitoringQ } from '../../../../src/core/oic/monitoring/q.js'
import {
  filterOf,
  integrationsOf,
  oneOf,
  positiveInt,
  selectionOf,
  selects
} from '../../../../src/cli/resources/monitoring-options.js'

describe('monitoring options', () => {
  it('reads --limit as a positive whole number, and refuses anything else with an input error', () => {
    expect(positiveInt({}, 'limit', 50)).toBe(50)
    expect(positiveInt({ limit: '7' }, 'limit', 50)).toBe(7)
    for (const bad of ['0', '-1', '1.5', 'ten', '99999999'])
      expect(() => positiveInt({ limit: bad }, 'limit', 50)).toThrow(InputError)
  })

  it('takes a choice in any case and returns it as written in the list', () => {
    expect(oneOf({ w: '1D' }, 'w', ['1h', '1d'] as const)).toBe('1d')
    expect(oneOf({}, 'w', ['1h'] as const)).toBeUndefined()
    expect(() => oneOf({ w: '12h' }, 'w', ['1h', '1d'] as const)).toThrow(/must be one of 1h, 1d, got '12h'/)
  })

  it('reads repeated or comma-separated integrations as CODE or CODE|VERSION', () => {
    expect(integrationsOf({ integration: 'A|01.00.0000\nB, C' })).toEqual([
      { code: 'A', version: '01.00.0000' },
      { code: 'B' },
      { code: 'C' }
    ])
    for (const bad of ['A|1.0', '|01.00.0000', 'A|01.00.0000|x'])
      expect(() => integrationsOf({ integration: bad })).toThrow(InputError)
  })

  it('puts one integration and the project in q; several integrations are checked on the items only', () => {
    const one = filterOf({ integration: 'A|01.00.0000', project: 'P', 'time-window': '6h' })
    expect(monitoringQ(one)).toBe("{timewindow:'6h', code:'A', version:'01.00.0000', projectCode:'P'}")
    expect(filterOf({ integration: 'A,B' }).code).toBeUndefined()
    expect(selectionOf({ integration: 'A,B', project: 'P' }, true)).toEqual({
      integrations: [{ code: 'A' }, { code: 'B' }],
      project: 'P',
      recoverableOnly: true
    })
  })

  it('sends a whole --q as written, instead of the other keys', () => {
    expect(monitoringQ(filterOf({ q: " {primaryValue:'PO-1'} ", integration: 'A' }))).toBe(
      "{primaryValue:'PO-1'}"
    )
    expect(selects({ q: '{}' })).toBe(true)
    expect(selects({ 'time-window': '1d' })).toBe(false)
  })
})
