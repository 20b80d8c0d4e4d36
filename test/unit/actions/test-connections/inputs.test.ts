// Verify every input check of test-connections: each is an InputError naming the input, the value and the fix, and
// valid inputs become the settings (ids deduplicated, the JUnit path inside the workspace, OIC 2 accepted).
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { getSettings } from '../../../../src/actions/test-connections/inputs.js'
import { expectInputError } from '../../../support/input-error.js'
import { inputHost } from '../../../support/input-hosts.js'

const read = (inputs: Record<string, string>) => () => getSettings(inputHost(inputs))

describe('test-connections inputs', () => {
  it('reads the settings with their defaults', () => {
    const host = inputHost({ connections: 'A, B\nA', 'junit-path': 'reports/junit.xml', instance: '' })
    const s = getSettings(host)
    expect(s.connections).toEqual(['A', 'B'])
    expect(s.junitPath).toBe(join(host.env.GITHUB_WORKSPACE as string, 'reports/junit.xml'))
    expect(s.connection.instance).toBeUndefined()
    expect([s.project, s.concurrency, s.includeUnconfigured, s.failOn]).toEqual([
      undefined,
      16,
      false,
      'failure'
    ])
  })

  it.each([
    ['concurrency', '65', "Input 'concurrency' must be a whole number from 1 to 64, got '65'."],
    ['include-unconfigured', 'all', "Input 'include-unconfigured' must be true or false, got 'all'."],
    ['fail-on', 'error', "Input 'fail-on' must be one of failure, never, got 'error'."],
    ['junit-path', '../../junit.xml', /^Input 'junit-path' must stay inside the workspace or runner temp/],
    ['instance', '-dev', /^Input 'instance' must be the service instance name/],
    [
      'oic-url',
      'https://user:pw@oic.example.com',
      "Input 'oic-url' must not contain credentials; use access-token."
    ]
  ])('refuses %s %j', (input, value, message) => {
    const error = expectInputError(read({ [input]: value }), { input, message })
    // A URL with a password is not carried; every other value is.
    expect(error.value).toBe(input === 'oic-url' ? undefined : value)
  })
})
