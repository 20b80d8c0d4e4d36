/** The actions' metadata (inputs, defaults, descriptions) read from their action.yml, for help and validation. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** One input as action.yml declares it. */
export interface InputMeta {
  description: string
  required?: boolean
  default?: string
}

/** An action's metadata. */
export interface ActionMeta {
  name: string
  description: string
  inputs: Record<string, InputMeta>
  outputs: Record<string, { description: string }>
}

/** Finds `actions/<name>/action.yml` above this module (it sits in `dist/` or `src/cli/`). */
function findActionFile(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const file = join(dir, 'actions', name, 'action.yml')
    if (existsSync(file)) return file
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`actions/${name}/action.yml not found`)
    dir = parent
  }
}

/** Reads one action's metadata. */
export function actionMeta(name: string): ActionMeta {
  const doc = parse(readFileSync(findActionFile(name), 'utf8')) as Omit<ActionMeta, 'name'>
  return { name, description: doc.description, inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} }
}

/** Names of inputs whose default is `'true'`/`'false'` (flags that may stand alone). */
export function booleanInputs(meta: ActionMeta): Set<string> {
  return new Set(
    Object.entries(meta.inputs)
      .filter(([, i]) => i.default === 'true' || i.default === 'false')
      .map(([n]) => n)
  )
}
