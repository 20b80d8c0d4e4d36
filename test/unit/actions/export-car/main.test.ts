// Verify export-car's main in-process over a mocked OIC (undici MockAgent, no emulator): the requests it sends,
// the archive on disk, its outputs and summary, and one failure line for every way an export can go wrong.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { run } from '../../../../src/actions/export-car/index.js'
import { clearSecrets } from '../../../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../../../support/actions.js'
import { projectCarBytes, type CarSpec } from '../../../support/car.js'
import { startFakeGitHub, type FakeGitHub } from '../../../support/fake-github.js'
import { mockNetwork, OIC_TOKEN, type UnitRun } from '../../../support/http-mock.js'
import { useRunnerEnv } from '../../../support/runner-env.js'

const API = '/ic/api/integration/v1'
const QUERY = 'integrationInstance=mock-instance'

/** The project of the archives below: two integrations, one deployment pinning one of them. */
const SPEC: CarSpec = {
  code: 'SALES_ORDERS',
  name: 'Sales Orders',
  integrations: [
    { code: 'SO_CREATE_ORDER', version: '01.00.0001', connections: ['SO_REST'] },
    { code: 'SO_SYNC_CUSTOMER', version: '01.00.0000', connections: ['SO_REST'] }
  ],
  connections: [{ code: 'SO_REST' }],
  labels: [{ code: 'ORDERS_R1', integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }] }]
}

let projectCar: Buffer
let deploymentCar: Buffer
beforeAll(async () => {
  projectCar = await projectCarBytes(SPEC)
  deploymentCar = await projectCarBytes({ ...SPEC, deployment: 'ORDERS_R1' })
})

const nets: UnitRun[] = []
afterEach(async () => {
  for (const net of nets.splice(0)) {
    net.agent.assertNoPendingInterceptors()
    await net.agent.close()
  }
  clearSecrets()
})

function network(): UnitRun {
  const net = mockNetwork()
  nets.push(net)
  return net
}

/** A project GET answer in the recorded shape (test/fixtures/oracle/project-import-response.json). */
function projectBody(code = 'SALES_ORDERS'): Record<string, unknown> {
  return {
    cloneRestrict: 'NONE',
    code,
    id: code,
    name: 'Sales Orders',
    state: {
      assets: {
        labelsRs: {
          items: [
            {
              code: 'ORDERS_R1',
              integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }],
              lastUpdated: '2026-09-17T19:23:49.887+0000',
              name: 'orders r1'
            }
          ]
        }
      },
      projectRevisionId: 3,
      serviceInstanceId: 0,
      status: 'DRAFT'
    },
    type: 'DEVELOPED',
    viewRestricted: false
  }
}

/** Deployments list in the recorded shape: `items` only (test/fixtures/oracle/deployments-list.json). */
const deploymentsBody = (...codes: string[]): Record<string, unknown> => ({
  items: codes.map(code => ({
    code,
    integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }],
    lastUpdated: '2026-09-17T19:23:49.887+0000',
    name: code.toLowerCase()
  }))
})

const JSON_HEADERS = { headers: { 'content-type': 'application/json;charset=utf-8' } }
const pathIs =
  (pathname: string) =>
  (p: string): boolean =>
    new URL(p, 'https://x').pathname === pathname

function replyProject(net: UnitRun, status = 200, body: unknown = projectBody()): void {
  net.oic
    .intercept({ path: pathIs(`${API}/projects/SALES_ORDERS`), method: 'GET' })
    .reply(status, JSON.stringify(body), JSON_HEADERS)
}

function replyDeployments(net: UnitRun, ...codes: string[]): void {
  net.oic
    .intercept({ path: pathIs(`${API}/projects/SALES_ORDERS/deployments`), method: 'GET' })
    .reply(200, JSON.stringify(deploymentsBody(...codes)), JSON_HEADERS)
}

function replyArchive(
  net: UnitRun,
  bytes: Buffer | string,
  headers: Record<string, string> = {},
  status = 200
) {
  return net.oic
    .intercept({ path: pathIs(`${API}/projects/SALES_ORDERS/archive`), method: 'POST' })
    .reply(status, bytes, {
      headers: { 'content-type': 'application/octet-stream', ...headers }
    })
}

