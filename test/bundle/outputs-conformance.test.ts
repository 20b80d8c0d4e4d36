// Verify every action's GITHUB_OUTPUT through the real bundles: the file is exactly what @actions/core writes for
// the same values (one `name<<ghadelimiter_<uuid>` block per output, a fresh delimiter each), the names set are the
// names action.yml declares (only documented conditional outputs may be absent), and values that contain
// registered secrets — a connections file whose username is `integration` and whose password is `sales` — reach
// the file unchanged (the runner masks outputs where it shows them; later steps must get what was set).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from '../support/actions.js'
import { authenticateInputs, QUICK_JOBS, startEmulator, tokenFor } from '../support/emulator.js'
import { runStep, ROOT, type StepResult } from '../support/runner.js'
import { parse } from 'yaml'

/** Outputs an action sets only in some runs (a grant, an option), so a successful run may lack them. */
const CONDITIONAL: Record<string, string[]> = {
  authenticate: ['refresh-token'],
  'export-car': ['artifact-id', 'artifact-name', 'git-commit', 'git-tag'],
  /** `diff` is the dry run's plan; a real import reports `integrations` and `connections` instead. */
  'import-car': ['diff']
}

interface Block {
  name: string
  value: string
}

/** Reads a file-command file strictly as @actions/core writes it; fails on anything else. */
function blocks(text: string): Block[] {
  const found: Block[] = []
  const block =
    /^([^\n<]+)<<(ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\n([\s\S]*?)\n\2\n/
  let rest = text
  while (rest) {
    const m = block.exec(rest)
    if (!m) throw new Error(`not a file-command block: ${JSON.stringify(rest.slice(0, 80))}`)
    found.push({ name: m[1] ?? '', value: m[3] ?? '' })
    rest = rest.slice(m[0].length)
  }
  return found
}

/** What @actions/core writes for the same outputs, delimiters normalised. */
function coreWrites(outputs: Block[]): string {
  const saved = process.env.GITHUB_OUTPUT
  const file = join(mkdtempSync(join(tmpdir(), 'core-out-')), 'output')
  writeFileSync(file, '')
  process.env.GITHUB_OUTPUT = file
  try {
    for (const { name, value } of outputs) core.setOutput(name, value)
  } finally {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT
    else process.env.GITHUB_OUTPUT = saved
  }
  return readFileSync(file, 'utf8')
}

const normalised = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X')

const declared = (action: string): string[] =>
  Object.keys(
    (parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as { outputs: object }).outputs
  )

/** The checks every successful step passes. */
function expectConformant(action: string, step: StepResult): void {
  expect(step.errors).toEqual([])
  expect(step.exitCode).toBe(0)
  const written = blocks(step.outputFile)
  const delimiters = step.outputFile.match(/<<ghadelimiter_[0-9a-f-]{36}/g) ?? []
  expect(new Set(delimiters).size).toBe(written.length)
  expect(normalised(step.outputFile)).toBe(normalised(coreWrites(written)))
  const set = [...new Set(written.map(b => b.name))].sort()
  const names = declared(action)
  expect(set.filter(n => !names.includes(n))).toEqual([])
  expect(names.filter(n => !set.includes(n) && !(CONDITIONAL[action] ?? []).includes(n))).toEqual([])
}

let emu: Emulator
let ws: Record<string, string>
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  ws = workspace()
  writeFileSync(
    join(ws.GITHUB_WORKSPACE as string, 'conn.yaml'),
    [
      'connections:',
      '  SO_ERP_CLOUD:',
      '    properties:',
      '      connectionUrl: https://erp.example.com',
      '    security-properties:',
      '      username: integration',
      '      password: ${ERP_PASSWORD}',
      ''
    ].join('\n')
  )
})
afterAll(() => emu.stop())

const oic = async (instance: string): Promise<Record<string, string>> => ({
  'oic-url': emu.url,
  instance,
  'access-token': await tokenFor(emu, instance)
})
const step = (action: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runStep(action, inputs, { env: { ...ws, ...env }, cwd: ws.GITHUB_WORKSPACE })

describe('GITHUB_OUTPUT of every action, against @actions/core and action.yml', () => {
  it('authenticate', async () => {
    expectConformant('authenticate', await step('authenticate', authenticateInputs(emu)))
  })

  it('create-deployment', async () => {
    const created = await step('create-deployment', {
      ...(await oic('dev')),
      project: 'SALES_ORDERS',
      deployment: 'CONFORM',
      integrations: '*'
    })
    expectConformant('create-deployment', created)
  })

  it('export-car, and import-car whose outputs quote words that are registered secrets', async () => {
    const exported = await step('export-car', {
      ...(await oic('dev')),
      project: 'SALES_ORDERS',
      path: 'sales.car',
      'upload-artifact': 'false'
    })
    expectConformant('export-car', exported)
    const imported = await step(
      'import-car',
      {
        ...(await oic('prod')),
        path: 'sales.car',
        'if-exists': 'replace',
        activate: 'none',
        'connections-file': 'conn.yaml'
      },
      { ERP_PASSWORD: 'sales' }
    )
    expectConformant('import-car', imported)
    expect(imported.masks).toEqual(expect.arrayContaining(['integration', 'sales']))
    expect(imported.outputFile).not.toContain('***')
    expect(JSON.parse(imported.outputs.results ?? '')).toHaveProperty('integrations')
    expect(imported.outputs.integrations).toMatch(/^\[/)
    expect(exported.outputs.path).toMatch(/sales\.car$/)
    const planned = await step(
      'import-car',
      { ...(await oic('prod')), path: 'sales.car', 'dry-run': 'true', 'connections-file': 'conn.yaml' },
      { ERP_PASSWORD: 'sales' }
    )
    expectConformant('import-car', planned)
    expect(planned.masks).toEqual(expect.arrayContaining(['integration', 'sales']))
    expect(planned.outputFile).not.toContain('***')
    expect(JSON.parse(planned.outputs.diff ?? '')).toHaveProperty('counts')
    expect(planned.outputs.diff).toContain('integration')
    expect(planned.outputs.results).toContain('"diff"')
  })

  it('test-connections', async () => {
    const tested = await step('test-connections', {
      ...(await oic('dev')),
      project: 'SALES_ORDERS',
      'junit-path': 'junit.xml'
    })
    expectConformant('test-connections', tested)
  })

  it('resubmit-errors', async () => {
    const resubmitted = await step('resubmit-errors', {
      ...(await oic('prod')),
      project: 'SALES_ORDERS',
      'wait-timeout': '30'
    })
    expectConformant('resubmit-errors', resubmitted)
  })
})
