/** The seed: everything the emulator starts with (identity, instances, switches), as JSON or YAML. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { IdentitySeed } from './identity.js'
import type { InstanceSeed } from './state.js'
import type { Switches } from './switches.js'

/** A seed file. */
export interface Seed {
  /** Overrides of the default switches. */
  switches?: Partial<Switches>
  identity?: IdentitySeed
  instances: InstanceSeed[]
}

/** Path of the demo seed shipped with the emulator. */
export const DEMO_SEED_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds', 'demo.yaml')

/** Reads a seed from a `.json`, `.yaml` or `.yml` file. */
export function loadSeed(path: string): Seed {
  const text = readFileSync(path, 'utf8')
  const seed = (path.endsWith('.json') ? JSON.parse(text) : parse(text)) as Seed
  if (!seed || !Array.isArray(seed.instances) || seed.instances.length === 0) {
    throw new Error(`Seed ${path} must define at least one entry under 'instances'.`)
  }
  return seed
}