/** Every request the action sent, as `METHOD path?query`, with the JSON body when there was one. */
function calls(net: UnitRun): Array<{ request: string; body?: unknown; authorization?: string }> {
  return net.agent
    .getCallHistory()!
    .calls()
    .map(c => {
      const headers = c.headers as Record<string, string>
      return {
        request: `${c.method} ${c.fullUrl.slice(c.origin.length)}`,
        ...(c.body ? { body: JSON.parse(String(c.body)) as unknown } : {}),
        authorization: headers.authorization ?? headers.Authorization
      }
    })
}

type Env = ReturnType<typeof workspace> & Record<string, string | undefined>
const go = (net: UnitRun, inputs: Record<string, string>, env: Env = workspace()) =>
  runInProcess(run, { project: 'SALES_ORDERS', 'build-number': '7', ...inputs }, { net, env })

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

describe('export-car main: project export', () => {
  it('streams the whole project to runner temp: exact requests, file equals the bytes sent, outputs and summary', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyArchive(net, projectCar, { 'content-length': String(projectCar.length) })
    const host = await go(net, {}, env)

    expect(host.failed).toBeUndefined()
    const path = join(env.RUNNER_TEMP, 'SALES_ORDERS-7.car')
    expect(readFileSync(path)).toEqual(projectCar)
    expect(readdirSync(env.RUNNER_TEMP)).toEqual(['SALES_ORDERS-7.car'])
    expect(host.outputs).toEqual({
      path,
      sha256: sha256(projectCar),
      size: String(projectCar.length),
      results: JSON.stringify({
        project: 'SALES_ORDERS',
        deployment: '',
        path,
        sha256: sha256(projectCar),
        size: projectCar.length
      })
    })
    expect(calls(net)).toEqual([
      {
        request: `GET ${API}/projects/SALES_ORDERS?${QUERY}`,
        authorization: `Bearer ${OIC_TOKEN}`
      },
      {
        request: `POST ${API}/projects/SALES_ORDERS/archive?${QUERY}`,
        body: { name: 'Sales Orders', code: 'SALES_ORDERS', type: 'DEVELOPED', builtBy: '', label: '' },
        authorization: `Bearer ${OIC_TOKEN}`
      }
    ])
    expect(host.logs).toContainEqual({
      level: 'notice',
      message:
        'Artifact upload skipped: not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set).'
    })
    expect(host.logs).toContainEqual({
      level: 'info',
      message: `Exporting project SALES_ORDERS from mock-instance to ${path}`
    })
    expect(host.logs.find(l => l.message.startsWith('Wrote '))?.message).toMatch(
      new RegExp(`^Wrote ${projectCar.length} bytes \\(\\d+\\.\\d MiB/s\\), sha256 ${sha256(projectCar)}$`)
    )
    expect(host.summaries).toHaveLength(1)
    const report = host.summaries[0]!
    expect(report).toMatchObject({
      title: 'OIC export-car',
      status: 'success',
      statusLine: `Exported project SALES_ORDERS from mock-instance: ${(projectCar.length / 1024 / 1024).toFixed(2)} MiB.`
    })
    expect(report.table?.rows).toEqual([
      ['Archive', path],
      ['Size', `${projectCar.length} bytes`],
      ['SHA-256', sha256(projectCar)],
      ['Integrations', 'SO_CREATE_ORDER|01.00.0001, SO_SYNC_CUSTOMER|01.00.0000']
    ])
    expect(report.notes).toEqual([
      'Artifact upload skipped: not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set).'
    ])
    expect(host.summaryText).toContain(
      '| Integrations | SO_CREATE_ORDER\\|01.00.0001, SO_SYNC_CUSTOMER\\|01.00.0000 |'
    )
  })

  it('writes to a path in the workspace, creating its folder, and takes the build number from GITHUB_RUN_NUMBER', async () => {
    const net = network()
    const env = { ...workspace(), GITHUB_RUN_NUMBER: '42' }
    replyProject(net)
    replyArchive(net, projectCar)
    const host = await runInProcess(
      run,
      { project: 'SALES_ORDERS', path: 'out/nested/so.car', 'upload-artifact': 'false' },
      { net, env }
    )
    expect(host.failed).toBeUndefined()
    const path = join(env.GITHUB_WORKSPACE, 'out/nested/so.car')
    expect(host.outputs.path).toBe(path)
    expect(readFileSync(path)).toEqual(projectCar)
    expect(readdirSync(join(env.GITHUB_WORKSPACE, 'out/nested'))).toEqual(['so.car'])
    // upload-artifact: false skips the artifact without a notice.
    expect(host.logs.filter(l => l.level === 'notice')).toEqual([])
    expect(host.summaries[0]?.notes).toEqual([])
  })

  it('defaults the archive name with the build number GITHUB_RUN_NUMBER gives', async () => {
    const net = network()
    const env = { ...workspace(), GITHUB_RUN_NUMBER: '42' }
    replyProject(net)
    replyArchive(net, projectCar)
    const host = await runInProcess(run, { project: 'SALES_ORDERS' }, { net, env })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.path).toBe(join(env.RUNNER_TEMP, 'SALES_ORDERS-42.car'))
  })

  it('warns when the archive names another project than the one asked for', async () => {
    const net = network()
    replyProject(net)
    replyArchive(net, await projectCarBytes({ ...SPEC, code: 'OTHER_PROJECT' }))
    const host = await go(net, {})
    expect(host.failed).toBeUndefined()
    expect(host.logs).toContainEqual({
      level: 'warning',
      message: 'The archive names project OTHER_PROJECT, not SALES_ORDERS.',
      properties: undefined
    })
  })

  it('retries an export answered 503 (safe to repeat), sleeping once, and keeps only the final file', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyArchive(
      net,
      JSON.stringify({ title: 'Service Unavailable' }),
      { 'content-type': 'application/json' },
      503
    )
    replyArchive(net, projectCar)
    const host = await go(net, { path: 'a.car' }, env)
    expect(host.failed).toBeUndefined()
    expect(net.slept).toHaveLength(1)
    expect(
      host.logs.some(l => /^Retry export project SALES_ORDERS: attempt 1 of \d+ failed/.test(l.message))
    ).toBe(true)
    expect(readdirSync(env.GITHUB_WORKSPACE)).toEqual(['a.car'])
    expect(readFileSync(join(env.GITHUB_WORKSPACE, 'a.car'))).toEqual(projectCar)
  })
})

