// Verify the typed lookups and libraries clients against the emulator: lists with q, get, create, delete, CSV export
// (multi-byte text intact) and import, library register/replace (multipart), typed 400/404/409/423 errors.
import { afterAll, describe, expect, it } from '@jest/globals'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { qFilter } from '../../src/core/oic/api.js'
import {
  deleteLibrary,
  getLibrary,
  listLibraries,
  registerLibrary,
  replaceLibrary
} from '../../src/core/oic/libraries.js'
import {
  createLookup,
  deleteLookup,
  exportLookup,
  getLookup,
  importLookup,
  listLookups
} from '../../src/core/oic/lookups.js'
import { httpError, scratch, useOicClient } from '../support/oic-client.js'

const V1 = '/ic/api/integration/v1'
const WIDE_ROWS = 4000
const wideRow = (i: number): string[] => [`KEY-${i}`, `日本語のテキスト ${i} — Ünïcødé ✓`]
const SEED: InstanceSeed = {
  name: 'dev',
  projects: [
    {
      code: 'LL',
      name: 'Lookups and libraries',
      lookups: [
        {
          name: 'STATUS',
          description: 'OIC to ERP',
          columns: ['oic', 'erp'],
          rows: [
            ['NEW', 'ENTERED'],
            ['DONE', 'CLOSED, FINAL']
          ]
        },
        { name: 'FROZEN', columns: ['a'], rows: [['1']], locked: true },
        {
          name: 'WIDE',
          columns: ['key', 'text'],
          rows: Array.from({ length: WIDE_ROWS }, (_, i) => wideRow(i))
        }
      ],
      libraries: [
        { code: 'DATES', version: '01.00.0000', name: 'Dates', content: 'function d() {}\n' },
        { code: 'FREE', version: '01.00.0000', name: 'Free', description: 'unused' }
      ],
      integrations: [
        { code: 'USES', version: '01.00.0000', lookups: ['STATUS'], libraries: ['DATES|01.00.0000'] }
      ]
    }
  ]
}
const tmp = scratch()
const libraries = () => env.emu.state.get('dev')!.design.projects.get('LL')!.libraries

const env = useOicClient('dev', { instances: [SEED] })
afterAll(() => tmp.remove())

