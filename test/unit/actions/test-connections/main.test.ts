// Verify test-connections' main in-process against a mocked OIC answering with recorded Oracle shapes: passed,
// failed (200 with another status, 409, 412, 404, 500, 503 after retries) and skipped connections with exact outputs,
// summary and JUnit report; 401/403 stop the run; server text can neither leak a secret nor break the summary.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { run } from '../../../../src/actions/test-connections/index.js'
import { runInProcess } from '../../../support/actions.js'
import { mockNetwork, OIC_INSTANCE, OIC_TOKEN, type UnitRun } from '../../../support/http-mock.js'
import {
  answer,
  API,
  cells,
  oracleError,
  recorded,
  sent,
  tableRows
} from '../../../support/recorded-replies.js'

const PROJECT = 'SALES'
const LIST = `${API}/projects/${PROJECT}/connections`
const testPath = (id: string): string => `${API}/projects/${PROJECT}/connections/${id}/test`

/** A connection as OIC lists it (connection-get-project.json) with the given id and status. */
function connection(id: string, status = 'CONFIGURED'): unknown {
  return { ...recorded('connection-get-project'), id, name: `${id} connection`, status, lockedFlag: false }
}
/** A design-time collection page (the envelope of integrations-list-page.json) of connections. */
function page(items: unknown[]): unknown {
  return { hasMore: false, items, limit: 100, offset: 0, links: [], totalResults: items.length }
}
/** The recorded success of a connection test, for `id`. */
function success(id: string): unknown {
  return { ...recorded('connection-test-success'), id, details: `Test of ${id} connection succeeded.` }
}

let net: UnitRun
let env: { GITHUB_WORKSPACE: string; RUNNER_TEMP: string }

beforeEach(() => {
  net = mockNetwork()
  const root = mkdtempSync(join(tmpdir(), 'oic-tc-'))
  mkdirSync(join(root, 'ws'))
  mkdirSync(join(root, 'tmp'))
  env = { GITHUB_WORKSPACE: join(root, 'ws'), RUNNER_TEMP: join(root, 'tmp') }
})
afterEach(async () => {
  net.agent.assertNoPendingInterceptors()
  await net.agent.close()
})

const listAnswers = (items: unknown[], path = LIST): void => answer(net.oic, 'GET', path, 200, page(items))
const tests = (): ReturnType<typeof sent> => sent(net).filter(r => r.method === 'POST')
const results = (outputs: Record<string, string>): Array<Record<string, unknown>> =>
  JSON.parse(outputs.results ?? '[]') as Array<Record<string, unknown>>

