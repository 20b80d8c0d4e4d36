// Verify `oic-actions inspect FILE [--json]` offline: the documented JSON document (schemaVersion 1) field by field
// for a whole project, a deployment and an .iar; the terminal table; paths anywhere (relative with ../ or
// absolute); one line for a bad archive.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { inspect } from '../../../src/cli/inspect.js'
import { writeIarFile, writeProjectCar } from '../../support/car.js'
import { ASSETS, FULL, FULL_READ } from '../../support/full-project.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspect-'))
})

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await inspect(
    ['inspect', ...argv],
    { stdout: t => void (stdout += t), stderr: t => void (stderr += t) },
    { PATH: process.env.PATH }
  )
  return { code, stdout, stderr }
}

describe('inspect --json', () => {
  it('prints a whole project field by field', async () => {
    const path = join(dir, 'full.car')
    await writeProjectCar(path, FULL)
    const shown = relative(process.cwd(), path)
    expect(shown.startsWith('..')).toBe(true)
    const { code, stdout } = await run(shown, '--json')
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'file',
      'kind',
      'project',
      'deployment',
      'deployments',
      'integrations',
      'connections',
      'externalConnections',
      'lookups',
      'libraries',
      'schedules',
      'queues',
      'templates',
      'agents',
      'rpa',
      'unknownFolders',
      'warnings',
      'entries',
      'uncompressedBytes'
    ])
    expect(json).toMatchObject({ schemaVersion: 1, file: shown, kind: 'project', deployment: null })
    expect(json.project).toEqual(FULL_READ.project)
    expect(json.deployments).toEqual(FULL_READ.deployments)
    expect(json.integrations[0]).toEqual(FULL_READ.integrations[0])
    expect(
      json.integrations.map((i: { code: string; version: string; scheduled: boolean }) => [
        i.code,
        i.version,
        i.scheduled
      ])
    ).toEqual([
      ['SO_CREATE_ORDER', '01.00.0002', false],
      ['SO_CREATE_ORDER', '01.00.0001', false],
      ['TEST_1725367894', '01.00.0000', true]
    ])
    expect(json.connections[0]).toEqual(FULL_READ.connections[0])
    expect(json.connections[1]).toMatchObject({
      code: 'SO_FTP',
      adapterType: 'ftp',
      securityPolicy: 'FTP_PASSWORD'
    })
    expect(json.externalConnections).toEqual([
      { code: 'PRESEEDED_COLLOCATED_CONN_ATP', integrations: ['SO_CREATE_ORDER|01.00.0002'] }
    ])
    for (const asset of ASSETS) expect([asset, json[asset]]).toEqual([asset, FULL_READ[asset]])
    expect(json).toMatchObject({ rpa: true, unknownFolders: ['processes'], warnings: [] })
  })

  it('prints a deployment export with its deployment code', async () => {
    const path = join(dir, 'r1.car')
    await writeProjectCar(path, { ...FULL, deployment: 'ORDERS_R1', rpa: false })
    const json = JSON.parse((await run(path, '--json')).stdout)
    expect(json).toMatchObject({ kind: 'deployment', deployment: 'ORDERS_R1', rpa: false })
    expect(json.deployments.map((d: { code: string }) => d.code)).toEqual(['ORDERS_R1'])
    expect(json.integrations.map((i: { code: string; version: string }) => `${i.code}|${i.version}`)).toEqual(
      ['SO_CREATE_ORDER|01.00.0001']
    )
    expect(json.connections.map((c: { code: string }) => c.code)).toEqual(['SO_ERP_CLOUD'])
    expect(json.lookups).toEqual([])
    expect(json.schedules).toEqual([])
  })

  it('prints an integration archive', async () => {
    const path = join(dir, 'hello.iar')
    await writeIarFile(path, { code: 'HELLO_WORLD', version: '01.02.0003', connections: ['ECHO'] })
    const json = JSON.parse((await run(path, '--json')).stdout)
    expect(json).toMatchObject({
      kind: 'integration-archive',
      project: null,
      deployment: null,
      deployments: []
    })
    expect(json.integrations).toEqual([
      {
        code: 'HELLO_WORLD',
        version: '01.02.0003',
        name: 'HELLO_WORLD',
        persistedState: 'CONFIGURED',
        dependencies: { connections: ['ECHO'], lookups: [], templates: [] },
        scheduled: false
      }
    ])
  })
})

describe('inspect', () => {
  it('prints the contents as a table, naming the connection the target must have', async () => {
    const path = join(dir, 'table.car')
    await writeProjectCar(path, FULL)
    const { code, stdout } = await run(path)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^== OIC archive SALES_ORDERS \(whole project\) ==/)
    expect(stdout).toMatch(/3 integration\(s\), 2 connection\(s\), 1 lookup\(s\), 1 library/)
    expect(stdout).toMatch(/connection \(not in archive\)\s+PRESEEDED_COLLOCATED_CONN_ATP/)
    expect(stdout).toMatch(/Unknown folders \(not read\): processes\./)
  })

  it('fails with one line on a bad archive', async () => {
    const path = join(dir, 'bad.car')
    writeFileSync(path, 'not a zip')
    const { code, stdout, stderr } = await run(path)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^error: .*bad\.car is not a valid zip archive .*\n$/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})
