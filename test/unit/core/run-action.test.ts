// The one wrapper every action runs in: the failure line, the failure summary, cleanups, the CLI's failure hook.
import { describe, expect, it } from '@jest/globals'
import { OicActionError } from '../../../src/core/errors.js'
import { failureLine, runAction } from '../../../src/core/run-action.js'
import { FakeHost } from '../../support/fake-host.js'

describe('failureLine', () => {
  it.each([
    ['a\nb', 'a b'],
    ['a\r\nb', 'a b'],
    [
      'git said (Rebasing (1/1)\r error: could not apply)',
      'git said (Rebasing (1/1) error: could not apply)'
    ],
    ['  trailing\n\n', 'trailing']
  ])('folds %j onto one line', (message, line) => {
    expect(failureLine('x', new OicActionError(message))).toBe(line)
  })

  it('labels an internal error and points at the stack trace switch', () => {
    expect(failureLine('export-car', new TypeError('x is undefined'))).toBe(
      'export-car failed unexpectedly: x is undefined (set OIC_ACTIONS_DEBUG=true for the stack trace)'
    )
  })
})

describe('runAction', () => {
  it('reports one failure line, a failure summary, runs cleanups and tells the hook', async () => {
    const host = new FakeHost()
    const cleaned: string[] = []
    const told: unknown[] = []
    const ok = await runAction(
      'demo',
      async ctx => {
        ctx.defer(async () => void cleaned.push('first'))
        ctx.defer(async () => void cleaned.push('second'))
        throw new OicActionError('it broke\r::stop-commands::x')
      },
      { host, onFailure: e => told.push(e) }
    )
    expect(ok).toBe(false)
    expect(host.failed?.message).toBe('it broke ::stop-commands::x')
    expect(host.summaries).toEqual([
      { title: 'OIC demo', status: 'failure', statusLine: 'it broke ::stop-commands::x' }
    ])
    expect(cleaned).toEqual(['second', 'first'])
    expect(told).toHaveLength(1)
  })

  it('keeps the summary the action wrote and succeeds without a failure line', async () => {
    const host = new FakeHost()
    const ok = await runAction(
      'demo',
      async ctx => ctx.report({ title: 'OIC demo', status: 'success', statusLine: 'done' }),
      { host }
    )
    expect(ok).toBe(true)
    expect(host.failed).toBeUndefined()
    expect(host.summaries.map(s => s.statusLine)).toEqual(['done'])
  })
})
