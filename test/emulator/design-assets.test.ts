// Verify lookups, libraries and integration archives (.iar): create/register, CSV export/import, 204 +
// Location, 409, 423 when locked or in use, and .iar replace semantics.
import { describe, expect, it } from '@jest/globals'
import {
  designSeed,
  problem,
  type Collection,
  type IntegrationJson,
  type LibraryJson,
  type LookupJson,
  useDevAndProd
} from '../support/emulator-design.js'

const env = useDevAndProd(() => {
  const seed = designSeed()
  seed.instances[0]!.projects![0]!.lookups!.push({ name: 'FROZEN', columns: ['a'], locked: true })
  return { seed }
})

const L = '/projects/SALES/lookups'
const B = '/projects/SALES/libraries'

describe('lookups', () => {
  it('lists with q on name and status, gets one with usage', async () => {
    const list = await env.dev.get<Collection<LookupJson>>(L)
    expect(list.body.items.map(l => [l.name, l.status])).toEqual([
      ['FROZEN', 'LOCKED'],
      ['STATUS_MAP', 'CONFIGURED']
    ])
    expect((await env.dev.get<Collection<LookupJson>>(L, { q: "{status:'LOCKED'}" })).body.totalResults).toBe(
      1
    )
    const one = await env.dev.get<LookupJson>(`${L}/STATUS_MAP`)
    expect(one.body).toMatchObject({ name: 'STATUS_MAP', rowCount: 2, usage: 1, columns: ['oic', 'erp'] })
    expect((await env.dev.get(`${L}/NOPE`)).status).toBe(404)
  })

  it('creates a lookup (201 / createStatus), 409 for a duplicate, 400 for ragged rows', async () => {
    const body = {
      name: 'COUNTRY',
      columns: ['iso', 'name'],
      rows: [{ rowData: ['NL', 'Netherlands, The'] }]
    }
    const res = await env.dev.post<LookupJson>(L, body)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ name: 'COUNTRY', rowCount: 1, status: 'CONFIGURED' })
    expect((await env.dev.post(L, body)).status).toBe(409)
    expect((await env.dev.post(L, { ...body, name: 'X', rows: [{ rowData: ['only one'] }] })).status).toBe(
      400
    )
    env.emu.switches.createStatus = 200
    expect((await env.dev.post(L, { ...body, name: 'COUNTRY2' })).status).toBe(200)
  })

  it('exports CSV and imports it elsewhere (204 + Location), 409 on repeat', async () => {
    await env.dev.post(L, {
      name: 'COUNTRY',
      columns: ['iso', 'name'],
      rows: [{ rowData: ['NL', 'Netherlands, The'] }]
    })
    const csv = await env.dev.get(`${L}/COUNTRY/archive`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('application/octet-stream')
    expect(csv.text).toBe('iso,name\r\nNL,"Netherlands, The"\r\n')
    await env.dev.del(`${L}/COUNTRY`)
    const imported = await env.dev.upload(`${L}/archive`, Buffer.from(csv.text), 'POST', 'COUNTRY.csv')
    expect(imported.status).toBe(204)
    expect(imported.headers.get('location')).toBe(env.dev.url(`${L}/COUNTRY`))
    expect((await env.dev.get<LookupJson>(`${L}/COUNTRY`)).body.rows).toEqual([
      { rowData: ['NL', 'Netherlands, The'] }
    ])
    expect((await env.dev.upload(`${L}/archive`, Buffer.from(csv.text), 'POST', 'COUNTRY.csv')).status).toBe(
      409
    )
    expect((await env.dev.upload(`${L}/archive`, Buffer.from('a,"b\n'), 'POST', 'BAD.csv')).status).toBe(400)
  })

  it('answers 423 for deleting or exporting a locked lookup, 200 then 404 otherwise', async () => {
    expect((await env.dev.del(`${L}/FROZEN`)).body).toEqual(problem(423))
    expect((await env.dev.get(`${L}/FROZEN/archive`)).status).toBe(423)
    expect((await env.dev.del(`${L}/STATUS_MAP`)).status).toBe(200)
    expect((await env.dev.del(`${L}/STATUS_MAP`)).status).toBe(404)
  })
})