describe('test-connections: results', () => {
  it('passes configured connections, skips drafts; outputs, requests and summary are exact', async () => {
    listAnswers([connection('BUCKET'), connection('ERP_CONN'), connection('DRAFT_CONN', 'INPROGRESS')])
    answer(net.oic, 'POST', testPath('BUCKET'), 200, success('BUCKET'))
    answer(net.oic, 'POST', testPath('ERP_CONN'), 200, success('ERP_CONN'))
    const host = await runInProcess(run, { project: PROJECT }, { net, env })

    expect(host.failed).toBeUndefined()
    expect(host.outputs).toEqual({
      passed: '2',
      failed: '0',
      skipped: '1',
      results: JSON.stringify([
        { id: 'BUCKET', status: 'passed', details: 'Test of BUCKET connection succeeded.', 'duration-ms': 0 },
        {
          id: 'ERP_CONN',
          status: 'passed',
          details: 'Test of ERP_CONN connection succeeded.',
          'duration-ms': 0
        },
        {
          id: 'DRAFT_CONN',
          status: 'skipped',
          details: 'not configured (draft); set include-unconfigured: true to test it anyway',
          'duration-ms': 0
        }
      ])
    })
    expect(host.secrets).toContain(OIC_TOKEN)

    // K11: the test is sent with no body; every call names the instance and carries the token.
    expect(tests().map(r => r.path)).toEqual([testPath('BUCKET'), testPath('ERP_CONN')])
    for (const r of tests()) expect(r.body ?? '').toBe('')
    for (const r of sent(net)) {
      expect(r.query.integrationInstance).toBe(OIC_INSTANCE)
      expect(r.headers.authorization).toBe(`Bearer ${OIC_TOKEN}`)
    }

    expect(host.summaries[0]?.status).toBe('success')
    expect(host.summaries[0]?.statusLine).toBe(
      '2 passed, 0 failed, 1 skipped of 3 connection(s) in project SALES.'
    )
    expect(tableRows(host.summaryText).map(cells)).toEqual([
      ['BUCKET', '✅ passed', 'Test of BUCKET connection succeeded.', '0 ms'],
      ['ERP_CONN', '✅ passed', 'Test of ERP_CONN connection succeeded.', '0 ms'],
      [
        'DRAFT_CONN',
        '⏭️ skipped',
        'not configured (draft); set include-unconfigured: true to test it anyway',
        '0 ms'
      ]
    ])
    expect(host.logs.filter(l => l.level === 'error')).toEqual([])
  })

  it('a 200 whose status is not SUCCESS is a failed test; fail-on failure fails the step after reporting', async () => {
    listAnswers([connection('BUCKET'), connection('FTP_CONN')])
    answer(net.oic, 'POST', testPath('BUCKET'), 200, success('BUCKET'))
    answer(net.oic, 'POST', testPath('FTP_CONN'), 200, {
      id: 'FTP_CONN',
      status: 'FAILED',
      details: 'Unable to connect to host ftp.example.com'
    })
    const host = await runInProcess(run, { project: PROJECT }, { net, env })
    expect(host.failed?.message).toBe('1 of 2 connection test(s) failed: FTP_CONN (fail-on: failure).')
    expect(host.outputs.passed).toBe('1')
    expect(host.outputs.failed).toBe('1')
    expect(results(host.outputs)[1]).toEqual({
      id: 'FTP_CONN',
      status: 'failed',
      details: 'Unable to connect to host ftp.example.com',
      'duration-ms': 0
    })
    expect(host.summaries).toHaveLength(1)
    expect(host.summaries[0]?.status).toBe('failure')
    expect(host.logs.filter(l => l.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'Connection FTP_CONN: Unable to connect to host ftp.example.com',
        properties: { title: 'Connection test failed' }
      }
    ])
  })

  it('fail-on never: the same failure leaves the step green', async () => {
    listAnswers([connection('FTP_CONN')])
    answer(net.oic, 'POST', testPath('FTP_CONN'), 200, { id: 'FTP_CONN', status: 'FAILED' })
    const host = await runInProcess(run, { project: PROJECT, 'fail-on': 'never' }, { net, env })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.failed).toBe('1')
    // Without details the status is the detail.
    expect(results(host.outputs)[0]?.details).toBe('FAILED')
    expect(host.summaries[0]?.status).toBe('failure')
  })

  it('409, 412, 404 and 500 fail their own connection only, each explained', async () => {
    listAnswers([connection('NOT_CONF'), connection('LOCKED'), connection('GONE'), connection('BROKEN')])
    answer(
      net.oic,
      'POST',
      testPath('NOT_CONF'),
      409,
      oracleError(409, 'Conflict', 'Connection NOT_CONF is not configured.')
    )
    answer(net.oic, 'POST', testPath('LOCKED'), 412, {
      ...recorded('error-412-schedule-not-defined'),
      title: 'Connection LOCKED is locked by another user.'
    })
    answer(
      net.oic,
      'POST',
      testPath('GONE'),
      404,
      oracleError(404, 'Not Found', 'Connection GONE not found.')
    )
    answer(net.oic, 'POST', testPath('BROKEN'), 500, recorded('rest-adapter-error-20-4-2'))
    const host = await runInProcess(run, { project: PROJECT, 'fail-on': 'never' }, { net, env })

    expect(host.failed).toBeUndefined()
    expect(tests()).toHaveLength(4)
    expect(net.slept).toEqual([])
    const details = results(host.outputs).map(r => r.details)
    expect(details[0]).toBe(
      'not configured (409): configure the connection before testing it — Connection NOT_CONF is not configured.'
    )
    expect(details[1]).toBe(
      'locked (412): someone has it open in the OIC designer — Connection LOCKED is locked by another user.'
    )
    expect(details[2]).toMatch(
      /^POST \S+\/connections\/GONE\/test\S* failed: HTTP 404 Not Found: Connection GONE not found\.$/
    )
    expect(details[3]).toMatch(
      /^POST \S+\/connections\/BROKEN\/test\S* failed: HTTP 500 Internal Server Error: /
    )
    expect(host.outputs.failed).toBe('4')
  })

  it('503 on every attempt: the test is repeated `retries` times, then counted failed', async () => {
    listAnswers([connection('FLAKY')])
    answer(net.oic, 'POST', testPath('FLAKY'), 503, '', { times: 3 })
    const host = await runInProcess(run, { project: PROJECT, retries: '2', 'fail-on': 'never' }, { net, env })
    expect(tests()).toHaveLength(3)
    expect(net.slept).toHaveLength(2)
    const [result] = results(host.outputs)
    expect(result?.status).toBe('failed')
    expect(result?.details).toMatch(/failed: HTTP 503$/)
    // The time it took includes the waits between attempts.
    expect(result?.['duration-ms']).toBe(net.slept.reduce((a, b) => a + b, 0))
  })

  it('503 then success: passed', async () => {
    listAnswers([connection('FLAKY')])
    answer(net.oic, 'POST', testPath('FLAKY'), 503, '')
    answer(net.oic, 'POST', testPath('FLAKY'), 200, success('FLAKY'))
    const host = await runInProcess(run, { project: PROJECT }, { net, env })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.passed).toBe('1')
  })

  it('include-unconfigured tests drafts too', async () => {
    listAnswers([connection('DRAFT_CONN', 'INPROGRESS')])
    answer(net.oic, 'POST', testPath('DRAFT_CONN'), 200, success('DRAFT_CONN'))
    const host = await runInProcess(run, { project: PROJECT, 'include-unconfigured': 'true' }, { net, env })
    expect(host.outputs.passed).toBe('1')
    expect(host.outputs.skipped).toBe('0')
  })

  it('connections limits the run to the named ones, in list order', async () => {
    listAnswers([connection('A'), connection('B'), connection('C')])
    answer(net.oic, 'POST', testPath('C'), 200, success('C'))
    answer(net.oic, 'POST', testPath('A'), 200, success('A'))
    const host = await runInProcess(run, { project: PROJECT, connections: 'C, A\nC' }, { net, env })
    expect(results(host.outputs).map(r => r.id)).toEqual(['A', 'C'])
    expect(tests()).toHaveLength(2)
  })

  it('keeps results in list order whatever order the answers arrive in', async () => {
    listAnswers([connection('SLOW'), connection('FAST')])
    net.oic
      .intercept({ path: p => p.split('?')[0] === testPath('SLOW'), method: 'POST' })
      .reply(200, JSON.stringify(success('SLOW')))
      .delay(40)
    answer(net.oic, 'POST', testPath('FAST'), 200, success('FAST'))
    const host = await runInProcess(run, { project: PROJECT, concurrency: '2' }, { net, env })
    expect(results(host.outputs).map(r => r.id)).toEqual(['SLOW', 'FAST'])
  })

  it('no connections: nothing to test, a skipped summary', async () => {
    listAnswers([])
    const host = await runInProcess(run, { project: PROJECT }, { net, env })
    expect(host.failed).toBeUndefined()
    expect(host.outputs).toMatchObject({ passed: '0', failed: '0', skipped: '0', results: '[]' })
    expect(host.summaries[0]?.status).toBe('skipped')
    expect(host.summaries[0]?.statusLine).toBe(
      '0 passed, 0 failed, 0 skipped of 0 connection(s) in project SALES.'
    )
  })

  it('global connections of OIC 2: no project in the path, no integrationInstance', async () => {
    listAnswers([connection('GLOBAL_CONN')], `${API}/connections`)
    answer(net.oic, 'POST', `${API}/connections/GLOBAL_CONN/test`, 200, success('GLOBAL_CONN'))
    const host = await runInProcess(run, { instance: '' }, { net, env })
    expect(host.failed).toBeUndefined()
    expect(host.summaries[0]?.statusLine).toBe(
      '1 passed, 0 failed, 0 skipped of 1 connection(s) in global connections.'
    )
    for (const r of sent(net)) expect(r.query.integrationInstance).toBeUndefined()
  })
})

