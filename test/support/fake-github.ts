/**
 * A fake of the GitHub services the actions use, on loopback: the Actions results service (Twirp JSON + an Azure
 * block-blob store) behind `@actions/artifact`, and the REST routes for artifacts of other runs and for release
 * assets, and the comments of pull requests. Errors are injected as 4xx (5xx makes the toolkit retry for ~25 s).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface StoredArtifact {
  id: number
  runId: number
  name: string
  blob: string
  size: number
  digest?: string
  createdAt: string
}

/** A release asset served by the fake. */
export interface FakeRelease {
  tag: string
  body?: string
  assets: Array<{ name: string; data: Buffer }>
}

/** A pull-request comment stored by the fake. */
export interface FakeComment {
  id: number
  issue: number
  body: string
  /** The `authorization` header it was written with. */
  auth: string
  updates: number
}

/** A running fake. */
export interface FakeGitHub {
  url: string
  /** Env for a step of run `runId` (artifact runtime + GitHub API). */
  envFor(runId: number): Record<string, string>
  artifacts: StoredArtifact[]
  releases: FakeRelease[]
  /** Issue and pull-request comments (`GET`/`POST /repos/:o/:r/issues/:n/comments`, `PATCH …/issues/comments/:id`). */
  comments: FakeComment[]
  /** Requests seen, as `METHOD path`. */
  requests: string[]
  /** Routes (substring of `METHOD path`) to answer with a status instead (e.g. `{ 'CreateArtifact': 403 }`). */
  failures: Record<string, number>
  stop(): Promise<void>
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'

function unsignedJwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}.`
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

function json(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(data))
}

/** The comment routes: a page of an issue's comments (`page`, `per_page`), a new one, an edit. */
async function commentRoute(
  req: IncomingMessage,
  res: ServerResponse,
  at: {
    origin: string
    comments: FakeComment[]
    issue: RegExpExecArray | null
    edit: RegExpExecArray | null
    url: URL
  }
): Promise<void> {
  const shown = (c: FakeComment): Record<string, unknown> => ({
    id: c.id,
    body: c.body,
    html_url: `${at.origin}/acme/oic-release/pull/${c.issue}#issuecomment-${c.id}`,
    user: { login: 'github-actions[bot]', type: 'Bot' }
  })
  const auth = String(req.headers.authorization ?? '')
  if (at.issue && req.method === 'GET') {
    const perPage = Number(at.url.searchParams.get('per_page') ?? 30)
    const page = Number(at.url.searchParams.get('page') ?? 1)
    const all = at.comments.filter(c => c.issue === Number(at.issue?.[1]))
    return json(res, 200, all.slice((page - 1) * perPage, page * perPage).map(shown))
  }
  const input = JSON.parse((await body(req)).toString() || '{}') as { body?: unknown }
  if (typeof input.body !== 'string' || input.body.length > 65536)
    return json(res, 422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'invalid' }] })
  if (at.issue && req.method === 'POST') {
    const c = {
      id: 9000 + at.comments.length,
      issue: Number(at.issue[1]),
      body: input.body,
      auth,
      updates: 0
    }
    at.comments.push(c)
    return json(res, 201, shown(c))
  }
  const c = at.comments.find(x => x.id === Number(at.edit?.[1]))
  if (!c || req.method !== 'PATCH') return json(res, 404, { message: 'Not Found' })
  Object.assign(c, { body: input.body, auth, updates: c.updates + 1 })
  return json(res, 200, shown(c))
}

