/** Helpers for promotion tests: a fresh demo emulator and an export made with the product's own client. */
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { DEMO_SEED_PATH, loadSeed, start, type Emulator } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { HttpClient } from '../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../src/core/http/retry.js'
import { exportProject } from '../../src/core/oic/projects.js'
import { testSeed, tokenFor } from './emulator.js'

/** An emulator with the demo instances (or `instances`) and the test identity. */
export function freshEmulator(instances?: InstanceSeed[]): Promise<Emulator> {
  const demo = loadSeed(DEMO_SEED_PATH)
  return start({
    seed: {
      ...testSeed(instances ?? demo.instances),
      switches: { activationDelayMs: 200, recoveryJobDelayMs: 200 }
    }
  })
}

/** A client for `instance` with a test token. */
export async function clientFor(emu: Emulator, instance: string): Promise<HttpClient> {
  return new HttpClient({
    baseUrl: new URL(emu.url),
    instance,
    token: await tokenFor(emu, instance),
    timeoutMs: 30_000,
    retry: defaultRetryPolicy(0)
  })
}

/** Exports `SALES_ORDERS` (or one deployment) from `instance` to `path`. */
export async function exportTo(
  emu: Emulator,
  instance: string,
  path: string,
  label?: string,
  project = 'SALES_ORDERS'
): Promise<void> {
  const client = await clientFor(emu, instance)
  try {
    await exportProject(client, { code: project, label }, body => pipeline(body, createWriteStream(path)))
  } finally {
    await client.close()
  }
}
