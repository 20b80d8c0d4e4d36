// Verify the project library client over a mocked OIC (contract §3.7, §8.2): list, get by CODE%7CVERSION, register
// (multipart name, code, version, type, file, description only when given), replace (safe to repeat), delete, and
// typed 409/423 errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { multipart } from '../../../../src/core/http/multipart.js'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'
import {
  deleteLibrary,
  getLibrary,
  listLibraries,
  registerLibrary,
  replaceLibrary
} from '../../../../src/core/oic/libraries.js'
import { atPath, JSON_REPLY, mockClient, useMockNetwork } from '../../../support/http-mock.js'

const LIBS = '/ic/api/integration/v1/projects/SALES/libraries'

const net = useMockNetwork()
let file: string
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oic-libs-'))
  file = join(dir, 'mathLib.js')
  writeFileSync(file, 'function add(a, b) { return a + b }\n')
})
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true })
})

const sent = (): Array<{ method: string; path: string; headers: Record<string, unknown> }> =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    path: new URL(c.fullUrl).pathname,
    headers: c.headers ?? {}
  }))

/** A LibraryRs item (§8.2, hyphenated names rendered in camelCase). */
const LIBRARY = {
  id: 'MATHLIB|01.00.0000',
  code: 'MATHLIB',
  version: '01.00.0000',
  displayName: 'Math Lib',
  libraryType: 'API',
  description: 'adds numbers'
}

describe('libraries', () => {
  it("lists a project's libraries and gets one by CODE%7CVERSION", async () => {
    net.oic
      .intercept({ path: atPath(LIBS), method: 'GET' })
      .reply(200, { items: [LIBRARY], hasMore: false, totalResults: 1 }, JSON_REPLY)
    net.oic
      .intercept({ path: atPath(`${LIBS}/MATHLIB%7C01.00.0000`), method: 'GET' })
      .reply(200, LIBRARY, JSON_REPLY)
    const client = mockClient(net)
    expect(await listLibraries(client, 'SALES')).toEqual([LIBRARY])
    expect(await getLibrary(client, 'SALES', 'MATHLIB', '01.00.0000')).toEqual(LIBRARY)
  })

  it('registers with the documented multipart fields; description only when given', async () => {
    net.oic
      .intercept({ path: atPath(`${LIBS}/archive`), method: 'POST' })
      .reply(204, '')
      .times(2)
    const client = mockClient(net)
    const lib = { code: 'MATHLIB', version: '01.00.0000', name: 'Math Lib', type: 'API' }
    await registerLibrary(client, 'SALES', { ...lib, description: 'adds numbers' }, file)
    await registerLibrary(client, 'SALES', { ...lib, description: undefined }, file)
    const fields = (description?: string) =>
      multipart([
        { name: 'code', value: lib.code },
        { name: 'version', value: lib.version },
        { name: 'name', value: lib.name },
        { name: 'type', value: lib.type },
        ...(description ? [{ name: 'description', value: description }] : []),
        { name: 'file', file }
      ]).length
    expect(sent().map(c => [c.method, c.path, c.headers['content-length']])).toEqual([
      ['POST', `${LIBS}/archive`, String(fields('adds numbers'))],
      ['POST', `${LIBS}/archive`, String(fields())]
    ])
    expect(sent()[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
  })

  it('a 409 on register (exists) fails once; it is not repeated', async () => {
    net.oic
      .intercept({ path: atPath(`${LIBS}/archive`), method: 'POST' })
      .reply(409, { title: 'Library MATHLIB|01.00.0000 already exists' }, JSON_REPLY)
    await expect(
      registerLibrary(
        mockClient(net, { retry: defaultRetryPolicy(3) }),
        'SALES',
        { code: 'MATHLIB', version: '01.00.0000', name: 'Math Lib', type: 'API' },
        file
      )
    ).rejects.toMatchObject({ status: 409 })
    expect(sent()).toHaveLength(1)
  })

  it('replaces the code of a library, repeated after a 503 (the same file replaces the same code)', async () => {
    net.oic
      .intercept({ path: atPath(`${LIBS}/MATHLIB%7C01.00.0000/archive`), method: 'POST' })
      .reply(503, 'busy')
    net.oic
      .intercept({ path: atPath(`${LIBS}/MATHLIB%7C01.00.0000/archive`), method: 'POST' })
      .reply(200, { items: [LIBRARY], hasMore: false, totalResults: 1 }, JSON_REPLY)
    await replaceLibrary(
      mockClient(net, { retry: defaultRetryPolicy(2) }),
      'SALES',
      'MATHLIB',
      '01.00.0000',
      file
    )
    expect(sent().map(c => c.headers['content-length'])).toEqual([
      String(multipart([{ name: 'file', file }]).length),
      String(multipart([{ name: 'file', file }]).length)
    ])
    expect(net.slept).toHaveLength(1)
  })

  it('deletes a library; a 423 (in use) carries the unlock hint', async () => {
    net.oic.intercept({ path: atPath(`${LIBS}/MATHLIB%7C01.00.0000`), method: 'DELETE' }).reply(200, '')
    net.oic
      .intercept({ path: atPath(`${LIBS}/USED%7C01.00.0000`), method: 'DELETE' })
      .reply(423, { title: 'Library is in use' }, JSON_REPLY)
    const client = mockClient(net)
    await expect(deleteLibrary(client, 'SALES', 'MATHLIB', '01.00.0000')).resolves.toBeUndefined()
    await expect(deleteLibrary(client, 'SALES', 'USED', '01.00.0000')).rejects.toThrow(
      /DELETE .*USED%7C01\.00\.0000.* failed: HTTP 423 Locked: Library is in use/
    )
  })
})
