// Verify the runner host against @actions/core itself: outputs and exported variables are the bytes core writes
// for the same values (secrets inside them included), every secret is masked whatever its length, the fallback
// without GITHUB_OUTPUT is core's, and no outside text through any log sink or the summary can start a workflow
// command or break the summary's Markdown.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createGitHubHost } from '../../../src/core/github-host.js'
import { clearSecrets } from '../../../src/core/secrets/registry.js'
import { HOSTILE_TEXT, colonLines, runnerCommands } from '../../support/runner-commands.js'
import { parseFileCommands } from '../../support/runner.js'

const VARS = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'RUNNER_DEBUG'] as const
const saved = Object.fromEntries(VARS.map(v => [v, process.env[v]]))
let stdout = ''

function tempFile(name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gh-host-')), name)
  writeFileSync(file, '')
  return file
}

/** Delimiters are random per call; everything else must match byte for byte. */
const normalised = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X')

beforeEach(() => {
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  for (const v of VARS) delete process.env[v]
})
afterEach(() => {
  jest.restoreAllMocks()
  clearSecrets()
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v]
    else process.env[v] = saved[v]
  }
})

/** Values that a redacting or line-based writer would change. */
const VALUES: Record<string, string> = {
  json: JSON.stringify({ integrations: [{ user: 'integration', password: 'sales' }] }),
  'with-secret': 'token=s3cr3t-value-1234 and s3cr3t-value-1234',
  'multi-line': 'first\nsecond\n\nfourth',
  crlf: 'windows\r\nline\r\n',
  delimiter: 'ghadelimiter_not-the-real-one\nEOF',
  empty: '',
  unicode: 'Bestellung – 注文 ✅'
}
const SECRETS = ['integration', 'sales', 's3cr3t-value-1234', 'x']

describe('outputs and exported variables', () => {
  it.each([
    ['GITHUB_OUTPUT', 'setOutput'],
    ['GITHUB_ENV', 'exportVariable']
  ] as const)('%s holds exactly what @actions/core writes, secrets and all', (variable, method) => {
    const host = createGitHubHost()
    for (const secret of SECRETS) host.setSecret(secret)
    const ours = (process.env[variable] = tempFile('ours'))
    for (const [name, value] of Object.entries(VALUES)) host[method](name, value)
    const theirs = (process.env[variable] = tempFile('theirs'))
    for (const [name, value] of Object.entries(VALUES)) core[method](name, value)
    const text = readFileSync(ours, 'utf8')
    expect(normalised(text)).toBe(normalised(readFileSync(theirs, 'utf8')))
    expect(parseFileCommands(text)).toEqual(VALUES)
    expect(text).not.toContain('***')
  })

  it('falls back as @actions/core does when GITHUB_OUTPUT is not set (a named set-output)', () => {
    const host = createGitHubHost()
    host.setOutput('result', 'line 1\nline 2')
    const ours = stdout
    stdout = ''
    core.setOutput('result', 'line 1\nline 2')
    expect(ours).toBe(stdout)
    expect(ours).toContain('::set-output name=result::line 1%0Aline 2')
    expect(ours).not.toMatch(/::set-output::/)
  })
})

describe('masking', () => {
  it('masks every secret whatever its length, before anything else can print it', () => {
    const host = createGitHubHost()
    for (const secret of ['x', 'ab', 'abc', 'a longer secret']) host.setSecret(secret)
    const masks = runnerCommands(stdout)
      .filter(c => c.command === 'add-mask')
      .map(c => c.data)
    expect(masks).toEqual(expect.arrayContaining(['x', 'ab', 'abc', 'a longer secret']))
    expect(masks).toContain(encodeURIComponent('a longer secret'))
  })

  it('masks a multi-line secret and each of its lines', () => {
    const host = createGitHubHost()
    const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----'
    host.setSecret(key)
    const masks = runnerCommands(stdout).map(c => c.data)
    expect(masks).toEqual(expect.arrayContaining([key, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC']))
  })
})

describe('outside text at every sink', () => {
  const sinks: Array<
    [string, (host: ReturnType<typeof createGitHubHost>) => Promise<unknown> | void, string[]]
  > = [
    ['info', h => h.info(HOSTILE_TEXT), []],
    ['debug', h => h.debug(HOSTILE_TEXT), ['debug']],
    ['notice', h => h.notice(HOSTILE_TEXT, { title: HOSTILE_TEXT }), ['notice']],
    ['warning', h => h.warning(HOSTILE_TEXT, { title: HOSTILE_TEXT }), ['warning']],
    ['error', h => h.error(HOSTILE_TEXT, { title: HOSTILE_TEXT, file: 'a.yml', startLine: 2 }), ['error']],
    ['group', h => h.group(HOSTILE_TEXT, async () => h.info(HOSTILE_TEXT)), ['group', 'endgroup']],
    ['setFailed', h => h.setFailed(HOSTILE_TEXT), ['error']]
  ]

  it.each(sinks)('%s: only the command the host meant reaches the runner', async (_name, call, meant) => {
    const exitCode = process.exitCode
    await call(createGitHubHost())
    process.exitCode = exitCode
    expect(runnerCommands(stdout).map(c => c.command)).toEqual(meant)
    expect(colonLines(stdout)).toHaveLength(meant.length)
    expect(stdout).not.toContain('##[')
  })

  it('keeps the text readable: every line of it is still there', () => {
    createGitHubHost().info(HOSTILE_TEXT)
    expect(stdout).toContain(': :stop-commands::pwned-token')
    expect(stdout).toContain('upstream said no\n')
    expect(stdout).toContain('encoded %0A::warning::not a line, %25 literal')
  })

  it('an annotation carries the whole message, escaped as @actions/core escapes it', () => {
    createGitHubHost().error('a\nb %0A c')
    expect(runnerCommands(stdout)).toEqual([
      expect.objectContaining({ command: 'error', data: 'a\nb %0A c' })
    ])
  })
})

describe('job summary', () => {
  it('escapes outside text: a | cannot break the table, HTML is inert, secrets are removed first', async () => {
    const file = (process.env.GITHUB_STEP_SUMMARY = tempFile('summary'))
    const host = createGitHubHost()
    host.setSecret('pa|ss<word>')
    await host.writeSummary({
      title: 'OIC test-connections',
      status: 'failure',
      statusLine: 'x <script>alert(1)</script> [link](javascript:alert(1))',
      table: {
        headers: ['Connection', 'Details'],
        rows: [['A|B', '<img src=x onerror=alert(1)> refused pa|ss<word>\n::stop-commands::x']]
      },
      notes: ['![tracker](https://evil.example/p.png)']
    })
    const text = readFileSync(file, 'utf8')
    expect(text).not.toMatch(/<(img|script)/)
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; refused ***<br>::stop-commands::x')
    expect(text).not.toContain('pa|ss')
    expect(text).toContain('\\[link\\](javascript:alert(1))')
    expect(text).toContain('!\\[tracker\\]')
    const rows = text.split('\n').filter(l => l.startsWith('|'))
    const cells = (row: string): number => row.replace(/\\\|/g, '').split('|').length
    expect(rows).toHaveLength(3)
    expect(new Set(rows.map(cells)).size).toBe(1)
  })

  it('skips the summary with a debug line when GITHUB_STEP_SUMMARY is not set', async () => {
    await createGitHubHost().writeSummary({ title: 't', status: 'success', statusLine: 's' })
    expect(runnerCommands(stdout).map(c => c.command)).toEqual(['debug'])
  })
})
