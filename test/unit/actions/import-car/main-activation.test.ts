// import-car's activate input, in-process over a mocked OIC: none sends no activation, all activates the newest
// version of each imported code, a deployment code activates what it pins; CONFIGURED after the request means "not
// started yet" (K5); a failed or timed-out activation fails the step naming why.
import { describe, expect, it } from '@jest/globals'
import { problem } from './fake-target.js'
import { A0, B0, calls, existing, importCar, output, P, rows, salesSpec, setup, writes } from './harness.js'

const activations = (c: Awaited<ReturnType<typeof setup>>): string[] =>
  c.target
    .requests('POST', /\/integrations\/[^/]+$/)
    .filter(r => (r.json as { status?: string }).status === 'ACTIVATED')
    .map(r => r.path.replace(`/projects/${P}/integrations/`, ''))

describe('import-car activate', () => {
  it('none (the default): no activation is sent', async () => {
    const c = await setup()
    const host = await importCar(c, { activate: 'none' })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual(['POST /projects/archive'])
  })

  it('all: activates every imported integration, polling through CONFIGURED (not started yet)', async () => {
    const c = await setup()
    c.target.activationScript = ['CONFIGURED', 'ACTIVATION_INPROGRESS', 'ACTIVATED']
    const host = await importCar(c, { activate: 'all' })
    expect(host.failed).toBeUndefined()
    expect(activations(c)).toEqual([`${A0.code}|${A0.version}`, `${B0.code}|${B0.version}`])
    expect(c.target.requests('POST', /\/integrations\//)[0]?.query.get('enableAsyncActivationMode')).toBe(
      'true'
    )
    // The status before the request comes from one list read (none per integration), then, both in progress, one
    // list read per step of the script (three after the target's and the one before the requests): CONFIGURED did not
    // end the wait.
    expect(c.target.requests('GET', /\/integrations\/[^/]+\/activationStatus$/)).toHaveLength(0)
    expect(
      c.target.requests('GET', /^\/projects\/SALES_ORDERS\/integrations$/).length
    ).toBeGreaterThanOrEqual(5)
    expect(c.net.slept.length).toBeGreaterThanOrEqual(2)
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'ACTIVATED' }
    ])
    expect(host.summaries[0]?.statusLine).toMatch(/, 2 of 2 activated\.$/)
    expect(rows(host)[0]).toEqual(['integration', A0.code, A0.version, 'added', 'ACTIVATED', ''])
    expect(output<{ activations: unknown[] }>(host, 'results').activations).toEqual([
      { ...A0, status: 'ACTIVATED' },
      { ...B0, status: 'ACTIVATED' }
    ])
  })

  it('all: reads are shared (issue 21): one integration list before the requests also serves the schedules step', async () => {
    const c = await setup()
    c.target.activationScript = ['ACTIVATION_INPROGRESS', 'ACTIVATED']
    const host = await importCar(c, { activate: 'all' })
    expect(host.failed).toBeUndefined()
    const project = `/projects/${P}`
    expect(calls(c)).toEqual([
      `GET ${project}`,
      'POST /projects/archive',
      // Issued together: which connections wait for consent, and the statuses before the requests.
      `GET ${project}/connections`,
      `GET ${project}/integrations`,
      `POST ${project}/integrations/${A0.code}|${A0.version}`,
      `POST ${project}/integrations/${B0.code}|${B0.version}`,
      // Two rounds (in progress, then activated); no read of its own for the schedules step.
      `GET ${project}/integrations`,
      `GET ${project}/integrations`,
      // The read-back of verify, issued together.
      `GET ${project}/integrations`,
      `GET ${project}/connections`
    ])
  })

  it('all: one version per code, the newest (activating two of one major version would undo the first)', async () => {
    const A1 = { code: A0.code, version: '01.00.0001' }
    const c = await setup(salesSpec({ integrations: [A0, A1, B0], labels: [], connections: [] }))
    const host = await importCar(c, { activate: 'all' })
    expect(host.failed).toBeUndefined()
    expect(activations(c)).toEqual([`${A1.code}|${A1.version}`, `${B0.code}|${B0.version}`])
  })

  it('a deployment of the archive: activates what it pins, read from the target after the import', async () => {
    const c = await setup()
    const host = await importCar(c, { activate: 'REL_0' })
    expect(host.failed).toBeUndefined()
    expect(activations(c)).toEqual([`${A0.code}|${A0.version}`])
    expect(c.target.requests('GET', /\/deployments\/REL_0$/)).toHaveLength(1)
    expect(host.summaries[0]?.statusLine).toMatch(/, 1 of 1 activated\.$/)
  })

  it('a deployment only the target holds is accepted before the import', async () => {
    const c = await setup()
    existing(c, [
      { ...A0, status: 'CONFIGURED' },
      { ...B0, status: 'CONFIGURED' }
    ])
    c.target.deployments.set('HOTFIX', { code: 'HOTFIX', name: 'hotfix', integrations: [B0] })
    const host = await importCar(c, { activate: 'HOTFIX', 'if-exists': 'skip' })
    expect(host.failed).toBeUndefined()
    expect(activations(c)).toEqual([`${B0.code}|${B0.version}`])
  })

  it('a deployment in neither the archive nor the target (e.g. "changed") is refused before anything is sent', async () => {
    const c = await setup()
    const host = await importCar(c, { activate: 'changed' })
    expect(host.failed?.message).toMatch(
      /^Input 'activate': deployment changed is neither in the archive nor in the target \(the archive has: (REL_1, REL_0|REL_0, REL_1)\): name one of them, all or none\.$/
    )
    expect(writes(c)).toEqual([])
  })

  it('a deployment the target lost after the import is named', async () => {
    const c = await setup()
    c.target.deploymentsAfterUpload = []
    const host = await importCar(c, { activate: 'REL_0' })
    expect(host.failed?.message).toBe(
      `Input 'activate': deployment REL_0 is not in project ${P} on the target.`
    )
    expect(writes(c)).toEqual(['POST /projects/archive'])
  })

  it('a server error reading the deployment after the import stays the server error', async () => {
    const c = await setup()
    c.target.overrides.push(req =>
      req.path.endsWith('/deployments/REL_0') && c.target.exists && writes(c).length
        ? problem(500, 'Internal error.')
        : undefined
    )
    const host = await importCar(c, { activate: 'REL_0' })
    expect(host.failed?.message).toMatch(
      /^GET .*\/projects\/SALES_ORDERS\/deployments\/REL_0\?integrationInstance=mock-instance failed: HTTP 500 Internal Server Error: Internal error\.$/
    )
    expect(writes(c)).toEqual(['POST /projects/archive'])
  })

  it('a value that is no deployment code is an input error', async () => {
    const c = await setup()
    const host = await importCar(c, { activate: 'REL 1; rm -rf' })
    expect(host.failed?.message).toBe(
      "Input 'activate' must be none, all or a deployment code, got 'REL 1; rm -rf'."
    )
    expect(c.net.agent.getCallHistory()?.calls()).toHaveLength(0)
  })

  it('all with an archive of no integrations: activates the newest of each code in the project', async () => {
    const c = await setup(salesSpec({ integrations: [], labels: [], connections: [] }))
    existing(c, [
      { ...A0, status: 'CONFIGURED' },
      { code: A0.code, version: '01.00.0002', status: 'CONFIGURED' },
      { ...B0, status: 'ACTIVATED' }
    ])
    const host = await importCar(c, { activate: 'all', 'if-exists': 'skip' })
    expect(host.failed).toBeUndefined()
    expect(activations(c)).toEqual([`${A0.code}|01.00.0002`])
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'CONFIGURED' },
      { code: A0.code, version: '01.00.0002', status: 'ACTIVATED' },
      { ...B0, status: 'ACTIVATED' }
    ])
    expect(host.summaries[0]?.statusLine).toMatch(/, 2 of 2 activated\.$/)
  })
})

