// Verify PUT /projects/{p}/lookups/{name} (D:Update a Lookup in a Project): name, columns and rows as
// {rowData: [...]}; the lookup takes exactly what is sent; 400, 404, 423 preconditions.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import { DesignClient, type LookupJson } from '../support/emulator-design.js'

const L = '/projects/ORDERS/lookups'
let emu: Emulator
let dev: DesignClient
beforeEach(async () => {
  emu = await startEmulator({
    instances: [
      {
        name: 'dev',
        projects: [
          {
            code: 'ORDERS',
            lookups: [
              {
                name: 'STATUS_MAP',
                description: 'status codes',
                columns: ['oic', 'erp'],
                rows: [['NEW', 'ENTERED']]
              },
              { name: 'FROZEN', columns: ['a', 'b'], rows: [], locked: true }
            ]
          }
        ]
      }
    ]
  })
  dev = await DesignClient.for(emu, 'dev')
})
afterEach(async () => {
  await emu.stop()
})

const put = (name: string, json: unknown) => dev.call<LookupJson>('PUT', `${L}/${name}`, { json })

describe('update a lookup in a project', () => {
  it('replaces columns and rows with the body (200 with the lookup), and GET shows them', async () => {
    const body = {
      name: 'STATUS_MAP',
      columns: ['oic', 'erp', 'crm'],
      rows: [{ rowData: ['NEW', 'ENTERED', 'open'] }, { rowData: ['DONE', 'CLOSED', 'won'] }]
    }
    const res = await put('STATUS_MAP', body)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      name: 'STATUS_MAP',
      columns: body.columns,
      rows: body.rows,
      rowCount: 2
    })
    const got = await dev.get<LookupJson & { description: string }>(`${L}/STATUS_MAP`)
    expect(got.body).toMatchObject({ columns: body.columns, rows: body.rows, description: 'status codes' })
    const csv = await dev.get(`${L}/STATUS_MAP/archive`)
    expect(csv.text).toContain('DONE,CLOSED,won')
  })

  it('accepts an empty row list and a new description', async () => {
    const res = await put('STATUS_MAP', {
      name: 'STATUS_MAP',
      columns: ['oic', 'erp'],
      rows: [],
      description: 'x'
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ rows: [], rowCount: 0 })
  })

  it('answers 400 for a body naming another lookup, without columns, or with rows that do not fit', async () => {
    const renamed = await put('STATUS_MAP', { name: 'OTHER', columns: ['a'], rows: [] })
    expect(renamed.status).toBe(400)
    expect((renamed.body as unknown as { title: string }).title).toContain('cannot be renamed')
    expect((await put('STATUS_MAP', { name: 'STATUS_MAP', rows: [] })).status).toBe(400)
    const narrow = await put('STATUS_MAP', {
      name: 'STATUS_MAP',
      columns: ['a', 'b'],
      rows: [{ rowData: ['x'] }]
    })
    expect(narrow.status).toBe(400)
    expect((await put('STATUS_MAP', { name: 'STATUS_MAP', columns: ['a'], rows: [['x']] })).status).toBe(400)
    // Nothing changed.
    expect((await dev.get<LookupJson>(`${L}/STATUS_MAP`)).body.columns).toEqual(['oic', 'erp'])
  })

  it('answers 404 for an unknown lookup or project, 423 for a locked one', async () => {
    expect((await put('NOPE', { name: 'NOPE', columns: ['a'], rows: [] })).status).toBe(404)
    expect((await dev.call('PUT', '/projects/NOPE/lookups/STATUS_MAP', { json: {} })).status).toBe(404)
    expect((await put('FROZEN', { name: 'FROZEN', columns: ['a', 'b'], rows: [] })).status).toBe(423)
  })
})
