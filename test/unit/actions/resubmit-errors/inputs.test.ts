// Verify every input check of resubmit-errors: each is an InputError naming the input, the value and the fix, and
// valid inputs become the settings (OIC 2 accepted: no instance needed).
import { describe, expect, it } from '@jest/globals'
import { getSettings } from '../../../../src/actions/resubmit-errors/inputs.js'
import { expectInputError } from '../../../support/input-error.js'
import { inputHost } from '../../../support/input-hosts.js'

const read = (inputs: Record<string, string>) => () => getSettings(inputHost(inputs))

describe('resubmit-errors inputs', () => {
  it('reads the filters and the defaults', () => {
    const s = getSettings(
      inputHost({
        integrations: 'ORDER_SYNC|01.00.0000\nBILLING',
        'recovery-trace-level': 'debug',
        instance: ''
      })
    )
    expect(s.integrations).toEqual([{ code: 'ORDER_SYNC', version: '01.00.0000' }, { code: 'BILLING' }])
    expect(s.recoveryTraceLevel).toBe('Debug')
    expect(s.connection.instance).toBeUndefined()
    expect([s.timeWindow, s.maxInstances, s.batchSize, s.wait, s.waitTimeoutMs, s.dryRun, s.failOn]).toEqual([
      '1h',
      500,
      50,
      true,
      600_000,
      false,
      'never'
    ])
  })

  it.each(['ORDER SYNC', 'ORDER_SYNC|1.0', 'A|01.00.0000|x', '|01.00.0000'])(
    'refuses the integrations entry %j, naming it',
    entry => {
      expectInputError(read({ integrations: `OK, ${entry}` }), {
        input: 'integrations',
        value: entry,
        message: `Input 'integrations' entry '${entry}' must be CODE or CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).`,
        fix: /^Write the entry as CODE or CODE\|VERSION/
      })
    }
  )

  it.each([
    [
      'recovery-trace-level',
      'verbose',
      "Input 'recovery-trace-level' must be one of Production, Audit, Debug, got 'verbose'."
    ],
    ['time-window', '2h', /^Input 'time-window' must be one of .*, got '2h'\.$/],
    ['max-instances', '0', "Input 'max-instances' must be a whole number from 1 to 100000, got '0'."],
    ['batch-size', '1001', "Input 'batch-size' must be a whole number from 1 to 1000, got '1001'."],
    ['wait', 'no', "Input 'wait' must be true or false, got 'no'."],
    ['wait-timeout', 'soon', /^Input 'wait-timeout' must be a duration from 1 to 21600 seconds/],
    ['dry-run', 'maybe', "Input 'dry-run' must be true or false, got 'maybe'."],
    ['fail-on', 'failure', "Input 'fail-on' must be one of never, remaining, got 'failure'."],
    ['oic-url', 'http://oic.example.com', /^Input 'oic-url' must use https:\/\//]
  ])('refuses %s %j', (input, value, message) => {
    expectInputError(read({ [input]: value }), { input, value, message })
  })

  it('requires oic-url and access-token (or their environment variables)', () => {
    expectInputError(read({ 'oic-url': '' }), {
      input: 'oic-url',
      value: '',
      message: /^Input 'oic-url' is required \(or env OIC_URL\)/
    })
    expectInputError(read({ 'access-token': '' }), {
      input: 'access-token',
      value: '',
      message: /^Input 'access-token' is required \(or env OIC_ACCESS_TOKEN\)/
    })
  })
})