describe('test-connections: failures that stop the run', () => {
  it.each([
    [401, 'Unauthorized', /HTTP 401 Unauthorized.*The access token was rejected/],
    [403, 'Forbidden', /HTTP 403 Forbidden.*lacks a role/]
  ])('%i on a test is fatal: no outputs, one line', async (status, reason, message) => {
    listAnswers([connection('A')])
    answer(net.oic, 'POST', testPath('A'), status, oracleError(status, reason, reason))
    const host = await runInProcess(run, { project: PROJECT }, { net, env })
    expect(host.failed?.message).toMatch(message)
    expect(host.failed?.message).not.toContain(OIC_TOKEN)
    expect(host.outputs).toEqual({})
    expect(tests()).toHaveLength(1)
    expect(host.summaries[0]?.status).toBe('failure')
  })

  it('after a fatal 401 on one connection, starts no further connection tests', async () => {
    listAnswers(['A', 'B', 'C', 'D'].map(id => connection(id)))
    answer(net.oic, 'POST', testPath('A'), 401, oracleError(401, 'Unauthorized', 'Unauthorized'))
    net.oic
      .intercept({ path: (p: string) => p.split('?')[0] === testPath('B'), method: 'POST' })
      .reply(200, JSON.stringify(success('B')), { headers: { 'content-type': 'application/json' } })
      .delay(30)
    // C and D get no answer: a test of either would still show in the call history.
    const host = await runInProcess(run, { project: PROJECT, concurrency: '2' }, { net, env })
    expect(host.failed?.message).toMatch(/HTTP 401/)
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(tests().map(r => r.path.split('?')[0])).toEqual([testPath('A'), testPath('B')])
  })

  it('a project that does not exist', async () => {
    answer(net.oic, 'GET', LIST, 404, oracleError(404, 'Not Found', 'Project SALES not found.'))
    const host = await runInProcess(run, { project: PROJECT }, { net, env })
    expect(host.failed?.message).toBe(
      "Project 'SALES' does not exist on the target: check the project input."
    )
  })

  it('a 404 on the global list is reported as it is', async () => {
    answer(net.oic, 'GET', `${API}/connections`, 404, oracleError(404, 'Not Found', 'Not found.'))
    const host = await runInProcess(run, {}, { net, env })
    expect(host.failed?.message).toMatch(/^GET \S+\/connections\S* failed: HTTP 404 Not Found: Not found\.$/)
  })

  it('a listing that keeps answering 503 is retried, then fails', async () => {
    answer(net.oic, 'GET', LIST, 503, '', { times: 2 })
    const host = await runInProcess(run, { project: PROJECT, retries: '1' }, { net, env })
    expect(sent(net)).toHaveLength(2)
    expect(host.failed?.message).toMatch(/failed: HTTP 503$/)
  })

  it('connections naming ids the project lacks lists those it has', async () => {
    listAnswers([connection('A'), connection('B')])
    const host = await runInProcess(run, { project: PROJECT, connections: 'A,X,Y' }, { net, env })
    expect(host.failed?.message).toBe(
      "Input 'connections' names connections not in project SALES: X, Y (there: A, B)."
    )
    expect(tests()).toEqual([])
  })

  it.each([
    ['concurrency 0', { concurrency: '0' }, /^Input 'concurrency'/],
    ['an unknown fail-on', { 'fail-on': 'always' }, /^Input 'fail-on' must be one of/],
    [
      'a junit-path outside the workspace',
      { 'junit-path': '../../etc/report.xml' },
      /^Input 'junit-path' must stay inside the workspace or runner temp/
    ]
  ])('%s: one line before any request', async (_name, inputs, message) => {
    const host = await runInProcess(run, { project: PROJECT, ...inputs }, { net, env })
    expect(host.failed?.message).toMatch(message)
    expect(sent(net)).toEqual([])
  })

  it('a link planted where the JUnit report goes fails before any connection is tested', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'oic-tc-out-'))
    symlinkSync(join(outside, 'target.xml'), join(env.GITHUB_WORKSPACE, 'junit.xml'))
    const host = await runInProcess(run, { project: PROJECT, 'junit-path': 'junit.xml' }, { net, env })
    expect(host.failed?.message).toMatch(/junit-path/)
    expect(sent(net)).toEqual([])
    expect(existsSync(join(outside, 'target.xml'))).toBe(false)
  })
})

