// Verify that bad archives are refused with one clear line: not a zip, truncated, a zip that is not a project
// archive, an .iar given as a .car, unsafe entry names, zip bombs, too many entries, and damaged metadata entries.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readArchive, readCar } from '../../../../src/core/archive/car.js'
import { DEFAULT_ZIP_LIMITS, listZip } from '../../../../src/core/archive/zip-reader.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { carEntries, writeIarFile, writeProjectCar, zipEntries } from '../../../support/car.js'
import { patchZipNames, writeZip } from '../../../support/zip.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-'))
})

const SPEC = {
  code: 'SALES',
  integrations: [{ code: 'SO_CREATE', version: '01.00.0000', connections: ['ERP'] }],
  connections: [{ code: 'ERP' }]
}

/** A real-layout archive with one entry's text replaced. */
async function withEntry(path: string, name: string, data: string): Promise<void> {
  const entries = carEntries(SPEC).map(e => (e.name === name ? { name, data: Buffer.from(data) } : e))
  writeFileSync(path, await zipEntries(entries))
}

describe('bad archives', () => {
  it.each([
    ['not a zip', async (p: string) => writeFileSync(p, 'hello, not a zip'), /is not a valid zip archive/],
    [
      'a truncated zip',
      async (p: string) => {
        await writeProjectCar(p, SPEC)
        writeFileSync(p, readFileSync(p).subarray(0, 60))
      },
      /is not a valid zip archive/
    ],
    [
      'a zip of something else',
      async (p: string) => writeZip(p, [{ name: 'readme.txt', data: 'hi' }]),
      /is a zip but not an OIC project archive: no project\/project\.yaml \(it holds readme\.txt\)/
    ],
    [
      'the invented manifest.json layout',
      async (p: string) =>
        writeZip(p, [
          { name: 'manifest.json', data: '{"project":{"code":"X"}}' },
          { name: 'icspackage/project/X/project.xml', data: '<project/>' }
        ]),
      /is a zip but not an OIC project archive: no project\/project\.yaml/
    ],
    [
      'an integration archive',
      async (p: string) => writeIarFile(p, { code: 'HELLO', version: '01.00.0000' }),
      /is an integration archive \(\.iar\), not a project archive \(\.car\): export the project/
    ],
    [
      'a ../ entry',
      async (p: string) => {
        await writeZip(p, [
          { name: 'project/project.yaml', data: 'code: X' },
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
          { name: 'project/project.yaml', data: 'code: X' },
          { name: 'project/rpa.zip', zeros: 64 * 1024 * 1024 }
        ]),
      /expands \d+× \(limit 200×\)/
    ],
    [
      'a damaged project.yaml',
      async (p: string) => withEntry(p, 'project/project.yaml', '---\ncode: [unclosed\n'),
      /entry 'project\/project\.yaml' is not valid YAML/
    ],
    [
      'a project.yaml without a code',
      async (p: string) => withEntry(p, 'project/project.yaml', '---\nname: x\n'),
      /entry 'project\/project\.yaml' names no project code/
    ],
    [
      'a damaged info.json',
      async (p: string) =>
        withEntry(p, 'project/integrations/SO_CREATE_01.00.0000/info.json', '{"dependencies": '),
      /entry 'project\/integrations\/SO_CREATE_01\.00\.0000\/info\.json' is not valid JSON/
    ],
    [
      'a damaged connection',
      async (p: string) =>
        withEntry(p, 'project/connections/ERP.xml', '<ApplicationInstance><id>1</ApplicationInstance>'),
      /entry 'project\/connections\/ERP\.xml' is not well-formed XML/
    ]
  ])('refuses %s with one clear line', async (name, make, pattern) => {
    const path = join(dir, `${name.replace(/\W/g, '-')}.car`)
    await make(path)
    const error = await readCar(path, `Input 'path' (${name})`).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(pattern)
    expect(error.message).toMatch(/^Input 'path' \(/)
    expect(error.message).not.toContain('\n')
  })

  it('keeps a hostile entry name from splitting the line or starting a workflow command', async () => {
    const path = join(dir, 'hostile.car')
    const name = 'project/integrations/X\n::error::pwned_01.00.0000/info.json'
    writeFileSync(path, await zipEntries([...carEntries(SPEC), { name, data: Buffer.from('{not json') }]))
    const car = await readCar(path, 'hostile.car')
    expect(car.warnings).toEqual([
      "integration folder 'X\\u000a::error::pwned_01.00.0000' does not end in _NN.NN.NNNN: skipped"
    ])
    const bad = join(dir, 'hostile-yaml.car')
    writeFileSync(
      bad,
      await zipEntries([
        { name: 'evil\n::error::x/readme.txt', data: Buffer.from('x') },
        { name: 'other.txt', data: Buffer.from('x') }
      ])
    )
    const error = await readCar(bad, 'hostile-yaml.car').catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).not.toContain('\n')
    expect(error.message).toContain('evil\\u000a::error::x')
  })

  it('reads an .iar only when asked to (inspect)', async () => {
    const path = join(dir, 'one.iar')
    await writeIarFile(path, { code: 'HELLO', version: '01.00.0000' })
    const iar = await readArchive(path, 'one.iar', { allowIntegrationArchive: true })
    expect(iar.kind).toBe('integration-archive')
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

  it('refuses an entry too large to read into memory, naming it', async () => {
    const path = join(dir, 'big.car')
    await writeProjectCar(path, SPEC)
    await expect(readCar(path, 'big.car', { ...DEFAULT_ZIP_LIMITS, maxReadBytes: 100 })).rejects.toThrow(
      /^big\.car entry 'project\/[^']+' is larger than 100 bytes\.$/
    )
  })
})
