// Verify every example workflow and the repository's own workflows: clean under actionlint, and every `uses:` of our
// actions names only inputs the action declares and gives every required one.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { actionInputs, ROOT } from '../../support/runner.js'
import { actionlint, jobs, ourAction } from '../../support/workflow.js'

const files = [
  ...readdirSync(join(ROOT, 'examples'))
    .filter(f => f.endsWith('.yml'))
    .map(f => join(ROOT, 'examples', f)),
  ...readdirSync(join(ROOT, '.github', 'workflows'))
    .filter(f => f.endsWith('.yml'))
    .map(f => join(ROOT, '.github', 'workflows', f))
]

describe.each(files.map(f => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
  it('passes actionlint', async () => {
    expect(actionlint(readFileSync(file, 'utf8'))).toEqual([])
  })

  it('uses our actions with their real input names', () => {
    let ours = 0
    for (const [job, { steps }] of Object.entries(jobs(file))) {
      for (const step of steps) {
        const action = ourAction(step.uses)
        if (!action) continue
        ours++
        const declared = actionInputs(action)
        for (const input of Object.keys(step.with ?? {}))
          expect({ job, action, input, known: input in declared }).toEqual({
            job,
            action,
            input,
            known: true
          })
        for (const [input, spec] of Object.entries(declared)) {
          if (spec.required)
            expect({ job, action, input, given: input in (step.with ?? {}) }).toEqual({
              job,
              action,
              input,
              given: true
            })
        }
      }
    }
    if (file.includes(`${join(ROOT, 'examples')}`)) expect(ours).toBeGreaterThan(0)
  })
})

it('actionlint really reports problems (sanity check of the wasm build)', async () => {
  const findings = actionlint(
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          bogus: 1\n'
  )
  expect(findings.map(f => f.message)).toEqual([
    expect.stringMatching(/input "bogus" is not defined in action "actions\/checkout@v4"/)
  ])
})
