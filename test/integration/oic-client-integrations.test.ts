// Verify the typed integrations, activation and versions clients against the emulator: paged lists with q, CODE|VERSION
// reads, activation on the emulator clock (no sleeps), delete, multipart .iar import, typed 404/409/412/423 errors.
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { qFilter } from '../../src/core/oic/api.js'
import { activateIntegrations, deactivateIntegrations } from '../../src/core/oic/activation.js'
import { getConnection } from '../../src/core/oic/connections.js'
import { getDeployment } from '../../src/core/oic/deployments.js'
import {
  deleteIntegration,
  getActivationStatus,
  getIntegration,
  importIntegration,
  integrationsPath,
  listIntegrations,
  setIntegrationStatus
} from '../../src/core/oic/integrations.js'
import { compareVersions, isVersion, newestByCode } from '../../src/core/oic/versions.js'
import { clockDeps, httpError, scratch, useOicClient } from '../support/oic-client.js'
import { writeIarFile } from '../support/car.js'
import { writeZip } from '../support/zip.js'

const BULK = 105
const V1 = '/ic/api/integration/v1'
const LIST = `GET ${V1}/projects/:p/integrations`
const SEED: InstanceSeed = {
  name: 'dev',
  projects: [
    {
      code: 'INT',
      name: 'Integrations',
      connections: [
        { id: 'C_OK', properties: [{ propertyName: 'connectionUrl', value: 'https://ok.example.com' }] },
        { id: 'C_DRAFT', properties: [{ propertyName: 'connectionUrl' }] }
      ],
      integrations: [
        { code: 'ORD', version: '01.00.0000', name: 'Orders', status: 'ACTIVATED', connections: ['C_OK'] },
        { code: 'ORD', version: '01.00.0001', name: 'Orders', connections: ['C_OK'] },
        { code: 'ORD', version: '02.00.0000', name: 'Orders v2', connections: ['C_OK'] },
        { code: 'FAIL', version: '01.00.0000', name: 'Fails', connections: ['C_DRAFT'] },
        { code: 'DRAFTY', version: '01.00.0000', name: 'Draft', status: 'INPROGRESS' },
        { code: 'LOCKED', version: '01.00.0000', name: 'Locked', locked: true },
        { code: 'SLOW', version: '01.00.0000', name: 'Slow' },
        ...Array.from({ length: BULK }, (_, i) => ({
          code: `B_${String(i).padStart(3, '0')}`,
          version: '01.00.0000',
          name: `Bulk ${i}`
        }))
      ],
      deployments: [{ code: 'R1', integrations: ['ORD|01.00.0001', 'ORD|02.00.0000'] }]
    }
  ],
  integrations: [{ code: 'GLOBAL_PING', version: '01.00.0000', name: 'Ping' }]
}
const tmp = scratch()
const ref = (code: string, version = '01.00.0000') => ({ code, version })

const env = useOicClient('dev', { instances: [SEED], switches: { activationDelayMs: 300 } })
afterAll(() => tmp.remove())

describe('reading integrations', () => {
  it('listIntegrations walks every page with q and orderBy; undefined lists the global space', async () => {
    const before = env.emu.counters.requests.get(LIST) ?? 0
    const all = await listIntegrations(env.dev, 'INT')
    expect(env.emu.counters.requests.get(LIST)! - before).toBe(2)
    expect(all).toHaveLength(BULK + 7)
    expect(all.find(i => i.id === 'ORD|01.00.0000')).toMatchObject({
      code: 'ORD',
      version: '01.00.0000',
      status: 'ACTIVATED',
      projectType: 'DEVELOPED',
      lockedFlag: false
    })
    expect(
      (await listIntegrations(env.dev, 'INT', { q: qFilter({ status: 'ACTIVATED' }) })).map(i => i.id)
    ).toEqual(['ORD|01.00.0000'])
    const orders = await listIntegrations(env.dev, 'INT', { q: '{name:/orders/}', orderBy: 'name' })
    expect(orders.map(i => i.id)).toEqual(['ORD|01.00.0000', 'ORD|01.00.0001', 'ORD|02.00.0000'])
    expect(newestByCode(orders).get('ORD')?.version).toBe('02.00.0000')
    expect(isVersion('01.00.0001') && !isVersion('1.0')).toBe(true)
    expect(compareVersions('01.00.0010', '01.00.0009')).toBeGreaterThan(0)

    expect((await listIntegrations(env.dev, undefined)).map(i => i.id)).toEqual(['GLOBAL_PING|01.00.0000'])
    await httpError(listIntegrations(env.dev, 'NOPE'), 404, 'Project NOPE was not found.')
  })

  it('getIntegration addresses CODE|VERSION (sent as CODE%7CVERSION); unknown versions are typed 404s', async () => {
    const i = await getIntegration(env.dev, 'INT', 'ORD', '01.00.0001')
    expect(i).toMatchObject({
      id: 'ORD|01.00.0001',
      code: 'ORD',
      version: '01.00.0001',
      status: 'CONFIGURED'
    })
    expect(i.links?.[0]?.href).toBe(
      `${env.emu.url}${V1}/projects/INT/integrations/ORD%7C01.00.0001?integrationInstance=dev`
    )
    expect(integrationsPath('INT', 'ORD|01.00.0001')).toBe(`${V1}/projects/INT/integrations/ORD%7C01.00.0001`)
    expect(await getIntegration(env.dev, undefined, 'GLOBAL_PING', '01.00.0000')).toMatchObject({
      name: 'Ping'
    })
    await httpError(
      getIntegration(env.dev, 'INT', 'ORD', '09.00.0000'),
      404,
      'Integration ORD|09.00.0000 was not found in project INT.'
    )
  })
})

