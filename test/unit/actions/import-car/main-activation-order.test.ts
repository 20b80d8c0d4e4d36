// Verify that concurrency (issue 21) keeps the order OIC needs: a replace deactivates every scheduled integration
// before any other and all of them before the upload; connections are configured before the first activation; the
// activations are started in parallel, at most activation-concurrency requests in flight.
import { describe, expect, it } from '@jest/globals'
import { A0, B0, existing, importCar, output, P, salesSpec, setup } from './harness.js'

const S1 = { code: 'FILE_DROP', version: '01.00.0000' }
const S2 = { code: 'NIGHTLY_SYNC', version: '01.00.0000' }
const ALL = [A0, B0, S1, S2]
const id = (r: { code: string; version: string }): string => `${r.code}|${r.version}`

describe('import-car order under concurrency', () => {
  it('deactivates scheduled first, uploads, configures connections, then activates in parallel', async () => {
    const c = await setup(
      salesSpec({
        integrations: ALL.map(i => ({ ...i, connections: ['ERP_REST'] })),
        labels: [
          { code: 'REL_1', integrations: ALL },
          { code: 'REL_0', integrations: [A0] }
        ]
      })
    )
    existing(c, [
      { ...A0, status: 'ACTIVATED' },
      { ...S1, status: 'ACTIVATED', style: 'freeform_scheduled' },
      { ...B0, status: 'ACTIVATED' },
      { ...S2, status: 'ACTIVATED', style: 'freeform_scheduled' }
    ])
    const file = c.file('oic/prod.yaml', 'connections:\n  ERP_REST:\n    agent-group: AG1\n')
    const host = await importCar(c, {
      'if-exists': 'replace',
      activate: 'all',
      'connections-file': file,
      'activation-concurrency': '4'
    })
    expect(host.failed).toBeUndefined()
    const steps = c.target.seen
      .filter(r => r.method !== 'GET' && !r.path.endsWith('/schedule/stop'))
      .map(r => {
        const status = (r.json as { status?: string } | undefined)?.status
        const what = r.path
          .replace(`/projects/${P}/integrations/`, '')
          .replace(`/projects/${P}/connections/`, 'connection ')
        return status ? `${status} ${what}` : `${r.method} ${what}`
      })
    const at = (step: string): number => steps.indexOf(step)
    const last = (prefix: string): number => Math.max(...steps.map((s, i) => (s.startsWith(prefix) ? i : -1)))
    const first = (prefix: string): number => steps.findIndex(s => s.startsWith(prefix))
    // Scheduled ones (stopped first) before any other; every deactivation before the upload.
    expect(Math.max(at(`CONFIGURED ${id(S1)}`), at(`CONFIGURED ${id(S2)}`))).toBeLessThan(
      Math.min(at(`CONFIGURED ${id(A0)}`), at(`CONFIGURED ${id(B0)}`))
    )
    expect(last('CONFIGURED ')).toBeLessThan(at('PUT /projects/archive'))
    // The connection is configured before the first activation is requested.
    expect(at('POST connection ERP_REST')).toBeGreaterThan(at('PUT /projects/archive'))
    expect(at('POST connection ERP_REST')).toBeLessThan(first('ACTIVATED '))
    expect(steps.filter(s => s.startsWith('ACTIVATED ')).sort()).toEqual(
      ALL.map(r => `ACTIVATED ${id(r)}`).sort()
    )
    expect(output<Array<{ status: string }>>(host, 'integrations').map(i => i.status)).toEqual(
      Array(4).fill('ACTIVATED')
    )
  })
})
