// Verify the client-side selection check (contract K6): integration code and version, project from any spelling of
// the item's project field or else the project's integration list, status, and recoverability; unknown never matches.
import { describe, expect, it } from '@jest/globals'
import type { ErrorInstance } from '../../../../../src/core/oic/monitoring/error-instances.js'
import {
  checkInstance,
  needsProjectList,
  projectOf,
  type InstanceSelection
} from '../../../../../src/core/oic/monitoring/selection.js'

const item = (extra: Record<string, unknown> = {}): ErrorInstance => ({
  id: 'i1',
  status: 'FAILED',
  recoverable: true,
  integration: { code: 'ORDERS', version: '01.00.0000' },
  projectCode: 'P1',
  ...extra
})
const sel = (extra: Partial<InstanceSelection> = {}): InstanceSelection => ({
  integrations: [],
  project: 'P1',
  recoverableOnly: true,
  ...extra
})

describe('checkInstance', () => {
  it('takes an instance that matches in every respect', () => {
    expect(checkInstance(item(), sel())).toBeUndefined()
    expect(checkInstance(item(), sel({ integrations: [{ code: 'ORDERS' }] }))).toBeUndefined()
    expect(
      checkInstance(item(), sel({ integrations: [{ code: 'ORDERS', version: '01.00.0000' }] }))
    ).toBeUndefined()
  })

  it.each([
    ['another integration', item(), sel({ integrations: [{ code: 'OTHER' }] }), 'other-integration'],
    [
      'another version',
      item(),
      sel({ integrations: [{ code: 'ORDERS', version: '02.00.0000' }] }),
      'other-integration'
    ],
    [
      'no integration named',
      item({ integration: undefined }),
      sel({ integrations: [{ code: 'ORDERS' }] }),
      'other-integration'
    ],
    ['another project (same code)', item({ projectCode: 'P2' }), sel(), 'other-project'],
    [
      'another project, hyphenated field',
      item({ projectCode: undefined, 'project-code': 'P2' }),
      sel(),
      'other-project'
    ],
    [
      'another project, nested field',
      item({ projectCode: undefined, project: { code: 'P2' } }),
      sel(),
      'other-project'
    ],
    ['no project field and no project list', item({ projectCode: undefined }), sel(), 'project-unknown'],
    ['no longer in error', item({ status: 'RECOVERING' }), sel(), 'not-in-error'],
    ['not recoverable', item({ recoverable: false }), sel(), 'not-recoverable'],
    ['recoverability not said', item({ recoverable: undefined }), sel(), 'not-recoverable']
  ])('leaves alone %s', (_name, it_, selection, reason) => {
    expect(checkInstance(it_, selection)).toBe(reason)
  })

  it('settles a missing project field with the project integration list', () => {
    const bare = item({ projectCode: undefined })
    expect(needsProjectList(bare, sel())).toBe(true)
    expect(needsProjectList(item(), sel())).toBe(false)
    expect(needsProjectList(bare, sel({ project: undefined }))).toBe(false)
    expect(checkInstance(bare, sel(), new Set(['ORDERS|01.00.0000']))).toBeUndefined()
    expect(checkInstance(bare, sel(), new Set(['ORDERS|02.00.0000']))).toBe('project-unknown')
  })

  it('without a project selected, any project passes; discard selections skip recoverability', () => {
    expect(checkInstance(item({ projectCode: 'P9' }), sel({ project: undefined }))).toBeUndefined()
    expect(checkInstance(item({ recoverable: false }), sel({ recoverableOnly: false }))).toBeUndefined()
    expect(projectOf(item({ projectCode: '' }))).toBeUndefined()
  })
})