describe('lookups', () => {
  it('listLookups passes q to the server; getLookup reads columns and rows; unknown names are typed 404s', async () => {
    expect((await listLookups(env.dev, 'LL')).map(l => l.name).sort()).toEqual(['FROZEN', 'STATUS', 'WIDE'])
    expect((await listLookups(env.dev, 'LL', { q: qFilter({ status: 'LOCKED' }) })).map(l => l.name)).toEqual(
      ['FROZEN']
    )
    expect((await listLookups(env.dev, 'LL', { q: '{name:/stat/}' })).map(l => l.name)).toEqual(['STATUS'])

    expect(await getLookup(env.dev, 'LL', 'STATUS')).toMatchObject({
      name: 'STATUS',
      description: 'OIC to ERP',
      columns: ['oic', 'erp'],
      rows: [{ rowData: ['NEW', 'ENTERED'] }, { rowData: ['DONE', 'CLOSED, FINAL'] }],
      rowCount: 2,
      status: 'CONFIGURED',
      lockedFlag: false
    })
    expect((await getLookup(env.dev, 'LL', 'FROZEN')).status).toBe('LOCKED')
    await httpError(getLookup(env.dev, 'LL', 'NOPE'), 404, 'Lookup NOPE was not found in project LL.')
    await httpError(listLookups(env.dev, 'NOPE'), 404)
  })

  it('createLookup stores the lookup (visible in a follow-up GET); 409 and 400 are typed', async () => {
    const lookup = {
      name: 'CURRENCY',
      description: 'ISO codes',
      columns: ['oic', 'erp'],
      rows: [{ rowData: ['EUR', '978'] }]
    }
    await expect(createLookup(env.dev, 'LL', lookup)).resolves.toBeUndefined()
    expect(await getLookup(env.dev, 'LL', 'CURRENCY')).toMatchObject({
      ...lookup,
      rowCount: 1,
      status: 'CONFIGURED'
    })
    expect(env.emu.counters.mutationCount(`POST ${V1}/projects/:p/lookups`)).toBe(1)

    await httpError(createLookup(env.dev, 'LL', lookup), 409, 'Lookup CURRENCY already exists in project LL.')
    await httpError(
      createLookup(env.dev, 'LL', { name: 'BAD', columns: ['a', 'b'], rows: [{ rowData: ['only one'] }] }),
      400,
      'Row 1 of lookup BAD has 1 values; expected 2.'
    )
    await httpError(createLookup(env.dev, 'LL', { name: 'BAD', columns: [] }), 400, /at least one column/)
  })

  it('exportLookup streams the CSV as text, multi-byte characters intact across chunks; locked 423', async () => {
    expect(await exportLookup(env.dev, 'LL', 'STATUS')).toBe(
      'oic,erp\r\nNEW,ENTERED\r\nDONE,"CLOSED, FINAL"\r\n'
    )
    const wide = await exportLookup(env.dev, 'LL', 'WIDE')
    expect(wide.includes('\ufffd')).toBe(false)
    const lines = wide.split('\r\n')
    expect(lines[0]).toBe('key,text')
    expect(lines).toHaveLength(WIDE_ROWS + 2)
    expect(lines[WIDE_ROWS]).toBe(wideRow(WIDE_ROWS - 1).join(','))
    expect(lines.slice(1, -1)).toEqual(Array.from({ length: WIDE_ROWS }, (_, i) => wideRow(i).join(',')))

    await httpError(
      exportLookup(env.dev, 'LL', 'FROZEN'),
      423,
      'Lookup FROZEN is locked and cannot be exported.'
    )
    await httpError(exportLookup(env.dev, 'LL', 'NOPE'), 404)
  })

  it('importLookup uploads a CSV file (name from the file name); 409 and invalid CSV 400 are typed', async () => {
    const csv = tmp.file('COUNTRY.csv', 'oic,erp\r\nDE,Germany\r\nFR,"France, Republic"\r\n')
    await expect(importLookup(env.dev, 'LL', csv)).resolves.toBeUndefined()
    expect(await getLookup(env.dev, 'LL', 'COUNTRY')).toMatchObject({
      columns: ['oic', 'erp'],
      rows: [{ rowData: ['DE', 'Germany'] }, { rowData: ['FR', 'France, Republic'] }]
    })
    expect(await exportLookup(env.dev, 'LL', 'COUNTRY')).toBe(
      'oic,erp\r\nDE,Germany\r\nFR,"France, Republic"\r\n'
    )

    await httpError(importLookup(env.dev, 'LL', csv), 409, 'Lookup COUNTRY already exists in project LL.')
    const broken = tmp.file('BROKEN.csv', 'a,b\r\n"unterminated,x\r\n')
    await httpError(importLookup(env.dev, 'LL', broken), 400, /not valid CSV: unterminated quoted field/)
    await httpError(getLookup(env.dev, 'LL', 'BROKEN'), 404)
  })

  it('deleteLookup removes it (follow-up GET 404); a locked lookup is a typed 423', async () => {
    await expect(deleteLookup(env.dev, 'LL', 'CURRENCY')).resolves.toBeUndefined()
    await httpError(getLookup(env.dev, 'LL', 'CURRENCY'), 404)
    await httpError(deleteLookup(env.dev, 'LL', 'CURRENCY'), 404)
    await httpError(
      deleteLookup(env.dev, 'LL', 'FROZEN'),
      423,
      'Lookup FROZEN is locked and cannot be deleted.'
    )
    expect((await getLookup(env.dev, 'LL', 'FROZEN')).name).toBe('FROZEN')
  })
})