describe('import-car activation failures', () => {
  it('FAILEDACTIVATION: the step fails naming the activation error and the draft connection', async () => {
    const c = await setup()
    c.target.activationScripts.set(`${A0.code}|${A0.version}`, ['ACTIVATION_INPROGRESS', 'FAILEDACTIVATION'])
    const host = await importCar(c, { activate: 'all' })
    expect(host.failed?.message).toBe(
      `Activation failed for 1 of 2 integrations: ${A0.code}|${A0.version} (FAILEDACTIVATION: CASDK-0005: A connector specific exception was raised by the application.) — connection(s) ERP_REST are still draft: configure them in connections-file.`
    )
    expect(c.target.requests('GET', /\/activationErrors$/)).toHaveLength(1)
    const summary = host.summaries[0]
    expect(host.summaries).toHaveLength(1)
    expect(summary?.status).toBe('failure')
    expect(summary?.statusLine).toMatch(/, 1 of 2 activated\.$/)
    expect(rows(host)[0]).toEqual(['integration', A0.code, A0.version, 'added', 'FAILEDACTIVATION', ''])
    expect(host.outputs.result).toBe('imported')
  })

  it('a timeout on a connection in neither archive nor target says to create it first', async () => {
    const c = await setup({
      code: P,
      integrations: [{ ...A0, connections: ['PRESEEDED_FTP'] }],
      labels: [{ code: 'REL_1', integrations: [A0] }]
    })
    c.target.activationScript = ['CONFIGURED']
    const host = await importCar(c, { activate: 'all', 'activation-timeout': '30' })
    expect(host.failed?.message).toBe(
      `Activation failed for 1 of 1 integrations: ${A0.code}|${A0.version} (TIMEOUT, still CONFIGURED: the activation never started) — connection(s) PRESEEDED_FTP are in neither the archive nor the target: create them in mock-instance first.`
    )
    expect(c.net.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30_000)
    expect(host.summaries[0]?.notes?.join('\n')).toMatch(/PRESEEDED_FTP/)
  })

  it('a timeout with nothing to blame says to raise activation-timeout', async () => {
    const c = await setup({ code: P, integrations: [A0], labels: [{ code: 'REL_1', integrations: [A0] }] })
    c.target.activationScript = ['ACTIVATION_INPROGRESS']
    const host = await importCar(c, { activate: 'all', 'activation-timeout': '20' })
    expect(host.failed?.message).toBe(
      `Activation failed for 1 of 1 integrations: ${A0.code}|${A0.version} (TIMEOUT, last status ACTIVATION_INPROGRESS) — raise activation-timeout.`
    )
  })
})

