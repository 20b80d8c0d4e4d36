// Verify every action.yml against the code: node24 and a dist entry that exists, described kebab-case inputs, valid
// branding, inputs declared == inputs read by the action's input module, defaults equal to the code's fallbacks,
// and the generated root dispatcher up to date.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
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

  it('declares exactly the inputs its input module reads', async () => {
    const mod = (await import(`../../../src/actions/${name}/inputs.js`)) as InputsModule
    expect([...mod.INPUTS].sort()).toEqual(Object.keys(yml.inputs).sort())
    const host = new FakeHost(MINIMAL[name]!(), CONNECTION_ENV)
    mod.getSettings(host)
    expect([...host.inputsRead].sort()).toEqual(Object.keys(yml.inputs).sort())
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