describe('libraries', () => {
  const register = (fields: Record<string, string>, content = 'function f() {}') => {
    const form = new FormData()
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    form.append('file', new Blob([content]), 'lib.js')
    return env.dev.call('POST', `${B}/archive`, { form })
  }
  const fields = { name: 'Strings', code: 'STRINGS', version: '01.00.0000', type: 'API' }

  it('registers a library (204 + Location), 409 again, 400 without a required field', async () => {
    const res = await register(fields)
    expect(res.status).toBe(204)
    expect(res.headers.get('location')).toBe(env.dev.url(`${B}/STRINGS%7C01.00.0000`))
    const one = await env.dev.get<LibraryJson>(`${B}/STRINGS%7C01.00.0000`)
    expect(one.body).toMatchObject({
      id: 'STRINGS|01.00.0000',
      name: 'Strings',
      libraryType: 'API',
      usage: 0,
      size: 15
    })
    expect((await register(fields)).status).toBe(409)
    const missing = await register({ ...fields, version: '' })
    expect(missing.status).toBe(400)
    expect(missing.body.title).toMatch(/version/)
    expect((await env.dev.get<Collection<LibraryJson>>(B)).body.items.map(l => l.id)).toEqual([
      'DATES|01.00.0000',
      'STRINGS|01.00.0000'
    ])
  })

  it('replaces the code (200 LibraryRs) and refuses to delete a library in use (423)', async () => {
    const form = new FormData()
    form.append('file', new Blob(['function d2() {}\n']), 'dates.js')
    const replaced = await env.dev.call<Collection<LibraryJson>>('POST', `${B}/DATES%7C01.00.0000/archive`, {
      form
    })
    expect(replaced.status).toBe(200)
    expect(replaced.body).toMatchObject({
      hasMore: false,
      totalResults: 1,
      items: [{ code: 'DATES', size: 17, usage: 1 }]
    })
    const inUse = await env.dev.del(`${B}/DATES%7C01.00.0000`)
    expect(inUse.status).toBe(423)
    expect(inUse.body.title).toMatch(/ORDER_IN\|01\.00\.0001/)
    await register(fields)
    expect((await env.dev.del(`${B}/STRINGS%7C01.00.0000`)).status).toBe(200)
    expect((await env.dev.del(`${B}/STRINGS%7C01.00.0000`)).status).toBe(404)
  })
})

describe('integration archives (.iar)', () => {
  it('exports a global integration and imports it into another instance (204 + Location), 409 again', async () => {
    const res = await fetch(env.dev.url('/integrations/GLOBAL_PING%7C01.00.0000/archive'), {
      headers: { authorization: `Bearer ${env.dev.token}` }
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="GLOBAL_PING_01.00.0000.iar"')
    const iar = Buffer.from(await res.arrayBuffer())
    const imported = await env.prod.upload('/integrations/archive', iar, 'POST', 'ping.iar')
    expect(imported.status).toBe(204)
    expect(imported.headers.get('location')).toBe(env.prod.url('/integrations/GLOBAL_PING%7C01.00.0000'))
    const got = await env.prod.get<IntegrationJson>('/integrations/GLOBAL_PING%7C01.00.0000')
    expect(got.body).toMatchObject({
      status: 'CONFIGURED',
      dependencies: { connections: [{ id: 'GLOBAL_REST', status: 'INPROGRESS' }] }
    })
    expect((await env.prod.upload('/integrations/archive', iar)).status).toBe(409)
  })

  it('replaces with PUT (200; 404 when absent; 412 while active) and imports into a project', async () => {
    const res = await fetch(env.dev.url('/integrations/GLOBAL_PING%7C01.00.0000/archive'), {
      headers: { authorization: `Bearer ${env.dev.token}` }
    })
    const iar = Buffer.from(await res.arrayBuffer())
    expect((await env.prod.upload('/integrations/archive', iar, 'PUT')).status).toBe(404)
    expect((await env.dev.upload('/integrations/archive', iar, 'PUT')).status).toBe(200)
    await env.dev.patch('/integrations/GLOBAL_PING%7C01.00.0000', { status: 'ACTIVATED' })
    expect((await env.dev.upload('/integrations/archive', iar, 'PUT')).status).toBe(412)
    const intoProject = await env.dev.upload('/projects/SALES/integrations/archive', iar)
    expect(intoProject.status).toBe(204)
    expect(intoProject.headers.get('location')).toBe(
      env.dev.url('/projects/SALES/integrations/GLOBAL_PING%7C01.00.0000')
    )
    expect((await env.dev.upload('/integrations/archive', Buffer.from('nope'))).status).toBe(400)
  })
})
