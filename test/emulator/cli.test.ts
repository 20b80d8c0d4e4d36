// Verify the emulator started through its command: `npm run emulator` prints the URL, serves the demo seed, honours
// --switch, in HTTPS mode writes a CA that verifies its certificate, and prints the seed's credentials with an
// authenticate line that works as pasted.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Agent, request } from 'undici'
import { DEMO_SEED_PATH, loadSeed } from '../../emulator/index.js'
import { ROOT } from '../support/runner.js'

let child: ChildProcess | undefined
afterEach(() => {
  child?.kill('SIGTERM')
  child = undefined
})

function launch(args: string[], until = 'instance prod'): Promise<{ url: string; lines: string[] }> {
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
      if (url && lines.some(l => l.includes(until))) {
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

  it("prints the seed's credentials and an authenticate line that gets a token as pasted", async () => {
    const { url, lines } = await launch(['--port', '0'], '--session /tmp/oic.session')
    const seed = loadSeed(DEMO_SEED_PATH)
    const client = seed.identity!.clients![0]!
    const user = seed.identity!.users![0]!
    const text = lines.join('\n')
    expect(text).toContain(`client id ${client.clientId}, client secret ${client.clientSecret!}`)
    expect(text).toContain(`user ${user.username}, password ${user.password!}`)
    const line = lines.find(l => l.includes('node bin/oic-actions.js authenticate'))!.trim()
    const flags = Object.fromEntries([...line.matchAll(/--([a-z-]+) (\S+)/g)].map(m => [m[1]!, m[2]!]))
    expect(flags).toEqual({
      'token-url': url,
      'client-id': client.clientId,
      'client-secret': client.clientSecret,
      scope:
        'https://dev-demo.integration.us-phoenix-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all',
      'oic-url': url,
      instance: 'dev',
      session: '/tmp/oic.session'
    })
    const res = await request(new URL('/oauth2/v1/token', flags['token-url']), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${flags['client-id']}:${flags['client-secret']}`).toString('base64')}`
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: flags.scope! }).toString()
    })
    expect(res.statusCode).toBe(200)
    expect(((await res.body.json()) as { access_token?: string }).access_token).toBeTruthy()
  })

  it('prints the credentials of the seed it was given, not the demo ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'))
    const seed = loadSeed(DEMO_SEED_PATH)
    seed.identity = {
      clients: [{ clientId: 'other-app', clientSecret: 'other-secret', roles: { dev: ['ServiceDeveloper'] } }]
    }
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed))
    const { lines } = await launch(['--seed', join(dir, 'seed.json')], '--session /tmp/oic.session')
    const text = lines.join('\n')
    expect(text).toContain('client id other-app, client secret other-secret')
    expect(text).not.toContain('demo-secret-not-for-production')
    expect(text).not.toContain('password')
  })
})
