// Verify the upload step of import-car with a fake target: the archive is sent once; a lost answer to an import is
// settled by reading the project (there now: imported, one warning; absent: the step fails with the lost answer); a
// lost answer to a replacement fails (replace.ts puts back what it deactivated); a 409 names if-exists; and
// importOrReplace picks import, skip or fail by if-exists.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import type { CarContents } from '../../../../src/core/archive/car.js'
import type { Collaborators } from '../../../../src/core/collaborators.js'
import { ConfigurationError, OicHttpError } from '../../../../src/core/errors.js'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import type { ImportCarSettings } from '../../../../src/actions/import-car/inputs.js'
import { importOrReplace, upload } from '../../../../src/actions/import-car/steps.js'

const dir = mkdtempSync(join(tmpdir(), 'import-steps-'))
const FILE = join(dir, 'SALES.car')
writeFileSync(FILE, 'PK\u0003\u0004 not really a car')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What the fake target answers: the upload (a body, or a failure status) and whether the project exists. */
interface Target {
  upload: { status: number; body?: unknown }
  projectExists?: boolean | number
}

function fakeClient(target: Target): { client: HttpClient; seen: string[] } {
  const seen: string[] = []
  const fail = (req: HttpRequest, status: number): never => {
    throw new OicHttpError({ status, method: req.method, url: req.path, title: `HTTP ${status}` })
  }
  const client = {
    json: async (req: HttpRequest) => {
      const path = req.path.replace('/ic/api/integration/v1', '')
      seen.push(`${req.method} ${path}`)
      if (path === '/projects/archive') {
        const { status } = target.upload
        if (status < 200 || status >= 300) fail(req, status)
        return { status: target.upload.status, headers: {}, body: target.upload.body }
      }
      if (typeof target.projectExists === 'number') fail(req, target.projectExists)
      if (!target.projectExists) fail(req, 404)
      return { status: 200, headers: {}, body: { code: 'SALES' } }
    }
  } as unknown as HttpClient
  return { client, seen }
}

function fakeDeps(): Collaborators & { lines: string[]; warnings: string[] } {
  const lines: string[] = []
  const warnings: string[] = []
  return {
    log: l => void lines.push(l),
    warn: l => void warnings.push(l),
    sleep: async () => undefined,
    now: () => 0,
    lines,
    warnings
  }
}

