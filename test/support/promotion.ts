/** Helpers for promotion tests: a fresh demo emulator, the bundle tests' scene, an export made with our client. */
import { copyFileSync, createWriteStream, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { DEMO_SEED_PATH, loadSeed, start, type Emulator } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { HttpClient } from '../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../src/core/http/retry.js'
import { exportProject } from '../../src/core/oic/projects.js'
import { afterAll, beforeAll } from '@jest/globals'
import { workspace } from './actions.js'
import { testSeed, tokenFor } from './emulator.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ROOT, runStep, type StepResult } from './runner.js'

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

/** What the promotion bundle tests run in: see {@link promotionScene}. */
export interface PromotionScene {
  emu: Emulator
  gh: FakeGitHub
  /** The OIC inputs every action takes (`oic-url`, `instance`, `access-token`) for `instance`. */
  oic(instance: string): Promise<Record<string, string>>
  /** Runs the bundled `action` as a runner does, in the workspace, with `env` added to the runner's. */
  step(action: string, inputs: Record<string, string>, env?: Record<string, string>): Promise<StepResult>
  stop(): Promise<void>
}

/**
 * A fresh demo emulator, a fake GitHub API on loopback and a workspace holding the example prod connections file
 * (`prod.yaml`) and the SFTP key file it names (`sftp.pem`).
 */
async function promotionScene(): Promise<PromotionScene> {
  const emu = await freshEmulator()
  const gh = await startFakeGitHub()
  const ws = workspace()
  copyFileSync(
    join(ROOT, 'examples', 'config', 'prod-connections.yaml'),
    join(ws.GITHUB_WORKSPACE, 'prod.yaml')
  )
  writeFileSync(join(ws.GITHUB_WORKSPACE, 'sftp.pem'), 'key')
  return {
    emu,
    gh,
    oic: async instance => ({ 'oic-url': emu.url, instance, 'access-token': await tokenFor(emu, instance) }),
    step: (action, inputs, env = {}) =>
      runStep(action, inputs, { env: { ...ws, ...env }, cwd: ws.GITHUB_WORKSPACE }),
    stop: async () => {
      await emu.stop()
      await gh.stop()
    }
  }
}

/** {@link promotionScene} started in `beforeAll` and stopped in `afterAll` of the calling test file. */
export function usePromotionScene(): PromotionScene {
  let current: PromotionScene | undefined
  const started = (): PromotionScene => {
    if (!current) throw new Error('the promotion scene starts in beforeAll: use it inside a test')
    return current
  }
  beforeAll(async () => {
    current = await promotionScene()
  })
  afterAll(async () => {
    await current?.stop()
  })
  return {
    get emu() {
      return started().emu
    },
    get gh() {
      return started().gh
    },
    oic: instance => started().oic(instance),
    step: (action, inputs, env) => started().step(action, inputs, env),
    stop: async () => {
      await current?.stop()
    }
  }
}
