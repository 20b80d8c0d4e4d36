// Verify outputs and terminal text that cannot inject (issue 16): answers of unexpected shape and numbers out of
// range end in one line before any output, a project code is an OIC code, the CLI prints no escape sequence, and a
// 40,000-connection file parses in linear time.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { readConnectionsFile } from '../../src/actions/import-car/connections-file.js'
import { run as authenticate } from '../../src/actions/authenticate/index.js'
import { run as exportCar } from '../../src/actions/export-car/index.js'
import { run as importCar } from '../../src/actions/import-car/index.js'
import { run as testConnections } from '../../src/actions/test-connections/index.js'
import { main as cli } from '../../src/cli/main.js'
import { HttpClient } from '../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../src/core/http/retry.js'
import { resubmitErrors } from '../../src/core/oic/monitoring/error-instances.js'
import { runInProcess, workspace } from '../support/actions.js'
import { writeProjectCar } from '../support/car.js'
import type { FakeHost } from '../support/fake-host.js'
import { startScriptedOic, type HostileOic, type ScriptedAnswer } from '../support/hostile-oic.js'

let oic: HostileOic | undefined
afterEach(async () => {
  await oic?.stop()
  oic = undefined
})

async function scripted(script: Record<string, ScriptedAnswer>): Promise<string> {
  oic = await startScriptedOic(script)
  return oic.url
}

const connection = (url: string): Record<string, string> => ({
  'oic-url': url,
  instance: 'dev',
  'access-token': 'sentinel-token-value-1234',
  retries: '0'
})

/** A failed run: exactly one failure line matching `pattern`, never an internal failure, no output written. */
function expectOneLine(host: FakeHost, pattern: RegExp, outputs: Record<string, string> = {}): void {
  expect(host.failed?.message).toMatch(pattern)
  expect(host.failed?.message).not.toMatch(/failed unexpectedly|\n/)
  expect(host.outputs).toEqual(outputs)
}

describe('hostile answers: nothing odd reaches an output or a terminal', () => {
  it.each([
    [
      'expires_in 1e400 fails in one line before any output is written',
      '{"access_token":"sentinel-token-value-1234","token_type":"Bearer","expires_in":1e400}',
      /^The identity domain at http:\/\/127\.0\.0\.1:\d+ answered expires_in Infinity where a number of seconds \(1 to \d+\) was expected\.$/
    ],
    [
      'a token_type that is not a word is refused',
      '{"access_token":"sentinel-token-value-1234","token_type":"Bearer\\n::x::"}',
      /answered token_type "Bearer\\n::x::" where a token type such as Bearer was expected\.$/
    ]
  ])('authenticate: %s', async (_case, body, pattern) => {
    const url = await scripted({ 'POST /oauth2/v1/token': { body } })
    const host = await runInProcess(
      authenticate,
      {
        'token-url': url,
        'client-id': 'c',
        'client-secret': 'sentinel-secret-5678',
        scope: 's',
        retries: '0'
      },
      {}
    )
    expect(host.failed).toBeDefined()
    expectOneLine(host, pattern)
  })

  it.each([
    [
      'items that are a string',
      '{"items":"x","hasMore":false}',
      /the server answered the string "x" where an array/
    ],
    [
      'an item that is a number',
      '{"items":[1],"hasMore":false}',
      /the server answered number 1 where an item object/
    ],
    [
      'hasMore that is a string',
      '{"items":[],"hasMore":"yes"}',
      /the server answered the string "yes" where hasMore true or false/
    ],
    ['a bare string', '"hello"', /the server answered the string "hello" where a JSON object was expected\.$/]
  ])('test-connections: a connections list with %s fails in one line', async (_name, body, pattern) => {
    const url = await scripted({ 'GET /projects/P/connections': { body } })
    const host = await runInProcess(testConnections, { ...connection(url), project: 'P' }, {})
    expect(host.failed).toBeDefined()
    expectOneLine(host, new RegExp(`^list connections in P: ${pattern.source}`))
  })

  it('export-car: a project answered as an array fails in one line', async () => {
    const url = await scripted({ 'GET /projects/SO': { body: '42' } })
    const host = await runInProcess(exportCar, { ...connection(url), project: 'SO' }, {})
    expect(host.failed).toBeDefined()
    expectOneLine(host, /^get project SO: the server answered number 42 where a JSON object was expected\.$/)
  })

  it('resubmit: an answer whose id lists are not lists fails in one line instead of an internal failure', async () => {
    const url = await scripted({ 'POST /monitoring/errors/resubmit': { body: '{"invalidIds":"1,2"}' } })
    const client = new HttpClient({
      baseUrl: new URL(url),
      instance: 'dev',
      token: 'sentinel-token-value-1234',
      timeoutMs: 5000,
      retry: defaultRetryPolicy(0)
    })
    try {
      await expect(resubmitErrors(client, ['1', '2'])).rejects.toThrow(
        /^resubmit 2 errored instances: the server answered the string "1,2" where invalidIds as a list of ids was expected\.$/
      )
    } finally {
      await client.close()
    }
  })

  it('import-car: an archive whose project code carries a line break and shell text is refused', async () => {
    const ws = workspace()
    await writeProjectCar(join(ws.GITHUB_WORKSPACE, 'so.car'), { code: 'SO\n::set-output name=x::$(id)' })
    const url = await scripted({})
    const host = await runInProcess(importCar, { ...connection(url), path: 'so.car' }, { env: ws })
    expect(host.failed).toBeDefined()
    expectOneLine(
      host,
      /^Input 'path' \(so\.car\) names project the string "SO\\n::set-output name=x::\$\(id\)" where a code of/
    )
    expect(oic?.requests).toEqual([])
  })

  it('CLI: escape sequences and control characters from the server never reach the terminal', async () => {
    const nasty = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\rboom\u202e'
    const url = await scripted({
      'GET /projects/P/connections': {
        body: JSON.stringify({ items: [{ id: 'C1', status: 'CONFIGURED' }], hasMore: false })
      },
      'POST /connections/C1/test': { body: JSON.stringify({ id: 'C1', status: 'FAILED', details: nasty }) }
    })
    const printed: string[] = []
    const args = [
      'test-connections',
      '--oic-url',
      url,
      '--instance',
      'dev',
      '--project',
      'P',
      '--retries',
      '0'
    ]
    const code = await cli(
      [...args, '--access-token', 'sentinel-token-value-1234'],
      { stdout: t => void printed.push(t), stderr: t => void printed.push(t) },
      {}
    )
    expect(code).toBe(1)
    const all = printed.join('')
    expect(all).toContain('boom')
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
  })

  it('a 40,000-connection file parses in linear time (was 47 s: the parser compared every key with the others)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oic-conn-')), 'big.yaml')
    const lines = Array.from({ length: 40_000 }, (_, i) => `  C_${i}: {agent-group: A}`)
    writeFileSync(file, `connections:\n${lines.join('\n')}\n`)
    const started = Date.now()
    const parsed = readConnectionsFile(file, 'big.yaml', {}, () => undefined)
    expect(parsed.connections).toHaveLength(40_000)
    expect(Date.now() - started).toBeLessThan(15_000)
    writeFileSync(file, 'connections:\n  A: {agent-group: X}\n  B: {agent-group: Y}\n  A: {agent-group: Z}\n')
    expect(() => readConnectionsFile(file, 'dup.yaml', {}, () => undefined)).toThrow(
      /^dup\.yaml:4: invalid YAML: Map keys must be unique$/
    )
  })
})
