// import-car's dry run, in-process over a mocked OIC: it reads the archive and the target, writes the plan (outputs,
// summary, diff) and sends nothing that changes the target — checked on the network's call history.
import { describe, expect, it } from '@jest/globals'
import type { ArchiveDiff } from '../../../../src/core/archive/diff.js'
import { problem } from './fake-target.js'
import { A0, B0, calls, existing, importCar, output, P, rows, salesSpec, setup, writes } from './harness.js'

describe('import-car dry-run', () => {
  it('on a new project: plans the import, every request a GET', async () => {
    const c = await setup()
    const host = await importCar(c, { 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(calls(c)).toEqual([`GET /projects/${P}`])
    expect(writes(c)).toEqual([])
    expect(host.outputs.result).toBe('planned')
    expect(host.outputs.project).toBe(P)
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'planned' },
      { ...B0, status: 'planned' }
    ])
    expect(output(host, 'connections')).toEqual([{ id: 'ERP_REST', status: 'INPROGRESS' }])
    expect(output<ArchiveDiff>(host, 'diff').counts).toMatchObject({ added: 2, unchanged: 0 })
    expect(output(host, 'results')).toMatchObject({ project: P, result: 'planned' })
    const summary = host.summaries[0]
    expect(summary?.statusLine).toBe(
      `Dry run: importing ${P} into mock-instance would add the project — 2 added, 0 version changed, 0 unchanged, 0 only in target. Nothing was changed.`
    )
    expect(summary?.notes).toContain(
      'Connection ERP_REST would stay draft (the archive carries no credentials): add it to the connections file.'
    )
  })

  it.each([
    ['fail', 'fail: the project exists (409)', 1],
    ['skip', 'be skipped (project exists)', 0],
    ['replace', 'replace the existing project', 0]
  ])('on an existing project with if-exists: %s, says it would %s', async (ifExists, would, notes409) => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'ACTIVATED' },
      { code: B0.code, version: '01.00.0001', status: 'CONFIGURED' },
      { code: 'LEGACY', version: '01.00.0000', status: 'CONFIGURED' }
    ])
    const host = await importCar(c, { 'dry-run': 'true', 'if-exists': ifExists })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    expect(host.summaries[0]?.statusLine).toBe(
      `Dry run: importing ${P} into mock-instance would ${would} — 0 added, 1 version changed, 1 unchanged, 1 only in target. Nothing was changed.`
    )
    const refused = 'The project exists: with if-exists: fail the import would be refused (409).'
    expect((host.summaries[0]?.notes ?? []).filter(n => n === refused)).toHaveLength(notes409)
    expect(output(host, 'connections')).toEqual([{ id: 'ERP_REST', status: 'CONFIGURED' }])
    const blocked = {
      fail: 'no: project exists (409) — set if-exists: replace',
      skip: 'skipped (if-exists: skip)',
      replace: 'after deactivation (412 while active or locked)'
    }[ifExists]
    expect(rows(host)).toContainEqual([
      'integration',
      A0.code,
      A0.version,
      `${A0.version} (ACTIVATED)`,
      'unchanged',
      blocked
    ])
    expect(rows(host)).toContainEqual([
      'connection',
      'ERP_REST',
      'rest, BASIC_AUTH',
      'CONFIGURED',
      'stays draft: no credentials in the archive',
      ''
    ])
  })

  it('with a connections file: plans the configuration, sends no update', async () => {
    const c = await setup()
    const file = c.file(
      'oic/connections/prod.yaml',
      'connections:\n  ERP_REST:\n    properties:\n      connectionUrl: https://erp.prod.example.com\n'
    )
    const host = await importCar(c, { 'dry-run': 'true', 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    expect(rows(host)).toContainEqual([
      'connection',
      'ERP_REST',
      'rest, BASIC_AUTH',
      '—',
      'configured by connections-file',
      ''
    ])
    expect(host.summaries[0]?.notes?.join('\n')).not.toMatch(/ERP_REST would stay draft/)
  })

  it('warns about connections the integrations need that neither the archive nor the target has', async () => {
    const c = await setup({
      code: P,
      integrations: [{ ...A0, connections: ['PRESEEDED_FTP'] }],
      labels: [{ code: 'REL_1', integrations: [A0] }]
    })
    const host = await importCar(c, { 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(calls(c)).toEqual([`GET /projects/${P}`, 'GET /connections'])
    expect(
      host.logs
        .filter(l => l.level === 'warning')
        .map(l => l.message)
        .join('\n')
    ).toMatch(/PRESEEDED_FTP/)
  })

  it('compares lookups and libraries with the target, and says unknown when the target refuses the list (403)', async () => {
    const c = await setup(
      salesSpec({
        lookups: [{ name: 'CountryCodes' }],
        libraries: [{ code: 'DATE_UTILS', version: '01.00.0000' }]
      })
    )
    existing(c, [{ ...A0, status: 'CONFIGURED' }])
    c.target.overrides.push(
      req => (req.path.endsWith('/lookups') ? problem(403, 'Forbidden') : undefined),
      req =>
        req.path.endsWith('/libraries')
          ? {
              status: 200,
              body: {
                hasMore: false,
                items: [{ code: 'DATE_UTILS', version: '01.00.0000' }],
                totalResults: 1
              }
            }
          : undefined
    )
    const host = await importCar(c, { 'dry-run': 'true', 'if-exists': 'replace' })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    const diff = output<ArchiveDiff>(host, 'diff')
    expect(diff.lookups).toEqual([{ id: 'CountryCodes', change: 'unknown' }])
    expect(diff.libraries).toEqual([{ id: 'DATE_UTILS|01.00.0000', change: 'unchanged' }])
  })

  it('a 500 on a list the diff only needs still fails the step (only 4xx means unknown)', async () => {
    const c = await setup(salesSpec({ lookups: [{ name: 'CountryCodes' }] }))
    existing(c, [{ ...A0, status: 'CONFIGURED' }])
    c.target.overrides.push(req =>
      req.path.endsWith('/lookups') ? problem(500, 'Internal error.') : undefined
    )
    const host = await importCar(c, { 'dry-run': 'true', 'if-exists': 'replace' })
    expect(host.failed?.message).toMatch(
      /^GET .*\/projects\/SALES_ORDERS\/lookups\?.* failed: HTTP 500 Internal Server Error: Internal error\.$/
    )
  })

  it("says unknown for a connection outside the archive when the instance's connections cannot be listed", async () => {
    const c = await setup({
      code: P,
      integrations: [{ ...A0, connections: ['PRESEEDED_FTP'] }],
      labels: [{ code: 'REL_1', integrations: [A0] }]
    })
    c.target.overrides.push(req => (req.path === '/connections' ? problem(403, 'Forbidden') : undefined))
    const host = await importCar(c, { 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(output<ArchiveDiff>(host, 'diff').externalConnections).toEqual([
      { id: 'PRESEEDED_FTP', integrations: [`${A0.code}|${A0.version}`], found: 'unknown' }
    ])
  })
})
