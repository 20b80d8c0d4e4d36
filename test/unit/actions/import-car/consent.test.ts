// Verify connections waiting for console consent are named (issue 18 item 2): after configuration a connection on
// an authorization-code or custom two/three-legged policy is listed in needs-consent with the console path, the
// integrations using it are SKIPPED (per integration, in the summary and results), and activate-without-consent
// activates them anyway; a connection the target says has consent is not listed.
import { describe, expect, it } from '@jest/globals'
import {
  consentHint,
  holdForConsent,
  waitsForConsent,
  type ConsentNeeded
} from '../../../../src/actions/import-car/consent.js'
import type { TargetConnection } from './fake-target.js'
import { A0, B0, importCar, logged, output, P, rows, salesSpec, setup, writes } from './harness.js'

const needed = (over: Partial<ConsentNeeded> = {}): ConsentNeeded => ({
  id: 'CRM_REST',
  securityPolicy: 'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
  console: `Projects > ${P} > Integrations > Connections > CRM REST: Provide Consent, then Test and Save`,
  integrations: ['ORDER_SYNC|01.00.0000'],
  ...over
})

describe('waitsForConsent and holdForConsent', () => {
  it.each([
    ['OAUTH_AUTHORIZATION_CODE_CREDENTIALS', undefined, true, true],
    ['OAUTH_CUSTOM_THREE_LEGGED_FLOW', undefined, true, true],
    ['OAUTH_CUSTOM_TWO_LEGGED_FLOW', 'NEEDED', false, true],
    ['FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS', 'GRANTED', true, false],
    // Not said by the target and not touched by this run: its consent (if given earlier) is not assumed lost.
    ['OAUTH_AUTHORIZATION_CODE_CREDENTIALS', undefined, false, false],
    ['OAUTH_CLIENT_CREDENTIALS', 'NEEDED', true, false],
    ['BASIC_AUTH', undefined, true, false]
  ])('%s, consentState %s, configured now %s: %s', (securityPolicy, consentState, now, waits) => {
    expect(waitsForConsent({ id: 'X', securityPolicy, consentState }, now)).toBe(waits)
  })

  it('holds the versions using the connection (by version, else by code) unless told to activate anyway', () => {
    const refs = [A0, B0, { code: A0.code, version: '01.00.0001' }]
    const { go, held } = holdForConsent(refs, { needed: [needed()], activateAnyway: false })
    expect(go).toEqual([B0])
    expect(held.map(h => [h.code, h.version, h.status])).toEqual([
      [A0.code, A0.version, 'SKIPPED'],
      [A0.code, '01.00.0001', 'SKIPPED']
    ])
    expect(held[0]?.error).toBe(`connection CRM_REST waits for consent in the console (${needed().console})`)
    expect(holdForConsent(refs, { needed: [needed()], activateAnyway: true })).toEqual({ go: refs, held: [] })
    expect(holdForConsent(refs, { needed: [], activateAnyway: false }).go).toEqual(refs)
    expect(consentHint([A0], [needed()])).toBe(
      ' — connection(s) CRM_REST need consent in the console (see needs-consent)'
    )
    expect(consentHint([B0], [needed()])).toBe('')
  })
})

