// Verify the connections file's lookups: section: columns and rows as Oracle's body has them, ${VAR} values, errors at file:line.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readConnectionsFile } from '../../../../src/actions/import-car/connections-file.js'
import { expectInputError } from '../../../support/input-error.js'

const dir = mkdtempSync(join(tmpdir(), 'lookups-'))
const read = (text: string, env: Record<string, string> = {}, masked: string[] = []) => {
  const p = join(dir, `l${Math.random()}.yaml`)
  writeFileSync(p, text)
  return readConnectionsFile(p, 'prod.yaml', env, v => masked.push(v))
}

const GOOD = `connections: {}
lookups:
  SO_ORDER_STATUS:
    columns: [oic, erp]
    rows:
      - [NEW, ENTERED]
      - rowData: [SHIPPED, '\${SHIPPED_CODE}']
      - [PRICE, $$5]
  EMPTY_ME:
    columns: [a]
    rows: []
`

describe('lookups: section', () => {
  it('reads columns and rows (plain lists or {rowData}), with ${VAR} resolved and masked, at their lines', () => {
    const masked: string[] = []
    const out = read(GOOD, { SHIPPED_CODE: 'SHP-9' }, masked)
    expect(out.lookups).toEqual([
      {
        name: 'SO_ORDER_STATUS',
        columns: ['oic', 'erp'],
        rows: [
          ['NEW', 'ENTERED'],
          ['SHIPPED', 'SHP-9'],
          ['PRICE', '$5']
        ],
        location: { file: 'prod.yaml', line: 3 }
      },
      { name: 'EMPTY_ME', columns: ['a'], rows: [], location: { file: 'prod.yaml', line: 9 } }
    ])
    expect(masked).toContain('SHP-9')
    expect(masked).not.toContain('ENTERED')
  })

  it('is optional: a file without it has no lookups', () => {
    expect(read('connections: {}\n').lookups).toEqual([])
  })

  it.each([
    ['a section that is not a mapping', 'lookups: [A]\n', 2, /'lookups' must map lookup names/],
    [
      'a lookup that is not a mapping',
      'lookups:\n  A: 3\n',
      3,
      /lookup A must be a mapping of columns and rows/
    ],
    ['an unknown key', 'lookups:\n  A:\n    columns: [x]\n    row: []\n', 5, /unknown key 'row' in lookup A/],
    ['no columns', 'lookups:\n  A:\n    rows: []\n', 3, /lookup A has no columns/],
    ['a repeated column', 'lookups:\n  A:\n    columns: [x, x]\n', 4, /at least one column, each named once/],
    ['columns not a list', 'lookups:\n  A:\n    columns: x\n', 4, /columns of lookup A must be a list/],
    [
      'rows not a list',
      'lookups:\n  A:\n    columns: [x]\n    rows: x\n',
      5,
      /rows of lookup A must be a list/
    ],
    [
      'a row narrower than the columns',
      'lookups:\n  A:\n    columns: [x, y]\n    rows:\n      - [1, 2]\n      - [1]\n',
      7,
      /row 2 of lookup A has 1 values; the lookup has 2 columns \(x, y\)/
    ],
    [
      'a row with another key than rowData',
      'lookups:\n  A:\n    columns: [x]\n    rows:\n      - {values: [1]}\n',
      6,
      /row 1 of lookup A must be a list of values or \{rowData: \[\.\.\.\]\} \(unknown key 'values'\)/
    ],
    ['a nested value', 'lookups:\n  A:\n    columns: [x]\n    rows:\n      - [[1]]\n', 6, /expected a value/],
    [
      'a name OIC refuses',
      'lookups:\n  "A/../B":\n    columns: [x]\n',
      3,
      /lookup name 'A\/\.\.\/B' may only hold/
    ],
    [
      'an unset variable',
      "lookups:\n  A:\n    columns: [x]\n    rows:\n      - ['${NOPE}']\n",
      6,
      /\$\{NOPE\} is not set in the environment/
    ]
  ])('%s is an input error at its line', (_, body, line, message) => {
    expectInputError(() => read(`connections: {}\n${body}`), {
      input: 'connections-file',
      value: 'prod.yaml',
      message,
      location: { file: 'prod.yaml', line }
    })
  })

  it('an unknown top-level key still names itself', () => {
    expectInputError(() => read('connections: {}\nlookup: {}\n'), {
      input: 'connections-file',
      value: 'prod.yaml',
      message: /unknown key 'lookup'/,
      location: { file: 'prod.yaml', line: 2 }
    })
  })
})
