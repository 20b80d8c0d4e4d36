// Verify every input check of import-car: each is an InputError naming the input, the value and the fix (one source
// of the archive, what each source needs, codes, durations, sizes), and valid inputs become the settings.
import { describe, expect, it } from '@jest/globals'
import { getSettings } from '../../../../src/actions/import-car/inputs.js'
import { expectInputError } from '../../../support/input-error.js'
import { inputHost } from '../../../support/input-hosts.js'

const read =
  (inputs: Record<string, string>, env: Record<string, string | undefined> = {}) =>
  () =>
    getSettings(inputHost(inputs, env))

describe('import-car inputs', () => {
  it('reads a path source with the defaults', () => {
    const s = getSettings(inputHost({ path: 'x.car' }))
    expect(s.source).toMatchObject({ kind: 'path', shownAs: 'x.car' })
    expect([s.ifExists, s.acceptUnchanged, s.activate, s.activationTimeoutMs, s.dryRun]).toEqual([
      'fail',
      false,
      { kind: 'none' },
      600_000,
      false
    ])
  })

  it('activation-concurrency: 8 by default, a whole number from 1 to 64', () => {
    expect(getSettings(inputHost({ path: 'x.car' })).activationConcurrency).toBe(8)
    expect(
      getSettings(inputHost({ path: 'x.car', 'activation-concurrency': '1' })).activationConcurrency
    ).toBe(1)
    expect(
      getSettings(inputHost({ path: 'x.car', 'activation-concurrency': '64' })).activationConcurrency
    ).toBe(64)
    for (const value of ['0', '65', 'four', '2.5', '-1'])
      expectInputError(read({ path: 'x.car', 'activation-concurrency': value }), {
        input: 'activation-concurrency',
        value,
        message: `Input 'activation-concurrency' must be a whole number from 1 to 64, got '${value}'.`,
        fix: /^Set activation-concurrency to a whole number from 1 to 64\.$/
      })
  })

  it('activate-without-consent: false by default, true when asked', () => {
    expect(getSettings(inputHost({ path: 'x.car' })).activateWithoutConsent).toBe(false)
    expect(
      getSettings(inputHost({ path: 'x.car', 'activate-without-consent': 'true' })).activateWithoutConsent
    ).toBe(true)
  })

  it('turns a release rollback into a replacement', () => {
    const s = getSettings(
      inputHost({ 'release-tag': 'v1', 'github-token': 'ghs_x' }, { GITHUB_REPOSITORY: 'o/r' })
    )
    expect(s.source).toMatchObject({ kind: 'release', tag: 'v1', repository: { owner: 'o', name: 'r' } })
    expect(s.ifExists).toBe('replace')
  })

  it('needs OIC 3', () => {
    expectInputError(read({ path: 'x.car', instance: '' }), {
      input: 'instance',
      value: '',
      message: /^import-car needs Oracle Integration 3/
    })
  })

  it('needs exactly one source', () => {
    expectInputError(read({}), {
      input: 'path',
      value: '',
      message: "One of the inputs 'path', 'artifact-name' or 'release-tag' is required: the .car to import."
    })
    expectInputError(read({ path: 'x.car', 'artifact-name': 'car' }), {
      input: 'artifact-name',
      value: 'car',
      message: "Inputs 'path' and 'artifact-name' conflict: give one source for the archive.",
      fix: /^Give only one of path, artifact-name\.$/
    })
  })

  it('a release needs the repository and a token, and cannot be skipped', () => {
    expectInputError(read({ 'release-tag': 'v1', 'github-token': 't' }), {
      input: 'artifact-repository',
      value: '',
      message: /^Input 'release-tag' needs the repository/
    })
    expectInputError(read({ 'release-tag': 'v1' }, { GITHUB_REPOSITORY: 'o/r' }), {
      input: 'github-token',
      value: '',
      message: "Input 'github-token' is required with 'release-tag': a token with contents:read."
    })
    expectInputError(
      read({ 'release-tag': 'v1', 'github-token': 't', 'if-exists': 'skip' }, { GITHUB_REPOSITORY: 'o/r' }),
      {
        input: 'if-exists',
        value: 'skip',
        message: "Inputs 'release-tag' and if-exists: skip conflict: a rollback replaces the project."
      }
    )
  })

  it('an artifact of another run needs the run id, a token and an owner/repo repository', () => {
    expectInputError(read({ 'artifact-name': 'car', 'artifact-repository': 'not-a-repo' }), {
      input: 'artifact-repository',
      value: 'not-a-repo',
      message: "Input 'artifact-repository' must be owner/repo, got 'not-a-repo'."
    })
    expectInputError(read({ 'artifact-name': 'car', 'artifact-repository': 'o/r' }), {
      input: 'artifact-run-id',
      value: '',
      message: /^Input 'artifact-repository' needs 'artifact-run-id'/
    })
    expectInputError(
      read({ 'artifact-name': 'car', 'artifact-run-id': '12' }, { GITHUB_REPOSITORY: 'o/r' }),
      {
        input: 'github-token',
        value: '',
        message: /^Input 'github-token' is required with 'artifact-run-id'/
      }
    )
    expectInputError(
      read(
        { 'artifact-name': 'car', 'artifact-run-id': 'last', 'github-token': 't' },
        { GITHUB_REPOSITORY: 'o/r' }
      ),
      { input: 'artifact-run-id', value: 'last', message: /^Input 'artifact-run-id' must be a whole number/ }
    )
  })

  it.each([
    [
      'activate',
      'all of them',
      "Input 'activate' must be none, all or a deployment code, got 'all of them'."
    ],
    ['project', 'SALES ORDERS', "Input 'project' must be a project code, got 'SALES ORDERS'."],
    ['if-exists', 'update', "Input 'if-exists' must be one of fail, replace, skip, got 'update'."],
    ['accept-unchanged', 'y', "Input 'accept-unchanged' must be true or false, got 'y'."],
    ['dry-run', '1', "Input 'dry-run' must be true or false, got '1'."],
    [
      'activate-without-consent',
      'always',
      "Input 'activate-without-consent' must be true or false, got 'always'."
    ],
    ['activation-timeout', '7h', /^Input 'activation-timeout' must be a duration from 1 to 21600 seconds/],
    ['max-archive-size', '-5', /^Input 'max-archive-size' must be a size such as 500MiB/],
    ['retries', 'x', /^Input 'retries' must be a whole number from 0 to 10/]
  ])('refuses %s %j', (input, value, message) => {
    expectInputError(read({ path: 'x.car', [input]: value }), { input, value, message })
  })
})
