// Verify `npm start`, the README's main command: the whole pipeline runs through the dist bundles on the embedded
// emulator, every step succeeds, says what it did and where its files are, secrets stay masked, every job summary
// follows the one grammar; the run explains what still fails (checked against resubmit-errors' own summary), ends with
// a recap table, and removes its workspace unless --keep.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ROOT } from '../support/runner.js'

const STEPS = [
  'authenticate (dev)',
  'create-deployment (dev)',
  'export-car (dev)',
  'authenticate (prod)',
  'import-car (prod)',
  'test-connections (prod)',
  'resubmit-errors (prod)'
]

function npmStart(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise(resolve =>
    execFile(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/start.ts'), ...args],
      { cwd: ROOT, timeout: 120_000 },
      (error, out) => resolve({ code: error ? 1 : 0, stdout: out })
    )
  )
}

/** The workspace the run announced. */
const workspaceOf = (stdout: string): string => /files in (\/\S+)$/m.exec(stdout)?.[1] ?? ''

describe('npm start', () => {
  let run: { code: number; stdout: string }
  beforeAll(async () => {
    run = await npmStart()
  })

  it('runs authenticate → … → resubmit-errors and prints each summary', () => {
    const { code, stdout } = run
    expect(code).toBe(0)
    const steps = [...stdout.matchAll(/^── (.+?): (ok|FAILED.*) in \d+ ms$/gm)].map(m => [m[1], m[2]])
    expect(steps).toEqual(STEPS.map(s => [s, 'ok']))
    expect(stdout).toMatch(/Pipeline finished in [\d.]+ s\./)
    expect(stdout).toMatch(/access-token\s+\*\*\*/)
    expect(stdout).not.toMatch(
      /erp-prod-password-demo|crm-prod-secret-demo|demo-secret-not-for-production|demo-key-not-for-production/
    )
    // One grammar: a heading, a status line with its icon, then one table (the recap included).
    const summaries = stdout.split(/^== /m).slice(1)
    expect(summaries).toHaveLength(8)
    for (const s of summaries) expect(s).toMatch(/^(OIC [a-z-]+|Recap) ==\n(✅|⚠️|📝|⏭️|❌) .+\n\n.+\n-+/)
    expect(stdout).toMatch(
      /✅ Project SALES_ORDERS imported in prod: 3 integrations, 3 connections configured, 3 of 3 activated\./
    )
  })

  it('first says in one line what a promotion is, dev → prod', () => {
    const [first, second] = run.stdout.split('\n')
    expect(first).toMatch(
      /^A promotion takes an Oracle Integration project from .*\(dev\) to production \(prod\)/
    )
    expect(second).toMatch(/^Here: those 7 steps on a local emulator .* files in \/\S+oic-demo-\w+$/)
  })

  it('says after each step what it did and where its files are', () => {
    const workspace = workspaceOf(run.stdout)
    const blocks = run.stdout.split(/^── /m).slice(1)
    expect(blocks).toHaveLength(7)
    for (const [i, block] of blocks.entries()) {
      const lines = block.split('\n')
      expect(lines[1]).toMatch(/^ {3}[A-Z].+\.$/)
      expect(block).toContain(`   job summary: ${workspace}/summaries/${i + 1}-`)
    }
    expect(blocks[2]).toContain(`   archive: ${workspace}/build/sales-orders.car`)
    expect(blocks[5]).toContain(`   JUnit report: ${workspace}/reports/connections.xml`)
  })

  it('explains the instances still failing from the emulator state, as resubmit-errors counted them', () => {
    const { stdout } = run
    const total = Number(
      /^(\d+) errored instance\(s\) of SALES_ORDERS in prod \(last hour\) still fail/m.exec(stdout)?.[1]
    )
    const nonRecoverable = Number(/^ {2}- (\d+) are the seed's non-recoverable errors/m.exec(stdout)?.[1])
    const failedAgain = Number(/^ {2}- (\d+) were resubmitted and failed again/m.exec(stdout)?.[1])
    expect(nonRecoverable).toBeGreaterThan(0)
    expect(total).toBe(nonRecoverable + failedAgain)
    // resubmit-errors' own job summary, independently of the emulator's state.
    expect(stdout).toContain(
      `; ${failedAgain} still failing (all integrations of project SALES_ORDERS, last 1h).`
    )
    expect(stdout).toContain(`; ${nonRecoverable} not recoverable (or not said to be).`)
    expect(stdout).toContain('resubmit-errors reported the same')
  })

  it('ends with a recap table of every step: result, time, key output', () => {
    const recap = run.stdout.slice(run.stdout.indexOf('== Recap =='))
    expect(recap).toMatch(
      /^== Recap ==\n✅ 7 of 7 steps ran, all ok, in [\d.]+ s\.\n\nStep +Result +Time +Key output\n/
    )
    for (const step of STEPS)
      expect(recap).toMatch(new RegExp(`^${step.replace(/[()]/g, '\\$&')} +ok +[\\d.]+ s +\\S`, 'm'))
    expect(recap).toMatch(/^import-car \(prod\) +ok +[\d.]+ s +imported, 3 of 3 activated$/m)
    expect(recap).toMatch(/^resubmit-errors \(prod\) +ok +[\d.]+ s +\d+ resubmitted, \d+ still failing$/m)
  })

  it('removes its workspace by default and says so', () => {
    const workspace = workspaceOf(run.stdout)
    expect(workspace).not.toBe('')
    expect(existsSync(workspace)).toBe(false)
    expect(run.stdout).toContain(`Removed the workspace ${workspace}; run npm start -- --keep`)
  })
})

describe('npm start -- --keep', () => {
  let workspace = ''
  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true })
  })

  it('keeps the workspace with the archive, the reports and the job summaries, and says where', async () => {
    const { code, stdout } = await npmStart('--keep')
    expect(code).toBe(0)
    workspace = workspaceOf(stdout)
    expect(stdout).toContain(`Kept the workspace: ${workspace} (`)
    expect(existsSync(join(workspace, 'build', 'sales-orders.car'))).toBe(true)
    expect(existsSync(join(workspace, 'reports', 'connections.xml'))).toBe(true)
    expect(readdirSync(join(workspace, 'summaries')).sort()).toEqual([
      '1-auth-dev.md',
      '2-deployment.md',
      '3-export.md',
      '4-auth-prod.md',
      '5-import.md',
      '6-test.md',
      '7-resubmit.md'
    ])
  })
})
