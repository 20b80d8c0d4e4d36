// Verify the archive reader on archives shaped like OIC's real exports (oic-car-format.md §2–§5), field by field:
// every asset folder, an empty project, no rpa.zip, codes with underscores, several labels, dependencies on
// connections the archive does not hold, unknown top folders, deployment vs whole-project exports, and an .iar.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readArchive, readCar, type CarContents } from '../../../../src/core/archive/car.js'
import { writeIarFile, writeProjectCar, type CarSpec } from '../../../support/car.js'
import { ASSETS, FULL, FULL_READ } from '../../../support/full-project.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'car-'))
})

async function read(name: string, spec: CarSpec): Promise<CarContents> {
  const path = join(dir, name)
  await writeProjectCar(path, spec)
  return readCar(path)
}

describe('a whole-project export', () => {
  let car: CarContents
  beforeAll(async () => {
    car = await read('full.car', FULL)
  })

  it('reads the project from project.yaml and tells a whole project', () => {
    expect(car.kind).toBe('project')
    expect(car.deployment).toBeUndefined()
    expect(car.project).toEqual(FULL_READ.project)
  })

  it('reads every deployment with its integrations and agents', () => {
    expect(car.deployments).toEqual(FULL_READ.deployments)
  })

  it('reads integrations (split at the last underscore) with dependencies, state and schedule', () => {
    expect(car.integrations).toEqual(FULL_READ.integrations)
  })

  it('reads connections (namespace prefixes ignored) without the credential reference', () => {
    expect(car.connections).toEqual(FULL_READ.connections)
  })

  it('reads lookups, libraries, schedules, queues, templates and agents', () => {
    for (const asset of ASSETS) expect([asset, car[asset]]).toEqual([asset, FULL_READ[asset]])
  })

  it('lists unknown top folders without failing, and counts entries', () => {
    expect(car.unknownFolders).toEqual(['processes'])
    expect(car.rpa).toBe(true)
    expect(car.warnings).toEqual([])
    expect(car.entries).toBeGreaterThan(20)
    expect(car.uncompressedBytes).toBeGreaterThan(1000)
  })
})

describe('other exports', () => {
  it('tells a deployment export: one label whose integrations are the folders present', async () => {
    const car = await read('r2.car', { ...FULL, deployment: 'ORDERS_R2' })
    expect(car.kind).toBe('deployment')
    expect(car.deployment).toBe('ORDERS_R2')
    expect(car.deployments.map(d => d.code)).toEqual(['ORDERS_R2'])
    expect(car.integrations.map(i => `${i.code}|${i.version}`)).toEqual([
      'SO_CREATE_ORDER|01.00.0002',
      'TEST_1725367894|01.00.0000'
    ])
    expect(car.connections.map(c => c.code)).toEqual(['SO_ERP_CLOUD', 'SO_FTP'])
    expect(car.agents.map(a => a.code)).toEqual(['ORDER_HELPER'])
    expect(car.libraries).toEqual([])
  })

  it('reads a whole project with one label that does not pin every version as a whole project', async () => {
    const car = await read('one-label.car', { ...FULL, labels: [FULL.labels![0]!] })
    expect(car.kind).toBe('project')
    expect(car.deployments.map(d => d.code)).toEqual(['ORDERS_R1'])
  })

  it('reads an empty project (assets: {}), without rpa.zip', async () => {
    const car = await read('empty.car', { code: 'EMPTY', rpa: false })
    expect(car).toMatchObject({
      kind: 'project',
      project: { code: 'EMPTY', name: 'EMPTY', status: 'DRAFT' },
      deployments: [],
      integrations: [],
      connections: [],
      lookups: [],
      libraries: [],
      schedules: [],
      queues: [],
      templates: [],
      agents: [],
      rpa: false,
      unknownFolders: [],
      warnings: []
    })
  })

  it('reads an empty deployment (a label without integrations)', async () => {
    const car = await read('empty-label.car', {
      code: 'P',
      labels: [{ code: 'NOTHING' }],
      deployment: 'NOTHING'
    })
    expect(car.kind).toBe('deployment')
    expect(car.deployments).toEqual([{ code: 'NOTHING', name: 'NOTHING', integrations: [], agents: [] }])
  })

  it('warns about an integration folder without a version, and one without info.json', async () => {
    const car = await read('odd.car', {
      code: 'P',
      extra: [
        { name: 'project/integrations/NOVERSION/info.json', data: '{}' },
        { name: 'project/integrations/BARE_01.00.0000/PROJECT-INF/project.xml', data: '<icsproject/>' }
      ]
    })
    expect(car.integrations.map(i => `${i.code}|${i.version}`)).toEqual(['BARE|01.00.0000'])
    expect(car.warnings).toEqual([
      "integration folder 'NOVERSION' does not end in _NN.NN.NNNN: skipped",
      'integration BARE|01.00.0000 has no info.json: its dependencies are unknown'
    ])
  })

  it('reads an integration archive (.iar)', async () => {
    const path = join(dir, 'one.iar')
    await writeIarFile(path, {
      code: 'HELLO_WORLD',
      version: '02.01.0003',
      name: 'Hello',
      connections: ['ECHO_REST'],
      lookups: ['Codes'],
      scheduled: true
    })
    const car = await readArchive(path, 'one.iar', { allowIntegrationArchive: true })
    expect(car.kind).toBe('integration-archive')
    expect(car.project).toBeUndefined()
    expect(car.integrations).toEqual([
      {
        code: 'HELLO_WORLD',
        version: '02.01.0003',
        name: 'Hello',
        persistedState: 'CONFIGURED',
        dependencies: { connections: ['ECHO_REST'], lookups: ['Codes'], templates: [] },
        scheduled: true
      }
    ])
    expect(car.connections.map(c => [c.code, c.adapterType, c.securityPolicy])).toEqual([
      ['ECHO_REST', 'rest', 'BASIC_AUTH']
    ])
    expect(car.lookups.map(l => l.name)).toEqual(['Codes'])
    expect(car.schedules.map(s => `${s.code}|${s.version}`)).toEqual(['HELLO_WORLD|02.01.0003'])
  })
})
