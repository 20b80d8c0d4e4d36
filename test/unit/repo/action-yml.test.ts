// Verify every action.yml against the code: node24 and a dist entry that exists, described kebab-case inputs, valid
// branding, inputs declared == inputs of the action's input module, each of which changes the settings it builds
// (an input no code uses fails), defaults equal to the code's fallbacks,
// and the generated root dispatcher up to date.
import { KeyObject } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { clearSecrets } from '../../../src/core/secrets/registry.js'
import { ACTION_NAMES } from '../../../src/suite.js'
import { FakeHost } from '../../support/fake-host.js'
import { ROOT } from '../../support/runner.js'

interface ActionYml {
  name: string
  description: string
  inputs: Record<string, { description?: string; required?: boolean; default?: unknown }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
}

const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
const FORBIDDEN_ICONS = [
  'coffee',
  'columns',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon'
]

/** The smallest valid inputs of each action (besides defaults), for the defaults check. */
const MINIMAL: Record<string, () => Record<string, string>> = {
  authenticate: () => ({
    'token-url': 'https://idcs-1.identity.oraclecloud.com',
    'client-id': 'c',
    'client-secret': 's',
    scope: 'https://a.integration.ocp.oraclecloud.com:443/ic/api/'
  }),
  'create-deployment': () => ({ project: 'P', deployment: 'D', integrations: '*' }),
  'export-car': () => ({ project: 'P' }),
  'import-car': () => ({ path: 'x.car' }),
  'test-connections': () => ({}),
  'resubmit-errors': () => ({})
}
const CONNECTION_ENV = {
  OIC_URL: 'https://design.example.com',
  OIC_INSTANCE: 'dev',
  OIC_ACCESS_TOKEN: 'tok-abcdef',
  GITHUB_WORKSPACE: ROOT,
  RUNNER_TEMP: ROOT
}

const load = (name: string): ActionYml =>
  parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionYml

type InputsModule = { INPUTS: readonly string[]; getSettings: (host: FakeHost) => unknown }

/**
 * Inputs that matter only in a mode other inputs select: per action, the extra inputs of each such mode. An input
 * counts as used when, over {@link MINIMAL} or one of these, some probe value changes what getSettings returns or
 * throws.
 */
const MODES: Record<string, Array<Record<string, string>>> = {
  // private-key is used only to sign an assertion
  authenticate: [{ 'client-auth': 'private_key_jwt' }],
  // the artifact inputs and the GitHub token matter only when the archive comes from an artifact or a release
  'import-car': [
    { path: '', 'artifact-name': 'a' },
    { path: '', 'release-tag': 'v1' }
  ]
}

/** Values each input is tried with: a word, numbers, booleans, a URL, a path or owner/repo, a list. */
const PROBES = ['x', '7', '0', 'true', 'false', 'https://probe.example.com', 'probe/p.car', 'A, B']

/** What getSettings makes of `inputs`: its settings or its error message, as comparable text. */
function outcome(mod: InputsModule, inputs: Record<string, string>): string {
  clearSecrets()
  try {
    return `settings ${JSON.stringify(mod.getSettings(new FakeHost(inputs, CONNECTION_ENV)), comparable)}`
  } catch (error) {
    return `error ${error instanceof Error ? error.message : String(error)} ${JSON.stringify({ ...(error as object) })}`
  } finally {
    clearSecrets()
  }
}

function comparable(_key: string, value: unknown): unknown {
  if (value instanceof KeyObject) return value.export({ format: 'jwk' })
  if (value instanceof Map) return [...value]
  if (value instanceof Set) return [...value]
  return value
}

/**
 * The declared inputs no probe value changes the outcome of getSettings for, in any mode: inputs read (the reader
 * reads every declared input up front) but used by no code.
 */
function unusedInputs(mod: InputsModule, action: string, declared: string[]): string[] {
  const bases = [
    MINIMAL[action]!(),
    ...(MODES[action] ?? []).map(mode => ({ ...MINIMAL[action]!(), ...mode }))
  ]
  const used = (input: string): boolean =>
    bases.some(base => {
      const before = outcome(mod, base)
      return PROBES.some(
        value => value !== base[input] && outcome(mod, { ...base, [input]: value }) !== before
      )
    })
  return declared.filter(input => !used(input))
}

describe.each(readdirSync(join(ROOT, 'actions')))('actions/%s/action.yml', name => {
  const yml = load(name)

  it('is one of the suite actions, runs on node24 from an existing dist entry', () => {
    expect(ACTION_NAMES).toContain(name)
    expect(yml.runs.using).toBe('node24')
    expect(yml.runs.main).toBe(`../../dist/${name}.js`)
    expect(existsSync(join(ROOT, 'actions', name, yml.runs.main))).toBe(true)
  })

  it('describes every kebab-case input and output, with quoted string defaults', () => {
    expect(yml.description.length).toBeGreaterThan(20)
    for (const [id, spec] of Object.entries(yml.inputs)) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      expect(spec.description?.length).toBeGreaterThan(5)
      if (spec.default !== undefined) expect(typeof spec.default).toBe('string')
    }
    for (const [id, spec] of Object.entries(yml.outputs)) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      expect(spec.description?.length).toBeGreaterThan(3)
    }
  })

  it('has Marketplace-valid branding', () => {
    expect(COLORS).toContain(yml.branding.color)
    expect(FORBIDDEN_ICONS).not.toContain(yml.branding.icon)
  })

  it('declares exactly the inputs of its input module, and every one of them changes the settings', async () => {
    const mod = (await import(`../../../src/actions/${name}/inputs.js`)) as InputsModule
    expect([...mod.INPUTS].sort()).toEqual(Object.keys(yml.inputs).sort())
    expect(unusedInputs(mod, name, Object.keys(yml.inputs))).toEqual([])
  })

  it('has defaults that equal the fallbacks of the code', async () => {
    const mod = (await import(`../../../src/actions/${name}/inputs.js`)) as InputsModule
    const defaults = Object.fromEntries(
      Object.entries(yml.inputs)
        .filter(([, s]) => s.default !== undefined)
        .map(([k, s]) => [k, String(s.default)])
    )
    const bare = mod.getSettings(new FakeHost(MINIMAL[name]!(), CONNECTION_ENV))
    const withDefaults = mod.getSettings(new FakeHost({ ...defaults, ...MINIMAL[name]!() }, CONNECTION_ENV))
    expect(withDefaults).toEqual(bare)
  })
})

describe('root action.yml', () => {
  it('is the generated dispatcher over all six actions', async () => {
    // @ts-expect-error plain ESM build script without types
    const { rootAction } = (await import('../../../scripts/root-action.mjs')) as { rootAction: () => string }
    expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toBe(rootAction())
    const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/dispatch.js' })
    for (const name of ACTION_NAMES)
      for (const input of Object.keys(load(name).inputs)) expect(root.inputs[input]).toBeDefined()
    expect(existsSync(join(ROOT, root.runs.main))).toBe(true)
  })
})