describe('upload', () => {
  it('returns the code the answer names, sending the archive once', async () => {
    const { client, seen } = fakeClient({ upload: { status: 200, body: { code: 'SALES' } } })
    const deps = fakeDeps()
    expect(await upload(deps, client, FILE, 'add', undefined)).toBe('SALES')
    expect(seen).toEqual(['POST /projects/archive'])
    expect(deps.warnings).toEqual([])
  })

  it('falls back to the code the archive names when the answer has none, and fails when neither does', async () => {
    expect(
      await upload(fakeDeps(), fakeClient({ upload: { status: 204 } }).client, FILE, 'add', 'SALES')
    ).toBe('SALES')
    await expect(
      upload(fakeDeps(), fakeClient({ upload: { status: 204 } }).client, FILE, 'add', undefined)
    ).rejects.toThrow(
      /^Could not import the archive: The import answer named no project and the archive did not either: set the project input\.$/
    )
  })

  it('settles a lost import answer by reading the project: there now, it was imported (one warning)', async () => {
    const { client, seen } = fakeClient({ upload: { status: 502 }, projectExists: true })
    const deps = fakeDeps()
    expect(await upload(deps, client, FILE, 'add', 'SALES')).toBe('SALES')
    expect(seen).toEqual(['POST /projects/archive', 'GET /projects/SALES'])
    expect(deps.warnings).toEqual([
      expect.stringMatching(
        /^The answer to the import was lost \(POST \S+ failed: HTTP 502.*\); project SALES now exists, so the archive was not sent again\.$/
      )
    ])
  })

  it('fails with the lost answer when the project is not there after it', async () => {
    const { client, seen } = fakeClient({ upload: { status: 0 }, projectExists: false })
    await expect(upload(fakeDeps(), client, FILE, 'add', 'SALES')).rejects.toThrow(
      /^Could not import the archive: POST \S+ failed: no response/
    )
    expect(seen).toEqual(['POST /projects/archive', 'GET /projects/SALES'])
  })

  it('cannot settle a lost import answer without a project code, and fails', async () => {
    const { client, seen } = fakeClient({ upload: { status: 503 }, projectExists: true })
    await expect(upload(fakeDeps(), client, FILE, 'add', undefined)).rejects.toThrow(
      /^Could not import the archive: POST \S+ failed: HTTP 503/
    )
    expect(seen).toEqual(['POST /projects/archive'])
  })

  it('fails a replacement whose answer was lost: the project being there shows nothing', async () => {
    const { client, seen } = fakeClient({ upload: { status: 504 }, projectExists: true })
    await expect(upload(fakeDeps(), client, FILE, 'replace', 'SALES')).rejects.toThrow(
      /^Could not replace the archive: PUT \S+ failed: HTTP 504/
    )
    expect(seen).toEqual(['PUT /projects/archive'])
  })

  it('names the lost answer and the read-back failure when the project cannot be read', async () => {
    const { client } = fakeClient({ upload: { status: 502 }, projectExists: 401 })
    await expect(upload(fakeDeps(), client, FILE, 'add', 'SALES')).rejects.toThrow(
      /^Could not import the archive \(the state could not be read back to settle it: GET \S+ failed: HTTP 401.*\): POST \S+ failed: HTTP 502/
    )
  })

  it('turns a 409 into a fix naming if-exists, reading nothing back', async () => {
    const { client, seen } = fakeClient({ upload: { status: 409 }, projectExists: true })
    const error = await upload(fakeDeps(), client, FILE, 'add', 'SALES').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error).toMatchObject({ input: 'if-exists' })
    expect((error as Error).message).toMatch(
      /^Project SALES already exists in the target \(409\): set if-exists/
    )
    expect(seen).toEqual(['POST /projects/archive'])
  })
})

describe('importOrReplace', () => {
  const car = { kind: 'project', integrations: [] } as unknown as CarContents
  const settings = (ifExists: string): ImportCarSettings =>
    ({ ifExists, source: { kind: 'file' }, acceptUnchanged: false }) as unknown as ImportCarSettings
  const plan = (exists: boolean) => ({
    car,
    target: { exists, integrations: [], connections: [] },
    expected: 'SALES',
    instance: 'prod',
    path: FILE,
    imported: []
  })

  it('imports a project the target does not hold', async () => {
    const { client, seen } = fakeClient({ upload: { status: 200, body: { code: 'SALES' } } })
    const outcome = await importOrReplace(fakeDeps(), client, settings('fail'), plan(false))
    expect(outcome).toEqual({ project: 'SALES', result: 'imported', reactivate: [], replaced: undefined })
    expect(seen).toEqual(['POST /projects/archive'])
  })

  it('skips a project the target holds with if-exists: skip, sending nothing', async () => {
    const { client, seen } = fakeClient({ upload: { status: 200 } })
    const deps = fakeDeps()
    const outcome = await importOrReplace(deps, client, settings('skip'), plan(true))
    expect(outcome).toMatchObject({ project: 'SALES', result: 'skipped', reactivate: [] })
    expect(seen).toEqual([])
    expect(deps.lines).toEqual(['Project SALES exists in prod: import skipped (if-exists: skip)'])
  })

  it('refuses a project the target holds with if-exists: fail, sending nothing', async () => {
    const { client, seen } = fakeClient({ upload: { status: 200 } })
    await expect(importOrReplace(fakeDeps(), client, settings('fail'), plan(true))).rejects.toThrow(
      /^Project SALES already exists in prod \(409\): set if-exists: replace/
    )
    expect(seen).toEqual([])
  })
})
