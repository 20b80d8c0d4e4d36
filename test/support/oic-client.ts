/** Helpers for the typed OIC client tests: typed HTTP errors, scratch files and emulator-clock collaborators. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { STATUS_CODES } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, expect } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { OicHttpError } from '../../src/core/errors.js'
import type { HttpClient } from '../../src/core/http/client.js'
import { clientFor, startEmulator, type TestEmulatorOptions } from './emulator.js'

/**
 * Awaits `promise` expecting an {@link OicHttpError} with `status` whose message matches `message`: OIC puts it in
 * `title` and sends no `detail` (test/fixtures/oracle/error-412-*.json, source PM), and the error's text gives the
 * reason phrase and the message. Returns the error.
 */
export async function httpError(
  promise: Promise<unknown>,
  status: number,
  message: RegExp | string = /./
): Promise<OicHttpError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(OicHttpError)
  const e = error as OicHttpError
  expect({ status: e.status, detail: e.detail }).toEqual({ status, detail: undefined })
  expect(e.title).toMatch(message)
  expect(e.message).toContain(`HTTP ${status} ${STATUS_CODES[status] ?? ''}: ${e.title ?? ''}`)
  return e
}

/** A fresh temporary directory, a writer of files inside it, and its removal. */
export function scratch(): {
  dir: string
  file: (name: string, data: string | Buffer) => string
  remove: () => void
} {
  const dir = mkdtempSync(join(tmpdir(), 'oic-client-'))
  return {
    dir,
    file: (name, data) => {
      const path = join(dir, name)
      writeFileSync(path, data)
      return path
    },
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** `sleep`/`now`/`log` collaborators driven by the emulator clock: a sleep advances it instead of waiting. */
export function clockDeps(emu: Emulator): {
  sleep: (ms: number) => Promise<void>
  now: () => number
  log: (line: string) => void
  lines: string[]
} {
  const lines: string[] = []
  return {
    sleep: async ms => emu.clock.advance(ms),
    now: () => emu.clock.now(),
    log: line => void lines.push(line),
    lines
  }
}

/** The emulator of a test file and a typed client of one of its instances, under the instance's name. */
export type OicClientRun<I extends string> = { emu: Emulator } & { [K in I]: HttpClient }

/**
 * Starts the emulator with `options` before the calling file's tests and a typed client of `instance`; closes both
 * after them. The returned object holds them once the tests run: `env.emu`, `env.dev`.
 */
export function useOicClient<I extends string>(instance: I, options: TestEmulatorOptions): OicClientRun<I> {
  const env = {} as Record<string, unknown>
  beforeAll(async () => {
    const emu = await startEmulator(options)
    env.emu = emu
    env[instance] = await clientFor(emu, instance)
  })
  afterAll(async () => {
    await (env[instance] as HttpClient | undefined)?.close()
    await (env.emu as Emulator | undefined)?.stop()
  })
  return env as OicClientRun<I>
}
