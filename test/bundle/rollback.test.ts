// Verify the one-step rollback: v1 promoted, v2 promoted over it, then import-car with release-tag v1 downloads the
// .car attached to the GitHub release (fake GitHub API on loopback), verifies its SHA-256 and leaves prod exactly as
// after v1: integrations, versions, statuses and connection configuration. Tampered or unverifiable releases are refused.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { getConnection, listConnections } from '../../src/core/oic/connections.js'
import { deleteIntegration, listIntegrations } from '../../src/core/oic/integrations.js'
import { deactivateIntegrations } from '../../src/core/oic/activation.js'
import { usePromotionScene } from '../support/promotion.js'
import { clientFor } from '../support/emulator.js'

const scene = usePromotionScene()
const SECRETS = {
  ERP_PASSWORD: 'erp-rollback-pw',
  CRM_CLIENT_SECRET: 'crm-rollback-secret',
  SFTP_KEY: 'sftp-rollback-key'
}

const { oic } = scene
const step = (action: string, inputs: Record<string, string>) =>
  scene.step(action, inputs, { ...scene.gh.envFor(5000), ...SECRETS })

/** Builds release `tag` from a new dev deployment and attaches its .car (+ .sha256) to a fake GitHub release. */
async function release(
  tag: string,
  integrations: string | undefined,
  checksum: 'asset' | 'notes' | 'none' = 'asset'
): Promise<void> {
  const deployment = integrations ? `REL_${tag.toUpperCase().replace(/\W/g, '_')}` : ''
  if (integrations)
    expect(
      (
        await step('create-deployment', {
          ...(await oic('dev')),
          project: 'SALES_ORDERS',
          deployment,
          integrations
        })
      ).exitCode
    ).toBe(0)
  const exported = await step('export-car', {
    ...(await oic('dev')),
    project: 'SALES_ORDERS',
    deployment,
    'build-number': tag,
    'upload-artifact': 'false'
  })
  expect(exported.exitCode).toBe(0)
  const data = readFileSync(exported.outputs.path!)
  const name = exported.outputs.path!.split('/').pop()!
  const sha = createHash('sha256').update(data).digest('hex')
  expect(sha).toBe(exported.outputs.sha256)
  const assets = [{ name, data }]
  if (checksum === 'asset') assets.push({ name: `${name}.sha256`, data: Buffer.from(`${sha}  ${name}\n`) })
  scene.gh.releases.push({
    tag,
    body: checksum === 'notes' ? `Release ${tag}\nSHA-256 (${name}) = ${sha}\n` : `Release ${tag}`,
    assets
  })
}

async function promote(tag: string, extra: Record<string, string> = {}) {
  const result = await step('import-car', {
    ...(await oic('prod')),
    'release-tag': tag,
    'github-token': 'ghs_rollback_token',
    project: 'SALES_ORDERS',
    'connections-file': 'prod.yaml',
    activate: 'all',
    'activation-timeout': '60',
    ...extra
  })
  return result
}

/** Everything the rollback must restore: integration versions and statuses, and each connection's configuration. */
async function prodState(): Promise<unknown> {
  const prod = await clientFor(scene.emu, 'prod')
  try {
    const integrations = (await listIntegrations(prod, 'SALES_ORDERS'))
      .map(i => `${i.code}|${i.version}|${i.status}`)
      .sort()
    const connections = []
    for (const c of await listConnections(prod, 'SALES_ORDERS')) {
      const full = await getConnection(prod, 'SALES_ORDERS', c.id)
      connections.push({
        id: c.id,
        status: full.status,
        securityPolicy: full.securityPolicy,
        properties: full.connectionProperties,
        security: full.securityProperties
      })
    }
    return { integrations, connections: connections.sort((a, b) => a.id.localeCompare(b.id)) }
  } finally {
    await prod.close()
  }
}

