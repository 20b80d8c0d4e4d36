// Verify the docs against the code: the generated input/output tables equal action.yml (no drift), and every YAML
// example in the READMEs uses our actions with their real input names.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { ACTION_NAMES } from '../../../src/actions/registry.js'
import { actionInputs, ROOT } from '../../support/runner.js'
import { ourAction, type Step } from '../../support/workflow.js'

const DOCS = ['README.md', ...ACTION_NAMES.map(n => `actions/${n}/README.md`)]

describe('documentation', () => {
  it('generates docs for the actions the registry runs, in the same order', async () => {
    // @ts-expect-error plain ESM build script without types
    const { ACTIONS } = (await import('../../../scripts/docs.mjs')) as { ACTIONS: string[] }
    expect(ACTIONS).toEqual([...ACTION_NAMES])
  })

  it('has input/output tables equal to what action.yml generates (run npm run docs)', async () => {
    const cwd = process.cwd()
    process.chdir(ROOT)
    try {
      // @ts-expect-error plain ESM build script without types
      const { expected } = (await import('../../../scripts/docs.mjs')) as {
        expected: () => Record<string, string>
      }
      for (const [file, text] of Object.entries(expected()))
        expect({ file, fresh: readFileSync(join(ROOT, file), 'utf8') === text }).toEqual({
          file,
          fresh: true
        })
    } finally {
      process.chdir(cwd)
    }
  })

  it.each(DOCS)('%s: every YAML example uses our actions with real inputs', file => {
    const blocks = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      m => m[1] as string
    )
    let checked = 0
    for (const block of blocks) {
      const doc = parse(block) as unknown
      const steps: Step[] = Array.isArray(doc)
        ? (doc as Step[])
        : Object.values((doc as { jobs?: Record<string, { steps?: Step[] }> })?.jobs ?? {}).flatMap(
            j => j.steps ?? []
          )
      for (const step of steps) {
        const action = ourAction(step.uses)
        if (!action) continue
        const declared = actionInputs(action)
        for (const input of Object.keys(step.with ?? {}))
          expect({ file, action, input, known: input in declared }).toEqual({
            file,
            action,
            input,
            known: true
          })
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })
})
