// Verify the root action.yml (the `command:` dispatcher): every input and output description covers exactly the
// commands that declare it, with each command's own text, default and whether it requires it; a root default only where all commands share
// it; the dispatcher hands every input to the chosen command; the README's root-action examples use real inputs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { ACTION_NAMES, LOADERS, type ActionModule, type ActionName } from '../../../src/actions/registry.js'
import type { Host } from '../../../src/core/host.js'
import { dispatch } from '../../../src/suite.js'
import { ROOT } from '../../support/runner.js'

interface Spec {
  description?: string
  required?: boolean
  default?: string | number | boolean
}
interface ActionYml {
  inputs: Record<string, Spec>
  outputs: Record<string, Spec>
}

const load = (file: string): ActionYml => parse(readFileSync(join(ROOT, file), 'utf8')) as ActionYml
const root = load('action.yml')
const own = Object.fromEntries(ACTION_NAMES.map(n => [n, load(`actions/${n}/action.yml`)])) as Record<
  ActionName,
  ActionYml
>

/** Which commands declare `id` (as an input or output), in pipeline order. */
function declaring(kind: 'inputs' | 'outputs', id: string): ActionName[] {
  return ACTION_NAMES.filter(n => id in own[n][kind])
}

/**
 * The commands a root description speaks for, with the text it gives each: `(a, b) text`, or one line per group,
 * `a, b: text`.
 */
function parts(description: string): Map<string, string> {
  const shared = /^\(([a-z, -]+)\) ([\s\S]*)$/.exec(description)
  if (shared) return new Map(shared[1]!.split(', ').map(n => [n, shared[2]!]))
  const map = new Map<string, string>()
  for (const line of description.split('\n')) {
    const m = /^([a-z-]+(?:, [a-z-]+)*): ([\s\S]*)$/.exec(line)
    if (!m) throw new Error(`a line that names no command: ${line}`)
    for (const name of m[1]!.split(', ')) map.set(name, m[2]!)
  }
  return map
}

describe.each(['inputs', 'outputs'] as const)('root action.yml %s', kind => {
  const ids = Object.keys(root[kind]).filter(id => id !== 'command')

  it('are the union of the six actions', () => {
    const union = new Set(ACTION_NAMES.flatMap(n => Object.keys(own[n][kind])))
    expect(new Set(ids)).toEqual(union)
  })

  it.each(ids)('%s: described for exactly the commands that declare it, each in its own words', id => {
    const users = declaring(kind, id)
    const given = parts(String(root[kind][id]!.description))
    expect([...given.keys()].sort()).toEqual([...users].sort())
    for (const name of users) {
      const text = String(own[name][kind][id]!.description).trim()
      expect({ name, text: given.get(name)!.startsWith(text) }).toEqual({ name, text: true })
      if (kind === 'inputs')
        expect({ name, required: given.get(name)!.endsWith(' Required.') }).toEqual({
          name,
          required: own[name].inputs[id]!.required === true
        })
    }
  })
})

describe('root action.yml defaults', () => {
  it.each(Object.keys(root.inputs).filter(id => id !== 'command'))(
    '%s: a root default only when every command shares it, else each command names its own',
    id => {
      const users = declaring('inputs', id)
      const defaults = new Set(users.map(n => own[n].inputs[id]!.default))
      const rootDefault = root.inputs[id]!.default
      if (defaults.size === 1) {
        expect(rootDefault).toEqual([...defaults][0])
        return
      }
      expect(rootDefault).toBeUndefined()
      const given = parts(String(root.inputs[id]!.description))
      for (const name of users) {
        const value = own[name].inputs[id]!.default
        if (value !== undefined) expect(given.get(name)).toContain(`Default: ${String(value)}.`)
      }
    }
  )

  it('tells apart the inputs the issue named (if-exists, path, fail-on, results)', () => {
    expect(parts(String(root.inputs['if-exists']!.description)).get('import-car')).toMatch(/^fail, replace/)
    expect(parts(String(root.inputs['if-exists']!.description)).get('create-deployment')).toMatch(
      /^update, fail/
    )
    expect(parts(String(root.inputs.path!.description)).get('import-car')).toMatch(/^The archive/)
    expect(parts(String(root.inputs['fail-on']!.description)).get('resubmit-errors')).toContain('remaining')
    expect(parts(String(root.outputs.results!.description)).get('test-connections')).toMatch(/^JSON array/)
  })
})

describe('the dispatcher (dist/dispatch.js → dispatch())', () => {
  const saved = { ...LOADERS }
  const env = { ...process.env }
  afterEach(() => {
    Object.assign(LOADERS, saved)
    process.env = { ...env }
    process.exitCode = undefined
  })

  /** What the runner puts in the environment for the root action: the root defaults, then the step's `with:`. */
  function runnerEnv(values: Record<string, string>): void {
    process.env = { ...env }
    for (const [id, spec] of Object.entries(root.inputs))
      if (spec.default !== undefined) process.env[`INPUT_${id.toUpperCase()}`] = String(spec.default)
    for (const [id, value] of Object.entries(values)) process.env[`INPUT_${id.toUpperCase()}`] = value
  }

  it.each(ACTION_NAMES)(
    'passes every input %s declares on to it, and the root defaults equal its own',
    async name => {
      let seen: Host | undefined
      LOADERS[name] = () =>
        Promise.resolve<ActionModule>({ run: o => ((seen = o.host), Promise.resolve(true)) })
      const values = Object.fromEntries(Object.keys(own[name].inputs).map(id => [id, `value of ${id}`]))
      runnerEnv({ command: name, ...values })
      await expect(dispatch()).resolves.toBe(true)
      for (const id of Object.keys(values))
        expect({ id, value: seen!.getInput(id) }).toEqual({ id, value: values[id] })

      runnerEnv({ command: name })
      await dispatch()
      for (const [id, spec] of Object.entries(own[name].inputs)) {
        const got = seen!.getInput(id)
        // '' makes the action apply its own fallback, which action-yml.test.ts holds equal to its declared default.
        expect({ id, ok: got === '' || got === String(spec.default) }).toEqual({ id, ok: true })
      }
    }
  )

  it('fails with one line naming the commands when command is not one of them', async () => {
    let called = false
    for (const name of ACTION_NAMES)
      LOADERS[name] = () => ((called = true), Promise.resolve({ run: () => Promise.resolve(true) }))
    runnerEnv({ command: 'deploy' })
    const out: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string) => (out.push(String(chunk)), true)
    try {
      await expect(dispatch()).resolves.toBe(false)
    } finally {
      process.stdout.write = write
    }
    expect(called).toBe(false)
    expect(out.join('')).toContain('command')
    expect(out.join('')).toContain(ACTION_NAMES.join(', '))
  })
})

describe('README: One action, six commands', () => {
  it('shows the root action with command: and only inputs that command declares', () => {
    const text = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const section = /## One action, six commands\n([\s\S]*?)\n## /.exec(text)?.[1] ?? ''
    const steps = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap(
      m => parse(m[1]!) as { uses?: string; with?: Record<string, string> }[]
    )
    const rootSteps = steps.filter(s => /^[\w-]+\/[\w-]+@v1$/.test(s.uses ?? ''))
    expect(rootSteps.length).toBeGreaterThan(1)
    for (const step of rootSteps) {
      const command = step.with?.command as ActionName
      expect(ACTION_NAMES).toContain(command)
      for (const id of Object.keys(step.with ?? {}).filter(i => i !== 'command'))
        expect({ command, id, declared: id in own[command].inputs }).toEqual({ command, id, declared: true })
    }
  })
})
