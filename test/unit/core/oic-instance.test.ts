// Verify contract K10: project-level actions (create-deployment, export-car, import-car) say in one line that they
// need OIC 3 when `instance` is empty; actions whose API exists in OIC 2 accept an empty instance.
import { describe, expect, it } from '@jest/globals'
import { getSettings as createDeployment } from '../../../src/actions/create-deployment/inputs.js'
import { getSettings as exportCar } from '../../../src/actions/export-car/inputs.js'
import { getSettings as importCar } from '../../../src/actions/import-car/inputs.js'
import { getSettings as testConnections } from '../../../src/actions/test-connections/inputs.js'
import { InputError } from '../../../src/core/errors.js'
import { FakeHost } from '../../support/fake-host.js'
import { ROOT } from '../../support/runner.js'

const OIC2_ENV = {
  OIC_URL: 'https://oic2-ns.integration.ocp.oraclecloud.com',
  OIC_ACCESS_TOKEN: 'tok-abcdef',
  GITHUB_WORKSPACE: ROOT,
  RUNNER_TEMP: ROOT
}

describe('OIC 3 only (K10)', () => {
  it.each([
    ['create-deployment', () => createDeployment(new FakeHost({ project: 'P', deployment: 'D' }, OIC2_ENV))],
    ['export-car', () => exportCar(new FakeHost({ project: 'P' }, OIC2_ENV))],
    ['import-car', () => importCar(new FakeHost({ path: 'x.car' }, OIC2_ENV))]
  ])('%s fails on an empty instance with one line naming the fix', (action, read) => {
    expect(read).toThrow(InputError)
    expect(read).toThrow(
      `${action} needs Oracle Integration 3 (projects exist only in its REST API), but 'instance' is empty, which means OIC 2: set input 'instance' (or env OIC_INSTANCE) to the service instance name from the instance's About page.`
    )
  })

  it('keeps OIC 2 for connections (no instance, no project)', () => {
    expect(testConnections(new FakeHost({}, OIC2_ENV)).connection.instance).toBeUndefined()
  })

  it('accepts the project-level actions with an instance', () => {
    expect(exportCar(new FakeHost({ project: 'P', instance: 'dev' }, OIC2_ENV)).connection.instance).toBe(
      'dev'
    )
  })
})