describe('activation', () => {
  it('setIntegrationStatus activates (ACTIVATION_INPROGRESS, then ACTIVATED on the clock) and deactivates', async () => {
    const started = await setIntegrationStatus(env.dev, 'INT', 'ORD', '01.00.0001', 'ACTIVATED')
    // The reply names no code, id or version (test/fixtures/oracle/activation-reply-inprogress.json, RCH §5).
    expect(started).toMatchObject({ status: 'ACTIVATION_INPROGRESS' })
    // K5: the first polls after the request say CONFIGURED ("activation has not yet started").
    expect(await getActivationStatus(env.dev, 'INT', 'ORD', '01.00.0001')).toBe('CONFIGURED')
    expect(await getActivationStatus(env.dev, 'INT', 'ORD', '01.00.0001')).toBe('CONFIGURED')
    expect(await getActivationStatus(env.dev, 'INT', 'ORD', '01.00.0001')).toBe('ACTIVATION_INPROGRESS')
    env.emu.clock.advance(300)
    expect(await getActivationStatus(env.dev, 'INT', 'ORD', '01.00.0001')).toBe('ACTIVATED')
    // The same major version is deactivated by the activation; another major is left alone.
    expect(await getActivationStatus(env.dev, 'INT', 'ORD', '01.00.0000')).toBe('CONFIGURED')
    expect(await getActivationStatus(env.dev, 'INT', 'ORD', '02.00.0000')).toBe('CONFIGURED')
    await httpError(
      setIntegrationStatus(env.dev, 'INT', 'ORD', '01.00.0001', 'ACTIVATED'),
      412,
      /already ACTIVATED/
    )

    expect(await setIntegrationStatus(env.dev, 'INT', 'ORD', '01.00.0001', 'CONFIGURED')).toMatchObject({
      status: 'CONFIGURED'
    })
    expect((await getIntegration(env.dev, 'INT', 'ORD', '01.00.0001')).status).toBe('CONFIGURED')
    await httpError(
      setIntegrationStatus(env.dev, 'INT', 'ORD', '01.00.0001', 'CONFIGURED'),
      412,
      /is not active/
    )
    await httpError(
      setIntegrationStatus(env.dev, 'INT', 'LOCKED', '01.00.0000', 'ACTIVATED'),
      412,
      /LOCKED\|01.00.0000 is locked/
    )
    await httpError(setIntegrationStatus(env.dev, 'INT', 'DRAFTY', '01.00.0000', 'ACTIVATED'), 412, /draft/)
    await httpError(getActivationStatus(env.dev, 'INT', 'DRAFTY', '01.00.0000'), 412, /no activation status/)
    await httpError(getActivationStatus(env.dev, 'INT', 'NOPE', '01.00.0000'), 404)
    expect(
      await setIntegrationStatus(env.dev, undefined, 'GLOBAL_PING', '01.00.0000', 'ACTIVATED')
    ).toMatchObject({
      status: 'ACTIVATION_INPROGRESS'
    })
  })

  it('activateIntegrations waits on the emulator clock for ACTIVATED, FAILEDACTIVATION or TIMEOUT', async () => {
    const deps = clockDeps(env.emu)
    const t0 = env.emu.clock.now()
    const outcomes = await activateIntegrations(
      env.dev,
      'INT',
      [ref('ORD', '02.00.0000'), ref('FAIL')],
      60_000,
      deps
    )
    expect(outcomes).toEqual([
      { ...ref('ORD', '02.00.0000'), status: 'ACTIVATED' },
      { ...ref('FAIL'), status: 'FAILEDACTIVATION', error: expect.stringMatching(/not configured/) }
    ])
    expect(env.emu.clock.now() - t0).toBeGreaterThanOrEqual(300)
    expect(deps.lines).toContain('Activation of ORD|02.00.0000 requested')

    const again = await activateIntegrations(env.dev, 'INT', [ref('ORD', '02.00.0000')], 60_000, deps)
    expect(again).toEqual([{ ...ref('ORD', '02.00.0000'), status: 'ACTIVATED', alreadyActive: true }])

    env.emu.switches.activationDelayMs = 3_600_000
    try {
      const slow = await activateIntegrations(env.dev, 'INT', [ref('SLOW')], 5_000, deps)
      expect(slow).toEqual([{ ...ref('SLOW'), status: 'TIMEOUT', lastStatus: 'ACTIVATION_INPROGRESS' }])
    } finally {
      env.emu.switches.activationDelayMs = 300
    }
    expect(await getActivationStatus(env.dev, 'INT', 'SLOW', '01.00.0000')).toBe('ACTIVATION_INPROGRESS')
    await httpError(activateIntegrations(env.dev, 'INT', [ref('LOCKED')], 5_000, deps), 412, /locked/)
  })

  it('deactivateIntegrations deactivates only the active (or activating) ones and says which', async () => {
    const deps = clockDeps(env.emu)
    const done = await deactivateIntegrations(
      env.dev,
      'INT',
      [ref('ORD', '02.00.0000'), ref('SLOW'), ref('ORD', '01.00.0001'), ref('FAIL')],
      deps
    )
    expect(done).toEqual([ref('ORD', '02.00.0000'), ref('SLOW')])
    expect(deps.lines).toEqual(['Deactivated ORD|02.00.0000', 'Deactivated SLOW|01.00.0000'])
    expect(await getActivationStatus(env.dev, 'INT', 'SLOW', '01.00.0000')).toBe('CONFIGURED')
    expect(await deactivateIntegrations(env.dev, 'INT', [ref('ORD', '02.00.0000')], deps)).toEqual([])
  })
})

