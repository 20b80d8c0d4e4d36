// Verify the release download on the suite's one HTTP client: the token goes to the API host only (never to the
// storage host an asset redirects to), the user agent is the suite's, an unknown tag is a configuration error, and
// an archive whose SHA-256 differs from the recorded one is refused and removed.
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { USER_AGENT } from '../../../src/core/constants.js'
import { ConfigurationError, OicActionError } from '../../../src/core/errors.js'
import {
  downloadReleaseArchive,
  recordedSha256,
  type ReleaseRequest
} from '../../../src/core/github-release.js'
import { writeZip } from '../../support/zip.js'

interface Seen {
  path: string
  authorization?: string
  userAgent?: string
}

let car: Buffer
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'rel-')), 'SO.car')
  await writeZip(file, [{ name: 'manifest.json', data: '{}' }])
  car = readFileSync(file)
})

const servers: Server[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections()
    await new Promise(resolve => s.close(resolve))
  }
})

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A storage host and an API host (under `/api/v3`, as on GitHub Enterprise Server) that redirects assets to it. */
async function github(recorded: string, carName = 'SO.car'): Promise<{ api: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const record = (req: IncomingMessage): void =>
    void seen.push({
      path: req.url ?? '',
      authorization: req.headers.authorization,
      userAgent: req.headers['user-agent']
    })
  const storage = await listen((req, res) => {
    record(req)
    res.end(req.url?.startsWith('/blob/car') ? car : `${recorded}  SO.car\n`)
  })
  let api = ''
  api = await listen((req, res) => {
    record(req)
    const url = req.url ?? ''
    if (url === '/api/v3/repos/acme/oic/releases/tags/v1.0.0') {
      res.writeHead(200, { 'content-type': 'application/json' })
      const asset = (id: number, name: string): object => ({
        id,
        name,
        url: `${api}/api/v3/repos/acme/oic/releases/assets/${id}`
      })
      return void res.end(
        JSON.stringify({ body: 'notes', assets: [asset(1, carName), asset(2, `${carName}.sha256`)] })
      )
    }
    const asset = /\/assets\/(\d)$/.exec(url)
    if (asset) {
      res.writeHead(302, { location: `${storage}/blob/${asset[1] === '1' ? 'car' : 'sum'}?sig=signed` })
      return void res.end()
    }
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end('{"message":"Not Found"}')
  })
  return { api: `${api}/api/v3`, seen }
}

const request = (api: string, tag = 'v1.0.0'): ReleaseRequest => ({
  tag,
  owner: 'acme',
  repo: 'oic',
  token: 'ghs_release_token',
  apiUrl: api,
  directory: mkdtempSync(join(tmpdir(), 'rel-out-')),
  transport: { timeoutMs: 5000, retries: 0 }
})

describe('downloadReleaseArchive', () => {
  it('downloads and verifies the asset; the token never reaches the storage host', async () => {
    const sha = createHash('sha256').update(car).digest('hex')
    const { api, seen } = await github(sha)
    const archive = await downloadReleaseArchive(request(api))
    expect(archive).toMatchObject({ name: 'SO.car', sha256: sha, recordedIn: 'SO.car.sha256' })
    expect(readFileSync(archive.path)).toEqual(car)
    const toApi = seen.filter(s => s.path.startsWith('/api/v3/'))
    const toStorage = seen.filter(s => s.path.startsWith('/blob/'))
    expect(toApi).toHaveLength(3)
    expect(toStorage).toHaveLength(2)
    expect(toApi.every(s => s.authorization === 'Bearer ghs_release_token')).toBe(true)
    expect(toStorage.every(s => s.authorization === undefined)).toBe(true)
    expect(seen.every(s => s.userAgent === USER_AGENT)).toBe(true)
  })

  it('refuses an asset whose SHA-256 differs from the recorded one, and leaves no file', async () => {
    const { api } = await github('0'.repeat(64))
    const req = request(api)
    await expect(downloadReleaseArchive(req)).rejects.toThrow(OicActionError)
    expect(existsSync(join(req.directory, 'SO.car'))).toBe(false)
  })

  it('refuses an asset name with a folder part before writing anything (issue 16)', async () => {
    const sha = createHash('sha256').update(car).digest('hex')
    const { api, seen } = await github(sha, '../../escaped.car')
    const req = request(api)
    await expect(downloadReleaseArchive(req)).rejects.toThrow(
      'The release v1.0.0 answered the asset name the string "../../escaped.car" where a plain .car file name was expected.'
    )
    expect(existsSync(join(req.directory, '..', '..', 'escaped.car'))).toBe(false)
    expect(seen.filter(s => s.path.startsWith('/blob/'))).toEqual([])
  })

  it('names the input when the tag does not exist', async () => {
    const { api } = await github('0'.repeat(64))
    await expect(downloadReleaseArchive(request(api, 'v9'))).rejects.toThrow(ConfigurationError)
    await expect(downloadReleaseArchive(request(api, 'v9'))).rejects.toThrow(
      "Input 'release-tag': no release v9 in acme/oic"
    )
  })
})

