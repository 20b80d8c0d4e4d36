// Verify, through the real bundles, that text from a server cannot start a workflow command: a loopback OIC and
// identity domain answer every call with error titles, details, connection names and test results that try
// `::stop-commands::`, `::add-mask::`, a CR line break, `%0A`, the legacy `##[` form and a no-break space. Every
// line the runner would run as a command must be one the action meant (its masks, debug lines, groups and
// `::error`s), and the job summary must keep its table and carry no live HTML.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { workspace } from '../support/actions.js'
import { workspaceWithCar } from '../support/car.js'
import { HOSTILE_TEXT, colonLines, runnerCommands } from '../support/runner-commands.js'
import { runStep, type StepResult } from '../support/runner.js'

const TOKEN = 'sentinel-bearer-token-7f3e'
/** A connection name with a table pipe and live HTML, as a server could send it. */
const HOSTILE_ID = 'CONN|<img src=x onerror=alert(1)>'
const MEANT = new Set(['add-mask', 'debug', 'group', 'endgroup', 'error', 'warning', 'notice'])

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://hostile.invalid').pathname
  if (path.endsWith('/oauth2/v1/token'))
    return json(res, 401, { error: 'invalid_client', error_description: HOSTILE_TEXT })
  if (path.endsWith('/connections') && req.method === 'GET')
    return json(res, 200, {
      items: [{ id: HOSTILE_ID, status: 'CONFIGURED' }],
      hasMore: false,
      totalResults: 1
    })
  if (path.endsWith('/test'))
    return json(res, 200, { id: HOSTILE_ID, status: 'FAILED', details: HOSTILE_TEXT })
  json(res, 503, {
    title: HOSTILE_TEXT,
    detail: HOSTILE_TEXT,
    'o:errorDetails': [{ title: HOSTILE_TEXT, 'o:errorPath': HOSTILE_TEXT }]
  })
}

let url = ''
let stop: () => Promise<void>
beforeAll(async () => {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => answer(req, res))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  stop = () =>
    new Promise<void>(resolve => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
})
afterAll(() => stop())

/** The runner's view of a step: only meant commands, no mask the server asked for, no live HTML in the summary. */
function expectInert(step: StepResult): void {
  const output = `${step.stdout}\n${step.stderr}`
  const commands = runnerCommands(output)
  expect(commands.filter(c => c.legacy || !MEANT.has(c.command))).toEqual([])
  expect(colonLines(output)).toHaveLength(commands.length)
  const masks = commands.filter(c => c.command === 'add-mask').map(c => c.data)
  expect(masks.filter(m => /hidden-by-server|legacy-mask|pwned|upstream/.test(m))).toEqual([])
  expect(masks.length).toBeGreaterThan(0)
  expect(step.errors.length).toBeGreaterThan(0)
  expect(step.summary).not.toMatch(/<(img|script)/i)
  const rows = step.summary.split('\n').filter(l => l.startsWith('|'))
  const cells = (row: string): number => row.replace(/\\\|/g, '').split('|').length
  expect(new Set(rows.map(cells)).size).toBeLessThanOrEqual(1)
}

const connection = (): Record<string, string> => ({
  'oic-url': url,
  instance: 'dev',
  'access-token': TOKEN,
  retries: '1'
})

describe('hostile server text through every log, annotation and summary path', () => {
  it.each([
    ['test-connections', {}],
    ['export-car', { project: 'SALES_ORDERS', 'upload-artifact': 'false' }],
    ['import-car', { path: 'so.car', project: 'SALES_ORDERS' }],
    ['create-deployment', { project: 'SALES_ORDERS', deployment: 'R1', integrations: '*' }],
    ['resubmit-errors', { project: 'SALES_ORDERS' }]
  ])('%s: only the commands the action meant reach the runner', async (action, inputs) => {
    const ws = await workspaceWithCar()
    const step = await runStep(
      action,
      { ...connection(), ...inputs },
      { env: { ...ws, OIC_ACTIONS_DEBUG: 'true' }, cwd: ws.GITHUB_WORKSPACE }
    )
    expect(step.exitCode).toBe(1)
    expectInert(step)
    expect(`${step.stdout}${step.summary}`).toMatch(/stop-commands/)
  })

  it('authenticate: an identity domain error description is inert too', async () => {
    const ws = workspace()
    const step = await runStep(
      'authenticate',
      {
        'token-url': url,
        'client-id': 'ci-client',
        'client-secret': TOKEN,
        scope: 'https://design.integration.example.com:443/ic/api/',
        retries: '0'
      },
      { env: ws, cwd: ws.GITHUB_WORKSPACE }
    )
    expect(step.exitCode).toBe(1)
    expectInert(step)
  })

  it('test-connections: the hostile connection keeps its row in the summary table, escaped', async () => {
    const ws = workspace()
    const step = await runStep('test-connections', connection(), { env: ws, cwd: ws.GITHUB_WORKSPACE })
    expect(step.summary).toContain('CONN\\|&lt;img src=x onerror=alert(1)&gt;')
    expect(step.outputs.results).toContain(HOSTILE_ID)
  })
})