describe('import-car with a connection that needs consent, in-process', () => {
  const spec = salesSpec({
    integrations: [
      { ...A0, connections: ['ERP_REST', 'CRM_REST'] },
      { ...B0, connections: ['ERP_REST'] }
    ],
    connections: [
      { code: 'ERP_REST', properties: { connectionUrl: 'https://erp.dev.example.com' } },
      { code: 'CRM_REST', properties: { connectionUrl: 'https://crm.dev.example.com' } }
    ]
  })
  const file = [
    'connections:',
    '  ERP_REST:',
    '    security-policy: BASIC_AUTH',
    '    security-properties:',
    '      username: svc',
    '      password: ${ERP_PASSWORD}',
    '  CRM_REST:',
    '    security-policy: OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
    '    security-properties:',
    '      username: crm-client',
    ''
  ].join('\n')
  const activated = (c: Awaited<ReturnType<typeof setup>>): string[] =>
    c.target
      .requests('POST', /\/integrations\/[^/]+$/)
      .filter(r => (r.json as { status?: string }).status === 'ACTIVATED')
      .map(r => r.path.replace(`/projects/${P}/integrations/`, ''))

  it('lists it in needs-consent with the console path and skips the integrations that use it', async () => {
    const c = await setup(spec)
    const host = await importCar(
      c,
      { 'connections-file': c.file('prod.yaml', file), activate: 'all' },
      { ERP_PASSWORD: 'sentinel-erp-1' }
    )
    expect(host.failed).toBeUndefined()
    expect(activated(c)).toEqual([`${B0.code}|${B0.version}`])
    const console = `Projects > ${P} > Integrations > Connections > CRM_REST: Provide Consent, then Test and Save`
    expect(output(host, 'needs-consent')).toEqual([
      {
        id: 'CRM_REST',
        securityPolicy: 'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
        console,
        integrations: [`${A0.code}|${A0.version}`]
      }
    ])
    const reason = `connection CRM_REST waits for consent in the console (${console})`
    expect(output<{ activations: unknown[] }>(host, 'results').activations).toEqual([
      { ...A0, status: 'SKIPPED', error: reason },
      { ...B0, status: 'ACTIVATED' }
    ])
    expect(rows(host)[0]).toEqual(['integration', A0.code, A0.version, 'added', 'SKIPPED', reason])
    const summary = host.summaries[0]
    expect(summary?.status).toBe('warning')
    expect(summary?.statusLine).toMatch(/, 1 of 2 activated\.$/)
    const line = `Connection CRM_REST (OAUTH_AUTHORIZATION_CODE_CREDENTIALS) needs consent in the Oracle Integration console: ${console}. ${A0.code}|${A0.version} will not be activated until it is given (activate-without-consent: true activates them anyway).`
    expect(summary?.notes).toContain(line)
    expect(logged(host, 'warning')).toContain(line)
  })

  it('activate-without-consent: true activates them anyway, still naming the connection', async () => {
    const c = await setup(spec)
    const host = await importCar(
      c,
      {
        'connections-file': c.file('prod.yaml', file),
        activate: 'all',
        'activate-without-consent': 'true'
      },
      { ERP_PASSWORD: 'sentinel-erp-2' }
    )
    expect(host.failed).toBeUndefined()
    expect(activated(c)).toEqual([`${A0.code}|${A0.version}`, `${B0.code}|${B0.version}`])
    expect(output<Array<{ id: string }>>(host, 'needs-consent').map(n => n.id)).toEqual(['CRM_REST'])
    expect(host.summaries[0]?.notes?.join('\n')).toMatch(
      /will be activated anyway \(activate-without-consent\)/
    )
  })

  it('a failed activation of a dependant names the consent; one the target says has consent is not listed', async () => {
    const c = await setup(spec)
    c.target.activationScripts.set(`${A0.code}|${A0.version}`, ['FAILEDACTIVATION'])
    const host = await importCar(
      c,
      { 'connections-file': c.file('prod.yaml', file), activate: 'all', 'activate-without-consent': 'true' },
      { ERP_PASSWORD: 'sentinel-erp-3' }
    )
    expect(host.failed?.message).toMatch(
      /FAILEDACTIVATION.* — connection\(s\) CRM_REST need consent in the console \(see needs-consent\)\.$/
    )

    const granted = await setup(spec)
    granted.target.overrides.push(req => {
      if (req.method !== 'GET' || !req.path.endsWith('/connections')) return undefined
      const items = granted.target.connections.map(
        x => ({ ...x, consentState: 'GRANTED', links: [] }) as TargetConnection
      )
      return { status: 200, body: { items, totalResults: items.length, hasMore: false } }
    })
    const ok = await importCar(
      granted,
      { 'connections-file': granted.file('prod.yaml', file), activate: 'all' },
      { ERP_PASSWORD: 'sentinel-erp-4' }
    )
    expect(ok.failed).toBeUndefined()
    expect(output(ok, 'needs-consent')).toEqual([])
    expect(writes(granted).filter(w => w.includes('/integrations/'))).toHaveLength(2)
    expect(ok.summaries[0]?.status).toBe('success')
  })

  it('a dry run names the connection that would need consent and what would not be activated, changing nothing', async () => {
    const c = await setup(spec)
    const host = await importCar(
      c,
      { 'connections-file': c.file('prod.yaml', file), activate: 'all', 'dry-run': 'true' },
      { ERP_PASSWORD: 'sentinel-erp-5' }
    )
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    expect(host.summaries[0]?.notes).toContain(
      `Connection CRM_REST would need consent in the console after configuration (OAUTH_AUTHORIZATION_CODE_CREDENTIALS). ${A0.code}|${A0.version} would not be activated (SKIPPED).`
    )
    expect(host.summaries[0]?.notes?.join('\n')).not.toMatch(/ERP_REST would need consent/)
    expect(output(host, 'needs-consent')).toEqual([
      expect.objectContaining({
        id: 'CRM_REST',
        securityPolicy: 'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
        integrations: [`${A0.code}|${A0.version}`]
      })
    ])
  })
})
