// The deciding parts of import-car (plan.ts): which entries of the connections file apply to an archive, and why an
// activation failed — the end of the step's error line.
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { activationHint, applicableSettings } from '../../../../src/actions/import-car/plan.js'
import type { ImportCarSettings } from '../../../../src/actions/import-car/inputs.js'
import type { ConnectionSettings } from '../../../../src/actions/import-car/connections-file.js'
import { readCar } from '../../../../src/core/archive/car.js'
import { diffArchive, type TargetState } from '../../../../src/core/archive/diff.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { workspace } from '../../../support/actions.js'
import { writeProjectCar, type CarSpec } from '../../../support/car.js'
import { FakeHost } from '../../../support/fake-host.js'
import { A0, B0, P, salesSpec } from './harness.js'

async function car(spec: CarSpec) {
  const file = join(workspace().GITHUB_WORKSPACE, 'a.car')
  await writeProjectCar(file, spec)
  return readCar(file)
}

const NEW: TargetState = { exists: false, integrations: [], connections: [] }
const setting = (id: string, line?: number): ConnectionSettings => ({
  id,
  location: { file: 'prod.yaml', line },
  properties: [],
  securityProperties: [],
  attachments: []
})
const settings = { activationTimeoutMs: 600_000 } as ImportCarSettings

describe('applicableSettings', () => {
  it('keeps the entries the archive or the target holds', async () => {
    const host = new FakeHost()
    const target = { ...NEW, connections: [{ id: 'SHARED' }] }
    const kept = applicableSettings(host, await car(salesSpec()), target, [
      setting('ERP_REST', 2),
      setting('SHARED', 4)
    ])
    expect(kept.map(s => s.id)).toEqual(['ERP_REST', 'SHARED'])
    expect(host.logs).toEqual([])
  })

  it('keeps every entry when the archive describes no connection', async () => {
    const kept = applicableSettings(new FakeHost(), await car(salesSpec({ connections: [] })), NEW, [
      setting('ANY', 2)
    ])
    expect(kept).toHaveLength(1)
  })

  it('for a whole project, an unknown id is an error at its line (or "?" when the line is unknown)', async () => {
    const run = async () =>
      applicableSettings(new FakeHost(), await car(salesSpec()), NEW, [setting('ERP_RST')])
    await expect(run()).rejects.toThrow(
      new ConfigurationError(
        'prod.yaml:?: connection ERP_RST is neither in the archive nor in the target (archive connections: ERP_REST).'
      )
    )
  })

  it("for a deployment's archive, an unknown id is skipped with a warning at its line", async () => {
    const host = new FakeHost()
    const deployment = await car(
      salesSpec({ labels: [{ code: 'REL_1', integrations: [A0] }], deployment: 'REL_1' })
    )
    expect(deployment.kind).toBe('deployment')
    expect(applicableSettings(host, deployment, NEW, [setting('CRM_SOAP', 7)])).toEqual([])
    expect(host.logs).toEqual([
      {
        level: 'warning',
        message:
          "prod.yaml:7: connection CRM_SOAP is not in this deployment's archive nor in the target: skipped.",
        properties: { file: 'prod.yaml', startLine: 7 }
      }
    ])
  })
})

describe('activationHint', () => {
  const A = { ...A0, status: 'FAILEDACTIVATION' }
  const B = { ...B0, status: 'TIMEOUT', lastStatus: 'CONFIGURED' }

  it('names connections in neither archive nor target that the failed integrations depend on, and drafts', async () => {
    const c = await car({
      code: P,
      integrations: [
        { ...A0, connections: ['PRESEEDED_FTP'] },
        { ...B0, connections: ['OTHER_MISSING'] }
      ]
    })
    const diff = diffArchive(c, { ...NEW, instanceConnections: [] }, 'fail', new Set())
    expect(activationHint(diff, [A], [{ id: 'ERP_REST' }], settings, 'prod-oic')).toBe(
      ' — connection(s) PRESEEDED_FTP are in neither the archive nor the target: create them in prod-oic first; connection(s) ERP_REST are still draft: configure them in connections-file'
    )
  })

  it('a timeout with nothing to blame says to raise the timeout; a failure with nothing to blame adds nothing', async () => {
    const diff = diffArchive(await car({ code: P, integrations: [A0, B0] }), NEW, 'fail', new Set())
    expect(activationHint(diff, [B], [], settings, 'prod-oic')).toBe(' — raise activation-timeout')
    expect(activationHint(diff, [A], [], settings, 'prod-oic')).toBe('')
  })
})
