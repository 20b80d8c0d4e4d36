// `oic-actions rbac …` against the emulator: a project's ACL as one row per role and as the API's JSON, the
// identities an ACL can name, an update from a JSON file (--dry-run changes nothing), 404 as exit 1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

let emu: Emulator
let env: NodeJS.ProcessEnv
let dir: string
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'dev', OIC_ACCESS_TOKEN: await tokenFor(emu, 'dev') }
  dir = mkdtempSync(join(tmpdir(), 'cli-rbac-'))
})
afterAll(() => emu.stop())

const P = 'SALES_ORDERS'
interface Role {
  allowAll: boolean
  allowed: Array<{ id: string; displayName?: string; type: string }>
}
const acl = async (): Promise<Record<string, Role>> =>
  JSON.parse((await runCli(['rbac', 'get', P, '--json'], env)).stdout) as Record<string, Role>

describe('rbac', () => {
  it('shows one row per role, and the identities with their ids', async () => {
    const table = await runCli(['rbac', 'get', P], env)
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^ROLE +ALLOWALL +ALLOWED$/)
    expect(table.stdout).toMatch(/^administrators +/m)
    expect(table.stdout).toMatch(/^monitors +/m)
    const ids = await runCli(['rbac', 'identities', '--json'], env)
    expect(ids.code).toBe(0)
    const items = JSON.parse(ids.stdout) as Array<{ id: string; displayName: string }>
    expect(items.length).toBeGreaterThan(0)
    expect(items.every(i => typeof i.id === 'string' && i.id !== '')).toBe(true)
  })

  it('updates the ACL from a JSON file; --dry-run changes nothing', async () => {
    const ids = JSON.parse((await runCli(['rbac', 'identities', '--json'], env)).stdout) as Array<{
      id: string
      displayName: string
      type: string
    }>
    const user = ids.find(i => i.type === 'user')
    if (!user) throw new Error('the emulator lists no user')
    const file = join(dir, 'acl.json')
    writeFileSync(
      file,
      JSON.stringify({
        editors: { allowAll: false, allowed: [{ id: user.id, displayName: user.displayName, type: 'user' }] }
      })
    )
    const before = await acl()
    expect((await runCli(['rbac', 'update', P, '--json-file', file, '--dry-run'], env)).code).toBe(0)
    expect(await acl()).toEqual(before)
    expect((await runCli(['rbac', 'update', P, '--json-file', file], env)).code).toBe(0)
    const after = await acl()
    expect(after.editors).toMatchObject({ allowAll: false, allowed: [{ id: user.id, type: 'user' }] })
    expect(after.viewers).toEqual(before.viewers)
  })

  it('refuses an unknown role key (exit 2) and an unknown project (exit 1, one line)', async () => {
    const file = join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify({ owners: { allowAll: true, allowed: [] } }))
    expect((await runCli(['rbac', 'update', P, '--json-file', file], env)).code).toBe(2)
    const missing = await runCli(['rbac', 'get', 'NO_SUCH'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })
})
