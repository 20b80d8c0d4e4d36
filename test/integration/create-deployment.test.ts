// Verify create-deployment against the emulator: resolution, if-exists (update/fail/skip) with honest results,
// dry-run, config files with line-numbered errors, and the failure paths.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { run } from '../../src/actions/create-deployment/index.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { startEmulator } from '../support/emulator.js'

let emu: Emulator
const DEPLOYMENTS = '/ic/api/integration/v1/projects/:p/deployments'
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo' })
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})

const go = (inputs: Record<string, string>, env?: Record<string, string>) =>
  runInProcess(run, { project: 'SALES_ORDERS', ...inputs }, { emu, instance: 'dev', env })
const mutations = (): number =>
  emu.counters.mutationCount(`POST ${DEPLOYMENTS}`) + emu.counters.mutationCount(`PATCH ${DEPLOYMENTS}/:d`)

describe('create-deployment', () => {
  it('creates with CODE (newest), CODE|VERSION and reports the integrations', async () => {
    const host = await go({ deployment: 'T1', integrations: 'SO_CREATE_ORDER, SO_SYNC_CUSTOMER|01.00.0000' })
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('created')
    expect(JSON.parse(host.outputs.integrations!)).toEqual([
      { code: 'SO_CREATE_ORDER', version: '01.00.0001' },
      { code: 'SO_SYNC_CUSTOMER', version: '01.00.0000' }
    ])
    expect(host.summaries[0]?.table?.rows[0]).toEqual([
      'SO_CREATE_ORDER',
      '01.00.0001',
      'SO_CREATE_ORDER',
      'added'
    ])
  })

  it('is unchanged when run again, updated when the set changes, and * takes every newest version', async () => {
    const before = mutations()
    const again = await go({
      deployment: 'T1',
      integrations: 'SO_SYNC_CUSTOMER|01.00.0000\nSO_CREATE_ORDER|01.00.0001'
    })
    expect(again.outputs.result).toBe('unchanged')
    expect(mutations()).toBe(before)
    const changed = await go({ deployment: 'T1', integrations: '*' })
    expect(changed.outputs.result).toBe('updated')
    expect(
      JSON.parse(changed.outputs.integrations!)
        .map((i: { code: string }) => i.code)
        .sort()
    ).toEqual([
      'SO_CREATE_ORDER',
      'SO_INVOICE_EXPORT',
      'SO_NOTIFY_SHIPMENT',
      'SO_ORDER_SYNC_V2',
      'SO_SYNC_CUSTOMER'
    ])
    expect(mutations()).toBe(before + 1)
  })

  it('if-exists fail and skip', async () => {
    const fail = await go({ deployment: 'T1', integrations: 'SO_CREATE_ORDER', 'if-exists': 'fail' })
    expect(fail.failed?.message).toMatch(
      /^Deployment 'T1' already exists in project SALES_ORDERS \(5 integrations\): set if-exists to update or skip\.$/
    )
    const skip = await go({ deployment: 'T1', integrations: 'SO_CREATE_ORDER', 'if-exists': 'skip' })
    expect(skip.outputs.result).toBe('skipped')
    expect(JSON.parse(skip.outputs.integrations!)).toHaveLength(5)
  })

  it('dry-run plans without any mutation', async () => {
    const before = emu.counters.totalMutations()
    const host = await go({ deployment: 'T2', integrations: 'SO_NOTIFY_SHIPMENT', 'dry-run': 'true' })
    expect(host.outputs.result).toBe('planned')
    expect(host.summaries[0]?.status).toBe('planned')
    expect(emu.counters.totalMutations()).toBe(before)
  })

  it('reads a YAML config file', async () => {
    const env = workspace()
    writeFileSync(
      join(env.GITHUB_WORKSPACE, 'deployment.yaml'),
      'code: T3\nname: From file\nintegrations:\n  - SO_INVOICE_EXPORT\n  - code: SO_SYNC_CUSTOMER\n    version: 01.00.0000\n'
    )
    const host = await go({ 'config-file': 'deployment.yaml' }, env)
    expect(host.failed).toBeUndefined()
    expect(host.outputs.deployment).toBe('T3')
    expect(JSON.parse(host.outputs.integrations!)).toHaveLength(2)
  })

  it.each([
    [
      'a missing integration',
      { deployment: 'T9', integrations: 'SO_NOPE' },
      /integration SO_NOPE is not in project SALES_ORDERS \(integrations there: SO_CREATE_ORDER, SO_INVOICE_EXPORT, SO_NOTIFY_SHIPMENT, SO_ORDER_SYNC_V2, SO_SYNC_CUSTOMER\)/
    ],
    [
      'a missing version',
      { deployment: 'T9', integrations: 'SO_CREATE_ORDER|09.00.0000' },
      /SO_CREATE_ORDER\|09\.00\.0000 is not in project SALES_ORDERS \(versions there: 01\.00\.0000, 01\.00\.0001\)/
    ],
    [
      'an unknown project',
      { project: 'NOPE', deployment: 'T9', integrations: '*' },
      /^Project 'NOPE' does not exist in instance 'dev'/
    ],
    ['no integrations', { deployment: 'T9' }, /^Input 'integrations' is required/],
    [
      'config-file with inputs',
      { 'config-file': 'x.yaml', deployment: 'T9' },
      /^Inputs 'deployment' conflict with 'config-file'/
    ],
    [
      'a bad if-exists',
      { deployment: 'T9', integrations: '*', 'if-exists': 'replace' },
      /^Input 'if-exists' must be one of update, fail, skip, got 'replace'\./
    ]
  ])('fails with one line on %s, changing nothing', async (_name, inputs, pattern) => {
    const before = emu.counters.totalMutations()
    const host = await go(inputs)
    expect(host.failed?.message).toMatch(pattern)
    expect(emu.counters.totalMutations()).toBe(before)
  })

  it('points at the config file line', async () => {
    const env = workspace()
    writeFileSync(
      join(env.GITHUB_WORKSPACE, 'bad.yaml'),
      'code: T4\nintegrations:\n  - SO_CREATE_ORDER\n  - SO_GHOST\n'
    )
    const host = await go({ 'config-file': 'bad.yaml' }, env)
    expect(host.failed?.message).toMatch(/^bad\.yaml:4: integration SO_GHOST is not in project SALES_ORDERS/)
    expect(host.failed?.properties).toEqual({ file: 'bad.yaml', startLine: 4 })
  })

  it('settles a lost create answer by reading back instead of sending it twice', async () => {
    emu.switches.faults.push({
      method: 'POST',
      path: '/deployments',
      kind: 'reset',
      phase: 'after',
      times: 1
    })
    const before = emu.counters.mutationCount(`POST ${DEPLOYMENTS}`)
    const host = await go({ deployment: 'T5', integrations: 'SO_CREATE_ORDER' })
    emu.switches.faults.length = 0
    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('created')
    expect(
      host.logs.some(
        l => l.level === 'warning' && /answer to creating deployment T5 was lost/.test(l.message)
      )
    ).toBe(true)
    expect(emu.counters.mutationCount(`POST ${DEPLOYMENTS}`)).toBe(before + 1)
  })
})
