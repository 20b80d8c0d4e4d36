// import-car's main, in-process over a mocked OIC (no emulator): a new project is imported with one multipart POST,
// an existing one fails, is skipped or replaced as if-exists says, a replacement that changed nothing fails unless
// accept-unchanged, a lost import answer is settled by reading the project back, and the server's refusals (401,
// 409, 412, 500) end the step with one line.
import { describe, expect, it } from '@jest/globals'
import { problem } from './fake-target.js'
import { A0, B0, existing, importCar, logged, output, P, rows, setup, writes } from './harness.js'

const T1 = '2026-11-01T08:00:00.000+0000'

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
    expect(output(host, 'results')).toMatchObject({ project: P, result: 'imported', activations: [] })
    const summary = host.summaries[0]
    expect(host.summaries).toHaveLength(1)
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
    expect(logged(host, 'info')).toContain(`Project ${P} imported in mock-instance`)
  })

  it('takes the project from the archive when the input is empty, and a success summary when nothing is draft', async () => {
    const c = await setup({
      code: P,
      integrations: [A0],
      labels: [{ code: 'REL_1', integrations: [A0] }]
    })
    const host = await importCar(c, {})
    expect(host.failed).toBeUndefined()
    expect(host.outputs.project).toBe(P)
    expect(host.summaries[0]?.status).toBe('success')
    expect(output(host, 'connections')).toEqual([])
  })

  it('refuses an archive of another project before any request', async () => {
    const c = await setup()
    const host = await importCar(c, { project: 'OTHER' })
    expect(host.failed?.message).toBe(
      `Input 'path' (car/${P}.car) holds project ${P}, not OTHER: import the right archive or fix the project input.`
    )
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
  })

  it('refuses a path with no archive, naming the input', async () => {
    const c = await setup()
    const host = await importCar(c, { path: 'car/NOPE.car' })
    expect(host.failed?.message).toBe(
      "Input 'path': no archive at 'car/NOPE.car': pass the path output of export-car."
    )
    expect(host.summaries[0]).toMatchObject({ status: 'failure', statusLine: host.failed?.message })
  })

  it('refuses an OIC 2 instance (no instance name): projects exist only in OIC 3', async () => {
    const c = await setup()
    const host = await importCar(c, { instance: '' })
    expect(host.failed?.message).toBe(
      "import-car needs Oracle Integration 3 (projects exist only in its REST API), but 'instance' is empty, which means OIC 2: set input 'instance' (or env OIC_INSTANCE) to the service instance name from the instance's About page."
    )
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
  })

  it('an import answered 202 with no body: the project is the one the archive names', async () => {
    const c = await setup()
    c.target.overrides.push(req => {
      if (req.method !== 'POST' || req.path !== '/projects/archive') return undefined
      c.target.exists = true
      c.target.integrations = c.target.afterUpload.map(i => ({ ...i }))
      return { status: 202 }
    })
    const host = await importCar(c, {})
    expect(host.failed).toBeUndefined()
    expect(host.outputs.project).toBe(P)
  })
})

describe('import-car: the import answer', () => {
  it('names another project than the input: the step fails naming both', async () => {
    const c = await setup()
    c.target.overrides.push(req =>
      req.method === 'POST' && req.path === '/projects/archive'
        ? {
            status: 200,
            body: { code: 'SALES_ORDERS_2', id: 'SALES_ORDERS_2', name: 'sales', type: 'DEVELOPED' }
          }
        : undefined
    )
    const host = await importCar(c, { project: P })
    expect(host.failed?.message).toBe(`The import created project SALES_ORDERS_2, not ${P}.`)
    expect(host.outputs.result).toBeUndefined()
  })
})

