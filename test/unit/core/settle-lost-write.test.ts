// Verify the one protocol for a request that must not be repeated: sent once; a lost answer (answerLost) is settled by
// reading the state back; a read-back that shows nothing happened, or that fails itself, ends in one error that keeps
// the write's own failure.
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError, OicActionError, OicHttpError } from '../../../src/core/errors.js'
import { answerLost, lostAnswerLine, settleLostWrite } from '../../../src/core/settle-lost-write.js'

const httpError = (status: number, code?: string): OicHttpError =>
  new OicHttpError({ status, method: 'POST', url: 'https://oic.example.com/x', code, title: 'T' })

/** A write whose `send` fails with `failure` (or answers `answer`), counting sends and read-backs. */
function script<S>(failure: Error | undefined, state?: S | Error) {
  const calls = { sends: 0, readBacks: 0, readBackOf: [] as OicHttpError[] }
  return {
    calls,
    write: {
      what: 'create thing T in project P',
      send: async (): Promise<string> => {
        calls.sends++
        if (failure !== undefined) throw failure
        return 'answer'
      },
      readBack: async (error: OicHttpError): Promise<S | undefined> => {
        calls.readBacks++
        calls.readBackOf.push(error)
        if (state instanceof Error) throw state
        return state
      }
    }
  }
}

describe('answerLost', () => {
  it.each([
    ['a connection reset (status 0)', true, httpError(0, 'ECONNRESET')],
    ['the deadline (status 0)', true, httpError(0, 'DEADLINE_EXCEEDED')],
    ['an unreadable answer (status 0)', true, httpError(0, 'INVALID_RESPONSE_BODY')],
    ['500', true, httpError(500)],
    ['502 from a gateway', true, httpError(502)],
    ['503', true, httpError(503)],
    ['504 from a gateway', true, httpError(504)],
    ['400 (refused)', false, httpError(400)],
    ['404', false, httpError(404)],
    ['409 (conflict)', false, httpError(409)],
    ['412 (precondition)', false, httpError(412)],
    ['429 (throttled before processing)', false, httpError(429)],
    ['an error that is no HTTP exchange', false, new Error('boom')],
    ['a thrown string', false, 'boom']
  ])('%s → lost: %s', (_what, lost, error) => {
    expect(answerLost(error)).toBe(lost)
  })
})

describe('settleLostWrite', () => {
  it('returns the answer and reads nothing back when the answer arrives', async () => {
    const { write, calls } = script<string>(undefined, 'state')
    await expect(settleLostWrite(write)).resolves.toEqual({ answered: true, answer: 'answer' })
    expect(calls).toMatchObject({ sends: 1, readBacks: 0 })
  })

  it('settles a lost answer by the state read back, without sending again', async () => {
    const lost = httpError(502)
    const { write, calls } = script(lost, { id: 'T' })
    await expect(settleLostWrite(write)).resolves.toEqual({
      answered: false,
      error: lost,
      state: { id: 'T' }
    })
    expect(calls).toMatchObject({ sends: 1, readBacks: 1, readBackOf: [lost] })
  })

  it('fails with the lost answer, named with the step, when the state shows nothing happened', async () => {
    const lost = httpError(0, 'ECONNRESET')
    const { write, calls } = script<string>(lost, undefined)
    const error = await settleLostWrite(write).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicHttpError)
    expect((error as OicHttpError).status).toBe(0)
    expect((error as Error).message).toMatch(
      /^Could not create thing T in project P: POST https:\/\/oic\.example\.com\/x failed: no response \(ECONNRESET\)/
    )
    expect(calls).toMatchObject({ sends: 1, readBacks: 1 })
  })

  it('keeps the write failure and names the read-back failure when the state cannot be read', async () => {
    const { write, calls } = script(httpError(504), new Error('GET /thing failed: HTTP 503'))
    const error = await settleLostWrite(write).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicHttpError)
    expect((error as OicHttpError).status).toBe(504)
    expect((error as Error).message).toMatch(
      /^Could not create thing T in project P \(the state could not be read back to settle it: GET \/thing failed: HTTP 503\): POST \S+ failed: HTTP 504/
    )
    expect(calls).toMatchObject({ sends: 1, readBacks: 1 })
  })

  it('fails at once, without reading back, when the service refused the request', async () => {
    const { write, calls } = script(httpError(400), 'state')
    await expect(settleLostWrite(write)).rejects.toThrow(
      /^Could not create thing T in project P: POST \S+ failed: HTTP 400/
    )
    expect(calls).toMatchObject({ sends: 1, readBacks: 0 })
  })

  it('wraps a failure that is no HTTP exchange as an action error with the step', async () => {
    const { write } = script(new TypeError('bad body'), 'state')
    const error = await settleLostWrite(write).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicActionError)
    expect((error as Error).message).toBe('Could not create thing T in project P: bad body')
  })

  it('throws the error `refused` gives for a failure that is not settled', async () => {
    const conflict = httpError(409)
    const { write, calls } = script(conflict, 'state')
    const error = await settleLostWrite({
      ...write,
      refused: e => (e === conflict ? new ConfigurationError('exists', { input: 'if-exists' }) : undefined)
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).input).toBe('if-exists')
    expect(calls.readBacks).toBe(0)
    // `refused` saying nothing keeps the default.
    const other = script(httpError(403), 'state')
    await expect(settleLostWrite({ ...other.write, refused: () => undefined })).rejects.toThrow(
      /^Could not create thing T in project P: POST \S+ failed: HTTP 403/
    )
  })

  it('settles the failures `alsoSettle` names (a 412 that may mean "already done") like a lost answer', async () => {
    const refused = httpError(412)
    const { write, calls } = script(refused, 'ACTIVATED')
    await expect(settleLostWrite({ ...write, alsoSettle: e => e.status === 412 })).resolves.toEqual({
      answered: false,
      error: refused,
      state: 'ACTIVATED'
    })
    expect(calls.readBacks).toBe(1)
    const other = script(httpError(409), 'ACTIVATED')
    await expect(settleLostWrite({ ...other.write, alsoSettle: e => e.status === 412 })).rejects.toThrow(
      /HTTP 409/
    )
    expect(other.calls.readBacks).toBe(0)
  })
})

describe('lostAnswerLine', () => {
  it('says what was lost, why, and what the state showed', () => {
    expect(lostAnswerLine('the import', httpError(502), 'project P now exists.')).toMatch(
      /^The answer to the import was lost \(POST https:\/\/oic\.example\.com\/x failed: HTTP 502 .*\); project P now exists\.$/
    )
  })
})
