// Verify the promotion bundles run as a runner runs them: create-deployment → export-car (artifact upload to a fake
// results service) → import-car from that artifact of another run (findBy) → prod equals the dev deployment,
// connections configured, integrations ACTIVATED; and the main failures as one ::error:: line each.
import { describe, expect, it } from '@jest/globals'
import { usePromotionScene } from '../support/promotion.js'
import { findLeaks } from '../support/secrets.js'
import { listIntegrations } from '../../src/core/oic/integrations.js'
import { getDeployment } from '../../src/core/oic/deployments.js'
import { clientFor } from '../support/emulator.js'

const scene = usePromotionScene()
const SECRETS = {
  ERP_PASSWORD: 'sentinel-erp-pw-81',
  CRM_CLIENT_SECRET: 'sentinel-crm-sec-82',
  SFTP_KEY: 'sentinel-sftp-key-83'
}

const { oic, step } = scene

describe('promotion through the bundles', () => {
  it('dev deployment → artifact → import from another run → prod matches, configured and active', async () => {
    const created = await step('create-deployment', {
      ...(await oic('dev')),
      project: 'SALES_ORDERS',
      deployment: 'REL9',
      integrations: 'SO_CREATE_ORDER\nSO_SYNC_CUSTOMER\nSO_NOTIFY_SHIPMENT'
    })
    expect(created.exitCode).toBe(0)
    expect(created.outputs.result).toBe('created')

    const exported = await step(
      'export-car',
      {
        ...(await oic('dev')),
        project: 'SALES_ORDERS',
        deployment: 'REL9',
        'build-number': '31',
        'retention-days': '5'
      },
      scene.gh.envFor(3001)
    )
    expect(exported.exitCode).toBe(0)
    expect(exported.outputs['artifact-name']).toBe('SALES_ORDERS-REL9-car')
    expect(Number(exported.outputs['artifact-id'])).toBeGreaterThan(0)
    expect(scene.gh.artifacts.map(a => [a.runId, a.name])).toContainEqual([3001, 'SALES_ORDERS-REL9-car'])

    const imported = await step(
      'import-car',
      {
        ...(await oic('prod')),
        'artifact-name': 'SALES_ORDERS-REL9-car',
        'artifact-run-id': '3001',
        'github-token': 'ghs_sentinel_token_123',
        project: 'SALES_ORDERS',
        'connections-file': 'prod.yaml',
        activate: 'REL9'
      },
      { ...scene.gh.envFor(3002), ...SECRETS }
    )
    expect(imported.errors).toEqual([])
    expect(imported.exitCode).toBe(0)
    expect(
      findLeaks(imported, ['ghs_sentinel_token_123', SECRETS.ERP_PASSWORD, SECRETS.CRM_CLIENT_SECRET])
    ).toEqual([])

    const dev = await clientFor(scene.emu, 'dev')
    const prod = await clientFor(scene.emu, 'prod')
    const release = await getDeployment(dev, 'SALES_ORDERS', 'REL9')
    const inProd = await listIntegrations(prod, 'SALES_ORDERS')
    expect(inProd.map(i => `${i.code}|${i.version}|${i.status}`).sort()).toEqual(
      release.integrations!.map(i => `${i.code}|${i.version}|ACTIVATED`).sort()
    )
    expect(
      JSON.parse(imported.outputs.connections!).every((c: { status: string }) => c.status === 'CONFIGURED')
    ).toBe(true)
    await dev.close()
    await prod.close()
  })

  it('an artifact service refusal is one clear line (4xx, no retries)', async () => {
    scene.gh.failures.CreateArtifact = 403
    const exported = await step(
      'export-car',
      { ...(await oic('dev')), project: 'SALES_ORDERS', 'build-number': '32' },
      scene.gh.envFor(3003)
    )
    delete scene.gh.failures.CreateArtifact
    expect(exported.exitCode).toBe(1)
    expect(exported.errors).toHaveLength(1)
    expect(exported.errors[0]).toMatch(/^Could not upload artifact 'SALES_ORDERS-car':/)
  })

  it('an artifact missing from the other run is one clear line', async () => {
    const imported = await step(
      'import-car',
      {
        ...(await oic('prod')),
        'artifact-name': 'nope-car',
        'artifact-run-id': '3001',
        'github-token': 'ghs_x'
      },
      scene.gh.envFor(3004)
    )
    expect(imported.exitCode).toBe(1)
    expect(imported.errors).toHaveLength(1)
    expect(imported.errors[0]).toMatch(
      /^Could not download artifact 'nope-car' of run 3001 in acme\/oic-release: Artifact not found/
    )
  })

  it.each([
    [
      'create-deployment',
      { project: 'SALES_ORDERS', deployment: 'X', integrations: 'GHOST' },
      /integration GHOST is not in project SALES_ORDERS/
    ],
    [
      'export-car',
      { project: 'SALES_ORDERS', path: '../outside.car' },
      /^Input 'path' must stay inside the workspace or runner temp/
    ],
    ['import-car', { path: 'missing.car' }, /^Input 'path': no archive at 'missing\.car'/]
  ])('%s fails with exit 1 and exactly one ::error:: line', async (action, inputs, pattern) => {
    const result = await step(action, { ...(await oic('dev')), ...inputs })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(pattern)
    expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })
})