describe('import-car: the project exists (if-exists)', () => {
  it('fail (the default): one line, nothing sent', async () => {
    const c = await setup()
    existing(c, [{ ...A0, status: 'ACTIVATED' }])
    const host = await importCar(c, {})
    expect(host.failed?.message).toBe(
      `Project ${P} already exists in mock-instance (409): set if-exists: replace to replace it, or skip.`
    )
    expect(writes(c)).toEqual([])
  })

  it('skip: nothing sent, the target read back as it is', async () => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    const host = await importCar(c, { 'if-exists': 'skip' })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    expect(host.outputs.result).toBe('skipped')
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    expect(logged(host, 'info')).toContain(
      `Project ${P} exists in mock-instance: import skipped (if-exists: skip)`
    )
    expect(rows(host)[0]).toEqual(['integration', A0.code, A0.version, 'unchanged', 'ACTIVATED', 'skipped'])
  })

  it('replace: deactivates what is active (scheduled first), PUTs, and reactivates in reverse order', async () => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'ACTIVATED', style: 'freeform_scheduled' },
      { code: 'LEGACY', version: '01.00.0000', status: 'CONFIGURED' }
    ])
    c.target.inFlight = [
      { id: '1001', integrationId: A0.code, integrationVersion: A0.version, status: 'IN_PROGRESS' },
      { id: '1002', integrationId: 'LEGACY', integrationVersion: '01.00.0000', status: 'IN_PROGRESS' }
    ]
    const host = await importCar(c, { 'if-exists': 'replace' })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([
      // The scheduled one's schedule is stopped first (412 "not running", read back as stopped: fine).
      `POST /projects/${P}/integrations/${B0.code}|${B0.version}/schedule/stop`,
      `POST /projects/${P}/integrations/${B0.code}|${B0.version}`,
      `POST /projects/${P}/integrations/${A0.code}|${A0.version}`,
      'PUT /projects/archive',
      `POST /projects/${P}/integrations/${A0.code}|${A0.version}`,
      `POST /projects/${P}/integrations/${B0.code}|${B0.version}`
    ])
    expect(c.target.requests('POST', /\/integrations\/[^/]+$/).map(r => r.json)).toEqual([
      { status: 'CONFIGURED' },
      { status: 'CONFIGURED' },
      { status: 'ACTIVATED' },
      { status: 'ACTIVATED' }
    ])
    expect(
      c.target
        .requests('POST', /\/integrations\/[^/]+$/)
        .every(r => r.headers['x-http-method-override'] === 'PATCH')
    ).toBe(true)
    expect(host.outputs.result).toBe('replaced')
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'ACTIVATED' }
    ])
    const notes = host.summaries[0]?.notes ?? []
    expect(notes).toContain(
      `Deactivated before replacing (scheduled first): ${B0.code}|${B0.version}, ${A0.code}|${A0.version}; reactivated after in reverse order: ${A0.code}|${A0.version}, ${B0.code}|${B0.version}.`
    )
    expect(notes).toContain(`In flight when ${A0.code}|${A0.version} was deactivated: 1 instance(s) (1001).`)
    expect(notes.join('\n')).not.toMatch(/LEGACY/)
    expect(host.summaries[0]?.statusLine).toMatch(/2 of 2 activated\.$/)
    expect(rows(host)).toContainEqual([
      'integration',
      'LEGACY',
      '01.00.0000',
      'only in target',
      'CONFIGURED',
      ''
    ])
  })

  it('replace: says when the instances in flight could not be read', async () => {
    const c = await setup()
    existing(c, [{ ...A0, status: 'ACTIVATED' }])
    c.target.overrides.push(req =>
      req.path === '/monitoring/instances' ? problem(400, 'Invalid query parameter q.') : undefined
    )
    const host = await importCar(c, { 'if-exists': 'replace' })
    expect(host.failed).toBeUndefined()
    expect(host.summaries[0]?.notes?.join('\n')).toMatch(
      /The instances in flight could not be read \(GET .*\/monitoring\/instances.* failed: HTTP 400 Bad Request: Invalid query parameter q\./
    )
  })

  it('replace that changed nothing fails, after reactivating what it deactivated', async () => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    c.target.afterUpload = [
      { ...A0, status: 'CONFIGURED', lastUpdated: T1 },
      { ...B0, status: 'CONFIGURED', lastUpdated: '2026-12-01T12:00:05.000+0000' }
    ]
    const host = await importCar(c, { 'if-exists': 'replace' })
    expect(host.failed?.message).toBe(
      `Replacing project ${P} failed (1 of 1 deactivated integrations reactivated): The replacement did not change ${A0.code}|${A0.version} (lastUpdated is still ${T1}): replacing a project is not a documented Oracle operation and the service kept what it had; delete the project or those versions and import again, or set accept-unchanged: true to accept this.`
    )
    expect(c.target.integrations.find(i => i.code === A0.code)?.status).toBe('ACTIVATED')
    expect(writes(c).at(-1)).toBe(`POST /projects/${P}/integrations/${A0.code}|${A0.version}`)
  })

  it('accept-unchanged: true reports the unchanged integration instead of failing', async () => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'CONFIGURED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    c.target.afterUpload = [
      { ...A0, status: 'CONFIGURED', lastUpdated: T1 },
      { ...B0, status: 'CONFIGURED', lastUpdated: '2026-12-01T12:00:05.000+0000' }
    ]
    const host = await importCar(c, { 'if-exists': 'replace', 'accept-unchanged': 'true' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('replaced')
    expect(host.summaries[0]?.notes).toContain(
      `Not changed by the replacement, accepted (accept-unchanged): ${A0.code}|${A0.version} (lastUpdated is still ${T1}); these are not replaced.`
    )
    expect(logged(host, 'info')).toContain(
      `Not changed by the replacement (accepted): ${A0.code}|${A0.version} (lastUpdated is still ${T1})`
    )
  })

  it('a replacement refused by the server reactivates what was deactivated and names the refusal', async () => {
    const c = await setup()
    existing(c, [{ ...A0, status: 'ACTIVATED' }])
    c.target.overrides.push(req =>
      req.method === 'PUT' ? problem(400, 'The archive is not a valid project archive.') : undefined
    )
    const host = await importCar(c, { 'if-exists': 'replace' })
    expect(host.failed?.message).toMatch(
      new RegExp(
        `^Replacing project ${P} failed \\(1 of 1 deactivated integrations reactivated\\): Could not replace the archive: PUT https://oic\\.mock\\.example\\.com/ic/api/integration/v1/projects/archive\\?integrationInstance=mock-instance failed: HTTP 400 Bad Request: The archive is not a valid project archive\\.`
      )
    )
    expect(writes(c)).toEqual([
      `POST /projects/${P}/integrations/${A0.code}|${A0.version}`,
      'PUT /projects/archive',
      `POST /projects/${P}/integrations/${A0.code}|${A0.version}`
    ])
    expect(c.target.integrations[0]?.status).toBe('ACTIVATED')
  })
})