describe('export-car main: deployment export', () => {
  it('checks the deployment exists, sends it as the label, and names it in outputs, summary and tag stem', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyDeployments(net, 'FULFILMENT_R2', 'ORDERS_R1')
    replyArchive(net, deploymentCar)
    const host = await go(net, { deployment: 'ORDERS_R1' }, env)
    expect(host.failed).toBeUndefined()
    const path = join(env.RUNNER_TEMP, 'SALES_ORDERS-ORDERS_R1-7.car')
    expect(host.outputs.path).toBe(path)
    expect(readFileSync(path)).toEqual(deploymentCar)
    const sent = calls(net)
    expect(sent.map(c => c.request.replace(/\?.*/, ''))).toEqual([
      `GET ${API}/projects/SALES_ORDERS`,
      `GET ${API}/projects/SALES_ORDERS/deployments`,
      `POST ${API}/projects/SALES_ORDERS/archive`
    ])
    expect(sent[1]?.request).toContain(QUERY)
    expect(sent[2]?.body).toEqual({
      name: 'Sales Orders',
      code: 'SALES_ORDERS',
      type: 'DEVELOPED',
      builtBy: '',
      label: 'ORDERS_R1'
    })
    expect(JSON.parse(host.outputs.results!)).toEqual({
      project: 'SALES_ORDERS',
      deployment: 'ORDERS_R1',
      path,
      sha256: sha256(deploymentCar),
      size: deploymentCar.length
    })
    expect(host.summaries[0]).toMatchObject({
      statusLine: expect.stringMatching(
        /^Exported project SALES_ORDERS deployment ORDERS_R1 from mock-instance: /
      )
    })
    expect(host.summaries[0]?.table?.rows[3]).toEqual(['Integrations', 'SO_CREATE_ORDER|01.00.0001'])
  })

  it('fails with the deployments that exist when the deployment is unknown, exporting nothing', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyDeployments(net, 'FULFILMENT_R2', 'ORDERS_R1')
    const host = await go(net, { deployment: 'NOPE' }, env)
    expect(host.failed?.message).toBe(
      "Deployment 'NOPE' does not exist in project SALES_ORDERS (deployments there: FULFILMENT_R2, ORDERS_R1): create it with create-deployment first."
    )
    expect(calls(net).some(c => c.request.startsWith('POST'))).toBe(false)
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
    expect(host.summaries).toEqual([
      { title: 'OIC export-car', status: 'failure', statusLine: host.failed?.message }
    ])
  })

  it('reads the project and its deployments together: a missing project is named, the list was already sent', async () => {
    const net = network()
    replyProject(net, 404, { status: 'HTTP 404 Not Found', title: 'Project SALES_ORDERS not found' })
    replyDeployments(net)
    const host = await go(net, { deployment: 'ORDERS_R1' })
    expect(host.failed?.message).toBe(
      "Project 'SALES_ORDERS' does not exist in instance 'mock-instance': check the project input."
    )
    expect(calls(net).map(c => c.request.split('?')[0])).toEqual([
      expect.stringMatching(/^GET \S+\/projects\/SALES_ORDERS$/),
      expect.stringMatching(/^GET \S+\/projects\/SALES_ORDERS\/deployments$/)
    ])
  })

  it('says none when the project has no deployment', async () => {
    const net = network()
    replyProject(net)
    replyDeployments(net)
    const host = await go(net, { deployment: 'ORDERS_R1' })
    expect(host.failed?.message).toBe(
      "Deployment 'ORDERS_R1' does not exist in project SALES_ORDERS (deployments there: none): create it with create-deployment first."
    )
  })
})

