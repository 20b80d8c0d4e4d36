// Verify the selection check of resubmit-errors: the project's integration list is read once and only when an item
// names no project; when it cannot be read, such items are left alone with one warning; the left-alone sentence.
import { describe, expect, it } from '@jest/globals'
import { leftAloneNote, selectionChecker } from '../../../../src/actions/resubmit-errors/select.js'
import { OicHttpError } from '../../../../src/core/errors.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import type { ErrorInstance } from '../../../../src/core/oic/monitoring/error-instances.js'

const item = (id: string, version: string, projectCode?: string): ErrorInstance => ({
  id,
  status: 'FAILED',
  recoverable: true,
  integration: { code: 'ORDERS', version },
  projectCode
})

function fakeClient(answer: () => unknown): { client: HttpClient; paths: string[] } {
  const paths: string[] = []
  const client = {
    json: async (req: HttpRequest) => {
      paths.push(req.path)
      return { status: 200, headers: {}, body: answer() }
    }
  } as unknown as HttpClient
  return { client, paths }
}

const SELECTION = { integrations: [], project: 'P1', recoverableOnly: true }

describe('selectionChecker', () => {
  it('reads the project integration list once, only for items without a project field', async () => {
    const { client, paths } = fakeClient(() => ({ items: [{ code: 'ORDERS', version: '01.00.0000' }] }))
    const checker = selectionChecker(client, SELECTION, { warn: () => undefined })
    expect(await checker.check(item('a', '02.00.0000', 'P1'))).toBeUndefined()
    expect(paths).toEqual([])
    expect(await checker.check(item('b', '01.00.0000'))).toBeUndefined()
    expect(await checker.check(item('c', '02.00.0000'))).toBe('project-unknown')
    expect(paths).toEqual(['/ic/api/integration/v1/projects/P1/integrations'])
  })

  it('leaves such items alone when the list cannot be read, with one warning', async () => {
    const { client } = fakeClient(() => {
      throw new OicHttpError({ status: 403, method: 'GET', url: 'https://oic/x', title: 'Forbidden' })
    })
    const warnings: string[] = []
    const checker = selectionChecker(client, SELECTION, { warn: l => void warnings.push(l) })
    expect(await checker.check(item('a', '01.00.0000'))).toBe('project-unknown')
    expect(await checker.check(item('b', '01.00.0000'))).toBe('project-unknown')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/integrations of project P1 could not be read .*left alone/)
    expect(checker.projectListError).toBeDefined()
  })
})

describe('leftAloneNote', () => {
  it('counts per reason in a fixed order; nothing left alone, no note', () => {
    expect(leftAloneNote([])).toBeUndefined()
    expect(
      leftAloneNote([{ reason: 'not-recoverable' }, { reason: 'other-project' }, { reason: 'other-project' }])
    ).toBe(
      '3 listed errored instance(s) were left alone because they could not be shown to match the selection: 2 of another project; 1 not recoverable (or not said to be).'
    )
  })
})
