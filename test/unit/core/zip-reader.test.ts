// Verify archive reading: the emulator layout, Oracle's icspackage layout, and refusal of unsafe or bomb-like archives.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readCar } from '../../../src/core/archive/car.js'
import { DEFAULT_ZIP_LIMITS, listZip } from '../../../src/core/archive/zip-reader.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { patchZipNames, writeCar, writeZip } from '../../support/zip.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-'))
})

describe('readCar', () => {
  it('reads the emulator manifest layout', async () => {
    const path = join(dir, 'a.car')
    await writeCar(
      path,
      'SALES',
      [
        ['SO_CREATE', '01.00.0001', ['ERP']],
        ['SO_SYNC', '01.00.0000']
      ],
      {
        connections: [{ id: 'ERP', properties: [{ propertyName: 'connectionUrl', required: true }] }],
        deployments: [{ code: 'REL1', integrations: [{ code: 'SO_CREATE', version: '01.00.0001' }] }]
      }
    )
    const car = await readCar(path)
    expect(car.layout).toBe('manifest')
    expect(car.project?.code).toBe('SALES')
    expect(car.integrations.map(i => `${i.code}|${i.version}`)).toEqual([
      'SO_CREATE|01.00.0001',
      'SO_SYNC|01.00.0000'
    ])
    expect(car.integrations[0]?.connections).toEqual(['ERP'])
    expect(car.connections[0]?.properties[0]?.propertyName).toBe('connectionUrl')
    expect(car.deployments[0]?.code).toBe('REL1')
    expect(car.warnings).toEqual([])
  })

  it('degrades gracefully on the icspackage layout without a manifest', async () => {
    const path = join(dir, 'oracle.car')
    await writeZip(path, [
      { name: 'icspackage/project/HR_SYNC/project.xml', data: '<project/>' },
      { name: 'icspackage/project/HR_SYNC/integrations/HR_EMP_01.00.0000/x.xml', data: 'x' },
      { name: 'icspackage/project/HR_SYNC/integrations/HR_DEPT_02.01.0003/x.xml', data: 'x' }
    ])
    const car = await readCar(path)
    expect(car.layout).toBe('icspackage')
    expect(car.project?.code).toBe('HR_SYNC')
    expect(car.integrations.map(i => `${i.code}|${i.version}`).sort()).toEqual([
      'HR_DEPT|02.01.0003',
      'HR_EMP|01.00.0000'
    ])
    expect(car.warnings[0]).toMatch(/no manifest.json/)
  })

  it.each([
    ['not a zip', async (p: string) => writeFileSync(p, 'hello, not a zip'), /is not a valid zip archive/],
    [
      'a truncated zip',
      async (p: string) => {
        await writeCar(p, 'X', [['A', '01.00.0000']])
        const { readFileSync } = await import('node:fs')
        writeFileSync(p, readFileSync(p).subarray(0, 60))
      },
      /is not a valid zip archive/
    ],
    [
      'a zip of something else',
      async (p: string) => writeZip(p, [{ name: 'readme.txt', data: 'hi' }]),
      /not an OIC project archive/
    ],
    [
      'a ../ entry',
      async (p: string) => {
        await writeZip(p, [
          { name: 'manifest.json', data: '{}' },
          { name: 'zz/evil.sh', data: 'x' }
        ])
        patchZipNames(p, 'zz/', '../')
      },
      /unsafe entry name '\.\.\/evil\.sh'/
    ],
    [
      'an absolute entry',
      async (p: string) => {
        await writeZip(p, [{ name: 'xetc/passwd', data: 'x' }])
        patchZipNames(p, 'xetc/', '/etc/')
      },
      /unsafe entry name '\/etc\/passwd'/
    ],
    [
      'a zip bomb (ratio)',
      async (p: string) =>
        writeZip(p, [
          { name: 'manifest.json', data: '{}' },
          { name: 'bomb.bin', zeros: 64 * 1024 * 1024 }
        ]),
      /expands \d+× \(limit 200×\)/
    ],
    [
      'a damaged manifest',
      async (p: string) => writeZip(p, [{ name: 'manifest.json', data: '{"project": ' }]),
      /manifest.json that is not valid JSON/
    ]
  ])('refuses %s with a clear line', async (_name, make, pattern) => {
    const path = join(dir, `${_name.replace(/\W/g, '-')}.car`)
    await make(path)
    const error = await readCar(path, `Input 'path' (${_name})`).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(pattern)
  })

  it('enforces the total size and entry-count limits', async () => {
    const path = join(dir, 'many.car')
    await writeZip(path, [
      { name: 'a', data: 'x'.repeat(100) },
      { name: 'b', data: 'y' },
      { name: 'c', data: 'z' }
    ])
    await expect(listZip(path, 'many', { ...DEFAULT_ZIP_LIMITS, maxEntries: 2 })).rejects.toThrow(
      /more than 2 entries/
    )
    await expect(listZip(path, 'many', { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 50 })).rejects.toThrow(
      /expands to more than 50 bytes/
    )
  })
})