/** Starts the fake. */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  const blobs = new Map<string, Buffer>()
  const blocks = new Map<string, Buffer>()
  const artifacts: StoredArtifact[] = []
  const releases: FakeRelease[] = []
  const comments: FakeComment[] = []
  const requests: string[] = []
  const failures: Record<string, number> = {}
  let nextId = 1
  let origin = ''
  const runOf = (backend: unknown): number => Number(String(backend).replace('run-', ''))

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const key = `${req.method} ${url.pathname}`
      requests.push(key)
      const failing = Object.entries(failures).find(([k]) => key.includes(k))
      // `msg`/`code` as the results service (Twirp) answers, `message` as the REST API does.
      if (failing)
        return json(res, failing[1], {
          msg: 'injected failure',
          code: 'permission_denied',
          message: 'injected failure'
        })
      if (url.pathname.startsWith(TWIRP)) {
        const method = url.pathname.slice(TWIRP.length)
        const input = JSON.parse((await body(req)).toString() || '{}') as Record<string, unknown>
        const runId = runOf(input.workflow_run_backend_id)
        if (method === 'CreateArtifact') {
          const blob = `/devstoreaccount1/actions/${runId}-${String(input.name)}.zip`
          return json(res, 200, { ok: true, signed_upload_url: `${origin}${blob}?sig=fake-signature` })
        }
        if (method === 'FinalizeArtifact') {
          const blob = `/devstoreaccount1/actions/${runId}-${String(input.name)}.zip`
          const hash = (input.hash as { value?: string } | undefined)?.value
          const artifact = {
            id: nextId++,
            runId,
            name: String(input.name),
            blob,
            size: blobs.get(blob)?.length ?? 0,
            digest: hash,
            createdAt: new Date().toISOString()
          }
          artifacts.push(artifact)
          return json(res, 200, { ok: true, artifact_id: String(artifact.id) })
        }
        if (method === 'ListArtifacts') {
          // protobuf JSON writes the StringValue/Int64Value wrappers as their bare value ("name", "2").
          const unwrap = (v: unknown): string | undefined =>
            typeof v === 'string' || typeof v === 'number'
              ? String(v)
              : (v as { value?: string } | null | undefined)?.value
          const name = unwrap(input.name_filter)
          const id = unwrap(input.id_filter)
          const list = artifacts.filter(
            a => a.runId === runId && (!name || a.name === name) && (!id || String(a.id) === id)
          )
          return json(res, 200, {
            artifacts: list.map(a => ({
              workflow_run_backend_id: `run-${a.runId}`,
              workflow_job_run_backend_id: 'job-1',
              database_id: String(a.id),
              name: a.name,
              size: String(a.size),
              created_at: a.createdAt,
              digest: a.digest ? { value: a.digest } : undefined
            }))
          })
        }
        if (method === 'GetSignedArtifactURL') {
          const a = artifacts.find(x => x.runId === runId && x.name === input.name)
          return a
            ? json(res, 200, { signed_url: `${origin}${a.blob}?sig=fake-signature` })
            : json(res, 404, { msg: 'not found' })
        }
        return json(res, 404, { msg: `unknown method ${method}` })
      }
      if (url.pathname.startsWith('/devstoreaccount1/')) {
        const blob = url.pathname
        if (req.method === 'PUT') {
          const data = await body(req)
          const comp = url.searchParams.get('comp')
          if (comp === 'block') blocks.set(`${blob}#${url.searchParams.get('blockid') ?? ''}`, data)
          else if (comp === 'blocklist') {
            const ids = [...data.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map(
              m => m[1]
            )
            blobs.set(blob, Buffer.concat(ids.map(id => blocks.get(`${blob}#${id}`) ?? Buffer.alloc(0))))
          } else blobs.set(blob, data)
          res.writeHead(201, { etag: '"1"', 'last-modified': new Date().toUTCString() })
          return res.end()
        }
        const data = blobs.get(blob)
        if (!data) return json(res, 404, { msg: 'no blob' })
        res.writeHead(200, {
          'content-type': blob.endsWith('.zip') ? 'application/zip' : 'application/octet-stream',
          'content-length': String(data.length)
        })
        return res.end(data)
      }
      const runArtifacts = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname)
      if (runArtifacts) {
        const name = url.searchParams.get('name')
        const list = artifacts.filter(a => a.runId === Number(runArtifacts[1]) && (!name || a.name === name))
        return json(res, 200, {
          total_count: list.length,
          artifacts: list.map(a => ({
            id: a.id,
            name: a.name,
            size_in_bytes: a.size,
            created_at: a.createdAt,
            digest: a.digest
          }))
        })
      }
      const zip = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname)
      if (zip) {
        const a = artifacts.find(x => x.id === Number(zip[1]))
        if (!a) return json(res, 404, { message: 'Not Found' })
        res.writeHead(302, { location: `${origin}${a.blob}?sig=fake-signature` })
        return res.end()
      }
      const release = /^\/repos\/[^/]+\/[^/]+\/releases\/tags\/(.+)$/.exec(url.pathname)
      if (release) {
        const r = releases.find(x => x.tag === decodeURIComponent(release[1] as string))
        if (!r) return json(res, 404, { message: 'Not Found' })
        return json(res, 200, {
          id: releases.indexOf(r) + 1,
          tag_name: r.tag,
          body: r.body ?? '',
          assets: r.assets.map((a, i) => ({
            id: (releases.indexOf(r) + 1) * 1000 + i,
            name: a.name,
            size: a.data.length,
            url: `${origin}/repos/o/r/releases/assets/${(releases.indexOf(r) + 1) * 1000 + i}`,
            browser_download_url: `${origin}/download/${r.tag}/${a.name}`
          }))
        })
      }
      const issue = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
      const edit = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
      if (issue || edit) return commentRoute(req, res, { origin, comments, issue, edit, url })
      const asset = /^\/repos\/[^/]+\/[^/]+\/releases\/assets\/(\d+)$/.exec(url.pathname)
      if (asset) {
        const id = Number(asset[1])
        const r = releases[Math.floor(id / 1000) - 1]
        const a = r?.assets[id % 1000]
        if (!a) return json(res, 404, { message: 'Not Found' })
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(a.data.length)
        })
        return res.end(a.data)
      }
      return json(res, 404, { message: `Not Found: ${key}` })
    })().catch(error => {
      json(res, 400, { msg: String(error) })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    artifacts,
    releases,
    comments,
    requests,
    failures,
    envFor: runId => ({
      ACTIONS_RUNTIME_TOKEN: unsignedJwt({ scp: `Actions.GenericRead:x Actions.Results:run-${runId}:job-1` }),
      ACTIONS_RESULTS_URL: `${origin}/`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: origin,
      GITHUB_RUN_ID: String(runId),
      GITHUB_REPOSITORY: 'acme/oic-release'
    }),
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
