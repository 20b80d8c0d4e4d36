// Verify the overall deadline of one exchange: it aborts with REQUEST_DEADLINE when its time passes (not before,
// not after clear()), says what the server was doing, and an HttpClient ends a server too slow with one line and no
// retry.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { OicHttpError } from '../../../../src/core/errors.js'
import { Deadline, DEADLINE_CODE } from '../../../../src/core/http/deadline.js'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'
import { mockClient, mockNetwork } from '../../../support/http-mock.js'

afterEach(() => {
  jest.useRealTimers()
})

describe('Deadline', () => {
  it('aborts its signal with a REQUEST_DEADLINE reason once its time has passed', () => {
    jest.useFakeTimers()
    const deadline = new Deadline(300)
    jest.advanceTimersByTime(299)
    expect(deadline.expired).toBe(false)
    jest.advanceTimersByTime(1)
    expect(deadline.expired).toBe(true)
    expect(deadline.signal.aborted).toBe(true)
    const reason = deadline.signal.reason as Error & { code?: string }
    expect(reason.message).toBe('request deadline of 0.3 s exceeded')
    expect(reason.code).toBe(DEADLINE_CODE)
  })

  it('never fires once cleared', () => {
    jest.useFakeTimers()
    const deadline = new Deadline(1000)
    deadline.clear()
    jest.advanceTimersByTime(10_000)
    expect(deadline.expired).toBe(false)
  })

  it('says whether the head or the body was still on its way', () => {
    const deadline = new Deadline(900_000)
    expect(deadline.detail()).toBe(
      'the server had not sent the complete head of its answer within the request deadline of 900 s (it sends it too slowly or not at all)'
    )
    deadline.status = 200
    expect(deadline.detail()).toBe(
      'the server was still sending the body of its HTTP 200 answer when the request deadline of 900 s passed (it sends it too slowly)'
    )
    deadline.clear()
  })
})

describe('an HttpClient with a deadline', () => {
  it('ends an answer that takes longer than the deadline with one line, and does not retry it', async () => {
    const net = mockNetwork()
    net.oic
      .intercept({ path: p => p.startsWith('/slow?'), method: 'GET' })
      .reply(200, { ok: true })
      .delay(2000)
    const client = mockClient(net, { limits: { deadlineMs: 100 }, retry: defaultRetryPolicy(3) })
    const error = await client
      .json({ method: 'GET', path: '/slow', label: 'slow read' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicHttpError)
    expect(error).toMatchObject({ status: 0, code: DEADLINE_CODE })
    expect((error as Error).message).toContain(
      'no response (REQUEST_DEADLINE): the server had not sent the complete head of its answer within the request deadline of 0.1 s'
    )
    expect(net.agent.getCallHistory()?.calls()).toHaveLength(1)
    expect(net.slept).toEqual([])
    await net.agent.close()
  })
})
