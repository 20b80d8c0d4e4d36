/** Running an action in-process against the emulator, with a recording host and no real sleeping. */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import type { RunOptions } from '../../src/core/run-action.js'
import { tokenFor } from './emulator.js'
import { FakeHost } from './fake-host.js'

/** A temporary workspace and runner temp, as a runner provides them. */
export function workspace(): { GITHUB_WORKSPACE: string; RUNNER_TEMP: string } {
  const root = mkdtempSync(join(tmpdir(), 'oic-ws-'))
  mkdirSync(join(root, 'ws'))
  mkdirSync(join(root, 'tmp'))
  return { GITHUB_WORKSPACE: join(root, 'ws'), RUNNER_TEMP: join(root, 'tmp') }
}

/** Options of {@link runInProcess}. */
export interface InProcessOptions {
  emu: Emulator
  instance: string
  env?: Record<string, string>
  /** Client whose token is used (default: the test client, an administrator). */
  client?: string
  /** Advances the emulator clock by what the action sleeps (activation, recovery jobs). */
  advanceClock?: boolean
}

/** Runs `run` with connection inputs for `instance` plus `inputs`; returns the host that recorded everything. */
export async function runInProcess(
  run: (options: RunOptions) => Promise<boolean>,
  inputs: Record<string, string>,
  options: InProcessOptions
): Promise<FakeHost> {
  const token = await tokenFor(options.emu, options.instance, options.client)
  const host = new FakeHost(
    { 'oic-url': options.emu.url, instance: options.instance, 'access-token': token, ...inputs },
    { ...workspace(), ...options.env }
  )
  let offset = 0
  await run({
    host,
    sleep: async ms => {
      if (options.advanceClock !== false) options.emu.clock.advance(ms)
      offset += ms
    },
    now: () => Date.now() + offset
  })
  return host
}
