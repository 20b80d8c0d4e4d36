// Verify the typed RBAC client against the emulator: the project ACL, PUT (204) replacing only the roles sent (seen in
// a follow-up GET and the project revision), the identities an ACL refers to, and typed 400/403/404 errors.
import { describe, expect, it } from '@jest/globals'
import { getProject } from '../../src/core/oic/projects.js'
import { getIdentities, getProjectAcl, updateProjectAcl, type ProjectAcl } from '../../src/core/oic/rbac.js'
import { clientFor, TEST_CLIENT } from '../support/emulator.js'
import { httpError, useOicClient } from '../support/oic-client.js'

const ACL = 'PUT /ic/api/integration/v1/projects/:p/acl'

const env = useOicClient('dev', {
  instances: [{ name: 'dev', projects: [{ code: 'P', name: 'P' }], groups: ['OIC Developers'] }]
})

interface Identity {
  id: string
  displayName: string
  type: string
  email?: string
}

describe('project ACL', () => {
  it('getIdentities lists the users of the identity domain and the groups, with the ids an ACL uses', async () => {
    const body = (await getIdentities(env.dev)) as { items: Identity[]; totalResults: number }
    expect(body.totalResults).toBe(2)
    expect(body.items).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        displayName: TEST_CLIENT.username,
        type: 'user',
        email: TEST_CLIENT.username
      },
      { id: expect.stringMatching(/^[0-9a-f]{32}$/), displayName: 'OIC Developers', type: 'group' }
    ])
  })

  it('getProjectAcl reads the four roles (every role open to all on a new project)', async () => {
    const acl = await getProjectAcl(env.dev, 'P')
    for (const role of ['administrators', 'editors', 'viewers', 'monitors'] as const)
      expect(acl[role]).toEqual({ allowAll: true, allowed: [] })
    expect(acl.createdBy).toEqual(expect.any(String))
    await httpError(getProjectAcl(env.dev, 'NOPE'), 404, 'Project NOPE was not found.')
  })

  it('updateProjectAcl (204) replaces only the roles it sends; the change is visible in a follow-up GET', async () => {
    const { items } = (await getIdentities(env.dev)) as { items: Identity[] }
    const [user, group] = items as [Identity, Identity]
    const revision = (await getProject(env.dev, 'P')).state?.projectRevisionId ?? 0
    const update: ProjectAcl = {
      administrators: {
        allowAll: false,
        allowed: [{ id: user.id, displayName: user.displayName, type: 'user' }]
      },
      monitors: {
        allowAll: false,
        allowed: [{ id: group.id, displayName: group.displayName, type: 'group' }]
      }
    }
    await expect(updateProjectAcl(env.dev, 'P', update)).resolves.toBeUndefined()
    expect(env.emu.counters.mutationCount(ACL)).toBe(1)

    const acl = await getProjectAcl(env.dev, 'P')
    expect(acl).toMatchObject({ ...update, editors: { allowAll: true, allowed: [] }, updatedBy: 'ci-client' })
    expect(acl.viewers).toEqual({ allowAll: true, allowed: [] })
    expect((await getProject(env.dev, 'P')).state?.projectRevisionId).toBe(revision + 1)

    // PUT replaces: sending the same ACL again changes nothing more.
    await updateProjectAcl(env.dev, 'P', update)
    expect(await getProjectAcl(env.dev, 'P')).toMatchObject(update)
  })

  it('updateProjectAcl surfaces 400 (malformed role), 404 (unknown project) and 403 (viewer) as typed errors', async () => {
    const bad = {
      editors: { allowAll: false, allowed: [{ id: 'x', type: 'user' }] }
    } as unknown as ProjectAcl
    await httpError(
      updateProjectAcl(env.dev, 'P', bad),
      400,
      /allowed\[0\] needs string id, displayName and type/
    )
    await httpError(updateProjectAcl(env.dev, 'NOPE', {}), 404, 'Project NOPE was not found.')
    const viewer = await clientFor(env.emu, 'dev', 'viewer-client')
    try {
      await httpError(updateProjectAcl(viewer, 'P', {}), 403)
      expect((await getProjectAcl(viewer, 'P')).editors?.allowAll).toBe(true)
    } finally {
      await viewer.close()
    }
    expect((await getProjectAcl(env.dev, 'P')).editors).toEqual({ allowAll: true, allowed: [] })
  })
})
