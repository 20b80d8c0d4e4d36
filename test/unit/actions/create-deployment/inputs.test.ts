// Verify every input check of create-deployment: each is an InputError naming the input, the value and the fix (a
// config file's errors at its line), and valid inputs become the settings.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { getSettings } from '../../../../src/actions/create-deployment/inputs.js'
import { expectInputError } from '../../../support/input-error.js'
import { inputHost } from '../../../support/input-hosts.js'

const BASE = { project: 'SALES', deployment: 'REL_1', integrations: 'ORDER_SYNC|01.00.0000, BILLING' }
const read = (inputs: Record<string, string>) => () => getSettings(inputHost(inputs))

describe('create-deployment inputs', () => {
  it('reads the deployment from the inputs', () => {
    const s = getSettings(inputHost(BASE))
    expect(s.deployment.code).toBe('REL_1')
    expect(s.deployment.integrations.map(i => i.text)).toEqual(['ORDER_SYNC|01.00.0000', 'BILLING'])
    expect([s.ifExists, s.dryRun]).toEqual(['update', false])
  })

  it('needs OIC 3', () => {
    expectInputError(read({ ...BASE, instance: '' }), {
      input: 'instance',
      value: '',
      message: /^create-deployment needs Oracle Integration 3/,
      fix: /^set input 'instance'/
    })
  })

  it.each([
    ['project', /^Input 'project' is required: the code of the project/],
    ['deployment', /^Input 'deployment' is required: the deployment code \(or give a 'config-file'\)\.$/],
    ['integrations', /^Input 'integrations' is required: CODE\|VERSION, CODE \(newest version\) or \*/]
  ] as const)('requires %s', (input, message) => {
    expectInputError(read({ ...BASE, [input]: '' }), { input, value: '', message })
  })

  it.each([
    [
      'deployment',
      'REL 1',
      /^Input 'deployment' must be a code of letters, digits, '_', '-' or '\.', got 'REL 1'\.$/
    ],
    ['if-exists', 'replace', /^Input 'if-exists' must be one of update, fail, skip, got 'replace'\.$/],
    ['dry-run', 'maybe', /^Input 'dry-run' must be true or false, got 'maybe'\.$/],
    ['instance', 'dev instance', /^Input 'instance' must be the service instance name/]
  ])('refuses %s %j', (input, value, message) => {
    expectInputError(read({ ...BASE, [input]: value }), { input, value, message })
  })

  it('refuses a malformed integrations entry, naming it', () => {
    expectInputError(read({ ...BASE, integrations: 'ORDER_SYNC|1.0' }), {
      input: 'integrations',
      value: 'ORDER_SYNC|1.0',
      message:
        "Input 'integrations': 'ORDER_SYNC|1.0' has version '1.0', expected NN.NN.NNNN (e.g. 01.00.0000).",
      fix: /CODE\|VERSION/
    })
    expectInputError(read({ ...BASE, integrations: 'A|01.00.0000|x' }), {
      input: 'integrations',
      value: 'A|01.00.0000|x',
      message: /^Input 'integrations': 'A\|01\.00\.0000\|x' is not CODE\|VERSION, CODE or \*/
    })
  })

  it('refuses inputs that conflict with config-file', () => {
    expectInputError(read({ ...BASE, 'config-file': 'deploy.yaml' }), {
      input: 'config-file',
      value: 'deploy.yaml',
      message:
        "Inputs 'deployment', 'integrations' conflict with 'config-file', which defines the whole deployment: use one or the other.",
      fix: /^Drop deployment, integrations/
    })
  })

  it('refuses a config file that does not exist, and a bad line in one at that line', () => {
    const host = inputHost({ project: 'SALES', 'config-file': 'deploy.yaml' })
    expectInputError(() => getSettings(host), {
      input: 'config-file',
      value: 'deploy.yaml',
      message: "Input 'config-file': file 'deploy.yaml' does not exist."
    })
    const ws = host.env.GITHUB_WORKSPACE as string
    writeFileSync(join(ws, 'deploy.yaml'), 'code: REL_1\nintegrations:\n  - ORDER_SYNC|1.0\n')
    expectInputError(() => getSettings(host), {
      input: 'config-file',
      value: 'deploy.yaml',
      message: "deploy.yaml:3: 'ORDER_SYNC|1.0' has version '1.0', expected NN.NN.NNNN (e.g. 01.00.0000).",
      location: { file: 'deploy.yaml', line: 3 }
    })
    writeFileSync(join(ws, 'deploy.yaml'), 'code: REL_1\nnmae: x\n')
    expectInputError(() => getSettings(host), {
      input: 'config-file',
      value: 'deploy.yaml',
      message: /^deploy\.yaml:2: unknown key 'nmae'/,
      fix: /^Remove or rename 'nmae'/,
      location: { file: 'deploy.yaml', line: 2 }
    })
    writeFileSync(join(ws, 'deploy.yaml'), 'code: [\n')
    expectInputError(() => getSettings(host), {
      input: 'config-file',
      message: /^deploy\.yaml:\d+: invalid YAML: /
    })
  })
})
