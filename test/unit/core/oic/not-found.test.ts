// Verify orUndefined: a 404 reads as absent, every other failure (another status, no answer) still fails.
import { describe, expect, it } from '@jest/globals'
import { OicHttpError } from '../../../../src/core/errors.js'
import { orUndefined } from '../../../../src/core/oic/not-found.js'

const httpError = (status: number): OicHttpError =>
  new OicHttpError({ status, method: 'GET', url: 'https://oic.example.com/x', title: 'x' })

describe('orUndefined', () => {
  it('passes a value through and turns a 404 into undefined', async () => {
    expect(await orUndefined(Promise.resolve({ id: 'a' }))).toEqual({ id: 'a' })
    expect(await orUndefined(Promise.reject(httpError(404)))).toBeUndefined()
  })

  it.each([
    ['a 403', httpError(403)],
    ['a 410', httpError(410)],
    ['no answer', httpError(0)],
    ['a plain error', new Error('boom')]
  ])('rethrows %s', async (_name, error) => {
    await expect(orUndefined(Promise.reject(error))).rejects.toBe(error)
  })
})
