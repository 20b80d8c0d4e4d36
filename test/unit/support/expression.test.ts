// Verify the expression evaluator and the matrix expansion the workflow tests rely on: GitHub's documented
// semantics (operand-returning || and &&, case-insensitive string equality, missing properties as null, include
// rules), and loud failures for what they do not understand.
import { describe, expect, it } from '@jest/globals'
import { condition, evaluate, interpolate, type ExpressionScope } from '../../support/expression.js'
import { matrixLegs } from '../../support/workflow-call.js'

const scope: ExpressionScope = {
  contexts: {
    inputs: { 'target-instance': '', 'target-environment': 'production', 'test-connections': true },
    vars: { OIC_INSTANCE: 'prod', WRITES: 'TRUE' },
    needs: { export: { result: 'skipped', outputs: { path: '/tmp/a.car' } } }
  }
}

describe('evaluate', () => {
  it('returns operands from || and &&, and compares strings without case', () => {
    expect(evaluate("inputs.target-instance || vars.OIC_INSTANCE || 'x'", scope)).toBe('prod')
    expect(evaluate("vars.WRITES == 'true' && vars.OIC_INSTANCE || ''", scope)).toBe('prod')
    expect(evaluate("vars.NOT_SET == 'true' && vars.OIC_INSTANCE || ''", scope)).toBe('')
    expect(
      evaluate(
        "!cancelled() && (needs.export.result == 'success' || needs.export.result == 'skipped')",
        scope
      )
    ).toBe(true)
    expect(evaluate("inputs.target-environment != 'Production'", scope)).toBe(false)
  })

  it('reads a missing property as null and interpolates it as an empty string', () => {
    expect(evaluate('vars.NOT_SET', scope)).toBeNull()
    expect(
      interpolate('oic-${{ inputs.target-instance || inputs.target-environment }}-${{ vars.NOPE }}', scope)
    ).toBe('oic-production-')
    expect(condition('inputs.test-connections', scope)).toBe(true)
    expect(condition("${{ needs.export.outputs.path == '' }}", scope)).toBe(false)
  })

  it('fails on an unknown context, function or syntax', () => {
    expect(() => evaluate('matrixx.project', scope)).toThrow(/unknown context 'matrixx'/)
    expect(() => evaluate('hashFiles()', scope)).toThrow(/unsupported function hashFiles\(\)/)
    expect(() => evaluate('vars.X ==', scope)).toThrow(/expected more/)
    expect(() => evaluate('vars.X ~ 1', scope)).toThrow(/unsupported expression syntax/)
  })
})

describe('matrixLegs', () => {
  it('crosses the dimensions, extends matching legs with include, and adds unmatched entries as legs', () => {
    expect(
      matrixLegs({
        project: ['A', 'B'],
        target: ['us', 'eu'],
        include: [
          { project: 'A', deployment: 'R1' },
          { project: 'C', target: 'us' }
        ],
        exclude: [{ project: 'B', target: 'eu' }]
      })
    ).toEqual([
      { project: 'A', target: 'us', deployment: 'R1' },
      { project: 'A', target: 'eu', deployment: 'R1' },
      { project: 'B', target: 'us' },
      { project: 'C', target: 'us' }
    ])
    expect(matrixLegs(undefined)).toEqual([{}])
  })
})
