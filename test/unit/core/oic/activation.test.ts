// Verify activation under contract K5: CONFIGURED after a request is "not started yet", FAILEDACTIVATION carries
// the activation errors' text, and a lost answer is resent only after the status stayed CONFIGURED.
import { describe, expect, it } from '@jest/globals'
import { OicHttpError } from '../../../../src/core/errors.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import {
  activateIntegrations,
  describeOutcome,
  UNCONFIRMED_POLLS
} from '../../../../src/core/oic/activation.js'
import { activationErrorText } from '../../../../src/core/oic/activation-errors.js'

interface Script {
  /** Answers of `activationStatus`, in order (the last repeats). */
  statuses: string[]
  /** Answer of `activationErrors`, or an error status. */
  errors?: Record<string, unknown> | number
  /** Failures of the activation POSTs, in order (undefined: success). */
  posts?: Array<number | undefined>
}

function fakeClient(script: Script): { client: HttpClient; posts: () => number; calls: string[] } {
  let posts = 0
  const calls: string[] = []
  const fail = (req: HttpRequest, status: number): never => {
    throw new OicHttpError({ status, method: req.method, url: req.path, title: `HTTP ${status}` })
  }
  const client = {
    json: async (req: HttpRequest) => {
      calls.push(`${req.method} ${req.path.split('/').slice(-1)[0] ?? ''}`)
      if (req.method === 'POST') {
        const status = script.posts?.[posts]
        posts++
        if (status !== undefined) fail(req, status)
        return { status: 200, body: { status: 'ACTIVATION_INPROGRESS' }, headers: {} }
      }
      if (req.path.endsWith('/activationErrors')) {
        if (typeof script.errors === 'number') fail(req, script.errors)
        return { status: 200, body: script.errors ?? {}, headers: {} }
      }
      const next = script.statuses.length > 1 ? script.statuses.shift() : script.statuses[0]
      return { status: 200, body: { activationStatus: next }, headers: {} }
    }
  } as unknown as HttpClient
  return { client, posts: () => posts, calls }
}

const REF = { code: 'ORDER_SYNC', version: '01.00.0000' }
const deps = (): {
  sleep: (ms: number) => Promise<void>
  now: () => number
  log: (l: string) => void
  lines: string[]
} => {
  let t = 0
  const lines: string[] = []
  return { sleep: async ms => void (t += ms), now: () => t, log: l => void lines.push(l), lines }
}

describe('activateIntegrations (K5)', () => {
  it('keeps polling while the status says CONFIGURED after the request, then reports ACTIVATED', async () => {
    const { client, posts } = fakeClient({
      statuses: ['CONFIGURED', 'CONFIGURED', 'CONFIGURED', 'ACTIVATION_INPROGRESS', 'ACTIVATED']
    })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, deps())
    expect(outcome).toEqual({ ...REF, status: 'ACTIVATED' })
    expect(posts()).toBe(1)
  })

  it('reads activationErrors on FAILEDACTIVATION and carries its text', async () => {
    const { client } = fakeClient({
      statuses: ['CONFIGURED', 'CONFIGURED', 'FAILEDACTIVATION'],
      errors: {
        code: 'ORDER_SYNC',
        version: '01.00.0000',
        hasErrors: true,
        errorMessage: 'Connection ERP is not\nconfigured.',
        shortSummaryMessage: 'Connection not configured'
      }
    })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, deps())
    expect(outcome).toEqual({
      ...REF,
      status: 'FAILEDACTIVATION',
      error: 'Connection ERP is not configured.'
    })
    expect(describeOutcome(outcome!)).toBe(
      'ORDER_SYNC|01.00.0000 (FAILEDACTIVATION: Connection ERP is not configured.)'
    )
  })

  it('reports FAILEDACTIVATION without a reason when activationErrors cannot be read', async () => {
    const d = deps()
    const { client } = fakeClient({ statuses: ['CONFIGURED', 'FAILEDACTIVATION'], errors: 404 })
    const [outcome] = await activateIntegrations(client, undefined, [REF], 60_000, d)
    expect(outcome).toEqual({ ...REF, status: 'FAILEDACTIVATION' })
    expect(d.lines.join('\n')).toMatch(/activation errors of ORDER_SYNC\|01.00.0000 could not be read/)
  })

  it('times out as "never started" when the status stays CONFIGURED', async () => {
    const { client } = fakeClient({ statuses: ['CONFIGURED'] })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 5_000, deps())
    expect(outcome).toEqual({ ...REF, status: 'TIMEOUT', lastStatus: 'CONFIGURED' })
    expect(describeOutcome(outcome!)).toMatch(/still CONFIGURED: the activation never started/)
  })

  it('does not resend a lost request while the status may still be "not started"; resends once after', async () => {
    const d = deps()
    // before, after-the-loss, then polls: CONFIGURED until the resend, then it runs.
    const statuses = ['CONFIGURED', 'CONFIGURED', ...Array(UNCONFIRMED_POLLS).fill('CONFIGURED'), 'ACTIVATED']
    const { client, posts } = fakeClient({ statuses, posts: [502] })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, d)
    expect(outcome?.status).toBe('ACTIVATED')
    expect(posts()).toBe(2)
    expect(d.lines.join('\n')).toMatch(/the lost request never arrived, so it is sent once more/)
  })

  it('never resends a lost request whose status moves on', async () => {
    const { client, posts } = fakeClient({
      statuses: ['CONFIGURED', 'CONFIGURED', 'CONFIGURED', 'ACTIVATION_INPROGRESS', 'ACTIVATED'],
      posts: [0]
    })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, deps())
    expect(outcome?.status).toBe('ACTIVATED')
    expect(posts()).toBe(1)
  })

  it('keeps watching, never sending a third time, when the resend is refused (412)', async () => {
    const statuses = [
      'CONFIGURED',
      'CONFIGURED',
      ...Array(UNCONFIRMED_POLLS + 1).fill('CONFIGURED'),
      'ACTIVATED'
    ]
    const { client, posts } = fakeClient({ statuses, posts: [503, 412] })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, deps())
    expect(outcome?.status).toBe('ACTIVATED')
    expect(posts()).toBe(2)
  })

  it('fails at once when a first request is refused (412) and the status is CONFIGURED', async () => {
    const { client } = fakeClient({ statuses: ['CONFIGURED'], posts: [412] })
    await expect(activateIntegrations(client, 'P', [REF], 60_000, deps())).rejects.toThrow(
      /^Could not activate ORDER_SYNC\|01.00.0000/
    )
  })

  it('sends nothing for an active integration', async () => {
    const { client, posts } = fakeClient({ statuses: ['ACTIVATED'] })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, deps())
    expect(outcome).toEqual({ ...REF, status: 'ACTIVATED', alreadyActive: true })
    expect(posts()).toBe(0)
  })
})

describe('activationErrorText', () => {
  it('prefers errorMessage, falls back to shortSummaryMessage, ignores empty answers', () => {
    expect(activationErrorText({ errorMessage: ' a \n b ', shortSummaryMessage: 'c' })).toBe('a b')
    expect(activationErrorText({ errorMessage: '', shortSummaryMessage: 'c' })).toBe('c')
    expect(activationErrorText({ hasErrors: false })).toBeUndefined()
    expect(activationErrorText(undefined)).toBeUndefined()
    expect(activationErrorText({ errorMessage: 'x'.repeat(600) })?.length).toBe(500)
  })
})
