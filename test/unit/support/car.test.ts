// Verify the test archive builder (test/support/car.ts) against the format file: zip tools accept its output,
// every entry is under project/ (no directory entries), DEFLATE with a data descriptor, and project.yaml is YAML
// starting with `---` whose assets list what the archive holds (`{}` for an empty project).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { carEntries, writeIarFile, writeProjectCar } from '../../support/car.js'
import { FULL } from '../../support/full-project.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'builder-'))
})

/** Local file headers of a zip: [name, general-purpose flags, compression method]. */
function localHeaders(buf: Buffer): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = []
  for (let i = buf.indexOf('PK\u0003\u0004', 0, 'latin1'); i >= 0;) {
    const flags = buf.readUInt16LE(i + 6)
    const method = buf.readUInt16LE(i + 8)
    const nameLength = buf.readUInt16LE(i + 26)
    out.push([buf.toString('utf8', i + 30, i + 30 + nameLength), flags, method])
    i = buf.indexOf('PK\u0003\u0004', i + 30 + nameLength, 'latin1')
  }
  return out
}

describe('the archive builder', () => {
  it.each([
    ['whole project', {}],
    ['deployment', { deployment: 'ORDERS_R1' }]
  ])('writes a %s export that unzip and python accept, only project/ entries', async (name, extra) => {
    const path = join(dir, `${name.replace(/\W/g, '-')}.car`)
    await writeProjectCar(path, { ...FULL, ...extra })
    expect(execFileSync('unzip', ['-tq', path], { encoding: 'utf8' })).toMatch(/No errors detected/)
    execFileSync('python3', ['-m', 'zipfile', '-t', path])
    const listed = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n')
    expect(listed.length).toBeGreaterThan(5)
    expect(listed.every(n => n.startsWith('project/') && !n.endsWith('/'))).toBe(true)
    const headers = localHeaders(readFileSync(path))
    const own = headers.filter(([n]) => n.startsWith('project/'))
    expect(own.length).toBe(listed.length)
    expect(own.every(([, flags, method]) => (flags & 0x8) !== 0 && method === 8)).toBe(true)
  })

  it('keeps entries unsorted, with project.yaml after the integrations', () => {
    const names = carEntries(FULL).map(e => e.name)
    expect(names.indexOf('project/project.yaml')).toBeGreaterThan(
      names.findIndex(n => n.startsWith('project/integrations/'))
    )
    expect(names).not.toEqual([...names].sort())
  })

  it('writes project.yaml as `---` YAML whose assets list what is included', () => {
    type Asset = { id: string }
    const yaml = (spec: Parameters<typeof carEntries>[0]): { assets: Record<string, Asset[]> } => {
      const text = carEntries(spec)
        .find(e => e.name === 'project/project.yaml')!
        .data.toString()
      expect(text.startsWith('---\n')).toBe(true)
      return parse(text)
    }
    expect(yaml({ code: 'EMPTY' }).assets).toEqual({})
    const r1 = yaml({ ...FULL, deployment: 'ORDERS_R1' })
    expect(r1.assets.integrations!.map(a => a.id)).toEqual(['SO_CREATE_ORDER|01.00.0001'])
    expect(r1.assets.labels!.map(a => a.id)).toEqual(['ORDERS_R1'])
    expect(Object.keys(yaml(FULL).assets).sort()).toEqual(
      [
        'ai_agents',
        'connections',
        'integrations',
        'labels',
        'libraries',
        'lookups',
        'queues',
        'schedules',
        'templates'
      ].sort()
    )
  })

  it('never writes credential values into connection XML', () => {
    const xml = carEntries(FULL)
      .filter(e => e.name.startsWith('project/connections/'))
      .map(e => e.data.toString())
      .join('')
    expect(xml).toContain('<ns0:name>csfkey</ns0:name>')
    expect(xml).not.toMatch(/<(\w+:)?name>(password|username|clientSecret)</)
  })

  it('writes an .iar in the icspackage layout', async () => {
    const path = join(dir, 'one.iar')
    await writeIarFile(path, { code: 'A_B', version: '01.00.0000', connections: ['C'], scheduled: true })
    execFileSync('unzip', ['-tq', path])
    const listed = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n')
    expect(listed).toEqual(
      expect.arrayContaining([
        'icspackage/project/A_B_01.00.0000/ics_project_attributes.properties',
        'icspackage/project/A_B_01.00.0000/PROJECT-INF/project.xml',
        'icspackage/appinstances/C.xml',
        'icspackage/schedule/Schedule_A_B_01_00_0000.xml'
      ])
    )
  })
})