describe('import-car scheduled integrations', () => {
  it('starts the schedules of activated scheduled integrations; notes those left unstarted', async () => {
    const c = await setup(
      salesSpec({ integrations: [{ ...A0, scheduled: true }, B0], connections: [], labels: [] })
    )
    const host = await importCar(c, { activate: 'all' })
    expect(host.failed).toBeUndefined()
    expect(c.target.schedules.get(`${A0.code}|${A0.version}`)?.state).toBe('ACTIVE')
    const left = await setup(
      salesSpec({ integrations: [{ ...A0, scheduled: true }, B0], connections: [], labels: [] })
    )
    const none = await importCar(left, { activate: 'none' })
    expect(none.summaries[0]?.notes).toContain(
      `Scheduled integrations: start their schedules after activation: ${A0.code}|${A0.version}.`
    )
  })
})

describe('import-car verification', () => {
  it('fails when an imported version is not in the project afterwards, after writing the summary', async () => {
    const c = await setup()
    c.target.afterUpload = c.target.afterUpload.filter(i => i.code !== B0.code)
    const host = await importCar(c, {})
    expect(host.failed?.message).toBe(
      `Verification failed: ${B0.code}|${B0.version} not found in project ${P} after the import.`
    )
    expect(host.summaries).toHaveLength(1)
    expect(host.summaries[0]?.status).toBe('failure')
    expect(output(host, 'integrations')).toEqual([
      { ...A0, status: 'CONFIGURED' },
      { ...B0, status: 'MISSING' }
    ])
    expect(rows(host)[1]).toEqual(['integration', B0.code, B0.version, 'added', 'MISSING', ''])
  })
})
