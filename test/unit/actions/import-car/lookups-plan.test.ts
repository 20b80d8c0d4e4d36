// Verify the row diff of the lookups plan: whole rows first, then rows with the same first value as changes.
import { describe, expect, it } from '@jest/globals'
import { describeChanges, diffRows } from '../../../../src/actions/import-car/lookups-plan.js'

describe('diffRows', () => {
  it('matches whole rows, then pairs rows by their first value as changed; the rest are added or removed', () => {
    expect(
      diffRows(
        [
          ['NEW', 'OPEN'],
          ['KEEP', 'K'],
          ['GONE', 'G']
        ],
        [
          ['KEEP', 'K'],
          ['NEW', 'ENTERED'],
          ['ADDED', 'A']
        ]
      )
    ).toEqual({
      added: [['ADDED', 'A']],
      removed: [['GONE', 'G']],
      changed: [{ before: ['NEW', 'OPEN'], after: ['NEW', 'ENTERED'] }],
      unchanged: 1
    })
  })

  it('counts repeated rows once each', () => {
    expect(
      diffRows(
        [['A', '1']],
        [
          ['A', '1'],
          ['A', '1']
        ]
      )
    ).toEqual({
      added: [['A', '1']],
      removed: [],
      changed: [],
      unchanged: 1
    })
  })

  it('describes at most `shown` rows of each kind', () => {
    const after = Array.from({ length: 7 }, (_, n) => [`K${n}`, 'v'])
    const line = describeChanges(
      {
        setting: { name: 'L', columns: ['k', 'v'], rows: after, location: { file: 'f.yaml', line: 2 } },
        against: 'archive',
        before: [],
        changes: diffRows([], after)
      },
      2
    )
    expect(line).toBe(
      `Lookup L: 0 → 7 rows against the archive's rows: 7 added (["K0","v"], ["K1","v"], … 5 more), 0 unchanged.`
    )
  })
})
