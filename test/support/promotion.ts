/** Helpers for promotion tests: the bundle tests' scene (a demo emulator, a fake GitHub), an export made with our client. */
import { copyFileSync, createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Emulator } from '../../emulator/index.js'
import { exportProject } from '../../src/core/oic/projects.js'
import { afterAll, beforeAll } from '@jest/globals'
import { workspace } from './actions.js'
import { clientFor, QUICK_JOBS, startEmulator, tokenFor } from './emulator.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ROOT, runStep, type StepResult } from './runner.js'

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
 * (`prod.yaml`; its SFTP key comes from the step's SFTP_KEY, the tests' SECRETS).
 */
async function promotionScene(): Promise<PromotionScene> {
  const emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  const gh = await startFakeGitHub()
  const ws = workspace()
  copyFileSync(
    join(ROOT, 'examples', 'config', 'prod-connections.yaml'),
    join(ws.GITHUB_WORKSPACE, 'prod.yaml')
  )
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