describe('test-connections: JUnit report', () => {
  it('one testcase per connection with failures and skips, written where asked', async () => {
    listAnswers([connection('OK'), connection('BAD'), connection('DRAFT', 'INPROGRESS')])
    answer(net.oic, 'POST', testPath('OK'), 200, success('OK'))
    answer(net.oic, 'POST', testPath('BAD'), 200, {
      id: 'BAD',
      status: 'FAILED',
      details: 'Host <unreachable> & "down"\nsecond line'
    })
    const host = await runInProcess(
      run,
      { project: PROJECT, 'junit-path': 'reports/connections.xml', 'fail-on': 'never' },
      { net, env }
    )
    const path = join(env.GITHUB_WORKSPACE, 'reports', 'connections.xml')
    expect(host.outputs['junit-path']).toBe(path)
    expect(host.summaries[0]?.notes).toEqual([`JUnit report: ${path}`])
    const xml = readFileSync(path, 'utf8')
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
    const suite = doc.testsuites.testsuite
    expect(suite).toMatchObject({
      name: 'OIC connection tests (project SALES)',
      tests: '3',
      failures: '1',
      skipped: '1',
      errors: '0',
      timestamp: '2026-12-01T12:00:00'
    })
    const cases = suite.testcase as Array<Record<string, unknown>>
    expect(cases.map(c => [c.name, c.classname])).toEqual([
      ['OK', 'oic.connections.SALES'],
      ['BAD', 'oic.connections.SALES'],
      ['DRAFT', 'oic.connections.SALES']
    ])
    expect(cases[1]?.failure).toEqual({
      message: 'Host <unreachable> & "down"',
      type: 'ConnectionTestFailure',
      '#text': 'Host <unreachable> & "down"\nsecond line'
    })
    expect(cases[2]?.skipped).toEqual({
      message: 'not configured (draft); set include-unconfigured: true to test it anyway'
    })
  })
})

