// Verify the error types: InputError carries the input, the value, the fix and the location as fields (raised by
// inputError, which prefixes a file's location); withContext returns a new error of the same class that keeps the
// original unchanged as its cause, with its fields (input, value, fix, location, HTTP status).
import { describe, expect, it } from '@jest/globals'
import {
  ConfigurationError,
  errorMessage,
  InputError,
  inputError,
  isNotFound,
  OicActionError,
  OicHttpError,
  withContext
} from '../../../src/core/errors.js'

describe('InputError', () => {
  it('carries the input, the value and the fix as fields, and is a ConfigurationError', () => {
    const error = inputError("Input 'retries' must be a whole number from 0 to 10, got 'many'.", {
      input: 'retries',
      value: 'many',
      fix: 'Set retries to a whole number from 0 to 10.'
    })
    expect(error).toBeInstanceOf(InputError)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error).toBeInstanceOf(OicActionError)
    expect(error.name).toBe('InputError')
    expect(error.message).toBe("Input 'retries' must be a whole number from 0 to 10, got 'many'.")
    expect(error.input).toBe('retries')
    expect(error.value).toBe('many')
    expect(error.fix).toBe('Set retries to a whole number from 0 to 10.')
    expect(error.location).toBeUndefined()
  })

  it('prefixes the file and line of a problem in a file, and keeps the location for the annotation', () => {
    const error = inputError("unknown key 'nmae'.", {
      input: 'config-file',
      value: 'deploy.yaml',
      fix: "Remove or rename 'nmae'.",
      location: { file: 'deploy.yaml', line: 3 }
    })
    expect(error.message).toBe("deploy.yaml:3: unknown key 'nmae'.")
    expect(error.location).toEqual({ file: 'deploy.yaml', line: 3 })
    expect(inputError('x.', { input: 'f', fix: 'y', location: { file: 'f.yaml' } }).message).toBe(
      'f.yaml: x.'
    )
  })

  it('carries no value for a secret input', () => {
    const error = inputError("Input 'private-key' is an encrypted key.", { input: 'private-key', fix: 'f' })
    expect(error.value).toBeUndefined()
  })

  it('keeps a cause', () => {
    const cause = new SyntaxError('bad')
    expect(inputError('m', { input: 'i', fix: 'f', cause }).cause).toBe(cause)
  })
})

describe('ConfigurationError and OicActionError', () => {
  it('take an optional fix, input and location', () => {
    const error = new ConfigurationError("Project 'P' does not exist: check the project input.", {
      input: 'project',
      fix: 'check the project input.'
    })
    expect(error).not.toBeInstanceOf(InputError)
    expect(error.input).toBe('project')
    expect(error.fix).toBe('check the project input.')
    expect(new OicActionError('m').fix).toBeUndefined()
  })

  it('keeps the hint of an HTTP error as its fix, and in its message', () => {
    const error = new OicHttpError({
      status: 404,
      method: 'GET',
      url: 'https://oic/x',
      title: 'Not Found',
      hint: 'Check the instance input'
    })
    expect(error.fix).toBe('Check the instance input')
    expect(error.message).toBe('GET https://oic/x failed: HTTP 404 Not Found. Check the instance input')
  })
})

describe('withContext', () => {
  it('returns a new error of the same class with the step in front, the original unchanged as its cause', () => {
    const original = new OicHttpError({
      status: 404,
      method: 'GET',
      url: 'https://oic/projects/P',
      title: 'Not Found',
      requestId: 'req-1',
      hint: 'Check the project'
    })
    const before = original.message
    const wrapped = withContext('Could not read project P', original)
    expect(wrapped).not.toBe(original)
    expect(original.message).toBe(before)
    expect(wrapped.message).toBe(`Could not read project P: ${before}`)
    expect(wrapped.cause).toBe(original)
    expect(wrapped).toBeInstanceOf(OicHttpError)
    expect(wrapped.name).toBe('OicHttpError')
    const http = wrapped as OicHttpError
    expect([http.status, http.method, http.url, http.requestId, http.fix]).toEqual([
      404,
      'GET',
      'https://oic/projects/P',
      'req-1',
      'Check the project'
    ])
    expect(isNotFound(wrapped)).toBe(true)
    expect(wrapped.stack?.split('\n')[0]).toBe(`OicHttpError: ${wrapped.message}`)
  })

  it('keeps the class, the fields and the location of an input error (exit code 2, annotation)', () => {
    const original = inputError("'code' is required.", {
      input: 'config-file',
      value: 'd.yaml',
      fix: "Add 'code: <deployment code>'.",
      location: { file: 'd.yaml', line: 1 }
    })
    const wrapped = withContext('Could not read the deployment', original) as InputError
    expect(wrapped).toBeInstanceOf(InputError)
    expect(wrapped.message).toBe("Could not read the deployment: d.yaml:1: 'code' is required.")
    expect([wrapped.input, wrapped.value, wrapped.fix]).toEqual([
      'config-file',
      'd.yaml',
      "Add 'code: <deployment code>'."
    ])
    expect(wrapped.location).toEqual({ file: 'd.yaml', line: 1 })
    expect(original.message).toBe("d.yaml:1: 'code' is required.")
  })

  it('wraps twice without touching either earlier error', () => {
    const original = new ConfigurationError('gone', { input: 'project' })
    const once = withContext('step 1', original)
    const twice = withContext('step 2', once)
    expect(twice.message).toBe('step 2: step 1: gone')
    expect(once.message).toBe('step 1: gone')
    expect(original.message).toBe('gone')
    expect(twice.cause).toBe(once)
    expect((twice as ConfigurationError).input).toBe('project')
  })

  it('turns anything else into an OicActionError with it as the cause', () => {
    const original = new TypeError('x is undefined')
    const wrapped = withContext('Could not export', original)
    expect(wrapped).toBeInstanceOf(OicActionError)
    expect(wrapped.message).toBe('Could not export: x is undefined')
    expect(wrapped.cause).toBe(original)
    expect(original.message).toBe('x is undefined')
    expect(withContext('s', 'text').message).toBe('s: text')
  })
})

describe('errorMessage', () => {
  it('reads errors, strings and anything else', () => {
    expect(errorMessage(new Error('a'))).toBe('a')
    expect(errorMessage('b')).toBe('b')
    expect(errorMessage({ c: 1 })).toBe('{"c":1}')
    const circular: Record<string, unknown> = {}
    circular.self = circular
    expect(errorMessage(circular)).toBe('[object Object]')
  })
})
