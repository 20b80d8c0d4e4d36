// Verify import-car's lookups step over a mocked OIC: the file's rows are PUT after the import and before activation,
// read back and reported; checks against the archive and the target fail before anything changes.
import { describe, expect, it } from '@jest/globals'
import { problem, type TargetRequest } from './fake-target.js'
import {
  A0,
  calls,
  existing,
  importCar,
  logged,
  output,
  P,
  rows,
  salesSpec,
  setup,
  writes,
  type Case
} from './harness.js'

const STATUS = 'SO_ORDER_STATUS'
const COLUMNS = ['oic', 'erp']

/**
 * The target's lookups, answered in the documented shape (D:Retrieve a Lookup in a Project: name, description,
 * columns, rows as {rowData}, rowCount, status, lockedFlag, usage) while the project exists; a PUT takes the table
 * as sent, as D:Update a Lookup in a Project describes.
 */
function lookups(c: Case, held: Record<string, string[][]>, columns = COLUMNS) {
  const store = new Map(Object.entries(held).map(([name, r]) => [name, { columns, rows: r }]))
  const view = (name: string) => {
    const l = store.get(name) as { columns: string[]; rows: string[][] }
    return {
      name,
      description: `${name} lookup`,
      columns: l.columns,
      rows: l.rows.map(rowData => ({ rowData })),
      rowCount: l.rows.length,
      status: 'CONFIGURED',
      lockedFlag: false,
      usage: 1,
      links: []
    }
  }
  c.target.overrides.push((req: TargetRequest) => {
    const m = new RegExp(`^/projects/${P}/lookups(?:/([^/]+))?$`).exec(req.path)
    if (!m || !c.target.exists) return undefined
    const name = m[1]
    if (!name && req.method === 'GET')
      return {
        status: 200,
        body: { items: [...store.keys()].map(view), hasMore: false, totalResults: store.size }
      }
    if (!name || !store.has(name)) return problem(404, `Lookup ${name ?? ''} was not found in project ${P}.`)
    if (req.method === 'GET') return { status: 200, body: view(name) }
    if (req.method === 'PUT') {
      const body = req.json as { columns: string[]; rows: Array<{ rowData: string[] }> }
      store.set(name, { columns: body.columns, rows: body.rows.map(r => r.rowData) })
      return { status: 200, body: view(name) }
    }
    return undefined
  })
  return store
}

const spec = (archiveRows: string[][] = [['NEW', 'ENTERED']]) =>
  salesSpec({ lookups: [{ name: STATUS, columns: COLUMNS, rows: archiveRows }] })

const FILE = `connections: {}
lookups:
  ${STATUS}:
    columns: [oic, erp]
    rows:
      - [NEW, ENTERED]
      - [SHIPPED, '\${SHIPPED_CODE}']
`

