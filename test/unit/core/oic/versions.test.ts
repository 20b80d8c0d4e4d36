// Verify the order of integration versions.
import { describe, expect, it } from '@jest/globals'
import { compareVersions } from '../../../../src/core/oic/versions.js'

describe('compareVersions', () => {
  it('orders versions numerically', () => {
    expect(compareVersions('01.00.0010', '01.00.0002')).toBeGreaterThan(0)
    expect(compareVersions('02.00.0000', '10.00.0000')).toBeLessThan(0)
  })
})