describe('rollback with release-tag', () => {
  it('v1 → v2 → rollback to v1 (whole-project releases) leaves prod exactly as after v1', async () => {
    await release('v2.0.0', undefined, 'notes')
    const dev = await clientFor(scene.emu, 'dev')
    for (const [code, version] of [
      ['SO_CREATE_ORDER', '01.00.0001'],
      ['SO_NOTIFY_SHIPMENT', '01.00.0000']
    ] as const) {
      await deactivateIntegrations(dev, 'SALES_ORDERS', [{ code, version }], {
        sleep: async () => undefined,
        now: Date.now,
        log: () => undefined
      })
      await deleteIntegration(dev, 'SALES_ORDERS', code, version)
    }
    await dev.close()
    await release('v1.0.0', undefined)

    const first = await promote('v1.0.0')
    expect(first.errors).toEqual([])
    const afterV1 = await prodState()
    expect((afterV1 as { integrations: string[] }).integrations).toEqual([
      'SO_CREATE_ORDER|01.00.0000|ACTIVATED',
      'SO_INVOICE_EXPORT|01.00.0000|ACTIVATED',
      'SO_ORDER_SYNC_V2|02.00.0000|ACTIVATED',
      'SO_SYNC_CUSTOMER|01.00.0000|ACTIVATED'
    ])

    const second = await promote('v2.0.0')
    expect(second.errors).toEqual([])
    expect(await prodState()).not.toEqual(afterV1)

    const rollback = await promote('v1.0.0')
    expect(rollback.errors).toEqual([])
    expect(rollback.outputs.result).toBe('replaced')
    expect(rollback.stdout).toMatch(/SHA-256 [0-9a-f]{64} matches SALES_ORDERS-v1\.0\.0\.car\.sha256/)
    expect(rollback.summary).toMatch(
      /Deactivated before replacing \(scheduled first\): SO_INVOICE_EXPORT\|01\.00\.0000, /
    )
    expect(rollback.summary).toMatch(
      /In flight when SO_CREATE_ORDER\|01\.00\.0001 was deactivated: \d+ instance\(s\)/
    )
    expect(await prodState()).toEqual(afterV1)
  })

  it('rolling back a deployment release restores its versions and leaves other integrations, saying so', async () => {
    await release('v5.0.0', 'SO_SYNC_CUSTOMER')
    const rollback = await promote('v5.0.0', { activate: 'none' })
    expect(rollback.errors).toEqual([])
    expect(rollback.summary).toMatch(/Not part of the release's deployment, left in place: /)
  })

  it('refuses a tampered archive, an unverifiable release and an unknown tag without changing prod', async () => {
    await release('v3.0.0', 'SO_SYNC_CUSTOMER')
    const v3 = scene.gh.releases.find(r => r.tag === 'v3.0.0')!
    v3.assets[0]!.data = Buffer.concat([v3.assets[0]!.data, Buffer.from('tampered')])
    await release('v4.0.0', 'SO_SYNC_CUSTOMER', 'none')
    const before = scene.emu.counters.totalMutations()
    const tampered = await promote('v3.0.0')
    expect(tampered.exitCode).toBe(1)
    expect(tampered.errors).toEqual([
      expect.stringMatching(
        /^Release asset SALES_ORDERS-REL_V3_0_0-v3\.0\.0\.car has SHA-256 [0-9a-f]{64}, but SALES_ORDERS-REL_V3_0_0-v3\.0\.0\.car\.sha256 records [0-9a-f]{64}: refusing to import it\.$/
      )
    ])
    const unverifiable = await promote('v4.0.0')
    expect(unverifiable.errors).toEqual([
      expect.stringMatching(
        /^Release v4\.0\.0 records no SHA-256 for .*: refusing an unverifiable rollback\.$/
      )
    ])
    const unknown = await promote('v9.9.9')
    expect(unknown.errors).toEqual([
      expect.stringMatching(/^Input 'release-tag': no release v9\.9\.9 in acme\/oic-release/)
    ])
    const skip = await promote('v1.0.0', { 'if-exists': 'skip' })
    expect(skip.errors).toEqual([expect.stringMatching(/^Inputs 'release-tag' and if-exists: skip conflict/)])
    expect(scene.emu.counters.totalMutations()).toBe(before)
  })
})
