// Verify every input check of export-car: each is an InputError naming the input, the value and the fix, and valid
// inputs become the settings (default path in the runner temp, named after project, deployment and build number).
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { getSettings } from '../../../../src/actions/export-car/inputs.js'
import { expectInputError } from '../../../support/input-error.js'
import { inputHost } from '../../../support/input-hosts.js'

const BASE = { project: 'SALES', 'build-number': '42' }
const read = (inputs: Record<string, string>) => () => getSettings(inputHost(inputs))

describe('export-car inputs', () => {
  it('reads the settings with their defaults', () => {
    const host = inputHost({ ...BASE, deployment: 'REL_1' })
    const s = getSettings(host)
    expect(s.path).toBe(join(host.env.RUNNER_TEMP as string, 'SALES-REL_1-42.car'))
    expect([s.artifactName, s.uploadArtifact, s.gitPush, s.gitPath, s.retentionDays]).toEqual([
      'SALES-REL_1-car',
      true,
      false,
      'car/',
      undefined
    ])
  })

  it('needs OIC 3 and a project', () => {
    expectInputError(read({ ...BASE, instance: '' }), {
      input: 'instance',
      value: '',
      message: /^export-car needs Oracle Integration 3/
    })
    expectInputError(read({ 'build-number': '1' }), {
      input: 'project',
      value: '',
      message: "Input 'project' is required: the code of the project to export."
    })
  })

  it.each([
    [
      'project',
      'SO;rm',
      /^Input 'project' must be a code of letters, digits, '_', '-' or '\.', got 'SO;rm'\.$/
    ],
    ['deployment', 'REL 1', /^Input 'deployment' must be a code of letters/],
    [
      'build-number',
      '4 2',
      /^Input 'build-number' may hold letters, digits, '_', '-' and '\.', got '4 2'\.$/
    ],
    ['path', 'out/archive.zip', /^Input 'path' must name a \.car file, got 'out\/archive\.zip'\.$/],
    [
      'path',
      '/etc/x.car',
      /^Input 'path' must stay inside the workspace or runner temp \(.*\), got '\/etc\/x\.car'\.$/
    ],
    ['git-path', '../elsewhere', /^Input 'git-path' must stay inside the workspace or runner temp/],
    [
      'artifact-name',
      'a/b',
      /^Input 'artifact-name' must not contain " : < > \| \* \? \\ or \/, got 'a\/b'\.$/
    ],
    ['upload-artifact', 'yes', /^Input 'upload-artifact' must be true or false, got 'yes'\.$/],
    ['git-push', 'on', /^Input 'git-push' must be true or false/],
    ['retention-days', '91', /^Input 'retention-days' must be a whole number from 1 to 90, got '91'\.$/],
    [
      'max-archive-size',
      'big',
      /^Input 'max-archive-size' must be a size such as 500MiB, 2GiB or a number of bytes/
    ],
    ['request-timeout', '0', /^Input 'request-timeout' must be a duration from 1 to 3600 seconds/]
  ])('refuses %s %j', (input, value, message) => {
    expectInputError(read({ ...BASE, [input]: value }), { input, value, message })
  })

  it('refuses a build number that makes a tag git refuses, before exporting', () => {
    expectInputError(read({ ...BASE, 'build-number': '1..2', 'git-push': 'true' }), {
      input: 'build-number',
      value: '1..2',
      message:
        "Input 'build-number' makes the tag 'SALES-1..2', which git refuses (no .., no trailing . or .lock).",
      fix: /^Choose a build-number without \.\./
    })
  })

  it('takes the build number from GITHUB_RUN_NUMBER and checks it the same way', () => {
    expect(getSettings(inputHost({ project: 'P' }, { GITHUB_RUN_NUMBER: '7' })).buildNumber).toBe('7')
    expectInputError(() => getSettings(inputHost({ project: 'P' }, { GITHUB_RUN_NUMBER: '7 8' })), {
      input: 'build-number',
      value: '7 8',
      message: /^Input 'build-number' may hold/
    })
  })
})
