// Verify bad input to authenticate, create-deployment and export-car fails with one ::error:: line and no change.
import { generateKeyPairSync } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from '../support/actions.js'
import { expectRejected, type BadInput } from '../support/bad-input.js'
import { QUICK_JOBS, startEmulator, TEST_CLIENT, testKeys } from '../support/emulator.js'
import { exportTo } from '../support/promotion.js'

let emu: Emulator
let car = ''
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  car = join(workspace().GITHUB_WORKSPACE, 'so.car')
  await exportTo(emu, 'dev', car)
})
afterAll(() => emu.stop())

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PUBLIC_KEY = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString()
const ENCRYPTED_KEY = rsa.privateKey
  .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'sentinel-passphrase' })
  .toString()
const EC_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString()
const JWT = { 'grant-type': 'jwt-bearer', username: TEST_CLIENT.username, 'key-id': TEST_CLIENT.keyId }

const ROWS: BadInput[] = [
  // authenticate
  {
    action: 'authenticate',
    name: 'malformed token-url',
    inputs: { 'token-url': 'idcs example' },
    error: /^Input 'token-url' must be an absolute https:\/\/ URL, got 'idcs example'\.$/
  },
  {
    action: 'authenticate',
    name: 'http token-url on a public host',
    inputs: { 'token-url': 'http://idcs-1.identity.oraclecloud.com' },
    error: /^Input 'token-url' must use https:\/\/ \(plain http is allowed only for loopback hosts\)/
  },
  {
    action: 'authenticate',
    name: 'ftp token-url',
    inputs: { 'token-url': 'ftp://idcs.example.com' },
    error: /^Input 'token-url' must be an https:\/\/ URL, got 'ftp:/
  },
  {
    action: 'authenticate',
    name: 'unknown grant-type',
    inputs: { 'grant-type': 'implicit' },
    error:
      /^Input 'grant-type' must be one of client_credentials, jwt-bearer, password, refresh_token, got 'implicit'\.$/
  },
  {
    action: 'authenticate',
    name: 'unknown client-auth',
    inputs: { 'client-auth': 'basic' },
    error: /^Input 'client-auth' must be one of client_secret_basic, private_key_jwt/
  },
  {
    action: 'authenticate',
    name: 'missing client-secret',
    inputs: { 'client-secret': '' },
    error: /^Input 'client-secret' is required: client-auth 'client_secret_basic' sends/
  },
  {
    action: 'authenticate',
    name: 'jwt-bearer without username',
    inputs: { ...JWT, username: '', 'private-key': testKeys().privateKey },
    error: /^Input 'username' is required: grant-type 'jwt-bearer' acts for a user/
  },
  {
    action: 'authenticate',
    name: 'jwt-bearer without key-id (contract K9)',
    inputs: { ...JWT, 'key-id': '', 'private-key': testKeys().privateKey },
    error:
      /^Input 'key-id' is required with grant-type 'jwt-bearer': OCI IAM refuses an assertion without a kid or x5t header; set key-id/
  },
  {
    action: 'authenticate',
    name: 'private_key_jwt without key-id (contract K9)',
    inputs: { 'client-auth': 'private_key_jwt', 'client-secret': '', 'private-key': testKeys().privateKey },
    error: /^Input 'key-id' is required with client-auth 'private_key_jwt': OCI IAM refuses/
  },
  {
    action: 'authenticate',
    name: 'garbage private-key',
    inputs: { ...JWT, 'private-key': 'not a key' },
    error: /^Input 'private-key' is not a PEM private key: expected '-----BEGIN PRIVATE KEY-----'/
  },
  {
    action: 'authenticate',
    name: 'public key as private-key',
    inputs: { ...JWT, 'private-key': PUBLIC_KEY },
    error: /^Input 'private-key' holds a public key or certificate, not the private key/
  },
  {
    action: 'authenticate',
    name: 'encrypted private-key',
    inputs: { ...JWT, 'private-key': ENCRYPTED_KEY },
    error: /^Input 'private-key' is an encrypted key: export it without a passphrase/
  },
  {
    action: 'authenticate',
    name: 'EC private-key',
    inputs: { ...JWT, 'private-key': EC_KEY },
    error:
      /^Input 'private-key' is a ec key, but assertions are signed with RS256: give an RSA private key\.$/
  },
  {
    action: 'authenticate',
    name: 'scope of an unknown audience',
    inputs: { scope: 'https://nope.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all' },
    error:
      /invalid_scope .*Scope 'https:\/\/nope\.\S+' is not valid\. The scope is the instance's primary audience/
  },
  {
    action: 'authenticate',
    name: 'bad boolean export-env',
    inputs: { 'export-env': 'yes' },
    error: /^Input 'export-env' must be true or false, got 'yes'\.$/
  },
  {
    action: 'authenticate',
    name: 'retries out of range',
    inputs: { retries: '11' },
    error: /^Input 'retries' must be a whole number from 0 to 10, got '11'\.$/
  },
  // create-deployment
  {
    action: 'create-deployment',
    name: 'oic-url pointing at a page',
    inputs: { 'oic-url': 'https://design.integration.us-phoenix-1.ocp.oraclecloud.com/ic/home' },
    error: /^Input 'oic-url' must be the host of the REST API \(e\.g\. https:\/\/design\.integration/
  },
  {
    action: 'create-deployment',
    name: 'http oic-url on a public host',
    inputs: { 'oic-url': 'http://design.integration.us-phoenix-1.ocp.oraclecloud.com' },
    error: /^Input 'oic-url' must use https:\/\/ \(plain http is allowed only for loopback hosts\)/
  },
  {
    action: 'create-deployment',
    name: 'unknown instance',
    inputs: { instance: 'staging' },
    error:
      /HTTP 400 Bad Request: Unknown integrationInstance 'staging'\. Check the instance input \('staging'\): the service instance name from the OIC instance's About page$/
  },
  {
    action: 'create-deployment',
    name: 'malformed instance',
    inputs: { instance: 'dev prod' },
    error:
      /^Input 'instance' must be the service instance name from the instance's About page, got 'dev prod'\.$/
  },
  {
    action: 'create-deployment',
    name: 'expired access token',
    inputs: {},
    token: 'expired',
    error:
      /HTTP 401 Unauthorized: The access token has expired\. The access token expired \d+ s ago: run authenticate again right before this step$/
  },
  {
    action: 'create-deployment',
    name: 'token of another instance (wrong audience)',
    inputs: {},
    token: 'other-instance',
    error:
      /HTTP 401 Unauthorized: .*The access token was rejected: .*run authenticate with the instance's scope/
  },
  {
    action: 'create-deployment',
    name: 'token without a write role',
    inputs: {},
    token: 'viewer',
    error:
      /^Could not create deployment BAD_R1 in project SALES_ORDERS: .*HTTP 403 Forbidden.*assign ServiceDeveloper \(or ServiceAdministrator\)/
  },
  {
    action: 'create-deployment',
    name: 'missing access-token',
    inputs: { 'access-token': '' },
    error:
      /^Input 'access-token' is required \(or env OIC_ACCESS_TOKEN\): pass \$\{\{ steps\.<authenticate step id>\.outputs\.access-token \}\}\.$/
  },
  {
    action: 'create-deployment',
    name: 'unknown project',
    inputs: { project: 'NOPE' },
    error: /^Project 'NOPE' does not exist in instance 'dev': check the project input\.$/
  },
  {
    action: 'create-deployment',
    name: 'unknown integration',
    inputs: { integrations: 'GHOST' },
    error:
      /^Input 'integrations': integration GHOST is not in project SALES_ORDERS \(integrations there: SO_CREATE_ORDER, /
  },
  {
    action: 'create-deployment',
    name: 'malformed version',
    inputs: { integrations: 'SO_CREATE_ORDER|1.0' },
    error: /^Input 'integrations': 'SO_CREATE_ORDER\|1\.0' has version '1\.0', expected NN\.NN\.NNNN/
  },
  {
    action: 'create-deployment',
    name: 'config-file and deployment together',
    inputs: { 'config-file': 'deploy.yaml' },
    files: { 'deploy.yaml': 'code: R9\nintegrations: [SO_CREATE_ORDER]\n' },
    error:
      /^Inputs 'deployment', 'integrations' conflict with 'config-file', which defines the whole deployment: use one or the other\.$/
  },
  {
    action: 'create-deployment',
    name: 'invalid YAML in config-file',
    inputs: { 'config-file': 'deploy.yaml', deployment: '', integrations: '' },
    files: { 'deploy.yaml': 'code: R9\nintegrations:\n\t- SO_CREATE_ORDER\n' },
    error: /^deploy\.yaml:3: invalid YAML: Tabs are not allowed as indentation/
  },
  {
    action: 'create-deployment',
    name: 'unknown key in config-file',
    inputs: { 'config-file': 'deploy.yaml', deployment: '', integrations: '' },
    files: { 'deploy.yaml': 'code: R9\nintegration: [SO_CREATE_ORDER]\n' },
    error: /^deploy\.yaml:2: unknown key 'integration' \(expected code, name, description, integrations/
  },
  {
    action: 'create-deployment',
    name: 'config-file outside the workspace (read where it is)',
    inputs: { 'config-file': '../../no-such-deploy.yaml', deployment: '', integrations: '' },
    error: /^Input 'config-file'.*no-such-deploy\.yaml/
  },
  {
    action: 'create-deployment',
    name: 'unknown if-exists',
    inputs: { 'if-exists': 'overwrite' },
    error: /^Input 'if-exists' must be one of update, fail, skip, got 'overwrite'\.$/
  },
  {
    action: 'create-deployment',
    name: 'if-exists fail on an existing deployment',
    inputs: { deployment: 'ORDERS_R1', 'if-exists': 'fail' },
    error:
      /^Deployment 'ORDERS_R1' already exists in project SALES_ORDERS \(2 integrations\): set if-exists to update or skip\.$/
  },
  {
    action: 'create-deployment',
    name: 'bad boolean dry-run',
    inputs: { 'dry-run': 'yes' },
    error: /^Input 'dry-run' must be true or false, got 'yes'\.$/
  },
  // export-car
  {
    action: 'export-car',
    name: 'path outside the workspace',
    inputs: { path: '../../elsewhere.car' },
    error:
      /^Input 'path' must stay inside the workspace or runner temp \(.*\), got '\.\.\/\.\.\/elsewhere\.car'\.$/
  },
  {
    action: 'export-car',
    name: 'path through a dangling link to outside the workspace',
    inputs: { path: 'out/so.car' },
    links: { 'out/so.car': 'planted.car' },
    error:
      /^Input 'path': out\/so\.car is a symbolic link \(refusing to write through it\); nothing was written there\.$/
  },
  {
    action: 'export-car',
    name: 'build-number that makes a tag git refuses',
    inputs: { 'git-push': 'true', 'build-number': '..' },
    error:
      /^Input 'build-number' makes the tag 'SALES_ORDERS-\.\.', which git refuses \(no \.\., no trailing \. or \.lock\)\.$/
  },
  {
    action: 'export-car',
    name: 'max-archive-size that is no size',
    inputs: { 'max-archive-size': 'lots' },
    error: /^Input 'max-archive-size' must be a size such as 500MiB, 2GiB or a number of bytes, got 'lots'\.$/
  },
  {
    action: 'export-car',
    name: 'path that is not a .car',
    inputs: { path: 'out/so.zip' },
    error: /^Input 'path' must name a \.car file, got 'out\/so\.zip'\.$/
  },
  {
    action: 'export-car',
    name: 'unknown deployment',
    inputs: { deployment: 'NOPE' },
    error:
      /^Deployment 'NOPE' does not exist in project SALES_ORDERS \(deployments there: FULFILMENT_R2, ORDERS_R1\): create it with create-deployment first\.$/
  },
  {
    action: 'export-car',
    name: 'unknown project',
    inputs: { project: 'NOPE' },
    error: /^Project 'NOPE' does not exist in instance 'dev': check the project input\.$/
  },
  {
    action: 'export-car',
    name: 'project that is not a code',
    inputs: { project: 'SALES ORDERS' },
    error: /^Input 'project' must be a code of letters, digits, '_', '-' or '\.', got 'SALES ORDERS'\.$/
  },
  {
    action: 'export-car',
    name: 'retention-days out of range',
    inputs: { 'retention-days': '91' },
    error: /^Input 'retention-days' must be a whole number from 1 to 90, got '91'\.$/
  },
  {
    action: 'export-car',
    name: 'build-number with a space',
    inputs: { 'build-number': '1 2' },
    error: /^Input 'build-number' may hold letters, digits, '_', '-' and '\.', got '1 2'\.$/
  },
  {
    action: 'export-car',
    name: 'artifact-name with a slash',
    inputs: { 'artifact-name': 'cars/so' },
    error: /^Input 'artifact-name' must not contain " : < > \| \* \? \\ or \/, got 'cars\/so'\.$/
  },
  {
    action: 'export-car',
    name: 'request-timeout not a duration',
    inputs: { 'request-timeout': 'soon' },
    error:
      /^Input 'request-timeout' must be a duration from 1 to 3600 seconds \(e\.g\. 90, 90s, 15m\), got 'soon'\.$/
  },
  {
    action: 'export-car',
    name: 'missing oic-url',
    inputs: { 'oic-url': '' },
    error: /^Input 'oic-url' is required \(or env OIC_URL\): the design-time host, e\.g\. https:\/\//
  },
  {
    action: 'export-car',
    name: 'token without any REST role',
    inputs: {},
    token: 'invoker',
    error: /HTTP 403 Forbidden.*assign ServiceDeveloper \(or ServiceAdministrator\)/
  }
]

describe('bad input to authenticate, create-deployment and export-car', () => {
  it.each(ROWS.map(r => [`${r.action}: ${r.name}`, r] as const))('%s', async (_name, row) => {
    await expectRejected(emu, row, car)
  })
})
