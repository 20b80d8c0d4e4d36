// Verify the read-back after a replace (contract K8): an archive integration the replacement did not visibly change
// is reported — and fails the step, after putting back what was deactivated — unless the user accepts it.
import { describe, expect, it } from '@jest/globals'
import {
  replaceNotes,
  replaceProject,
  unchangedByReplace
} from '../../../../src/actions/import-car/replace.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import type { Integration } from '../../../../src/core/oic/integrations.js'
import { existing, P, salesSpec, setup, targetClient } from './harness.js'

const A0 = { code: 'A', version: '01.00.0000' }
const B1 = { code: 'B', version: '01.00.0001' }
const at = (
  ref: { code: string; version: string },
  lastUpdated?: string,
  status = 'CONFIGURED'
): Integration => ({
  ...ref,
  status,
  lastUpdated
})

describe('unchangedByReplace', () => {
  it('flags same lastUpdated, missing versions and unverifiable ones; a new version counts as changed', () => {
    const before = [at(A0, 't1'), at({ code: 'C', version: '01.00.0000' }), at(B1, 't1')]
    const after = [
      at(A0, 't1'),
      at({ code: 'C', version: '01.00.0000' }, 't2'),
      at({ code: 'D', version: '01' }, 't2')
    ]
    expect(
      unchangedByReplace(before, after, [
        A0,
        B1,
        { code: 'C', version: '01.00.0000' },
        { code: 'D', version: '01' }
      ])
    ).toEqual([
      { ...A0, reason: 'lastUpdated is still t1' },
      { ...B1, reason: 'not in the project after the replacement' },
      { code: 'C', version: '01.00.0000', reason: 'no lastUpdated was reported, so a change cannot be shown' }
    ])
    expect(unchangedByReplace([at(A0, 't1')], [at(A0, 't2')], [A0])).toEqual([])
  })
})

/** A target whose integrations' lastUpdated stays put across the upload (a replace that changed nothing). */
function staleTarget(): { client: HttpClient; posts: string[] } {
  const posts: string[] = []
  let status = 'ACTIVATED'
  const client = {
    json: async (req: HttpRequest) => {
      if (req.method === 'POST') {
        const body = req.json as { status: string }
        posts.push(body.status)
        status = body.status === 'ACTIVATED' ? 'ACTIVATED' : 'CONFIGURED'
        return { status: 200, headers: {}, body: { status } }
      }
      if (req.path.endsWith('/activationStatus'))
        return { status: 200, headers: {}, body: { activationStatus: status } }
      if (req.path.includes('/monitoring/')) return { status: 200, headers: {}, body: { items: [] } }
      return { status: 200, headers: {}, body: { items: [at(A0, 't1', status)] } }
    }
  } as unknown as HttpClient
  return { client, posts }
}

const deps = { sleep: async () => undefined, now: () => 0, log: () => undefined }

describe('replaceProject read-back', () => {
  it('fails naming the unchanged integration, after reactivating what it deactivated', async () => {
    const { client, posts } = staleTarget()
    const run = replaceProject(client, 'P', [at(A0, 't1', 'ACTIVATED')], [A0], {
      prune: false,
      wholeProject: true,
      upload: async () => undefined,
      deps
    })
    await expect(run).rejects.toThrow(
      /^Replacing project P failed \(1 of 1 deactivated integrations reactivated\): The replacement did not change A\|01\.00\.0000 \(lastUpdated is still t1\): .*set accept-unchanged: true/
    )
    expect(posts).toEqual(['CONFIGURED', 'ACTIVATED'])
  })

  it('with acceptUnchanged, reports the integration as not replaced', async () => {
    const { client } = staleTarget()
    const outcome = await replaceProject(client, 'P', [at(A0, 't1', 'ACTIVATED')], [A0], {
      prune: false,
      wholeProject: true,
      upload: async () => undefined,
      deps,
      acceptUnchanged: true
    })
    expect(outcome.unchanged).toEqual([{ ...A0, reason: 'lastUpdated is still t1' }])
    expect(replaceNotes(outcome).join('\n')).toMatch(
      /Not changed by the replacement, accepted \(accept-unchanged\): A\|01\.00\.0000 \(lastUpdated is still t1\); these are not replaced\./
    )
  })
})

