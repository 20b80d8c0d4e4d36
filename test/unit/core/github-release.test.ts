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
import { downloadReleaseArchive, type ReleaseRequest } from '../../../src/core/github-release.js'
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
