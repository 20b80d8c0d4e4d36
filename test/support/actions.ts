/**
 * The one way tests run an action in-process: against the emulator (integration tests), against a mocked network
 * (unit tests, ./http-mock.ts) or against any server the inputs name (hostile servers, the identity domain), with a
 * recording host and no real sleeping. Runs of the bundles in a child process go through `runStep` (./runner.ts).
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import type { HttpLimits } from '../../src/core/http/limits.js'
import type { RunOptions } from '../../src/core/run-action.js'
import { tokenFor } from './emulator.js'
import { FakeHost } from './fake-host.js'
import { OIC_INSTANCE, OIC_ORIGIN, OIC_TOKEN, type UnitRun } from './http-mock.js'

/** A temporary workspace and runner temp, as a runner provides them. */
export function workspace(): { GITHUB_WORKSPACE: string; RUNNER_TEMP: string } {
  const root = mkdtempSync(join(tmpdir(), 'oic-ws-'))
  mkdirSync(join(root, 'ws'))
  mkdirSync(join(root, 'tmp'))
  return { GITHUB_WORKSPACE: join(root, 'ws'), RUNNER_TEMP: join(root, 'tmp') }
}

/** Options of {@link runInProcess} against the emulator. */
export interface InProcessOptions {
  emu: Emulator
  instance: string
  env?: Record<string, string | undefined>
  /** Client whose token is used (default: the test client, an administrator). */
  client?: string
  /** Advances the emulator clock by what the action sleeps (activation, recovery jobs). */
  advanceClock?: boolean
}

/** Options of {@link runInProcess} against a mocked network (see ./http-mock.ts). */
export interface MockedOptions {
  net: UnitRun
  env?: Record<string, string | undefined>
}

/**
 * Options of {@link runInProcess} against a server named by the inputs themselves (`oic-url`, or authenticate's
 * `token-url`): no connection inputs are added, the clock is real and sleeps return at once.
 */
export interface ServerOptions {
  env?: Record<string, string | undefined>
  /** Bounds on answers (HttpLimits) instead of the defaults. */
  limits?: Partial<HttpLimits>
}

/**
 * Runs `run` with the connection inputs of the emulator's `instance` (or of the mocked instance; none against a
 * server) plus `inputs`; returns the host that recorded everything (`host.failed` is set when the action failed).
 */
export async function runInProcess(
  run: (options: RunOptions) => Promise<boolean>,
  inputs: Record<string, string>,
  options: InProcessOptions | MockedOptions | ServerOptions
): Promise<FakeHost> {
  if (!('net' in options) && !('emu' in options)) {
    const host = new FakeHost(inputs, { ...workspace(), ...options.env })
    await run({ host, limits: options.limits, sleep: async () => undefined })
    return host
  }
  const mocked = 'net' in options
  const connection = mocked
    ? { 'oic-url': OIC_ORIGIN, instance: OIC_INSTANCE, 'access-token': OIC_TOKEN }
    : {
        'oic-url': options.emu.url,
        instance: options.instance,
        'access-token': await tokenFor(options.emu, options.instance, options.client)
      }
  const host = new FakeHost({ ...connection, ...inputs }, { ...workspace(), ...options.env })
  let offset = 0
  const start = mocked ? Date.parse('2026-12-01T12:00:00Z') : Date.now()
  await run({
    host,
    dispatcher: mocked ? options.net.agent : undefined,
    sleep: async ms => {
      if (mocked) options.net.slept.push(ms)
      else if (options.advanceClock !== false) options.emu.clock.advance(ms)
      offset += ms
    },
    now: () => start + offset,
    random: mocked ? () => 0.5 : undefined
  })
  return host
}
