/**
 * The bad-input table's runner: each case runs an action's bundle with one thing wrong and must fail with exactly one
 * `::error::` line (naming the input and the fix), no stack trace, no partial file, and the emulator unchanged.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { workspace } from './actions.js'
import { authenticateInputs, scopeOf, TEST_CLIENT, tokenFor } from './emulator.js'
import {
  expectNoLeaks,
  expectOneErrorLine,
  filesUnder,
  mutations,
  type ActionName,
  type Workspace
} from './resilience.js'
import { runStep } from './runner.js'

/** Which token a case hands to the action. */
export type TokenKind = 'valid' | 'expired' | 'other-instance' | 'viewer' | 'invoker'

/** One row of the table. */
export interface BadInput {
  action: ActionName
  /** What is wrong, in a few words. */
  name: string
  /** Inputs over the action's base inputs ('' clears one). */
  inputs: Record<string, string>
  /** The one error line. */
  error: RegExp
  /** Files to write into the workspace first (text, bytes, or bytes made when the case runs), by relative path. */
  files?: Record<string, string | Buffer | (() => Buffer)>
  /** Symbolic links to plant in the workspace (relative path → name in a fresh folder outside, left empty). */
  links?: Record<string, string>
  token?: TokenKind
}

/** The instance each action works on in the table. */
const INSTANCE: Record<ActionName, 'dev' | 'prod'> = {
  authenticate: 'dev',
  'create-deployment': 'dev',
  'export-car': 'dev',
  'import-car': 'prod',
  'test-connections': 'dev',
  'resubmit-errors': 'prod'
}

/** Inputs that make each action succeed; a row changes one thing. */
function baseInputs(emu: Emulator, action: ActionName): Record<string, string> {
  switch (action) {
    case 'authenticate':
      return authenticateInputs(emu)
    case 'create-deployment':
      return { project: 'SALES_ORDERS', deployment: 'BAD_R1', integrations: 'SO_CREATE_ORDER' }
    case 'export-car':
      return { project: 'SALES_ORDERS', path: 'out/so.car' }
    case 'import-car':
      return { path: 'so.car', project: 'SALES_ORDERS' }
    case 'test-connections':
      return { project: 'SALES_ORDERS' }
    case 'resubmit-errors':
      return { project: 'SALES_ORDERS', 'max-instances': '5', wait: 'false' }
  }
}

async function tokenOf(emu: Emulator, instance: 'dev' | 'prod', kind: TokenKind): Promise<string> {
  if (kind === 'other-instance') return tokenFor(emu, instance === 'dev' ? 'prod' : 'dev')
  if (kind === 'viewer') return tokenFor(emu, instance, 'viewer-client')
  if (kind === 'invoker') return tokenFor(emu, instance, 'invoker-client')
  if (kind === 'expired') {
    const grant = { clientId: TEST_CLIENT.clientId, subject: TEST_CLIENT.clientId, kind: 'client' as const }
    const body = await emu.identity.issue({ ...grant, instance, scope: scopeOf(emu, instance) }, false, -120)
    return String(body.access_token)
  }
  return tokenFor(emu, instance)
}

function write(ws: Workspace, files: NonNullable<BadInput['files']>): void {
  for (const [name, data] of Object.entries(files)) {
    const path = join(ws.GITHUB_WORKSPACE, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, typeof data === 'function' ? data() : data)
  }
}

/** Runs one row against `emu`; `car` is a valid archive of SALES_ORDERS copied into every workspace as `so.car`. */
export async function expectRejected(emu: Emulator, row: BadInput, car: string): Promise<void> {
  const instance = INSTANCE[row.action]
  const token = row.action === 'authenticate' ? '' : await tokenOf(emu, instance, row.token ?? 'valid')
  const ws = workspace()
  copyFileSync(car, join(ws.GITHUB_WORKSPACE, 'so.car'))
  write(ws, row.files ?? {})
  const outside = mkdtempSync(join(tmpdir(), 'oic-outside-'))
  for (const [name, target] of Object.entries(row.links ?? {})) {
    mkdirSync(dirname(join(ws.GITHUB_WORKSPACE, name)), { recursive: true })
    symlinkSync(join(outside, target), join(ws.GITHUB_WORKSPACE, name))
  }
  const connection: Record<string, string> =
    row.action === 'authenticate' ? {} : { 'oic-url': emu.url, instance, 'access-token': token, retries: '0' }
  const before = { mutations: mutations(emu), resubmits: resubmitted(emu) }
  const filesBefore = filesUnder(ws)
  const step = await runStep(
    row.action,
    { ...baseInputs(emu, row.action), ...connection, ...row.inputs },
    { env: ws, cwd: ws.GITHUB_WORKSPACE }
  )
  expectOneErrorLine({ step, ws, token, filesBefore }, row.error)
  expect(filesUnder(ws)).toEqual(filesBefore)
  expect(readdirSync(outside)).toEqual([])
  expect({ mutations: mutations(emu), resubmits: resubmitted(emu) }).toEqual(before)
  expectNoLeaks({ step, ws, token, filesBefore }, [TEST_CLIENT.clientSecret])
}

function resubmitted(emu: Emulator): number {
  return emu.state.get('prod')?.monitoring.resubmitCounts().size ?? 0
}