describe('import-car: the server refuses or the answer is lost', () => {
  it('401 on the first read: one line with the fix, nothing sent, the token not shown', async () => {
    const c = await setup()
    c.target.overrides.push(() => problem(401, 'Unauthorized'))
    const host = await importCar(c, {})
    expect(host.failed?.message).toMatch(
      /^GET https:\/\/oic\.mock\.example\.com\/ic\/api\/integration\/v1\/projects\/SALES_ORDERS\?integrationInstance=mock-instance failed: HTTP 401 Unauthorized\. The access token was rejected/
    )
    expect(host.failed?.message).not.toContain('tok-unit-0123456789')
    expect(host.failed?.message).not.toContain('\n')
    expect(writes(c)).toEqual([])
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(1)
  })

  it('409 from the import (created meanwhile): says to replace or skip, the POST not repeated', async () => {
    const c = await setup()
    c.target.overrides.push(req =>
      req.method === 'POST' && req.path === '/projects/archive'
        ? problem(409, `Project ${P} already exists.`)
        : undefined
    )
    const host = await importCar(c, {})
    expect(host.failed?.message).toBe(
      `Project ${P} already exists in the target (409): set if-exists: replace to replace it, or skip.`
    )
    expect(host.failed?.properties).toBeUndefined()
    expect(writes(c)).toEqual(['POST /projects/archive'])
  })

  it('500 from the import with no project afterwards: one line, the POST never repeated', async () => {
    const c = await setup()
    c.target.overrides.push(req =>
      req.method === 'POST' && req.path === '/projects/archive'
        ? problem(500, 'Import failed: internal error.')
        : undefined
    )
    const host = await importCar(c, {})
    expect(host.failed?.message).toBe(
      'Could not import the archive: POST https://oic.mock.example.com/ic/api/integration/v1/projects/archive?integrationInstance=mock-instance failed: HTTP 500 Internal Server Error: Import failed: internal error.'
    )
    expect(writes(c)).toEqual(['POST /projects/archive'])
    expect(c.net.slept).toEqual([])
  })

  it('a lost answer (504 after the server imported) is settled by reading the project, not by sending again', async () => {
    const c = await setup()
    c.target.overrides.push(req => {
      if (req.method !== 'POST' || req.path !== '/projects/archive') return undefined
      c.target.exists = true
      c.target.integrations = c.target.afterUpload.map(i => ({ ...i }))
      c.target.connections = c.target.connectionsAfterUpload.map(x => ({ ...x }))
      return {
        status: 504,
        body: '<html><body>504 Gateway Time-out</body></html>',
        headers: { 'content-type': 'text/html' }
      }
    })
    const host = await importCar(c, { project: P })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual(['POST /projects/archive'])
    expect(host.outputs.result).toBe('imported')
    expect(logged(host, 'warning')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The answer to the import was lost \\(POST .* failed: HTTP 504.*\\); project ${P} now exists, so the archive was not sent again\\.$`
        )
      )
    ])
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'CONFIGURED' },
      { ...B0, status: 'CONFIGURED' }
    ])
  })

  it('a connection reset after the server imported is settled the same way', async () => {
    const c = await setup()
    c.target.overrides.push(req => {
      if (req.method !== 'POST' || req.path !== '/projects/archive') return undefined
      c.target.exists = true
      c.target.integrations = c.target.afterUpload.map(i => ({ ...i }))
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    })
    const host = await importCar(c, { project: P })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual(['POST /projects/archive'])
    expect(logged(host, 'warning')).toEqual([
      `The answer to the import was lost (POST https://oic.mock.example.com/ic/api/integration/v1/projects/archive?integrationInstance=mock-instance failed: no response (ECONNRESET): socket hang up); project ${P} now exists, so the archive was not sent again.`
    ])
  })

  it('412 on activation (locked): one line naming the integration and the precondition', async () => {
    const c = await setup()
    c.target.overrides.push(req =>
      req.method === 'POST' && /\/integrations\/ORDER_SYNC/.test(req.path)
        ? problem(412, 'Integration ORDER_SYNC|01.00.0000 is locked by another user.')
        : undefined
    )
    // One at a time, so the refusal stops the next start (with more, the next may already be in flight).
    const host = await importCar(c, { activate: 'all', 'activation-concurrency': '1' })
    expect(host.failed?.message).toMatch(
      /^Could not activate ORDER_SYNC\|01\.00\.0000: POST .* failed: HTTP 412 Precondition Failed: Integration ORDER_SYNC\|01\.00\.0000 is locked by another user\. A precondition failed: the resource is locked/
    )
    expect(writes(c)).toEqual([
      'POST /projects/archive',
      `POST /projects/${P}/integrations/${A0.code}|${A0.version}`
    ])
  })
})