describe('export-car main: OIC failures', () => {
  it('fails with one line naming the instance when the project does not exist (404)', async () => {
    const net = network()
    replyProject(net, 404, {
      status: 'HTTP 404 Not Found',
      title: 'Project SALES_ORDERS not found',
      type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5'
    })
    const env = workspace()
    const host = await go(net, {}, env)
    expect(host.failed?.message).toBe(
      "Project 'SALES_ORDERS' does not exist in instance 'mock-instance': check the project input."
    )
    expect(calls(net)).toHaveLength(1)
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
  })

  it('fails with the 401 hint when the token is rejected, without retrying', async () => {
    const net = network()
    replyProject(net, 401, { status: 'HTTP 401 Unauthorized', title: 'Unauthorized' })
    const host = await go(net, {})
    expect(host.failed?.message).toMatch(
      new RegExp(
        `^GET https://oic\\.mock\\.example\\.com${API}/projects/SALES_ORDERS\\?${QUERY} failed: HTTP 401\\b.*The access token was rejected`
      )
    )
    expect(host.failed?.message).not.toContain(OIC_TOKEN)
    expect(net.slept).toEqual([])
  })

  it('fails naming the export when the archive call answers 403, leaving no file', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyArchive(
      net,
      JSON.stringify({ status: 'HTTP 403 Forbidden', title: 'Not allowed' }),
      { 'content-type': 'application/json' },
      403
    )
    const host = await go(net, {}, env)
    expect(host.failed?.message).toMatch(
      /^Could not export project SALES_ORDERS: POST .*\/projects\/SALES_ORDERS\/archive.* failed: HTTP 403 Forbidden: Not allowed\. The token is valid but lacks a role/
    )
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
  })

  it('refuses a body that is not a zip, removing the partial file', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyArchive(net, '<html>login</html>')
    const host = await go(net, {}, env)
    // The whole answer arrived; the line still calls it "no response (network error)" (reported as a bug).
    expect(host.failed?.message).toMatch(/^Could not export project SALES_ORDERS: /)
    expect(host.failed?.message).toContain(
      'OIC returned 18 bytes that are not a zip archive (expected a .car).'
    )
    expect(net.slept).toEqual([])
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
    expect(host.outputs).toEqual({})
  })

  // An error the consumer throws on a 200 answer it read is not a lost answer (it was reported as a network error).
  it('does not call an answered export a network error', async () => {
    const net = network()
    replyProject(net)
    replyArchive(net, '<html>login</html>')
    const host = await go(net, {})
    expect(host.failed?.message).toBe(
      'Could not export project SALES_ORDERS: OIC returned 18 bytes that are not a zip archive (expected a .car).'
    )
  })

  it('refuses a truncated archive without setting outputs', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyArchive(net, projectCar.subarray(0, Math.floor(projectCar.length / 2)))
    const host = await go(net, {}, env)
    expect(host.failed?.message).toBe(
      `${join(env.RUNNER_TEMP, 'SALES_ORDERS-7.car')} is not a valid zip archive (End of central directory record signature not found. Either not a zip file, or file is truncated.): export it again with export-car.`
    )
    expect(existsSync(join(env.RUNNER_TEMP, 'SALES_ORDERS-7.car'))).toBe(false)
    expect(host.outputs).toEqual({})
    expect(host.summaries[0]?.status).toBe('failure')
  })
})