describe('libraries', () => {
  it('listLibraries passes q; getLibrary reads CODE|VERSION (sent as CODE%7CVERSION); unknown ones are 404', async () => {
    expect((await listLibraries(env.dev, 'LL')).map(l => l.id).sort()).toEqual([
      'DATES|01.00.0000',
      'FREE|01.00.0000'
    ])
    expect((await listLibraries(env.dev, 'LL', { q: "{name:'Free'}" })).map(l => l.code)).toEqual(['FREE'])
    expect(await getLibrary(env.dev, 'LL', 'DATES', '01.00.0000')).toMatchObject({
      id: 'DATES|01.00.0000',
      code: 'DATES',
      version: '01.00.0000',
      name: 'Dates',
      displayName: 'Dates',
      libraryType: 'API',
      size: 'function d() {}\n'.length
    })
    await httpError(
      getLibrary(env.dev, 'LL', 'DATES', '02.00.0000'),
      404,
      'Library DATES|02.00.0000 was not found in project LL.'
    )
  })

  it('registerLibrary sends the multipart fields and file (204); 409 and a bad version 400 are typed', async () => {
    const js = tmp.file('strings.js', 'function upper(s) { return s.toUpperCase() }\n')
    const library = {
      code: 'STRINGS',
      version: '01.00.0000',
      name: 'String helpers',
      type: 'API',
      description: 'text'
    }
    await expect(registerLibrary(env.dev, 'LL', library, js)).resolves.toBeUndefined()
    expect(await getLibrary(env.dev, 'LL', 'STRINGS', '01.00.0000')).toMatchObject({
      name: 'String helpers',
      description: 'text',
      libraryType: 'API'
    })
    const stored = libraries().get('STRINGS|01.00.0000')!
    expect(stored.fileName).toBe('strings.js')
    expect(stored.content.toString()).toBe('function upper(s) { return s.toUpperCase() }\n')

    await httpError(
      registerLibrary(env.dev, 'LL', library, js),
      409,
      'Library STRINGS|01.00.0000 already exists in project LL.'
    )
    await httpError(
      registerLibrary(env.dev, 'LL', { ...library, version: '1.0' }, js),
      400,
      /must look like 01.00.0000/
    )
    expect(env.emu.counters.mutationCount(`POST ${V1}/projects/:p/libraries/archive`)).toBe(1)
  })

  it('replaceLibrary uploads new code for CODE|VERSION (visible in size and content); unknown is a typed 404', async () => {
    const js = tmp.file('dates-v2.js', 'function d() { return new Date().toISOString() }\n')
    await expect(replaceLibrary(env.dev, 'LL', 'DATES', '01.00.0000', js)).resolves.toBeUndefined()
    expect(await getLibrary(env.dev, 'LL', 'DATES', '01.00.0000')).toMatchObject({
      size: 'function d() { return new Date().toISOString() }\n'.length
    })
    expect(libraries().get('DATES|01.00.0000')).toMatchObject({ fileName: 'dates-v2.js' })
    expect(libraries().get('DATES|01.00.0000')?.content.toString()).toContain('toISOString')
    await httpError(replaceLibrary(env.dev, 'LL', 'GHOST', '01.00.0000', js), 404, /GHOST\|01.00.0000/)
  })

  it('deleteLibrary removes an unused version; one used by an integration is a typed 423', async () => {
    await httpError(deleteLibrary(env.dev, 'LL', 'DATES', '01.00.0000'), 423, /used by USES\|01.00.0000/)
    await expect(deleteLibrary(env.dev, 'LL', 'FREE', '01.00.0000')).resolves.toBeUndefined()
    await httpError(getLibrary(env.dev, 'LL', 'FREE', '01.00.0000'), 404)
    await httpError(deleteLibrary(env.dev, 'LL', 'FREE', '01.00.0000'), 404)
    expect(libraries().has('DATES|01.00.0000')).toBe(true)
  })
})