describe('replaceProject over a mocked target: rollback pruning and notes', () => {
  const X0 = { code: 'ORDER_SYNC', version: '01.00.0000' }
  const X1 = { code: 'ORDER_SYNC', version: '01.00.0001' }
  const Y0 = { code: 'INVOICE_PUSH', version: '01.00.0000' }
  const Z0 = { code: 'LEGACY_FEED', version: '01.00.0000' }
  const lines: string[] = []
  const ids = (refs: Array<{ code: string; version: string }>): string[] =>
    refs.map(r => `${r.code}|${r.version}`)
  const quiet = { sleep: async () => undefined, now: () => 0, log: (l: string) => void lines.push(l) }

  /** A target holding ORDER_SYNC 01.00.0001 (active), INVOICE_PUSH and LEGACY_FEED; the release holds ORDER_SYNC 01.00.0000. */
  async function rollback(wholeProject: boolean) {
    lines.length = 0
    const c = await setup(salesSpec())
    existing(c, [
      { ...X1, status: 'ACTIVATED', lastUpdated: 't1' },
      { ...Y0, status: 'CONFIGURED', lastUpdated: 't1' },
      { ...Z0, status: 'ACTIVATED', lastUpdated: 't1' }
    ])
    const client = targetClient(c)
    const before = c.target.integrations.map(i => ({ ...i }))
    const outcome = await replaceProject(client, P, before, [X0], {
      prune: true,
      wholeProject,
      upload: async () => {
        c.target.integrations.push({ ...X0, status: 'CONFIGURED', lastUpdated: 't2' })
      },
      deps: quiet
    })
    return { c, outcome }
  }

  it('a whole-project release removes every version it does not hold, deactivating active ones first', async () => {
    const { c, outcome } = await rollback(true)
    expect(ids(outcome.deactivated)).toEqual(['LEGACY_FEED|01.00.0000', 'ORDER_SYNC|01.00.0001'])
    expect(outcome.pruned).toEqual([X1, Y0, Z0])
    expect(outcome.kept).toEqual([])
    expect(c.target.integrations.map(i => `${i.code}|${i.version}`)).toEqual(['ORDER_SYNC|01.00.0000'])
    expect(c.target.requests('DELETE', /\/integrations\//).map(r => r.path)).toEqual([
      `/projects/${P}/integrations/ORDER_SYNC|01.00.0001`,
      `/projects/${P}/integrations/INVOICE_PUSH|01.00.0000`,
      `/projects/${P}/integrations/LEGACY_FEED|01.00.0000`
    ])
    // The newest archive version of a deactivated code comes back; a pruned code does not.
    expect(ids(outcome.reactivate)).toEqual(['ORDER_SYNC|01.00.0000'])
    expect(lines).toContain('Removed ORDER_SYNC|01.00.0001: the release does not hold it')
    expect(replaceNotes(outcome)).toContain(
      'Removed to converge on the release: ORDER_SYNC|01.00.0001, INVOICE_PUSH|01.00.0000, LEGACY_FEED|01.00.0000.'
    )
  })

  it("a deployment's release removes other versions of its codes only, and reports what it left", async () => {
    const { c, outcome } = await rollback(false)
    expect(outcome.pruned).toEqual([X1])
    expect(outcome.kept).toEqual([Y0, Z0])
    expect(c.target.requests('DELETE', /\/integrations\//)).toHaveLength(1)
    // Reverse of deactivation (LEGACY_FEED, then ORDER_SYNC), the archive's version of ORDER_SYNC.
    expect(ids(outcome.reactivate)).toEqual(['ORDER_SYNC|01.00.0000', 'LEGACY_FEED|01.00.0000'])
    expect(replaceNotes(outcome)).toContain(
      "Not part of the release's deployment, left in place: INVOICE_PUSH|01.00.0000, LEGACY_FEED|01.00.0000 (roll back a whole-project archive to remove them too)."
    )
  })

  it('lists at most five in-flight instances per integration', async () => {
    const c = await setup(salesSpec())
    existing(c, [{ ...X0, status: 'ACTIVATED', lastUpdated: 't1' }])
    c.target.inFlight = ['1', '2', '3', '4', '5', '6'].map(id => ({
      id,
      integrationId: X0.code,
      integrationVersion: X0.version,
      status: 'IN_PROGRESS'
    }))
    const outcome = await replaceProject(
      targetClient(c),
      P,
      c.target.integrations.map(i => ({ ...i })),
      [X0],
      {
        prune: false,
        wholeProject: true,
        upload: async () => {
          c.target.integrations = [{ ...X0, status: 'CONFIGURED', lastUpdated: 't2' }]
        },
        deps: quiet
      }
    )
    expect(replaceNotes(outcome)).toContain(
      'In flight when ORDER_SYNC|01.00.0000 was deactivated: 6 instance(s) (1, 2, 3, 4, 5, …).'
    )
  })

  it('a failed upload with nothing deactivated fails as it is', async () => {
    const c = await setup(salesSpec())
    existing(c, [{ ...X0, status: 'CONFIGURED', lastUpdated: 't1' }])
    const refused = new Error('upload refused')
    const run = replaceProject(
      targetClient(c),
      P,
      c.target.integrations.map(i => ({ ...i })),
      [X0],
      {
        prune: false,
        wholeProject: true,
        upload: async () => {
          throw refused
        },
        deps: quiet
      }
    )
    await expect(run).rejects.toBe(refused)
    expect(c.target.requests('POST', /./)).toEqual([])
  })
})
