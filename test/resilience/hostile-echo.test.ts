// Verify that a server echoing a secret in every encoding (JSON-escaped, \u-escaped, escaped twice, URL-encoded,
// base64) in bodies, headers and error details gets none of it into a log line, the ::error line or the summary.
import { describe, expect, it } from '@jest/globals'
import { run as testConnections } from '../../src/actions/test-connections/index.js'
import { escapedForms } from '../../src/core/secrets/forms.js'
import { errorLines, runHostile, sendJson, useServerPerTest } from '../support/hostile-bounds.js'

const serve = useServerPerTest()

const TOKEN = `Tok"en\\w=rd/<x>&'-5e1f`
/** Every form of `value` the server echoes: each known encoding, and a mix no single encoder writes. */
const echoes = (value: string): string[] => [
  value,
  encodeURIComponent(value),
  Buffer.from(value).toString('base64'),
  ...escapedForms(value),
  value
    .replace(/"/g, '\\u0022')
    .replace(/=/g, '\\\\u003D')
    .replace(/\\(?!u)/g, '\\\\\\\\')
]
const ECHOES = echoes(TOKEN)

function expectNoEcho(text: string): void {
  for (const form of ECHOES) expect(text).not.toContain(form)
  expect(text).not.toMatch(/en\\+w|5e1f/)
}

describe('a server echoing the token in every encoding', () => {
  it('in a 401 body (title, detail, o:errorDetails) and its headers: the one error line carries none', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': `Bearer error="invalid_token", token="${encodeURIComponent(TOKEN)}"`,
        'x-echo': Buffer.from(TOKEN).toString('base64')
      })
      res.end(
        JSON.stringify({
          title: `Bad ${ECHOES.join(' ')}`,
          detail: `Token ${ECHOES.join(' | ')} refused`,
          'o:errorDetails': ECHOES.map(e => ({ title: `echo ${e}`, 'o:errorPath': `/x?token=${e}` }))
        })
      )
    })
    const run = await runHostile(testConnections, server, { 'access-token': TOKEN })
    expect(run.ok).toBe(false)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/failed: HTTP 401 Bad \*\*\* \*\*\*.*: Token \*\*\* \| \*\*\*/)
    ])
    expectNoEcho([run.host.logText, ...errorLines(run), run.host.summaryText].join('\n'))
  })

  it('in a connection test result: the summary and the logs carry none', async () => {
    const server = await serve((req, res, url) => {
      if (req.method === 'GET' && url.pathname.endsWith('/connections'))
        return sendJson(res, { items: [{ id: 'ECHO', status: 'CONFIGURED' }], hasMore: false })
      sendJson(res, { id: 'ECHO', status: 'FAILED', details: `upstream refused ${ECHOES.join(' ; ')}` })
    })
    const run = await runHostile(testConnections, server, { 'access-token': TOKEN })
    expect(run.ok).toBe(false)
    expect(run.host.summaryText).toMatch(/upstream refused \*\*\*/)
    expectNoEcho([run.host.logText, ...errorLines(run), run.host.summaryText].join('\n'))
  })
})