describe('test-connections: hostile server text', () => {
  it('a detail with a pipe, a line break and a workflow command stays inside its cell', async () => {
    listAnswers([connection('EVIL'), connection('OK')])
    answer(net.oic, 'POST', testPath('EVIL'), 200, {
      id: 'EVIL',
      status: 'FAILED',
      details: 'a | b\n::stop-commands::pwn\n| c | d |\n<img src=x onerror=alert(1)>'
    })
    answer(net.oic, 'POST', testPath('OK'), 200, success('OK'))
    const host = await runInProcess(run, { project: PROJECT, 'fail-on': 'never' }, { net, env })
    const md = host.summaryText
    const rows = tableRows(md)
    expect(rows).toHaveLength(2)
    for (const row of rows) expect(cells(row)).toHaveLength(4)
    expect(md.split('\n').some(l => l.trimStart().startsWith('::'))).toBe(false)
    expect(md).not.toContain('<img')
  })

  it('a connection id with a pipe and a workflow command stays in its cell and is sent encoded', async () => {
    const evil = 'X|Y\n::stop-commands::z'
    listAnswers([connection(evil)])
    answer(net.oic, 'POST', `${LIST}/${encodeURIComponent(evil)}/test`, 200, success('X'))
    const host = await runInProcess(run, { project: PROJECT }, { net, env })
    expect(host.failed).toBeUndefined()
    expect(tests()).toHaveLength(1)
    const rows = tableRows(host.summaryText)
    expect(rows).toHaveLength(1)
    expect(cells(rows[0] ?? '')).toHaveLength(4)
    expect(host.summaryText.split('\n').some(l => l.trimStart().startsWith('::'))).toBe(false)
    expect(results(host.outputs)[0]?.id).toBe(evil)
  })

  it('a credential the server echoes is redacted from results, summary and report', async () => {
    listAnswers([connection('LEAKY')])
    answer(net.oic, 'POST', testPath('LEAKY'), 200, {
      id: 'LEAKY',
      status: 'FAILED',
      details: `Authorization: Bearer ${OIC_TOKEN} was refused`
    })
    const host = await runInProcess(
      run,
      { project: PROJECT, 'fail-on': 'never', 'junit-path': 'junit.xml' },
      { net, env }
    )
    expect(host.outputs.results).not.toContain(OIC_TOKEN)
    expect(results(host.outputs)[0]?.details).toBe('Authorization: Bearer *** was refused')
    expect(host.summaryText).not.toContain(OIC_TOKEN)
    expect(host.logText).not.toContain(OIC_TOKEN)
    expect(readFileSync(join(env.GITHUB_WORKSPACE, 'junit.xml'), 'utf8')).not.toContain(OIC_TOKEN)
  })
})
