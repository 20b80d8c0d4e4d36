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
