// import-car's main, in-process over a mocked OIC (no emulator): a new project is imported with one multipart POST,
// an existing one fails, is skipped or replaced as if-exists says, a replacement that changed nothing fails unless
// accept-unchanged, and the server's refusals (401, 409, 412, 500) end the step with one line.
import { describe, expect, it } from '@jest/globals'
import { problem } from './fake-target.js'
import { A0, B0, calls, importCar, logged, output, P, rows, setup, writes } from './harness.js'

describe('import-car: a new project', () => {
  it('imports the archive with one POST, reads it back and reports each integration and connection', async () => {
    const c = await setup()
    const host = await importCar(c, { project: P })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual(['POST /projects/archive'])
    const post = c.net.agent
      .getCallHistory()
      ?.calls()
      .find(l => l.method === 'POST')
    expect(post?.searchParams).toMatchObject({ integrationInstance: 'mock-instance' })
    expect(String(post?.headers?.['content-type'])).toMatch(/^multipart\/form-data; boundary=/)
    expect(host.outputs.project).toBe(P)
    expect(host.outputs.result).toBe('imported')
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'CONFIGURED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    expect(output(host, 'connections')).toEqual([{ id: 'ERP_REST', status: 'INPROGRESS' }])
    const summary = host.summaries[0]
    expect(summary?.status).toBe('warning')
    expect(summary?.statusLine).toBe(
      `Project ${P} imported in mock-instance: 2 integrations, 0 connections configured, 0 of 0 activated.`
    )
    expect(rows(host)).toEqual([
      ['integration', A0.code, A0.version, 'added', 'CONFIGURED', ''],
      ['integration', B0.code, B0.version, 'added', 'CONFIGURED', ''],
      ['connection', 'ERP_REST', '', 'needs its credentials: configure it', 'INPROGRESS', '']
    ])
    expect(summary?.notes).toContain(
      'Connection ERP_REST is INPROGRESS: configure it (connections-file) before activating the integrations that use it.'
    )
  })
})