describe('delete and import', () => {
  it('deleteIntegration removes a version (and from its deployments); active or locked ones are typed 423s', async () => {
    await setIntegrationStatus(env.dev, 'INT', 'B_000', '01.00.0000', 'ACTIVATED')
    await httpError(
      deleteIntegration(env.dev, 'INT', 'B_000', '01.00.0000'),
      423,
      /ACTIVATION_INPROGRESS; deactivate it/
    )
    await httpError(deleteIntegration(env.dev, 'INT', 'LOCKED', '01.00.0000'), 423, /is locked/)

    await expect(deleteIntegration(env.dev, 'INT', 'ORD', '01.00.0001')).resolves.toBeUndefined()
    await httpError(getIntegration(env.dev, 'INT', 'ORD', '01.00.0001'), 404)
    expect((await getDeployment(env.dev, 'INT', 'R1')).integrations).toEqual([ref('ORD', '02.00.0000')])
    await httpError(
      deleteIntegration(env.dev, 'INT', 'ORD', '01.00.0001'),
      404,
      /ORD\|01.00.0001 was not found/
    )
  })

  it('importIntegration uploads an .iar (204 + Location); its connection arrives as a draft; 409 and 400 are typed', async () => {
    const iar = join(tmp.dir, 'NEWINT_01.00.0000.iar')
    await writeIarFile(iar, {
      code: 'NEWINT',
      version: '01.00.0000',
      name: 'NEWINT imported',
      connections: ['C_NEW'],
      connectionSpecs: [{ code: 'C_NEW', role: 'INVOKE' }]
    })
    const location = await importIntegration(env.dev, 'INT', iar)
    expect(location).toBe(
      `${env.emu.url}${V1}/projects/INT/integrations/NEWINT%7C01.00.0000?integrationInstance=dev`
    )
    expect(await getIntegration(env.dev, 'INT', 'NEWINT', '01.00.0000')).toMatchObject({
      name: 'NEWINT imported',
      status: 'CONFIGURED'
    })
    expect(await getConnection(env.dev, 'INT', 'C_NEW')).toMatchObject({
      status: 'INPROGRESS',
      role: 'TARGET'
    })
    expect(env.emu.counters.mutationCount(`POST ${V1}/projects/:p/integrations/archive`)).toBe(1)

    await httpError(importIntegration(env.dev, 'INT', iar), 409, /NEWINT\|01.00.0000 already exists/)
    const global = join(tmp.dir, 'G.iar')
    await writeIarFile(global, { code: 'G_IMPORTED', version: '01.00.0000' })
    expect(await importIntegration(env.dev, undefined, global)).toBe(
      `${env.emu.url}${V1}/integrations/G_IMPORTED%7C01.00.0000?integrationInstance=dev`
    )
    const notIar = join(tmp.dir, 'empty.iar')
    await writeZip(notIar, [{ name: 'readme.txt', data: 'hello' }])
    await httpError(importIntegration(env.dev, 'INT', notIar), 400, /not an integration archive/)
    await httpError(importIntegration(env.dev, 'NOPE', iar), 404)
  })
})
