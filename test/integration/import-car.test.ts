// Verify import-car against the emulator: import, connections file, activation and verification; if-exists
// fail/skip/replace; dry-run changing nothing; and every failure path before and after the upload.
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DEMO_SEED_PATH, loadSeed, type Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/import-car/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { ROOT } from '../support/runner.js'
import { exportTo } from '../support/promotion.js'
import { listIntegrations } from '../../src/core/oic/integrations.js'
import { writeZip } from '../support/zip.js'
import { writeProjectCar, type CarSpec } from '../support/car.js'
import { clientFor, QUICK_JOBS, startEmulator } from '../support/emulator.js'

let emu: Emulator
let env: Record<string, string>
const SECRETS = {
  ERP_PASSWORD: 'sentinel-erp-pw-71',
  CRM_CLIENT_SECRET: 'sentinel-crm-sec-72',
  SFTP_KEY: 'sentinel-sftp-key-73'
}
const IMPORT = 'POST /ic/api/integration/v1/projects/archive'

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})
beforeEach(async () => {
  env = { ...workspace(), ...SECRETS }
  copyFileSync(
    join(ROOT, 'examples', 'config', 'prod-connections.yaml'),
    join(env.GITHUB_WORKSPACE!, 'prod.yaml')
  )
})

const go = (inputs: Record<string, string>, instance = 'prod') =>
  runInProcess(run, { 'activation-timeout': '30', ...inputs }, { emu, instance, env })