describe('export-car main: max-archive-size', () => {
  it('accepts an archive within the bound', async () => {
    const net = network()
    replyProject(net)
    replyArchive(net, projectCar, { 'content-length': String(projectCar.length) })
    const host = await go(net, { 'max-archive-size': String(projectCar.length) })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.size).toBe(String(projectCar.length))
  })

  it('refuses an archive whose Content-Length announces more, writing nothing', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyArchive(net, projectCar, { 'content-length': String(projectCar.length) })
    const host = await go(net, { 'max-archive-size': '1KiB' }, env)
    expect(host.failed?.message).toMatch(
      /^Could not export project SALES_ORDERS: the server announced an archive of .+, more than max-archive-size \(1(\.0)? KiB\); nothing was written\.$/
    )
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
  })

  it('stops writing at the first byte beyond the bound when no length was announced, removing the partial file', async () => {
    const net = network()
    const env = workspace()
    replyProject(net)
    replyArchive(net, projectCar)
    const host = await go(net, { 'max-archive-size': '1KiB', retries: '0' }, env)
    expect(host.failed?.message).toMatch(
      /^Could not export project SALES_ORDERS: the server sent more than max-archive-size \(1(\.0)? KiB\) for the archive; stopped writing and removed the partial file\.$/
    )
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([])
  })

  it('refuses a max-archive-size that is not a size before calling OIC', async () => {
    const net = network()
    const host = await go(net, { 'max-archive-size': 'lots' })
    expect(host.failed?.message).toBe(
      "Input 'max-archive-size' must be a size such as 500MiB, 2GiB or a number of bytes, got 'lots'."
    )
    expect(calls(net)).toEqual([])
  })
})

describe('export-car main: inputs', () => {
  it.each([
    [
      'a path outside the workspace',
      { path: '/etc/x.car' },
      /^Input 'path' must stay inside the workspace or runner temp \(.*\), got '\/etc\/x\.car'\.$/
    ],
    [
      'a path escaping with ..',
      { path: '../../x.car' },
      /^Input 'path' must stay inside the workspace or runner temp/
    ],
    ['a non-.car path', { path: 'x.zip' }, /^Input 'path' must name a \.car file, got 'x\.zip'\.$/],
    [
      'a project that is not a code',
      { project: 'SO;rm' },
      /^Input 'project' must be a code of letters, digits, '_', '-' or '\.', got 'SO;rm'\.$/
    ],
    ['a deployment that is not a code', { deployment: '-x y' }, /^Input 'deployment' must be a code/],
    [
      'a build number with a space',
      { 'build-number': '7 8' },
      /^Input 'build-number' may hold letters, digits, '_', '-' and '\.', got '7 8'\.$/
    ],
    [
      'retention days out of range',
      { 'retention-days': '120' },
      /^Input 'retention-days' must be a whole number from 1 to 90, got '120'\.$/
    ],
    [
      'an artifact name with a slash',
      { 'artifact-name': 'a/b' },
      /^Input 'artifact-name' must not contain " : < > \| \* \? \\ or \/, got 'a\/b'\.$/
    ],
    [
      'a git-path outside the workspace',
      { 'git-path': '../elsewhere' },
      /^Input 'git-path' must stay inside the workspace or runner temp/
    ],
    ['a git-push that is not a boolean', { 'git-push': 'yes please' }, /^Input 'git-push'/],
    [
      'a build number git refuses as a tag',
      { 'git-push': 'true', 'build-number': '7.lock' },
      /^Input 'build-number' makes the tag 'SALES_ORDERS-7\.lock', which git refuses/
    ],
    ['no project', { project: '' }, /^Input 'project' is required/]
  ])('fails with one line and no request on %s', async (_name, inputs, pattern) => {
    const net = network()
    const host = await go(net, inputs)
    expect(host.failed?.message).toMatch(pattern)
    expect(calls(net)).toEqual([])
  })

  it('refuses a link planted at the target path before calling OIC', async () => {
    const net = network()
    const env = workspace()
    writeFileSync(join(env.RUNNER_TEMP, 'victim'), 'keep')
    symlinkSync(join(env.RUNNER_TEMP, 'victim'), join(env.GITHUB_WORKSPACE, 'x.car'))
    const host = await go(net, { path: 'x.car' }, env)
    expect(host.failed?.message).toMatch(/^Input 'path'/)
    expect(readFileSync(join(env.RUNNER_TEMP, 'victim'), 'utf8')).toBe('keep')
    expect(calls(net)).toEqual([])
  })

  it('refuses a folder at the target path before calling OIC', async () => {
    const net = network()
    const env = workspace()
    mkdirSync(join(env.GITHUB_WORKSPACE, 'dir.car'))
    const host = await go(net, { path: 'dir.car' }, env)
    expect(host.failed?.message).toMatch(/^Input 'path'/)
    expect(existsSync(join(env.GITHUB_WORKSPACE, 'dir.car'))).toBe(true)
    expect(calls(net)).toEqual([])
  })

  it('is OIC 3 only: an empty instance fails with one line', async () => {
    const net = network()
    const host = await runInProcess(run, { project: 'SALES_ORDERS', instance: '' }, { net })
    expect(host.failed?.message).toBe(
      "export-car needs Oracle Integration 3 (projects exist only in its REST API), but 'instance' is empty, which means OIC 2: set input 'instance' (or env OIC_INSTANCE) to the service instance name from the instance's About page."
    )
    expect(calls(net)).toEqual([])
  })
})

