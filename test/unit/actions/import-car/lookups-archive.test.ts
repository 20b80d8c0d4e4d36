// Verify the archive's lookup rows: the cells of project/lookups/<name>.dvm, entities decoded, empty cells kept.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { archiveLookupRows } from '../../../../src/actions/import-car/lookups-archive.js'
import { writeProjectCar } from '../../../support/car.js'

describe('archiveLookupRows', () => {
  it('reads the rows of the named lookups only, by the name inside the .dvm', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dvm-')), 'p.car')
    await writeProjectCar(path, {
      code: 'P',
      integrations: [{ code: 'A', version: '01.00.0000' }],
      labels: [
        { code: 'R1', integrations: [{ code: 'A', version: '01.00.0000' }] },
        { code: 'R0', integrations: [] }
      ],
      lookups: [
        {
          name: 'Codes',
          columns: ['k', 'v'],
          rows: [
            ['a&b', '<x>'],
            ['c', '']
          ]
        },
        { name: 'Other', columns: ['k'], rows: [['z']] }
      ]
    })
    const rows = await archiveLookupRows(path, 'p.car', new Set(['Codes', 'Missing']))
    expect([...rows.entries()]).toEqual([
      [
        'Codes',
        [
          ['a&b', '<x>'],
          ['c', '']
        ]
      ]
    ])
  })

  it('opens nothing when no lookup is asked for', async () => {
    expect((await archiveLookupRows('/nonexistent.car', 'x.car', new Set())).size).toBe(0)
  })
})
