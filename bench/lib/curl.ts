/** The curl baselines: the same HTTP exchanges as the actions, with nothing around them. */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runMeasured, type Measured } from './spawn-measured.js'

const CURL = existsSync('/usr/bin/curl') ? '/usr/bin/curl' : 'curl'
const API = '/ic/api/integration/v1'

/** Where and as whom curl talks to the emulator. */
export interface CurlTarget {
  url: string
  instance: string
  token: string
  /** Working directory (for config files). */
  dir: string
}

/** A curl run with the HTTP status of its (last) response. */
export interface CurlRun extends Measured {
  status: number
}

const env = (): Record<string, string> => ({ PATH: process.env.PATH ?? '/usr/bin:/bin' })

async function curl(target: CurlTarget, args: string[]): Promise<CurlRun> {
  // Headers go through a config file so the token is not on a command line.
  const config = join(target.dir, 'curl-auth.conf')
  writeFileSync(config, `header = "Authorization: Bearer ${target.token}"\n`, { mode: 0o600 })
  const run = await runMeasured(
    CURL,
    ['-sS', '--noproxy', '*', '-K', config, '-w', '\n%{http_code}', ...args],
    { env: env(), cwd: target.dir, resources: true }
  )
  const status = Number(run.stdout.trim().split('\n').pop())
  return { ...run, status: Number.isNaN(status) ? 0 : status }
}

const apiUrl = (target: CurlTarget, path: string): string =>
  `${target.url}${API}${path}?integrationInstance=${encodeURIComponent(target.instance)}`

/** `POST /projects/{p}/archive` (whole project) into `out` (`/dev/null` measures the emulator alone). */
export function curlExport(target: CurlTarget, project: string, out: string): Promise<CurlRun> {
  return curl(target, [
    '-X',
    'POST',
    '-H',
    'Content-Type: application/json',
    '-d',
    JSON.stringify({ code: project, label: '' }),
    '-o',
    out,
    apiUrl(target, `/projects/${project}/archive`)
  ])
}

/** `POST /projects/archive` multipart upload of `file`. */
export function curlImport(target: CurlTarget, file: string): Promise<CurlRun> {
  return curl(target, [
    '-o',
    '/dev/null',
    '-F',
    `file=@${file}`,
    '-F',
    'type=application/octet-stream',
    apiUrl(target, '/projects/archive')
  ])
}

/** `DELETE /projects/{p}`. */
export function curlDeleteProject(target: CurlTarget, project: string): Promise<CurlRun> {
  return curl(target, ['-o', '/dev/null', '-X', 'DELETE', apiUrl(target, `/projects/${project}`)])
}

/**
 * Tests `ids` with one curl process: one after another on a keep-alive connection (the fastest a sequential loop
 * can be), or with `parallel` transfers in flight (what the emulator allows a client with no overhead). Resolves
 * with the run and how many answered 200.
 */
export async function curlTests(
  target: CurlTarget,
  project: string,
  ids: readonly string[],
  parallel?: number
): Promise<{ run: CurlRun; ok: number }> {
  const list = join(target.dir, 'curl-tests.conf')
  writeFileSync(
    list,
    ids
      .map(
        id =>
          `url = "${apiUrl(target, `/projects/${project}/connections/${id}/test`)}"\noutput = "/dev/null"\n`
      )
      .join('')
  )
  const fanOut = parallel ? ['--parallel', '--parallel-immediate', '--parallel-max', String(parallel)] : []
  const run = await curl(target, [
    ...fanOut,
    // No request body: Oracle's op page says the connection test has none (contract K11), and the emulator refuses one.
    '-X',
    'POST',
    '-K',
    list
  ])
  const ok = run.stdout.split('\n').filter(l => l.trim() === '200').length
  return { run, ok }
}
