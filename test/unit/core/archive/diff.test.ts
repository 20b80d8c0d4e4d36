// Verify the archive diff against a target: integrations added / version changed / unchanged / only in target,
// connections that stay draft unless the connections file configures them, connections that neither the archive
// nor the target has (named with the integrations that need them), scheduled integrations, lookups and libraries.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readCar, type CarContents } from '../../../../src/core/archive/car.js'
import { diffArchive, type TargetState } from '../../../../src/core/archive/diff.js'
import { diffReport } from '../../../../src/core/archive/diff-report.js'
import { renderMarkdown, renderTerminal } from '../../../../src/core/job-summary.js'
import { writeProjectCar } from '../../../support/car.js'
import { FULL } from '../../../support/full-project.js'

let car: CarContents
beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'diff-')), 'full.car')
  await writeProjectCar(path, {
    ...FULL,
    integrations: [
      ...FULL.integrations!,
      { code: 'SO_NEW', version: '01.00.0000', connections: ['SHARED_X'] }
    ]
  })
  car = await readCar(path)
})

const target: TargetState = {
  exists: true,
  integrations: [
    { code: 'SO_CREATE_ORDER', version: '01.00.0001', status: 'ACTIVATED' },
    { code: 'TEST_1725367894', version: '01.00.0000', status: 'CONFIGURED' },
    { code: 'OLD', version: '01.00.0000', status: 'CONFIGURED' }
  ],
  connections: [{ id: 'SO_ERP_CLOUD', status: 'CONFIGURED' }],
  instanceConnections: [{ id: 'SHARED_X', status: 'CONFIGURED' }],
  lookups: [{ name: 'Countries' }],
  libraries: [{ code: 'DATE_UTILS', version: '00.09.0000' }]
}

describe('diffArchive', () => {
  it('classifies integrations and whether they can be imported', () => {
    const diff = diffArchive(car, target, 'replace')
    expect(diff.integrations.map(i => [i.code, i.version, i.change, i.importable, i.scheduled])).toEqual([
      ['SO_CREATE_ORDER', '01.00.0002', 'version changed', '412', false],
      ['SO_CREATE_ORDER', '01.00.0001', 'unchanged', '412', false],
      ['TEST_1725367894', '01.00.0000', 'unchanged', 'ok', true],
      ['SO_NEW', '01.00.0000', 'added', 'ok', false],
      ['OLD', '', 'only in target', 'ok', false]
    ])
    expect(diff.counts).toEqual({ added: 1, 'version changed': 1, unchanged: 2, 'only in target': 1 })
    expect(diffArchive(car, target, 'fail').integrations.every(i => i.importable === '409')).toBe(true)
    expect(diffArchive(car, target, 'skip').integrations.every(i => i.importable === 'skipped')).toBe(true)
  })

  it('tells a version change from an unchanged version', () => {
    const bumped = { ...target, integrations: [{ code: 'TEST_1725367894', version: '01.00.0001' }] }
    const row = diffArchive(car, bumped, 'replace').integrations.find(i => i.code === 'TEST_1725367894')
    expect(row).toMatchObject({ change: 'version changed', targetVersions: ['01.00.0001'] })
  })

  it('needs credentials for every archive connection the file does not configure', () => {
    const diff = diffArchive(car, target, 'replace', new Set(['SO_FTP']))
    expect(diff.connections).toEqual([
      {
        id: 'SO_ERP_CLOUD',
        adapterType: 'erp',
        securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
        targetStatus: 'CONFIGURED',
        configuredByFile: false,
        needsConfiguration: true
      },
      {
        id: 'SO_FTP',
        adapterType: 'ftp',
        securityPolicy: 'FTP_PASSWORD',
        configuredByFile: true,
        needsConfiguration: false
      }
    ])
  })

  it('names connections that neither the archive nor the target has, with the integrations that need them', () => {
    const diff = diffArchive(car, target, 'replace')
    expect(diff.externalConnections).toEqual([
      { id: 'PRESEEDED_COLLOCATED_CONN_ATP', integrations: ['SO_CREATE_ORDER|01.00.0002'], found: 'missing' },
      { id: 'SHARED_X', integrations: ['SO_NEW|01.00.0000'], found: 'target instance' }
    ])
    expect(diff.missingConnections.map(m => m.id)).toEqual(['PRESEEDED_COLLOCATED_CONN_ATP'])
    const unread = diffArchive(car, { exists: false, integrations: [], connections: [] }, 'fail')
    expect(unread.externalConnections.map(e => e.found)).toEqual(['unknown', 'unknown'])
    expect(unread.missingConnections).toEqual([])
    const inProject = diffArchive(
      car,
      { ...target, connections: [{ id: 'PRESEEDED_COLLOCATED_CONN_ATP' }] },
      'replace'
    )
    expect(inProject.externalConnections[0]?.found).toBe('target project')
  })

  it('lists scheduled integrations, and the lookups and libraries the import brings or changes', () => {
    const diff = diffArchive(car, target, 'replace')
    expect(diff.scheduled).toEqual(['TEST_1725367894|01.00.0000'])
    expect(diff.lookups).toEqual([{ id: 'Countries', change: 'replaced' }])
    expect(diff.libraries).toEqual([{ id: 'DATE_UTILS|01.00.0000', change: 'version changed' }])
    const fresh = diffArchive(car, { ...target, lookups: [], libraries: [] }, 'replace')
    expect(fresh.lookups[0]?.change).toBe('added')
    expect(fresh.libraries[0]?.change).toBe('added')
    const unknown = diffArchive(car, { exists: false, integrations: [], connections: [] }, 'replace')
    expect(unknown.lookups[0]?.change).toBe('unknown')
  })
})

describe('diffReport', () => {
  it('warns about the missing connection before anything else and keeps one row per item', () => {
    const report = diffReport(car, diffArchive(car, target, 'replace', new Set(['SO_FTP'])), 'prod')
    expect(report.status).toBe('warning')
    expect(report.notes?.[0]).toBe(
      'Connection PRESEEDED_COLLOCATED_CONN_ATP is in neither the archive nor prod: SO_CREATE_ORDER|01.00.0002 depends on it and cannot be activated until it exists there.'
    )
    expect(report.notes).toContain(
      'Scheduled integrations (start their schedules after activation): TEST_1725367894|01.00.0000.'
    )
    expect(report.notes).toContain(
      'Connections that need their credentials configured after the import: SO_ERP_CLOUD.'
    )
    const kinds = report.table!.rows.map(r => `${r[0]} ${r[1]}`)
    expect(kinds).toEqual([
      'integration SO_CREATE_ORDER',
      'integration SO_CREATE_ORDER',
      'integration TEST_1725367894',
      'integration SO_NEW',
      'integration OLD',
      'connection SO_ERP_CLOUD',
      'connection SO_FTP',
      'connection (dependency) PRESEEDED_COLLOCATED_CONN_ATP',
      'connection (dependency) SHARED_X',
      'lookup Countries',
      'library DATE_UTILS|01.00.0000'
    ])
  })

  it('keeps hostile names from starting a workflow command or breaking the table', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'h.car')
    await writeProjectCar(path, {
      code: 'P',
      integrations: [{ code: 'A', version: '01.00.0000', connections: ['::error::x|y'] }]
    })
    const hostile = await readCar(path)
    const report = diffReport(hostile, diffArchive(hostile, target, 'replace'), 'prod')
    expect(renderMarkdown(report)).not.toMatch(/^\s*::/m)
    expect(renderMarkdown(report)).toContain('::error::x\\|y')
    expect(renderTerminal(report)).toContain('::error::x|y')
  })
})
