// Hostile names reaching import-car from the archive or the server: a `|` or a line break followed by `::error::`
// in an integration or connection name must not add a cell to the summary table, start a line of the summary with
// `::`, or make the runner run a workflow command (checked through the real runner host on captured stdout).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { run } from '../../../../src/actions/import-car/index.js'
import { createGitHubHost } from '../../../../src/core/github-host.js'
import { OIC_INSTANCE, OIC_ORIGIN, OIC_TOKEN } from '../../../support/http-mock.js'
import { cells, tableRows } from '../../../support/recorded-replies.js'
import { runnerCommands } from '../../../support/runner-commands.js'
import { useRunnerEnv } from '../../../support/runner-env.js'
import { B0, type Case, existing, importCar, output, P, salesSpec, setup } from './harness.js'

const PIPE = 'ORDER|SYNC'
const INJECT = 'EVIL\n::error::pwned'
const SERVER_INTEGRATION = 'LEGACY|X\n::error title=pwned::from the server'
const SERVER_CONNECTION = 'FTP|Y\r::warning::pwned-too'

/** Every summary line: none may start with `::`, every table row keeps its 6 cells. */
function expectInertSummary(markdown: string): void {
  expect(markdown.split(/\r\n|\r|\n/).filter(l => l.trimStart().startsWith('::'))).toEqual([])
  const table = tableRows(markdown)
  expect(table.length).toBeGreaterThan(0)
  for (const row of table) expect(cells(row)).toHaveLength(6)
}

/** A target holding the project with a hostile integration (active) and a hostile connection. */
async function hostileTarget(): Promise<Case> {
  const c = await setup(salesSpec({ integrations: [{ code: PIPE, version: '01.00.0000' }, B0] }))
  existing(c, [
    { code: PIPE, version: '01.00.0000', status: 'CONFIGURED', lastUpdated: '2026-11-01T00:00:00.000+0000' },
    { code: SERVER_INTEGRATION, version: '01.00.0000', status: 'ACTIVATED' }
  ])
  c.target.connections.push({ id: SERVER_CONNECTION, status: 'INPROGRESS' })
  return c
}

describe('import-car: hostile names in the summary', () => {
  it('a | and a line break in names from the archive keep the table whole; unreadable folders are warned printable', async () => {
    const c = await setup(
      salesSpec({
        integrations: [
          { code: PIPE, version: '01.00.0000', connections: ['ERP_REST'] },
          { code: INJECT, version: '01.00.0000' },
          B0
        ],
        labels: []
      })
    )
    const host = await importCar(c, {})
    expect(host.failed).toBeUndefined()
    // The folder whose name holds a line break is not an integration folder: skipped, named with \u escapes.
    const warnings = host.logs.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings.some(w => w.includes('EVIL\\u000a::error::pwned'))).toBe(true)
    for (const line of host.logs.flatMap(l => l.message.split(/\r\n|\r|\n/)))
      expect(line.trimStart()).not.toMatch(/^::/)
    expect(output(host, 'integrations')).toEqual([
      { code: PIPE, version: '01.00.0000', status: 'CONFIGURED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    expectInertSummary(host.summaryText)
    expect(tableRows(host.summaryText).map(r => cells(r)[1])).toContain('ORDER\\|SYNC')
  })

  it('names from the server (integrations, connections) keep the table whole and start no line', async () => {
    const c = await hostileTarget()
    const host = await importCar(c, { 'if-exists': 'replace' })
    expect(host.failed).toBeUndefined()
    expectInertSummary(host.summaryText)
    expect(tableRows(host.summaryText).map(r => cells(r)[1])).toContain(
      'LEGACY\\|X<br>::error title=pwned::from the server'
    )
    // Outputs carry the names as data (JSON), exactly as the server gave them.
    expect(output<Array<{ id: string }>>(host, 'connections').map(x => x.id)).toContain(SERVER_CONNECTION)
  })

  it('a project code with a line break in the archive is refused in one line', async () => {
    const c = await setup(salesSpec({ code: 'BAD\n::error::CODE' }))
    const host = await importCar(c, {})
    // The line break of the file name is folded; the code is quoted as JSON.
    expect(host.failed?.message).toBe(
      `Input 'path' (car/BAD ::error::CODE.car) names project the string "BAD\\n::error::CODE" where a code of letters, digits, '_', '-' and '.' was expected.`
    )
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
  })

  it('a project code the import answer gives that is no code is refused', async () => {
    const c = await setup()
    c.target.overrides.push(req =>
      req.method === 'POST' && req.path === '/projects/archive'
        ? { status: 200, body: { code: `${P}\n::error::x`, name: 'x' } }
        : undefined
    )
    const host = await importCar(c, {})
    expect(host.failed?.message).toMatch(
      /^Could not import the archive: add project archive: the server answered the string "SALES_ORDERS\\n::error::x" where a project code of letters/
    )
  })
})

describe('import-car: hostile names through the runner host', () => {
  let restore: (() => void) | undefined
  afterEach(() => {
    restore?.()
    restore = undefined
    jest.restoreAllMocks()
  })

  it('no line of stdout is a workflow command but the masks and warnings the action issues', async () => {
    const c = await hostileTarget()
    const dir = mkdtempSync(join(tmpdir(), 'import-car-host-'))
    const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') }
    for (const f of Object.values(files)) writeFileSync(f, '')
    restore = useRunnerEnv({
      ...c.env,
      ...files,
      'INPUT_OIC-URL': OIC_ORIGIN,
      INPUT_INSTANCE: OIC_INSTANCE,
      'INPUT_ACCESS-TOKEN': OIC_TOKEN,
      INPUT_PATH: c.path,
      'INPUT_IF-EXISTS': 'replace',
      INPUT_ACTIVATE: 'all',
      RUNNER_DEBUG: undefined,
      OIC_ACTIONS_DEBUG: undefined
    })
    let stdout = ''
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout += String(chunk)
      return true
    })
    const ok = await run({ host: createGitHubHost(), dispatcher: c.net.agent, sleep: async () => undefined })
    jest.restoreAllMocks()
    expect(ok).toBe(true)
    // The hostile integration was deactivated and reactivated: its name went through the log.
    expect(stdout).toContain('LEGACY|X\n: :error title=pwned::from the server|01.00.0000')
    const commands = runnerCommands(stdout)
    expect(commands.filter(x => x.command !== 'add-mask' && x.command !== 'warning')).toEqual([])
    // Only the token's forms are masked: nothing from the server registered a mask.
    const masked = commands.filter(x => x.command === 'add-mask').map(x => x.data)
    expect(masked.length).toBeGreaterThan(0)
    for (const m of masked) expect([m, Buffer.from(m, 'base64').toString('utf8')]).toContain(OIC_TOKEN)
    expect(stdout).not.toMatch(/^\s*::error/m)
    expectInertSummary(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'))
  })
})
