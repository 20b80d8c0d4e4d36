// Verify Delete a Connection in a Project (and in the global space): 200 and gone; 404 unknown; 423 locked
// (Oracle's page); a connection an integration uses is refused as the switch connectionDeleteInUse says.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator, Seed } from '../../emulator/index.js'
import { startEmulator } from '../support/emulator.js'
import { designSeed, DesignClient } from '../support/emulator-design.js'

let emu: Emulator
let dev: DesignClient
async function boot(seed: Seed = designSeed()): Promise<void> {
  emu = await startEmulator({ seed })
  dev = await DesignClient.for(emu, 'dev')
}
beforeEach(async () => boot())
afterEach(async () => {
  await emu.stop()
})

describe('DELETE …/connections/{c}', () => {
  it('deletes a connection no integration uses: 200, then 404 on read', async () => {
    // FTP's only user is FILE_DROP.
    expect((await dev.call('DELETE', '/projects/SALES/integrations/FILE_DROP%7C01.00.0000')).status).toBe(200)
    const gone = await dev.call('DELETE', '/projects/SALES/connections/FTP')
    expect(gone.status).toBe(200)
    expect((await dev.get('/projects/SALES/connections/FTP')).status).toBe(404)
    expect((await dev.call('DELETE', '/projects/SALES/connections/FTP')).status).toBe(404)
  })

  it('refuses a connection in use with 423 by default, naming its integrations, and keeps it', async () => {
    const refused = await dev.call('DELETE', '/projects/SALES/connections/FTP')
    expect(refused.status).toBe(423)
    expect(refused.text).toContain('FILE_DROP|01.00.0000')
    expect((await dev.get('/projects/SALES/connections/FTP')).status).toBe(200)
  })

  it.each([409, 412] as const)('answers %s for one in use under that switch', async status => {
    emu.switches.connectionDeleteInUse = status
    expect((await dev.call('DELETE', '/projects/SALES/connections/ERP')).status).toBe(status)
    expect((await dev.get('/projects/SALES/connections/ERP')).status).toBe(200)
  })

  it('deletes one in use with connectionDeleteInUse: allow', async () => {
    emu.switches.connectionDeleteInUse = 'allow'
    expect((await dev.call('DELETE', '/projects/SALES/connections/ERP')).status).toBe(200)
    expect((await dev.get('/projects/SALES/connections/ERP')).status).toBe(404)
  })

  it('refuses a locked connection with 423 even when unused, and 404 an unknown one or project', async () => {
    const seed = designSeed()
    const project = seed.instances?.[0]?.projects?.[0]
    const ftp = project?.connections?.find(c => c.id === 'FTP')
    if (!project || !ftp) throw new Error('the design seed changed: no SALES/FTP')
    ftp.locked = true
    project.integrations = project.integrations?.filter(i => i.code !== 'FILE_DROP')
    project.deployments = project.deployments?.filter(d => d.code !== 'R2')
    await emu.stop()
    await boot(seed)
    const locked = await dev.call('DELETE', '/projects/SALES/connections/FTP')
    expect(locked.status).toBe(423)
    expect(locked.text).toContain('locked')
    expect((await dev.call('DELETE', '/projects/SALES/connections/NOPE')).status).toBe(404)
    expect((await dev.call('DELETE', '/projects/NOPE/connections/FTP')).status).toBe(404)
  })

  it('deletes in the global space too', async () => {
    expect((await dev.call('DELETE', '/connections/GLOBAL_REST')).status).toBe(423)
    expect((await dev.call('DELETE', '/integrations/GLOBAL_PING%7C01.00.0000')).status).toBe(200)
    expect((await dev.call('DELETE', '/connections/GLOBAL_REST')).status).toBe(200)
    expect((await dev.get('/connections/GLOBAL_REST')).status).toBe(404)
  })
})
