/**
 * The `.car` attached to a GitHub release: found through the GitHub REST API, streamed to disk and verified against
 * the SHA-256 recorded at release time (a `<file>.sha256` asset, or `SHA-256 (<file>) = <hex>` / `sha256: <hex>` in
 * the release notes). Every request goes through the suite's one HTTP client (./http/client.ts): the action's
 * `ca-certificate`, `request-timeout` and `retries`, its proxy settings and user agent. The GitHub token is sent to
 * the GitHub API host only, never to the storage host an asset download redirects to.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { describeJson } from './oic/shape.js'
import { archiveWriter, type WrittenArchive } from './archive/writer.js'
import { DEFAULT_RETRIES, USER_AGENT } from './constants.js'
import { ConfigurationError, OicActionError, OicHttpError } from './errors.js'
import { HttpClient } from './http/client.js'
import { defaultRetryPolicy } from './http/retry.js'
import { readText } from './http/transport.js'
import type { TransportSettings } from './oic-instance.js'

/** What to fetch. */
export interface ReleaseRequest {
  tag: string
  owner: string
  repo: string
  token: string
  /** GitHub REST API origin (`GITHUB_API_URL`), with its path prefix on GitHub Enterprise Server. */
  apiUrl: string
  /** Folder the archive is written to. */
  directory: string
  /** The action's transport inputs (`ca-certificate`, `request-timeout`, `retries`). */
  transport?: TransportSettings
  dispatcher?: Dispatcher
  /** Where retry lines go. */
  log?: (line: string) => void
}

/** A downloaded, verified release archive. */
export interface ReleaseArchive extends WrittenArchive {
  name: string
  /** Where the expected SHA-256 came from. */
  recordedIn: string
}

interface Asset {
  id: number
  name: string
  url: string
}

interface Release {
  body?: string | null
  assets: Asset[]
}

const HEX = /\b[0-9a-f]{64}\b/i
/** A file name such as `SO.car` or `README.md`. */
const NAMES_A_FILE = /[\w-]+\.[A-Za-z]\w{0,7}\b/
/** Milliseconds without progress before a GitHub request counts as failed, when the action gives none. */
const DEFAULT_TIMEOUT_MS = 120_000

/** Finds the SHA-256 recorded for `file` in a checksum file's text or in release notes. */
export function recordedSha256(text: string, file: string): string | undefined {
  const lines = text.split(/\r?\n/)
  const digestOf = (line: string): string | undefined => HEX.exec(line)?.[0]
  for (const line of lines) {
    const hex = line.includes(file) ? digestOf(line) : undefined
    if (hex) return hex.toLowerCase()
  }
  // A digest line that names no file (`sha256: …`) stands for the one archive; one naming another file does not.
  for (const line of lines) {
    const hex = /sha-?256/i.test(line) ? digestOf(line) : undefined
    if (hex && !NAMES_A_FILE.test(line.replace(hex, ''))) return hex.toLowerCase()
  }
  return undefined
}

/** The HTTP client of the GitHub API: the token stays on the API host; asset redirects may leave it. */
function githubClient(req: ReleaseRequest): HttpClient {
  return new HttpClient({
    baseUrl: new URL(req.apiUrl),
    token: req.token,
    timeoutMs: req.transport?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: defaultRetryPolicy(req.transport?.retries ?? DEFAULT_RETRIES),
    caCertificate: req.transport?.caCertificate,
    dispatcher: req.dispatcher,
    log: req.log,
    userAgent: USER_AGENT,
    urlInput: 'GITHUB_API_URL',
    redirects: 'any-host'
  })
}

/** `path` under the API's base path (`/api/v3` on GitHub Enterprise Server). */
function apiPath(req: ReleaseRequest, path: string): string {
  return `${new URL(req.apiUrl).pathname.replace(/\/+$/, '')}${path}`
}

async function readRelease(client: HttpClient, req: ReleaseRequest): Promise<Release> {
  const where = `${req.owner}/${req.repo}`
  try {
    const res = await client.json<Release>({
      method: 'GET',
      path: apiPath(req, `/repos/${where}/releases/tags/${encodeURIComponent(req.tag)}`),
      headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
      label: `read release ${req.tag}`
    })
    return { body: res.body?.body, assets: res.body?.assets ?? [] }
  } catch (error) {
    if (error instanceof OicHttpError && error.status === 404) {
      throw new ConfigurationError(
        `Input 'release-tag': no release ${req.tag} in ${where} (or github-token cannot read it).`,
        { input: 'release-tag' }
      )
    }
    throw new OicActionError(`Could not read release ${req.tag} of ${where}: ${(error as Error).message}`, {
      cause: error
    })
  }
}

/** Streams asset `asset` to `consume`; a redirect to a signed storage URL is followed without the token. */
async function download<R>(
  client: HttpClient,
  asset: Asset,
  consume: (body: Readable) => Promise<R>
): Promise<R> {
  const url = new URL(asset.url)
  try {
    return await client.stream(
      {
        method: 'GET',
        path: `${url.pathname}${url.search}`,
        headers: { accept: 'application/octet-stream' },
        label: `download release asset ${asset.name}`
      },
      consume
    )
  } catch (error) {
    if (error instanceof OicActionError) throw error
    throw new OicActionError(`Downloading release asset ${asset.name} failed: ${(error as Error).message}`, {
      cause: error
    })
  }
}

/** Downloads the release's `.car`, verifying its recorded SHA-256. */
export async function downloadReleaseArchive(req: ReleaseRequest): Promise<ReleaseArchive> {
  const client = githubClient(req)
  try {
    const release = await readRelease(client, req)
    const cars = release.assets.filter(a => a.name.endsWith('.car'))
    if (cars.length !== 1) {
      throw new ConfigurationError(
        `Input 'release-tag': release ${req.tag} has ${cars.length} .car assets (${cars.map(a => a.name).join(', ') || 'none'}); expected exactly one.`,
        { input: 'release-tag' }
      )
    }
    const car = cars[0] as Asset
    // The name becomes a file name in the download folder: no folder part, no leading dot, nothing odd.
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(car.name))
      throw new OicActionError(
        `The release ${req.tag} answered the asset name ${describeJson(car.name)} where a plain .car file name was expected.`
      )
    const checksum = release.assets.find(a => a.name === `${car.name}.sha256`)
    return await verifiedDownload(client, req, release.body ?? '', car, checksum)
  } finally {
    await client.close()
  }
}

async function verifiedDownload(
  client: HttpClient,
  req: ReleaseRequest,
  notes: string,
  car: Asset,
  checksumAsset: Asset | undefined
): Promise<ReleaseArchive> {
  let expected: string | undefined
  let recordedIn = `release notes of ${req.tag}`
  if (checksumAsset) {
    const text = await download(client, checksumAsset, readText)
    expected = recordedSha256(text, car.name)
    recordedIn = checksumAsset.name
  } else {
    expected = recordedSha256(notes, car.name)
  }
  if (!expected) {
    throw new ConfigurationError(
      `Release ${req.tag} records no SHA-256 for ${car.name} (no ${car.name}.sha256 asset, no 'SHA-256 (${car.name}) = <hex>' in its notes): refusing an unverifiable rollback.`,
      { input: 'release-tag' }
    )
  }
  const written = await download(client, car, archiveWriter(join(req.directory, car.name), 'The release'))
  if (written.sha256 !== expected) {
    await rm(written.path, { force: true })
    throw new OicActionError(
      `Release asset ${car.name} has SHA-256 ${written.sha256}, but ${recordedIn} records ${expected}: refusing to import it.`
    )
  }
  return { ...written, name: car.name, recordedIn }
}
