/** Asserting the one input-error shape: an InputError with the input, the value and the fix as fields. */
import { expect } from '@jest/globals'
import { InputError } from '../../src/core/errors.js'

/** What an input error must carry; `value: undefined` asserts that no value is carried (secret inputs). */
export interface ExpectedInputError {
  input: string
  value?: string
  /** Matched against the one-line message. */
  message: RegExp | string
  /** Matched against the `fix` field (default: any non-empty fix). */
  fix?: RegExp
  location?: { file: string; line?: number }
}

/** Runs `fn`, expects it to throw an {@link InputError} with `expected`'s fields, and returns the error. */
export function expectInputError(fn: () => unknown, expected: ExpectedInputError): InputError {
  let thrown: unknown
  try {
    fn()
  } catch (e) {
    thrown = e
  }
  return checkInputError(thrown, expected)
}

/** Like {@link expectInputError} for a promise. */
export async function expectInputErrorAsync(
  promise: Promise<unknown>,
  expected: ExpectedInputError
): Promise<InputError> {
  let thrown: unknown
  try {
    await promise
  } catch (e) {
    thrown = e
  }
  return checkInputError(thrown, expected)
}

function checkInputError(thrown: unknown, expected: ExpectedInputError): InputError {
  expect(thrown).toBeInstanceOf(InputError)
  const error = thrown as InputError
  expect(error.message).toMatch(expected.message)
  expect(error.message).not.toMatch(/\n/)
  expect(error.input).toBe(expected.input)
  if ('value' in expected) expect(error.value).toBe(expected.value)
  expect(error.fix).toMatch(expected.fix ?? /\S/)
  if (expected.location) expect(error.location).toEqual(expected.location)
  return error
}
