/**
 * The `.car` attached to a GitHub release: found through `@actions/github` (loaded lazily), streamed to disk and
 * verified against the SHA-256 recorded at release time (a `<file>.sha256` asset, or `SHA-256 (<file>) = <hex>` /
 * `sha256: <hex>` in the release notes). The GitHub token is sent to the GitHub API only, never to the storage
 * host an asset download redirects to.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dispatcher } from 'undici'
import { archiveWriter, type WrittenArchive } from './archive/writer.js'
import { ConfigurationError, OicActionError } from './errors.js'
import { createTransport, drain, readText, type Transport, type TransportResponse } from './http/transport.js'

/** What to fetch. */
export interface ReleaseRequest {
  tag: string
  owner: string
  repo: string
  token: string
  /** GitHub REST API origin (`GITHUB_API_URL`). */
  apiUrl: string
  /** Folder the archive is written to. */
  directory: string
  dispatcher?: Dispatcher
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

const HEX = /\b[0-9a-f]{64}\b/i
const MAX_REDIRECTS = 3
/** Milliseconds without progress before an asset download counts as failed. */
const ASSET_TIMEOUT_MS = 120_000

/** Finds the SHA-256 recorded for `file` in a checksum file's text or in release notes. */
export function recordedSha256(text: string, file: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (line.includes(file) || /sha-?256/i.test(line)) {
      const hex = HEX.exec(line)?.[0]
      if (hex) return hex.toLowerCase()
    }
  }
  return undefined
}

async function assetStream(
  asset: Asset,
  req: ReleaseRequest,
  transport: Transport
): Promise<TransportResponse> {
  let url = new URL(asset.url)
  let headers: Record<string, string> = {
    accept: 'application/octet-stream',
    authorization: `Bearer ${req.token}`,
    'user-agent': 'oic-actions'
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const res = await transport.request({ method: 'GET', url, headers, timeoutMs: ASSET_TIMEOUT_MS })
    if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      await drain(res.body)
      const next = new URL(String(res.headers.location), url)
      // Signed storage URLs carry their own authorisation; the GitHub token stays with the GitHub API.
      if (next.origin !== url.origin)
        headers = { accept: 'application/octet-stream', 'user-agent': 'oic-actions' }
      url = next
      continue
    }
    if (res.statusCode !== 200) {
      await drain(res.body)
      throw new OicActionError(`Downloading release asset ${asset.name} failed: HTTP ${res.statusCode}.`)
    }
    return res
  }
  throw new OicActionError(`Downloading release asset ${asset.name}: too many redirects.`)
}

/** Downloads the release's `.car`, verifying its recorded SHA-256. */
export async function downloadReleaseArchive(req: ReleaseRequest): Promise<ReleaseArchive> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(req.token, { baseUrl: req.apiUrl })
  let release
  try {
    release = (await octokit.rest.repos.getReleaseByTag({ owner: req.owner, repo: req.repo, tag: req.tag }))
      .data
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404) {
      throw new ConfigurationError(
        `Input 'release-tag': no release ${req.tag} in ${req.owner}/${req.repo} (or github-token cannot read it).`,
        { input: 'release-tag' }
      )
    }
    throw new OicActionError(
      `Could not read release ${req.tag} of ${req.owner}/${req.repo}: ${(error as Error).message}`,
      { cause: error }
    )
  }
  const assets = release.assets as Asset[]
  const cars = assets.filter(a => a.name.endsWith('.car'))
  if (cars.length !== 1) {
    throw new ConfigurationError(
      `Input 'release-tag': release ${req.tag} has ${cars.length} .car assets (${cars.map(a => a.name).join(', ') || 'none'}); expected exactly one.`,
      { input: 'release-tag' }
    )
  }
  const car = cars[0] as Asset
  const transport = createTransport({ dispatcher: req.dispatcher })
  try {
    return await verifiedDownload(
      req,
      release.body ?? '',
      car,
      assets.find(a => a.name === `${car.name}.sha256`),
      transport
    )
  } finally {
    await transport.close()
  }
}

async function verifiedDownload(
  req: ReleaseRequest,
  notes: string,
  car: Asset,
  checksumAsset: Asset | undefined,
  transport: Transport
): Promise<ReleaseArchive> {
  let expected: string | undefined
  let recordedIn = `release notes of ${req.tag}`
  if (checksumAsset) {
    const res = await assetStream(checksumAsset, req, transport)
    expected = recordedSha256(await readText(res.body), car.name)
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
  const res = await assetStream(car, req, transport)
  const written = await archiveWriter(join(req.directory, car.name), 'The release')(res.body)
  if (written.sha256 !== expected) {
    await rm(written.path, { force: true })
    throw new OicActionError(
      `Release asset ${car.name} has SHA-256 ${written.sha256}, but ${recordedIn} records ${expected}: refusing to import it.`
    )
  }
  return { ...written, name: car.name, recordedIn }
}
