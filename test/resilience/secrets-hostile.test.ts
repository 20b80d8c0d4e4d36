// Verify a server echoing the bearer token (bodies, headers, details, signed URLs) leaks it nowhere.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { workspace } from '../support/actions.js'
import { REDIRECT_SIGNATURE, startHostileOic, type HostileOic } from '../support/hostile-oic.js'
import { expectSecretsClean } from '../support/resilience.js'
import { runStep } from '../support/runner.js'
import { workspaceWithCar } from '../support/car.js'

let hostile: HostileOic
beforeAll(async () => {
  hostile = await startHostileOic()
})
afterAll(() => hostile.stop())

const TOKEN = 'sentinel-bearer-token-0b9e4d71'
/** 401 answers echo the token in their detail and `o:errorDetails`; redirects carry it in the query. */
const ECHOED_401 = /failed: HTTP 401 Unauthorized: Bearer \*\*\* is not valid here/

describe('failure paths that could echo a secret', () => {
  it.each([
    [
      'create-deployment',
      { project: 'SALES_ORDERS', deployment: 'R1', integrations: '*' },
      /^Could not list the integrations of project SALES_ORDERS: GET http:\/\/127\.0\.0\.1:\d+\/\S+&access_token=\*\*\*&sig=\*\*\* failed: HTTP 401/
    ],
    ['export-car', { project: 'SALES_ORDERS' }, /access_token=\*\*\*&sig=\*\*\* failed: HTTP 401/],
    [
      'import-car',
      { path: 'so.car', project: 'SALES_ORDERS' },
      /access_token=\*\*\*&sig=\*\*\* failed: HTTP 401/
    ],
    ['resubmit-errors', { project: 'SALES_ORDERS' }, ECHOED_401]
  ])(
    '%s: the echoed token and the signed URL are redacted from the one error line',
    async (action, inputs, pattern) => {
      const ws = await workspaceWithCar()
      const step = await runStep(
        action,
        { 'oic-url': hostile.url, instance: 'dev', 'access-token': TOKEN, retries: '0', ...inputs },
        { env: { ...ws, OIC_ACTIONS_DEBUG: 'true' }, cwd: ws.GITHUB_WORKSPACE }
      )
      expect(step.exitCode).toBe(1)
      expect(step.errors).toEqual([expect.stringMatching(pattern)])
      expect(step.errors[0]).toMatch(ECHOED_401)
      expectSecretsClean(step, [TOKEN], { foreign: [REDIRECT_SIGNATURE] })
    }
  )

  it('test-connections: a test result whose details echo the token stays out of outputs, summary and JUnit', async () => {
    const ws = workspace()
    const step = await runStep(
      'test-connections',
      { 'oic-url': hostile.url, instance: 'dev', 'access-token': TOKEN, 'junit-path': 'junit.xml' },
      { env: ws, cwd: ws.GITHUB_WORKSPACE }
    )
    expect(step.exitCode).toBe(1)
    expect(step.outputs.failed).toBe('1')
    expect(step.errors.at(-1)).toMatch(/^1 of 1 connection test\(s\) failed: ECHO \(fail-on: failure\)\.$/)
    expect(step.summary).toMatch(/upstream refused Bearer \*\*\*/)
    expectSecretsClean(step, [TOKEN], { files: [join(ws.GITHUB_WORKSPACE, 'junit.xml')] })
  })
})
