// Verify the emulator started through its command: `npm run emulator` prints the URL, serves the demo seed, honours
// --switch, and in HTTPS mode writes a CA that verifies its certificate.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Agent, request } from 'undici'
import { ROOT } from '../support/runner.js'

let child: ChildProcess | undefined
afterEach(() => {
  child?.kill('SIGTERM')
  child = undefined
})

function launch(args: string[]): Promise<{ url: string; lines: string[] }> {
  child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'emulator/cli.ts'), ...args],
    { cwd: ROOT }
  )
  const lines: string[] = []
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${lines.join('\n')}`)), 20_000)
    child!.stdout!.on('data', d => {
      lines.push(...String(d).split('\n'))
      const url = /listening on (\S+)/.exec(lines.join('\n'))?.[1]
      if (url && lines.some(l => l.includes('instance prod'))) {
        clearTimeout(timer)
        resolve({ url, lines })
      }
    })
    child!.on('exit', code => reject(new Error(`emulator exited ${code}: ${lines.join('\n')}`)))
  })
}

async function demoToken(url: string, dispatcher?: Agent): Promise<number> {
  const res = await request(new URL('/oauth2/v1/token', url), {
    method: 'POST',
    dispatcher,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('oic-cicd-demo:demo-secret-not-for-production').toString('base64')}`
    },
    body: 'grant_type=client_credentials&scope=https://dev-demo.integration.us-phoenix-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all'
  })
  await res.body.dump()
  return res.statusCode
}

describe('npm run emulator', () => {
  it('starts with the demo seed on a free port and answers the README token request', async () => {
    const { url, lines } = await launch(['--port', '0', '--switch', 'bulkIdCap=50'])
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(lines.join('\n')).toMatch(/instance dev: audience https:\/\/dev-demo/)
    expect(await demoToken(url)).toBe(200)
  })

  it('serves HTTPS with a CA written by --ca-out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-'))
    const { url } = await launch(['--https', '--ca-out', join(dir, 'ca.pem')])
    expect(url).toMatch(/^https:\/\//)
    const trusted = new Agent({ connect: { ca: readFileSync(join(dir, 'ca.pem'), 'utf8') } })
    expect(await demoToken(url, trusted)).toBe(200)
    await expect(demoToken(url, new Agent())).rejects.toThrow(/self-signed|unable to verify|certificate/i)
    await trusted.close()
  })
})
