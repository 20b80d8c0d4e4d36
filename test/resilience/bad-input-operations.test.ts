// Verify bad input to import-car, test-connections and resubmit-errors fails with one ::error:: line and no change.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from '../support/actions.js'
import { expectRejected, type BadInput } from '../support/bad-input.js'
import { writeProjectCar } from '../support/car.js'
import { exportTo } from '../support/promotion.js'
import { PROD_CONNECTIONS } from '../support/resilience.js'
import { patchZipNames, writeZip } from '../support/zip.js'
import { QUICK_JOBS, startEmulator } from '../support/emulator.js'

let emu: Emulator
let car = ''
let dotDot = ''
let foreign = ''
let shellCode = ''
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  const dir = workspace().GITHUB_WORKSPACE
  car = join(dir, 'so.car')
  await exportTo(emu, 'dev', car)
  dotDot = join(dir, 'dotdot.car')
  await writeZip(dotDot, [
    { name: 'project/project.yaml', data: '---\ncode: X\n' },
    { name: 'zz/evil.sh', data: 'echo' }
  ])
  patchZipNames(dotDot, 'zz/', '../')
  foreign = join(dir, 'foreign.car')
  await writeZip(foreign, [{ name: 'docs/readme.txt', data: 'not an OIC archive' }])
  shellCode = join(dir, 'shell.car')
  await writeProjectCar(shellCode, { code: 'SALES_ORDERS\n$(touch pwned)' })
})
afterAll(() => emu.stop())

const bytes = (path: () => string, part = 1): (() => Buffer) => {
  return () => {
    const all = readFileSync(path())
    return all.subarray(0, Math.floor(all.length * part))
  }
}
const withFile = (yaml: string): Pick<BadInput, 'files'> => ({ files: { 'prod.yaml': yaml } })
const FILE = { 'connections-file': 'prod.yaml' }