/**
 * Runs `test` with a fake GitHub artifact store (answering the routes in `failures` with their status) and the runner
 * variables of run `runId` pointing at it; restores the variables and stops the store afterwards.
 */
async function withArtifactStore(
  runId: number,
  failures: Record<string, number>,
  test: (gh: FakeGitHub, runner: Record<string, string>) => Promise<void>
): Promise<void> {
  const gh = await startFakeGitHub()
  Object.assign(gh.failures, failures)
  const runner = gh.envFor(runId)
  const undo = useRunnerEnv(runner)
  try {
    await test(gh, runner)
  } finally {
    undo()
    await gh.stop()
  }
}

describe('export-car main: workflow artifact', () => {
  it('uploads the archive under artifact-name with the retention and reports its id', async () => {
    await withArtifactStore(9001, {}, async (gh, runner) => {
      const net = network()
      const env = { ...workspace(), ...runner }
      replyProject(net)
      replyArchive(net, projectCar)
      const host = await go(net, { 'artifact-name': 'so-archive', 'retention-days': '3' }, env)
      expect(host.failed).toBeUndefined()
      const stored = gh.artifacts.find(a => a.runId === 9001 && a.name === 'so-archive')
      expect(stored).toBeDefined()
      expect(host.outputs['artifact-id']).toBe(String(stored!.id))
      expect(host.outputs['artifact-name']).toBe('so-archive')
      expect(JSON.parse(host.outputs.results!)).toMatchObject({
        artifactId: stored!.id,
        artifactName: 'so-archive'
      })
      expect(host.summaries[0]?.table?.rows).toContainEqual(['Artifact', `so-archive (id ${stored!.id})`])
      expect(host.logs.filter(l => l.level === 'notice')).toEqual([])
    })
  })

  it('uses <project>-<deployment>-car as the default artifact name', async () => {
    await withArtifactStore(9002, {}, async (gh, runner) => {
      const net = network()
      replyProject(net)
      replyDeployments(net, 'ORDERS_R1')
      replyArchive(net, deploymentCar)
      const host = await go(net, { deployment: 'ORDERS_R1' }, { ...workspace(), ...runner })
      expect(host.failed).toBeUndefined()
      expect(host.outputs['artifact-name']).toBe('SALES_ORDERS-ORDERS_R1-car')
      expect(gh.artifacts.map(a => a.name)).toEqual(['SALES_ORDERS-ORDERS_R1-car'])
    })
  })

  it('fails with one line naming the artifact when the upload is refused (403), keeping the archive', async () => {
    await withArtifactStore(9003, { CreateArtifact: 403 }, async (gh, runner) => {
      const net = network()
      const env = { ...workspace(), ...runner }
      replyProject(net)
      replyArchive(net, projectCar)
      const host = await go(net, {}, env)
      expect(host.failed?.message).toMatch(/^Could not upload artifact 'SALES_ORDERS-car': .+/)
      expect(host.outputs['artifact-id']).toBeUndefined()
      expect(host.outputs.results).toBeUndefined()
      expect(host.outputs.path).toBe(join(env.RUNNER_TEMP, 'SALES_ORDERS-7.car'))
      expect(readFileSync(host.outputs.path!)).toEqual(projectCar)
      expect(gh.artifacts).toEqual([])
    })
  })
})
