// Verify the deployment config file: YAML and JSON with all keys, and line-numbered errors.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readDeploymentConfig } from '../../../../src/actions/create-deployment/config-file.js'
import { ConfigurationError } from '../../../../src/core/errors.js'

describe('readDeploymentConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'))
  const file = (name: string, text: string): string => {
    const p = join(dir, name)
    writeFileSync(p, text)
    return p
  }

  it('reads YAML and JSON with all keys', () => {
    const yaml = readDeploymentConfig(
      file(
        'd.yaml',
        'code: REL1\nname: Release 1\ndescription: first\nintegrations:\n  - A|01.00.0000\n  - code: B\n  - "*"\nrobots:\n  - {identifier: R1, version: 01.00.0000}\nb2b-trading-partners:\n  - {code: TP, version: 01.00.0000}\n'
      ),
      'd.yaml'
    )
    expect(yaml.code).toBe('REL1')
    expect(yaml.integrations.map(i => i.kind)).toEqual(['exact', 'newest', 'all'])
    expect(yaml.integrations[1]?.location).toEqual({ file: 'd.yaml', line: 6 })
    expect(yaml.robots).toEqual([{ identifier: 'R1', version: '01.00.0000' }])
    expect(yaml.b2bTradingPartners).toEqual([{ code: 'TP', version: '01.00.0000' }])
    const json = readDeploymentConfig(file('d.json', '{"code": "REL2", "integrations": ["B"]}'), 'd.json')
    expect(json.code).toBe('REL2')
  })

  it.each([
    ['syntax', 'code: X\nintegrations: [A\n', /^bad\.yaml:\d+: invalid YAML/],
    ['unknown key', 'code: X\nintegration: [A]\n', /^bad\.yaml:2: unknown key 'integration'/],
    ['missing code', 'integrations: [A]\n', /^bad\.yaml:1: 'code' \(the deployment code\) is required/],
    ['empty list', 'code: X\nintegrations: []\n', /^bad\.yaml:2: 'integrations' must be a non-empty list/],
    ['bad entry', 'code: X\nintegrations:\n  - A\n  - A|1\n', /^bad\.yaml:4: 'A\|1' has version '1'/],
    [
      'bad robot',
      'code: X\nintegrations: [A]\nrobots:\n  - identifier: R\n',
      /^bad\.yaml:4: each entry of 'robots' needs identifier and a version/
    ]
  ])('points at the line: %s', (_name, text, pattern) => {
    let error: unknown
    try {
      readDeploymentConfig(file('bad.yaml', text), 'bad.yaml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(pattern)
    expect((error as ConfigurationError).location?.file).toBe('bad.yaml')
  })
})