describe('import-car', () => {
  it('dry-run reports the plan and changes nothing', async () => {
    await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'r1.car'), 'ORDERS_R1')
    const before = emu.counters.snapshot().mutations
    const host = await go({ path: 'r1.car', 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('planned')
    const diff = JSON.parse(host.outputs.diff!)
    expect(diff.counts).toEqual({ added: 2, 'version changed': 0, unchanged: 0, 'only in target': 0 })
    expect(
      diff.connections
        .filter((c: { needsConfiguration: boolean }) => c.needsConfiguration)
        .map((c: { id: string }) => c.id)
        .sort()
    ).toEqual(['SO_CRM_REST', 'SO_ERP_CLOUD'])
    expect(host.summaries[0]?.notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/Connection SO_ERP_CLOUD would stay draft/)])
    )
    expect(emu.counters.snapshot().mutations).toEqual(before)
  })

  const PRESEEDED: CarSpec = {
    code: 'PRESEED_DEMO',
    integrations: [
      {
        code: 'PD_SYNC_ORDERS_01',
        version: '01.00.0000',
        // Not in the archive, and (unlike the demo's PRESEEDED_COLLOCATED_CONN_ATP) not in the target either.
        connections: ['PD_REST', 'PRESEEDED_COLLOCATED_CONN_HCM'],
        scheduled: true
      }
    ],
    connections: [{ code: 'PD_REST', adapter: 'rest', securityPolicy: 'BASIC_AUTH' }],
    labels: [{ code: 'PD_R1', integrations: [{ code: 'PD_SYNC_ORDERS_01', version: '01.00.0000' }] }]
  }

  it('dry-run names the connection missing from archive and target, and the integrations that need it', async () => {
    await writeProjectCar(join(env.GITHUB_WORKSPACE!, 'pre.car'), PRESEEDED)
    const host = await go({ path: 'pre.car', 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    const diff = JSON.parse(host.outputs.diff!)
    expect(diff.missingConnections).toEqual([
      {
        id: 'PRESEEDED_COLLOCATED_CONN_HCM',
        integrations: ['PD_SYNC_ORDERS_01|01.00.0000'],
        found: 'missing'
      }
    ])
    expect(diff.scheduled).toEqual(['PD_SYNC_ORDERS_01|01.00.0000'])
    expect(diff.connections).toEqual([
      {
        id: 'PD_REST',
        adapterType: 'rest',
        securityPolicy: 'BASIC_AUTH',
        configuredByFile: false,
        needsConfiguration: true
      }
    ])
    const line =
      'Connection PRESEEDED_COLLOCATED_CONN_HCM is in neither the archive nor prod: PD_SYNC_ORDERS_01|01.00.0000 depends on it and cannot be activated until it exists there.'
    expect(host.logs).toContainEqual(expect.objectContaining({ level: 'warning', message: line }))
    expect(host.summaries[0]?.notes).toContain(line)
  })

  it('imports a real-layout archive and names the missing connection as the reason activation fails', async () => {
    await writeProjectCar(join(env.GITHUB_WORKSPACE!, 'pre.car'), PRESEEDED)
    const other = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
    const host = await runInProcess(
      run,
      { path: 'pre.car', activate: 'PD_R1', 'activation-timeout': '30' },
      { emu: other, instance: 'prod', env }
    ).finally(() => other.stop())
    expect(host.outputs.result).toBe('imported')
    expect(host.failed?.message).toMatch(
      /^Activation failed for 1 of 1 integrations: PD_SYNC_ORDERS_01\|01\.00\.0000 \(FAILEDACTIVATION.*\) — connection\(s\) PRESEEDED_COLLOCATED_CONN_HCM are in neither the archive nor the target: create them in prod first; connection\(s\) PD_REST are still draft: configure them in connections-file\.$/
    )
    expect(host.summaries[0]?.notes).toEqual(
      expect.arrayContaining([
        'Scheduled integrations: start their schedules after activation: PD_SYNC_ORDERS_01|01.00.0000.'
      ])
    )
  })

  it('imports, configures connections from the file (secrets masked), activates the deployment and verifies', async () => {
    await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'r1.car'), 'ORDERS_R1')
    const host = await go({
      path: 'r1.car',
      project: 'SALES_ORDERS',
      'connections-file': 'prod.yaml',
      activate: 'ORDERS_R1'
    })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('imported')
    expect(JSON.parse(host.outputs.integrations!)).toEqual([
      { code: 'SO_CREATE_ORDER', version: '01.00.0001', status: 'ACTIVATED' },
      { code: 'SO_SYNC_CUSTOMER', version: '01.00.0000', status: 'ACTIVATED' }
    ])
    expect(
      JSON.parse(host.outputs.connections!).every((c: { status: string }) => c.status === 'CONFIGURED')
    ).toBe(true)
    expect(host.secrets).toEqual(expect.arrayContaining([SECRETS.ERP_PASSWORD, SECRETS.CRM_CLIENT_SECRET]))
    expect(host.logText + host.summaryText).not.toMatch(/sentinel-/)
    expect(emu.counters.mutationCount(IMPORT)).toBe(1)
    expect(host.logs).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          "prod.yaml:16: connection SO_SHIPMENTS_FTP is not in this deployment's archive nor in the target: skipped."
      })
    )
  })

  it('if-exists fail refuses, skip skips, replace deactivates, replaces and reactivates', async () => {
    const fail = await go({ path: 'r1.car' }).catch(e => e)
    void fail
    await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'r2.car'), 'FULFILMENT_R2')
    const refused = await go({ path: 'r2.car' })
    expect(refused.failed?.message).toMatch(
      /^Project SALES_ORDERS already exists in prod \(409\): set if-exists: replace to replace it, or skip\.$/
    )
    const skipped = await go({ path: 'r2.car', 'if-exists': 'skip' })
    expect(skipped.outputs.result).toBe('skipped')
    const replaced = await go({ path: 'r2.car', 'if-exists': 'replace', 'connections-file': 'prod.yaml' })
    expect(replaced.failed).toBeUndefined()
    expect(replaced.outputs.result).toBe('replaced')
    expect(
      replaced.logs.some(l => /Deactivating 2 active integration\(s\) before replacing/.test(l.message))
    ).toBe(true)
    const out = JSON.parse(replaced.outputs.integrations!)
    expect(
      out
        .filter((i: { status: string }) => i.status === 'ACTIVATED')
        .map((i: { code: string }) => i.code)
        .sort()
    ).toEqual(['SO_CREATE_ORDER', 'SO_SYNC_CUSTOMER'])
    expect(emu.counters.mutationCount('PUT /ic/api/integration/v1/projects/archive')).toBe(1)
  })

  it('fails activation clearly when a connection is still draft, after writing outputs', async () => {
    const other = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
    try {
      await exportTo(other, 'dev', join(env.GITHUB_WORKSPACE!, 'all.car'))
      const host = await runInProcess(
        run,
        { path: 'all.car', activate: 'all', 'activation-timeout': '30' },
        { emu: other, instance: 'prod', env }
      )
      expect(host.failed?.message).toMatch(
        /^Activation failed for (\d) of \1 integrations: .*FAILEDACTIVATION.* — connection\(s\) SO_CRM_REST, SO_ERP_CLOUD, SO_SHIPMENTS_FTP are still draft: configure them in connections-file\.$/
      )
      expect(host.outputs.result).toBe('imported')
      expect(host.summaries[0]?.status).toBe('failure')
    } finally {
      await other.stop()
    }
  })

  it('checks security property names against the target before replacing (an archive names none)', async () => {
    const other = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
    try {
      await exportTo(other, 'dev', join(env.GITHUB_WORKSPACE!, 'r1.car'), 'ORDERS_R1')
      const first = await runInProcess(run, { path: 'r1.car' }, { emu: other, instance: 'prod', env })
      expect(first.failed).toBeUndefined()
      writeFileSync(
        join(env.GITHUB_WORKSPACE!, 'typo.yaml'),
        'connections:\n  SO_ERP_CLOUD:\n    security-properties:\n      passwrd: x\n'
      )
      const before = other.counters.totalMutations()
      const host = await runInProcess(
        run,
        { path: 'r1.car', 'if-exists': 'replace', 'connections-file': 'typo.yaml' },
        { emu: other, instance: 'prod', env }
      )
      expect(host.failed?.message).toMatch(
        /^typo\.yaml:4: security policy USERNAME_PASSWORD_TOKEN of connection SO_ERP_CLOUD has no security property 'passwrd' \(it offers: username, password\)\.$/
      )
      expect(other.counters.totalMutations()).toBe(before)
    } finally {
      await other.stop()
    }
  })

  it.each([
    [
      'a corrupt archive',
      async (p: string) => writeFileSync(p, 'not a zip'),
      {},
      /is not a valid zip archive/
    ],
    [
      'a foreign project',
      async (p: string) => exportTo(emu, 'dev', p, 'ORDERS_R1'),
      { project: 'OTHER' },
      /holds project SALES_ORDERS, not OTHER/
    ],
    [
      'a zip with ..',
      async (p: string) => {
        await writeZip(p, [
          { name: 'project/project.yaml', data: '---\ncode: X\n' },
          { name: 'zz/x', data: 'x' }
        ])
        const { patchZipNames } = await import('../support/zip.js')
        patchZipNames(p, 'zz/', '../')
      },
      {},
      /unsafe entry name '\.\.\/x'/
    ],
    [
      'a missing ${VAR}',
      async (p: string) => exportTo(emu, 'dev', p, 'ORDERS_R1'),
      { 'connections-file': 'prod.yaml', '#unset': 'ERP_PASSWORD' },
      /^prod\.yaml:15: \$\{ERP_PASSWORD\} is not set in the environment/
    ],
    [
      'an unknown connection',
      async (p: string) => exportTo(emu, 'dev', p),
      { 'connections-file': 'bad-id.yaml' },
      /^bad-id\.yaml:2: connection NOPE is neither in the archive nor in the target/
    ],
    [
      'an unknown property',
      async (p: string) => exportTo(emu, 'dev', p, 'ORDERS_R1'),
      { 'connections-file': 'bad-prop.yaml' },
      /^bad-prop\.yaml:4: connection SO_ERP_CLOUD has no property 'url'/
    ],
    ['no archive', async () => undefined, {}, /^Input 'path': no archive at 'x\.car'/],
    [
      'both sources',
      async () => undefined,
      { 'artifact-name': 'a' },
      /^Inputs 'path' and 'artifact-name' conflict/
    ],
    [
      'a bad activate',
      async () => undefined,
      { activate: 'every thing' },
      /^Input 'activate' must be none, all or a deployment code/
    ]
  ])('rejects %s before uploading anything', async (_name, make, extra, pattern) => {
    const other = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
    try {
      await make(join(env.GITHUB_WORKSPACE!, 'x.car'))
      writeFileSync(
        join(env.GITHUB_WORKSPACE!, 'bad-id.yaml'),
        'connections:\n  NOPE:\n    properties: {a: b}\n'
      )
      writeFileSync(
        join(env.GITHUB_WORKSPACE!, 'bad-prop.yaml'),
        'connections:\n  SO_ERP_CLOUD:\n    properties:\n      url: https://x\n'
      )
      const inputs: Record<string, string> = { path: 'x.car', ...extra }
      if (inputs['#unset']) delete env[inputs['#unset']]
      delete inputs['#unset']
      const host = await runInProcess(run, inputs, { emu: other, instance: 'prod', env })
      expect(host.failed?.message).toMatch(pattern)
      expect(other.counters.totalMutations()).toBe(0)
    } finally {
      await other.stop()
    }
  })

  it('refuses to replace a project with a locked integration (412), naming the fix', async () => {
    const seed = loadSeed(DEMO_SEED_PATH)
    const dev = seed.instances.find(i => i.name === 'dev')!
    const locked = JSON.parse(JSON.stringify(dev)) as typeof dev
    locked.name = 'prod'
    ;(
      locked.projects as Array<{ integrations: Array<{ locked?: boolean; code: string }> }>
    )[0]!.integrations.find(i => i.code === 'SO_NOTIFY_SHIPMENT')!.locked = true
    const other = await startEmulator({ instances: [dev, locked], switches: QUICK_JOBS })
    try {
      await exportTo(other, 'dev', join(env.GITHUB_WORKSPACE!, 'x.car'))
      const host = await runInProcess(
        run,
        { path: 'x.car', 'if-exists': 'replace' },
        { emu: other, instance: 'prod', env }
      )
      expect(host.failed?.message).toMatch(
        /^Replacing project SALES_ORDERS failed \(\d of \d deactivated integrations reactivated\): Could not replace the archive: PUT .* failed: HTTP 412 Precondition Failed.*locked/
      )
    } finally {
      await other.stop()
    }
  })

  it('puts back what it deactivated when the replacement fails', async () => {
    const other = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
    try {
      await exportTo(other, 'dev', join(env.GITHUB_WORKSPACE!, 'x.car'), 'ORDERS_R1')
      const first = await runInProcess(
        run,
        { path: 'x.car', 'connections-file': 'prod.yaml', activate: 'ORDERS_R1' },
        { emu: other, instance: 'prod', env }
      )
      expect(first.failed).toBeUndefined()
      other.switches.faults.push({
        method: 'PUT',
        path: '/projects/archive',
        kind: 'reset',
        phase: 'before',
        times: 1
      })
      const host = await runInProcess(
        run,
        { path: 'x.car', 'if-exists': 'replace' },
        { emu: other, instance: 'prod', env }
      )
      expect(host.failed?.message).toMatch(
        /^Replacing project SALES_ORDERS failed \(2 of 2 deactivated integrations reactivated\): /
      )
      const prod = await clientFor(other, 'prod')
      expect((await listIntegrations(prod, 'SALES_ORDERS')).map(i => i.status)).toEqual([
        'ACTIVATED',
        'ACTIVATED'
      ])
      await prod.close()
    } finally {
      await other.stop()
    }
  })

  it('settles a lost import answer by reading the project, sending the archive once', async () => {
    const other = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
    try {
      await exportTo(other, 'dev', join(env.GITHUB_WORKSPACE!, 'x.car'), 'ORDERS_R1')
      other.switches.faults.push({
        method: 'POST',
        path: '/projects/archive',
        kind: 'reset',
        phase: 'after',
        times: 1
      })
      const host = await runInProcess(run, { path: 'x.car' }, { emu: other, instance: 'prod', env })
      expect(host.failed).toBeUndefined()
      expect(
        host.logs.some(l => l.level === 'warning' && /answer to the import was lost/.test(l.message))
      ).toBe(true)
      expect(other.counters.mutationCount(IMPORT)).toBe(1)
    } finally {
      await other.stop()
    }
  })
})