const ROWS: BadInput[] = [
  // import-car: the archive
  {
    action: 'import-car',
    name: 'a .car that is not a zip',
    inputs: { path: 'bad.car' },
    files: { 'bad.car': 'just text' },
    error: /^Input 'path' \(bad\.car\) is not a valid zip archive \(.+\): export it again with export-car\.$/
  },
  {
    action: 'import-car',
    name: 'a truncated .car',
    inputs: { path: 'half.car' },
    files: { 'half.car': bytes(() => car, 0.5) },
    error: /^Input 'path' \(half\.car\) is not a valid zip archive \(.+\): export it again with export-car\.$/
  },
  {
    action: 'import-car',
    name: 'a project code with a line break and shell text',
    inputs: { path: 'shell.car' },
    files: { 'shell.car': bytes(() => shellCode) },
    error:
      /^Input 'path' \(shell\.car\) names project the string "SALES_ORDERS\\n\$\(touch pwned\)" where a code of letters, digits, '_', '-' and '\.' was expected\.$/
  },
  {
    action: 'import-car',
    name: 'an archive of another project',
    inputs: { project: 'INVOICING' },
    error:
      /^Input 'path' \(so\.car\) holds project SALES_ORDERS, not INVOICING: import the right archive or fix the project input\.$/
  },
  {
    action: 'import-car',
    name: "zip entries with '..'",
    inputs: { path: 'dotdot.car' },
    files: { 'dotdot.car': bytes(() => dotDot) },
    error:
      /^Input 'path' \(dotdot\.car\) contains an unsafe entry name '\.\.\/evil\.sh' \(absolute, backslash or '\.\.'\): refusing it\.$/
  },
  {
    action: 'import-car',
    name: 'a zip that is no OIC archive',
    inputs: { path: 'foreign.car' },
    files: { 'foreign.car': bytes(() => foreign) },
    error: /^Input 'path' \(foreign\.car\) is a zip but not an OIC project archive/
  },
  {
    action: 'import-car',
    name: 'a path outside the workspace (read where it is)',
    inputs: { path: '/etc/hosts' },
    error: /^Input 'path' \(\/etc\/hosts\) is not a valid zip archive/
  },
  {
    action: 'import-car',
    name: 'a path with no file',
    inputs: { path: 'missing.car' },
    error: /^Input 'path': no archive at 'missing\.car': pass the path output of export-car\.$/
  },
  // import-car: conflicting and missing inputs
  {
    action: 'import-car',
    name: 'path and artifact-name together',
    inputs: { 'artifact-name': 'so-car' },
    error: /^Inputs 'path' and 'artifact-name' conflict: give one source for the archive\.$/
  },
  {
    action: 'import-car',
    name: 'no archive at all',
    inputs: { path: '' },
    error: /^One of the inputs 'path', 'artifact-name' or 'release-tag' is required: the \.car to import\.$/
  },
  {
    action: 'import-car',
    name: 'artifact-repository without artifact-run-id',
    inputs: { path: '', 'artifact-name': 'so-car', 'artifact-repository': 'acme/other' },
    error: /^Input 'artifact-repository' needs 'artifact-run-id' \(the run that uploaded the artifact\)\.$/
  },
  {
    action: 'import-car',
    name: 'artifact-run-id without github-token',
    inputs: { path: '', 'artifact-name': 'so-car', 'artifact-run-id': '42' },
    error:
      /^Input 'github-token' is required with 'artifact-run-id': a token with actions:read on that repository\.$/
  },
  {
    action: 'import-car',
    name: 'artifact-name off a runner',
    inputs: { path: '', 'artifact-name': 'so-car' },
    error: /^Input 'artifact-name' needs a GitHub Actions runner \(.+\): use 'path' instead\.$/
  },
  // import-car: options
  {
    action: 'import-car',
    name: 'activate that is no code',
    inputs: { activate: 'all of them' },
    error: /^Input 'activate' must be none, all or a deployment code, got 'all of them'\.$/
  },
  {
    action: 'import-car',
    name: 'activate a deployment the archive lacks',
    inputs: { activate: 'RELEASE_9' },
    error:
      /^Input 'activate': deployment RELEASE_9 is neither in the archive nor in the target \(the archive has: ORDERS_R1, FULFILMENT_R2\): name one of them, all or none\.$/
  },
  {
    action: 'import-car',
    name: 'activation-timeout out of range',
    inputs: { 'activation-timeout': '0' },
    error: /^Input 'activation-timeout' must be a duration from 1 to 21600 seconds/
  },
  {
    action: 'import-car',
    name: 'unknown if-exists',
    inputs: { 'if-exists': 'overwrite' },
    error: /^Input 'if-exists' must be one of fail, replace, skip, got 'overwrite'\.$/
  },
  {
    action: 'import-car',
    name: 'bad boolean dry-run',
    inputs: { 'dry-run': 'maybe' },
    error: /^Input 'dry-run' must be true or false, got 'maybe'\.$/
  },
  // import-car: the connections file
  {
    action: 'import-car',
    name: 'connections-file with a missing ${VAR}',
    inputs: FILE,
    ...withFile(PROD_CONNECTIONS),
    error:
      /^prod\.yaml:7: \$\{ERP_PASSWORD\} is not set in the environment: add ERP_PASSWORD under the step's env: \(e\.g\. from secrets\.ERP_PASSWORD\)\.$/
  },
  {
    action: 'import-car',
    name: 'connections-file that is invalid YAML',
    inputs: FILE,
    ...withFile('connections:\n  SO_ERP_CLOUD:\n\tproperties: {}\n'),
    error: /^prod\.yaml:3: invalid YAML: Tabs are not allowed as indentation/
  },
  {
    action: 'import-car',
    name: 'connections-file with an unknown key',
    inputs: FILE,
    ...withFile('connections:\n  SO_ERP_CLOUD:\n    securityproperties:\n      password: x\n'),
    error:
      /^prod\.yaml:3: unknown key 'securityproperties' in connection SO_ERP_CLOUD \(expected properties, security-policy, security-properties/
  },
  {
    action: 'import-car',
    name: 'connections-file outside the workspace (read where it is)',
    inputs: { 'connections-file': '/etc/hosts' },
    error: /^\/etc\/hosts:1: expected a top-level 'connections:' mapping/
  },
  // import-car: the target
  {
    action: 'import-car',
    name: 'unknown instance',
    inputs: { instance: 'qa' },
    error: /Unknown integrationInstance 'qa'\. Check the instance input \('qa'\): the service instance name/
  },
  {
    action: 'import-car',
    name: 'expired access token',
    inputs: {},
    token: 'expired',
    error: /The access token expired \d+ s ago: run authenticate again right before this step$/
  },
  {
    action: 'import-car',
    name: 'token without a write role',
    inputs: {},
    token: 'viewer',
    error:
      /^Could not import the archive: POST .* HTTP 403 Forbidden.*assign ServiceDeveloper \(or ServiceAdministrator\)/
  },
  {
    action: 'import-car',
    name: 'an archive larger than max-archive-size',
    inputs: { 'max-archive-size': '1KiB' },
    error:
      /^Input 'path' \(so\.car\) is [\d.]+ KiB, more than max-archive-size \(1 KiB\): refusing to read or upload it\.$/
  },
  // test-connections
  {
    action: 'test-connections',
    name: 'http:// to a name that only ends in .localhost',
    inputs: { 'oic-url': 'http://anything.localhost:8080' },
    error:
      /^Input 'oic-url' must use https:\/\/ \(plain http is allowed only for loopback hosts\), got 'http:\/\/anything\.localhost:8080'\.$/
  },
  {
    action: 'test-connections',
    name: 'concurrency 0',
    inputs: { concurrency: '0' },
    error: /^Input 'concurrency' must be a whole number from 1 to 64, got '0'\.$/
  },
  {
    action: 'test-connections',
    name: 'concurrency not a number',
    inputs: { concurrency: 'eight' },
    error: /^Input 'concurrency' must be a whole number from 1 to 64, got 'eight'\.$/
  },
  {
    action: 'test-connections',
    name: 'unknown connection',
    inputs: { connections: 'SO_ERP_CLOUD, NOPE' },
    error: /^Input 'connections' names a connection not in project SALES_ORDERS: NOPE \(there: /
  },
  {
    action: 'test-connections',
    name: 'unknown project',
    inputs: { project: 'NOPE' },
    error: /^Project 'NOPE' does not exist on the target: check the project input\.$/
  },
  {
    action: 'test-connections',
    name: 'bad boolean include-unconfigured',
    inputs: { 'include-unconfigured': 'on' },
    error: /^Input 'include-unconfigured' must be true or false, got 'on'\.$/
  },
  {
    action: 'test-connections',
    name: 'unknown fail-on',
    inputs: { 'fail-on': 'always' },
    error: /^Input 'fail-on' must be one of failure, never, got 'always'\.$/
  },
  {
    action: 'test-connections',
    name: 'junit-path outside the workspace',
    inputs: { 'junit-path': '/tmp/../etc/junit.xml' },
    error: /^Input 'junit-path' must stay inside the workspace or runner temp/
  },
  {
    action: 'test-connections',
    name: 'junit-path through a dangling link to outside the workspace',
    inputs: { 'junit-path': 'reports/junit.xml' },
    links: { 'reports/junit.xml': 'planted.xml' },
    error:
      /^Input 'junit-path': reports\/junit\.xml is a symbolic link \(refusing to write through it\); nothing was written there\.$/
  },
  {
    action: 'test-connections',
    name: 'token of another instance',
    inputs: {},
    token: 'other-instance',
    error: /HTTP 401 Unauthorized: .*The access token was rejected/
  },
  // resubmit-errors
  {
    action: 'resubmit-errors',
    name: 'unknown time-window',
    inputs: { 'time-window': '2h' },
    error: /^Input 'time-window' must be one of 1h, 6h, 1d, 2d, 3d, RETENTIONPERIOD, got '2h'\.$/
  },
  {
    action: 'resubmit-errors',
    name: 'batch-size 0',
    inputs: { 'batch-size': '0' },
    error: /^Input 'batch-size' must be a whole number from 1 to 1000, got '0'\.$/
  },
  {
    action: 'resubmit-errors',
    name: 'negative max-instances',
    inputs: { 'max-instances': '-5' },
    error: /^Input 'max-instances' must be a whole number from 1 to 100000, got '-5'\.$/
  },
  {
    action: 'resubmit-errors',
    name: 'unknown recovery-trace-level',
    inputs: { 'recovery-trace-level': 'Verbose' },
    error: /^Input 'recovery-trace-level' must be one of Production, Audit, Debug, got 'Verbose'\.$/
  },
  {
    action: 'resubmit-errors',
    name: 'integration filter with two versions',
    inputs: { integrations: 'SO_CREATE_ORDER|01.00.0000|01.00.0001' },
    error:
      /^Input 'integrations' entry 'SO_CREATE_ORDER\|01\.00\.0000\|01\.00\.0001' must be CODE or CODE\|VERSION/
  },
  {
    action: 'resubmit-errors',
    name: 'wait-timeout not a duration',
    inputs: { 'wait-timeout': 'forever' },
    error: /^Input 'wait-timeout' must be a duration from 1 to 21600 seconds/
  },
  {
    action: 'resubmit-errors',
    name: 'bad boolean wait',
    inputs: { wait: 'yes' },
    error: /^Input 'wait' must be true or false, got 'yes'\.$/
  },
  {
    action: 'resubmit-errors',
    name: 'unknown fail-on',
    inputs: { 'fail-on': 'always' },
    error: /^Input 'fail-on' must be one of never, remaining, got 'always'\.$/
  },
  {
    action: 'resubmit-errors',
    name: 'token without a monitoring write role',
    inputs: {},
    token: 'viewer',
    error:
      /^Could not resubmit 5 errored instances: POST .* HTTP 403 Forbidden.*assign ServiceDeveloper \(or ServiceAdministrator\)/
  }
]

describe('bad input to import-car, test-connections and resubmit-errors', () => {
  it.each(ROWS.map(r => [`${r.action}: ${r.name}`, r] as const))('%s', async (_name, row) => {
    await expectRejected(emu, row, car)
  })
})