/** An API host serving one release (`v1.0.0` of acme/oic) with `assets` (name → bytes) and `body` as its notes. */
async function release(
  assets: Record<string, Buffer | string>,
  body = '',
  status = 200,
  refused: string[] = []
): Promise<{ api: string; seen: string[] }> {
  const seen: string[] = []
  let api = ''
  api = await listen((req, res) => {
    const url = req.url ?? ''
    seen.push(url)
    if (url === '/repos/acme/oic/releases/tags/v1.0.0') {
      res.writeHead(status, { 'content-type': 'application/json' })
      if (status !== 200) return void res.end('{"message":"Resource not accessible by integration"}')
      return void res.end(
        JSON.stringify({
          body,
          assets: Object.keys(assets).map((name, i) => ({
            id: i,
            name,
            url: `${api}/repos/acme/oic/releases/assets/${i}`
          }))
        })
      )
    }
    const asset = /\/assets\/(\d+)$/.exec(url)
    const name = asset ? Object.keys(assets)[Number(asset[1])] : undefined
    if (name !== undefined && !refused.includes(name)) return void res.end(assets[name])
    if (name !== undefined) {
      res.writeHead(403, { 'content-type': 'application/json' })
      return void res.end('{"message":"Request has expired"}')
    }
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end('{"message":"Not Found"}')
  })
  return { api, seen }
}

describe('downloadReleaseArchive: where the SHA-256 comes from and what a release must hold', () => {
  const sha = (): string => createHash('sha256').update(car).digest('hex')

  it('takes the SHA-256 from the release notes when there is no .sha256 asset', async () => {
    const { api } = await release({ 'SO.car': car }, `Build 7\n\nSHA-256 (SO.car) = ${sha()}\n`)
    const archive = await downloadReleaseArchive(request(api))
    expect(archive).toMatchObject({ name: 'SO.car', sha256: sha(), recordedIn: 'release notes of v1.0.0' })
    expect(readFileSync(archive.path)).toEqual(car)
  })

  it('refuses an unverifiable release (no checksum anywhere) before downloading the archive', async () => {
    const { api, seen } = await release({ 'SO.car': car }, 'Build 7, no checksum here')
    const req = request(api)
    const error = await downloadReleaseArchive(req).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).input).toBe('release-tag')
    expect((error as Error).message).toBe(
      "Release v1.0.0 records no SHA-256 for SO.car (no SO.car.sha256 asset, no 'SHA-256 (SO.car) = <hex>' in its notes): refusing an unverifiable rollback."
    )
    expect(seen.filter(u => u.includes('/assets/'))).toEqual([])
    expect(existsSync(join(req.directory, 'SO.car'))).toBe(false)
  })

  it('refuses a .sha256 asset that records no digest', async () => {
    const { api } = await release({ 'SO.car': car, 'SO.car.sha256': 'not a digest\n' })
    await expect(downloadReleaseArchive(request(api))).rejects.toThrow(
      /^Release v1\.0\.0 records no SHA-256 for SO\.car/
    )
  })

  it.each([
    [
      { 'notes.txt': 'x' },
      "Input 'release-tag': release v1.0.0 has 0 .car assets (none); expected exactly one."
    ],
    [
      { 'A.car': car, 'B.car': car },
      "Input 'release-tag': release v1.0.0 has 2 .car assets (A.car, B.car); expected exactly one."
    ]
  ])('refuses a release without exactly one .car (%j)', async (assets, message) => {
    const { api } = await release(assets)
    const error = await downloadReleaseArchive(request(api)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(message)
  })

  it('fails with one line naming the release when the API refuses to read it (403)', async () => {
    const { api } = await release({ 'SO.car': car }, '', 403)
    const error = await downloadReleaseArchive(request(api)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OicActionError)
    expect(error).not.toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(
      /^Could not read release v1\.0\.0 of acme\/oic: GET .*\/repos\/acme\/oic\/releases\/tags\/v1\.0\.0 failed: HTTP 403/
    )
  })

  it('fails with the HTTP line when the asset download is refused, leaving no file', async () => {
    const { api } = await release({ 'SO.car': car, 'SO.car.sha256': `${sha()}  SO.car` }, '', 200, ['SO.car'])
    const req = request(api)
    await expect(downloadReleaseArchive(req)).rejects.toThrow(
      /^GET .*\/repos\/acme\/oic\/releases\/assets\/0 failed: HTTP 403/
    )
    expect(existsSync(join(req.directory, 'SO.car'))).toBe(false)
  })
})

describe('recordedSha256', () => {
  const hex = 'ab'.repeat(32)
  it.each([
    [`${hex}  SO.car`, hex],
    [`SHA-256 (SO.car) = ${hex.toUpperCase()}`, hex],
    [`sha256: ${hex}`, hex],
    [`other.car ${'cd'.repeat(32)}\n${hex} *SO.car`, hex],
    ['SO.car has no digest', undefined],
    [`${hex}  OTHER.car`, undefined],
    ['', undefined]
  ])('reads %j', (text, expected) => {
    expect(recordedSha256(text, 'SO.car')).toBe(expected)
  })

  // Notes listing several files: the line of SO.car, not the first SHA-256 line (a valid rollback was refused).
  it('takes the line of the file when the notes list several digests', () => {
    const notes = `SHA-256 (README.md) = ${'cd'.repeat(32)}\nSHA-256 (SO.car) = ${hex}\n`
    expect(recordedSha256(notes, 'SO.car')).toBe(hex)
  })
})