describe('import-car lookups', () => {
  it('sets the rows after the import and before activation, reads them back and reports before → after', async () => {
    const c = await setup(spec())
    const store = lookups(c, { [STATUS]: [['NEW', 'ENTERED']] })
    const file = c.file('oic/prod.yaml', FILE)
    const host = await importCar(c, { 'connections-file': file, activate: 'all' }, { SHIPPED_CODE: 'SHP' })
    expect(host.failed).toBeUndefined()
    const put = c.target.requests('PUT', /\/lookups\//)
    expect(put.map(r => r.json)).toEqual([
      {
        name: STATUS,
        description: `${STATUS} lookup`,
        columns: COLUMNS,
        rows: [{ rowData: ['NEW', 'ENTERED'] }, { rowData: ['SHIPPED', 'SHP'] }]
      }
    ])
    const order = writes(c)
    expect(order.indexOf(`PUT /projects/${P}/lookups/${STATUS}`)).toBeGreaterThan(
      order.indexOf('POST /projects/archive')
    )
    expect(order.indexOf(`PUT /projects/${P}/lookups/${STATUS}`)).toBeLessThan(
      order.findIndex(w => w.startsWith(`POST /projects/${P}/integrations/`))
    )
    expect(store.get(STATUS)?.rows).toEqual([
      ['NEW', 'ENTERED'],
      ['SHIPPED', 'SHP']
    ])
    expect(rows(host)).toContainEqual([
      'lookup',
      STATUS,
      '',
      'rows 1 → 2 (1 added, 0 removed, 0 changed)',
      'set by connections-file',
      ''
    ])
    expect(output<{ lookups: unknown[] }>(host, 'results').lookups).toEqual([
      { name: STATUS, status: 'updated', before: 1, after: 2, added: 1, removed: 0, changed: 0 }
    ])
  })

  it('sends nothing for a lookup that already holds the rows', async () => {
    const c = await setup(
      spec([
        ['NEW', 'ENTERED'],
        ['SHIPPED', 'SHP']
      ])
    )
    lookups(c, {
      [STATUS]: [
        ['NEW', 'ENTERED'],
        ['SHIPPED', 'SHP']
      ]
    })
    const host = await importCar(c, { 'connections-file': c.file('p.yaml', FILE) }, { SHIPPED_CODE: 'SHP' })
    expect(host.failed).toBeUndefined()
    expect(c.target.requests('PUT', /\/lookups\//)).toEqual([])
    expect(rows(host)).toContainEqual([
      'lookup',
      STATUS,
      '',
      'rows 2 → 2 (0 added, 0 removed, 0 changed)',
      'unchanged',
      ''
    ])
  })

  it('repeats the PUT after a 503: the whole table is sent, so a second one changes nothing more', async () => {
    const c = await setup(spec())
    lookups(c, { [STATUS]: [['NEW', 'ENTERED']] })
    let refused = 0
    c.target.overrides.unshift(req =>
      req.method === 'PUT' && req.path.includes('/lookups/') && refused++ === 0
        ? problem(503, 'Service Unavailable')
        : undefined
    )
    const host = await importCar(c, { 'connections-file': c.file('p.yaml', FILE) }, { SHIPPED_CODE: 'SHP' })
    expect(host.failed).toBeUndefined()
    expect(c.target.requests('PUT', /\/lookups\//)).toHaveLength(2)
  })

  it('fails naming the lookup when the rows read back are not those sent', async () => {
    const c = await setup(spec())
    lookups(c, { [STATUS]: [['NEW', 'ENTERED']] })
    c.target.overrides.unshift(req =>
      req.method === 'PUT' && req.path.includes('/lookups/') ? { status: 200, body: {} } : undefined
    )
    const host = await importCar(
      c,
      { 'connections-file': c.file('p.yaml', FILE), activate: 'all' },
      { SHIPPED_CODE: 'SHP' }
    )
    expect(host.failed?.message).toMatch(
      /Lookup SO_ORDER_STATUS of project SALES_ORDERS holds 1 rows after the update, not the 2 of p\.yaml:3/
    )
    expect(writes(c).some(w => w.startsWith(`POST /projects/${P}/integrations/`))).toBe(false)
  })

  it('refuses a lookup neither the archive nor the target has, at its line, before any write', async () => {
    const c = await setup(spec())
    lookups(c, {})
    const host = await importCar(
      c,
      { 'connections-file': c.file('p.yaml', FILE.replace(STATUS, 'SO_ORDER_STATE')) },
      { SHIPPED_CODE: 'SHP' }
    )
    expect(host.failed?.message).toBe(
      `p.yaml:3: lookup SO_ORDER_STATE is neither in the archive nor in the target project (lookups there: ${STATUS}). Correct the name of lookup SO_ORDER_STATE, or remove it from p.yaml.`
    )
    expect(host.failed?.properties).toMatchObject({ file: 'p.yaml', startLine: 3 })
    expect(writes(c)).toEqual([])
  })

  it("skips with a warning a lookup a deployment's archive does not bring and the target lacks", async () => {
    const c = await setup(salesSpec({ labels: [{ code: 'REL_1', integrations: [A0] }], deployment: 'REL_1' }))
    lookups(c, {})
    const host = await importCar(c, { 'connections-file': c.file('p.yaml', FILE) }, { SHIPPED_CODE: 'SHP' })
    expect(host.failed).toBeUndefined()
    expect(logged(host, 'warning')).toContain(
      `p.yaml:3: lookup ${STATUS} is not in this deployment's archive nor in the target: skipped.`
    )
    expect(c.target.requests('PUT', /\/lookups\//)).toEqual([])
  })

  it("refuses columns other than the archive's, before any write", async () => {
    const c = await setup(spec())
    const host = await importCar(
      c,
      { 'connections-file': c.file('p.yaml', FILE.replace('[oic, erp]', '[erp, oic]')) },
      { SHIPPED_CODE: 'SHP' }
    )
    expect(host.failed?.message).toMatch(
      /^p\.yaml:3: lookup SO_ORDER_STATUS has columns \["erp","oic"\]; the archive has \["oic","erp"\]/
    )
    expect(writes(c)).toEqual([])
  })

  it('sets a lookup the target project holds that this archive does not bring', async () => {
    const c = await setup()
    existing(c, [{ ...A0, status: 'CONFIGURED' }])
    lookups(c, { [STATUS]: [['NEW', 'OPEN']] })
    const host = await importCar(
      c,
      { 'connections-file': c.file('p.yaml', FILE), 'if-exists': 'replace' },
      { SHIPPED_CODE: 'SHP' }
    )
    expect(host.failed).toBeUndefined()
    expect(rows(host)).toContainEqual([
      'lookup',
      STATUS,
      '',
      'rows 1 → 2 (1 added, 0 removed, 1 changed)',
      'set by connections-file',
      ''
    ])
  })
})

describe('import-car lookups, dry run', () => {
  it("shows rows added, removed and changed against the target's current lookup, and sends nothing", async () => {
    const c = await setup(spec())
    existing(c, [{ ...A0, status: 'CONFIGURED' }])
    lookups(c, {
      [STATUS]: [
        ['NEW', 'OPEN'],
        ['GONE', 'X']
      ]
    })
    const host = await importCar(
      c,
      { 'dry-run': 'true', 'connections-file': c.file('p.yaml', FILE) },
      { SHIPPED_CODE: 'SHP' }
    )
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    expect(calls(c)).toContain(`GET /projects/${P}/lookups/${STATUS}`)
    expect(host.summaries[0]?.notes).toContain(
      `Lookup ${STATUS}: 2 → 2 rows against the target's current rows: 1 added (["SHIPPED","SHP"]), 1 removed (["GONE","X"]), 1 changed (["NEW","OPEN"] → ["NEW","ENTERED"]), 0 unchanged.`
    )
    expect(output<{ lookups: unknown[] }>(host, 'results').lookups).toEqual([
      {
        name: STATUS,
        against: 'target',
        before: 2,
        after: 2,
        added: [['SHIPPED', 'SHP']],
        removed: [['GONE', 'X']],
        changed: [{ before: ['NEW', 'OPEN'], after: ['NEW', 'ENTERED'] }],
        unchanged: 0
      }
    ])
  })

  it("on a new project, diffs against the archive's rows (read from its .dvm)", async () => {
    const c = await setup(
      spec([
        ['NEW', 'ENTERED'],
        ['OLD', 'X']
      ])
    )
    const host = await importCar(
      c,
      { 'dry-run': 'true', 'connections-file': c.file('p.yaml', FILE) },
      { SHIPPED_CODE: 'SHP' }
    )
    expect(host.failed).toBeUndefined()
    expect(calls(c)).toEqual([`GET /projects/${P}`])
    expect(host.summaries[0]?.notes).toContain(
      `Lookup ${STATUS}: 2 → 2 rows against the archive's rows: 1 added (["SHIPPED","SHP"]), 1 removed (["OLD","X"]), 1 unchanged.`
    )
  })

  it('shows values from secrets as *** in the results output (the runner drops an output holding a secret)', async () => {
    const c = await setup(spec())
    const host = await importCar(
      c,
      { 'dry-run': 'true', 'connections-file': c.file('p.yaml', FILE) },
      { SHIPPED_CODE: 'sentinel-shipped-77' }
    )
    expect(host.failed).toBeUndefined()
    expect(host.outputs.results).not.toContain('sentinel-shipped-77')
    expect(output<{ lookups: Array<{ added: string[][] }> }>(host, 'results').lookups[0]?.added).toEqual([
      ['SHIPPED', '***']
    ])
  })

  it('escapes hostile values in the summary', async () => {
    const c = await setup(spec())
    const hostile =
      'lookups:\n  SO_ORDER_STATUS:\n    columns: [oic, erp]\n    rows:\n      - ["<img src=x onerror=alert(1)>", "[x](https://evil.example)"]\n'
    const host = await importCar(c, {
      'dry-run': 'true',
      'connections-file': c.file('p.yaml', `connections: {}\n${hostile}`)
    })
    expect(host.failed).toBeUndefined()
    expect(host.summaryText).not.toContain('<img')
    expect(host.summaryText).not.toContain('[x](')
    expect(host.summaryText).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
