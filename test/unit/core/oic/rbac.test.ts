// Verify the project ACL client over a mocked OIC (contract §5.7): GET the ACL (AclRoleRs roles), PUT it back
// (204, safe to repeat because PUT replaces), the identities list, and typed 404/403 errors.
import { describe, expect, it } from '@jest/globals'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'
import {
  getIdentities,
  getProjectAcl,
  updateProjectAcl,
  type ProjectAcl
} from '../../../../src/core/oic/rbac.js'
import { atPath, JSON_REPLY, mockClient, OIC_INSTANCE, useMockNetwork } from '../../../support/http-mock.js'

const API = '/ic/api/integration/v1'

const net = useMockNetwork()

const sent = (): Array<{ method: string; url: URL; body: unknown }> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    url: new URL(c.fullUrl),
    body: typeof c.body === 'string' && c.body ? (JSON.parse(c.body) as unknown) : c.body
  }))

/** The ACL of the contract's example (§5.7, NIAL1060), with the GET's audit fields. */
const ACL: ProjectAcl = {
  administrators: {
    allowAll: false,
    allowed: [{ id: '9a1ab0c2d3', displayName: 'Release Managers', type: 'group' }]
  },
  editors: { allowAll: true, allowed: [] },
  viewers: { allowAll: true, allowed: [] },
  monitors: {
    allowAll: false,
    allowed: [{ id: 'deadbeef', displayName: 'Gone User', type: 'user', idNotFound: true }]
  },
  createdBy: 'ci-client',
  updatedBy: 'ci-client'
}

describe('project ACL', () => {
  it('reads the ACL of a project (code path-encoded)', async () => {
    net.oic
      .intercept({ path: atPath(`${API}/projects/SALES%20EU/acl`), method: 'GET' })
      .reply(200, ACL, JSON_REPLY)
    expect(await getProjectAcl(mockClient(net), 'SALES EU')).toEqual(ACL)
    expect(sent()[0]?.url.searchParams.get('integrationInstance')).toBe(OIC_INSTANCE)
  })

  it('PUTs the ACL (204) and repeats it after a 503, since PUT replaces', async () => {
    const acl: ProjectAcl = { editors: { allowAll: false, allowed: [{ id: 'g1', type: 'group' }] } }
    net.oic.intercept({ path: atPath(`${API}/projects/SALES/acl`), method: 'PUT' }).reply(503, 'busy')
    net.oic.intercept({ path: atPath(`${API}/projects/SALES/acl`), method: 'PUT' }).reply(204, '')
    await expect(
      updateProjectAcl(mockClient(net, { retry: defaultRetryPolicy(2) }), 'SALES', acl)
    ).resolves.toBeUndefined()
    expect(sent().map(c => [c.method, c.body])).toEqual([
      ['PUT', acl],
      ['PUT', acl]
    ])
    expect(net.slept).toHaveLength(1)
  })

  it('a 404 (no such project) and a 403 (no role) are typed errors naming the call', async () => {
    net.oic
      .intercept({ path: atPath(`${API}/projects/NOPE/acl`), method: 'GET' })
      .reply(404, { title: 'Project NOPE not found' }, JSON_REPLY)
    net.oic
      .intercept({ path: atPath(`${API}/projects/SALES/acl`), method: 'PUT' })
      .reply(403, { title: 'Forbidden' }, JSON_REPLY)
    const client = mockClient(net)
    await expect(getProjectAcl(client, 'NOPE')).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(
        /^GET .*\/projects\/NOPE\/acl.* failed: HTTP 404 Not Found: Project NOPE not found/
      ) as unknown
    })
    await expect(updateProjectAcl(client, 'SALES', {})).rejects.toThrow(/HTTP 403 Forbidden.*lacks a role/)
  })

  it('lists identities as the server answers them (shape not documented)', async () => {
    const answer = { items: [{ id: 'u1', displayName: 'User One', type: 'user' }] }
    net.oic.intercept({ path: atPath(`${API}/identifies`), method: 'GET' }).reply(200, answer, JSON_REPLY)
    expect(await getIdentities(mockClient(net))).toEqual(answer)
  })
})
