// Verify activation under contract K5: CONFIGURED after a request is "not started yet", FAILEDACTIVATION carries
// the activation errors' text, and a lost answer is resent only after the status stayed CONFIGURED.
import { describe, expect, it } from '@jest/globals'
import { OicHttpError } from '../../../../src/core/errors.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import {
  activateIntegrations,
  deactivateIntegrations,
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

/** A client answering the activation status from `status()` and each status POST from `post(body.status)`. */
function scripted(handlers: {
  status: () => string | number
  post?: (wanted: string) => number | undefined
}): { client: HttpClient; posts: string[] } {
  const posts: string[] = []
  const fail = (req: HttpRequest, status: number): never => {
    throw new OicHttpError({ status, method: req.method, url: req.path, title: `HTTP ${status}` })
  }
  const client = {
    json: async (req: HttpRequest) => {
      if (req.method === 'POST') {
        const wanted = (req.json as { status: string }).status
        posts.push(wanted)
        const status = handlers.post?.(wanted)
        if (status !== undefined) fail(req, status)
        return { status: 200, body: { status: wanted }, headers: {} }
      }
      const answer = handlers.status()
      if (typeof answer === 'number') fail(req, answer)
      return { status: 200, body: { activationStatus: answer }, headers: {} }
    }
  } as unknown as HttpClient
  return { client, posts }
}

describe('activation requests settled by the status (settleLostWrite)', () => {
  it('does not send again when the status after a lost answer shows it running', async () => {
    const d = deps()
    const statuses = ['CONFIGURED', 'ACTIVATION_INPROGRESS', 'ACTIVATED']
    const { client, posts } = scripted({ status: () => statuses.shift() ?? 'ACTIVATED', post: () => 504 })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, d)
    expect(outcome).toEqual({ ...REF, status: 'ACTIVATED' })
    expect(posts).toEqual(['ACTIVATED'])
    expect(d.lines[0]).toMatch(
      /^Activation of ORDER_SYNC\|01\.00\.0000: POST \S+ failed: HTTP 504.*; status is ACTIVATION_INPROGRESS, so it was not sent again$/
    )
  })

  it('takes a first request refused with 412 as done when the integration is active after all', async () => {
    const statuses = ['CONFIGURED', 'ACTIVATED']
    const { client, posts } = scripted({ status: () => statuses.shift() ?? 'ACTIVATED', post: () => 412 })
    const [outcome] = await activateIntegrations(client, 'P', [REF], 60_000, deps())
    expect(outcome).toEqual({ ...REF, status: 'ACTIVATED' })
    expect(posts).toHaveLength(1)
  })

  it('fails naming the integration when the service refuses otherwise (403), reading nothing back', async () => {
    let reads = 0
    const { client } = scripted({ status: () => (reads++, 'CONFIGURED'), post: () => 403 })
    await expect(activateIntegrations(client, 'P', [REF], 60_000, deps())).rejects.toThrow(
      /^Could not activate ORDER_SYNC\|01\.00\.0000: POST \S+ failed: HTTP 403/
    )
    expect(reads).toBe(1)
  })

  it('keeps the lost answer and says the status could not be read when the read-back fails', async () => {
    const statuses: Array<string | number> = ['CONFIGURED', 503]
    const { client, posts } = scripted({ status: () => statuses.shift() ?? 'ACTIVATED', post: () => 502 })
    const error = await activateIntegrations(client, 'P', [REF], 60_000, deps()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicHttpError)
    expect((error as OicHttpError).status).toBe(502)
    expect((error as Error).message).toMatch(
      /^Could not activate ORDER_SYNC\|01\.00\.0000 \(the state could not be read back to settle it: GET \S+ failed: HTTP 503.*\): POST \S+ failed: HTTP 502/
    )
    expect(posts).toHaveLength(1)
  })
})

describe('deactivateIntegrations', () => {
  const OTHER = { code: 'OTHER', version: '02.00.0000' }

  it('deactivates only active or activating versions, in order, one request each', async () => {
    const d = deps()
    const statuses = ['ACTIVATED', 'CONFIGURED']
    const { client, posts } = scripted({ status: () => statuses.shift() ?? 'CONFIGURED' })
    expect(await deactivateIntegrations(client, 'P', [REF, OTHER], d)).toEqual([REF])
    expect(posts).toEqual(['CONFIGURED'])
    expect(d.lines).toEqual(['Deactivated ORDER_SYNC|01.00.0000'])
  })

  it('counts a 412 ("not active": someone got there first) as deactivated once the status agrees', async () => {
    const statuses = ['ACTIVATION_INPROGRESS', 'CONFIGURED']
    const { client, posts } = scripted({ status: () => statuses.shift() ?? 'CONFIGURED', post: () => 412 })
    expect(await deactivateIntegrations(client, 'P', [REF], deps())).toEqual([REF])
    expect(posts).toHaveLength(1)
  })

  it('settles a lost answer by the status, never sending again', async () => {
    const statuses = ['ACTIVATED', 'CONFIGURED']
    const { client, posts } = scripted({ status: () => statuses.shift() ?? 'CONFIGURED', post: () => 0 })
    expect(await deactivateIntegrations(client, 'P', [REF], deps())).toEqual([REF])
    expect(posts).toHaveLength(1)
  })

  it('fails with the lost answer when the version is still ACTIVATED', async () => {
    const { client, posts } = scripted({ status: () => 'ACTIVATED', post: () => 502 })
    await expect(deactivateIntegrations(client, 'P', [REF], deps())).rejects.toThrow(
      /^Could not deactivate ORDER_SYNC\|01\.00\.0000: POST \S+ failed: HTTP 502/
    )
    expect(posts).toHaveLength(1)
  })

  it('fails at once on a refusal that the status cannot settle (423)', async () => {
    let reads = 0
    const { client } = scripted({ status: () => (reads++, 'ACTIVATED'), post: () => 423 })
    await expect(deactivateIntegrations(client, 'P', [REF], deps())).rejects.toThrow(
      /^Could not deactivate ORDER_SYNC\|01\.00\.0000: POST \S+ failed: HTTP 423/
    )
    expect(reads).toBe(1)
  })
})
