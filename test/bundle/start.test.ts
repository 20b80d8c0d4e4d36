// Verify `npm start`, the README's main command: the whole pipeline runs through the dist bundles on the embedded
// emulator, every step succeeds, secrets stay masked, and every job summary follows the one grammar.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from '@jest/globals'
import { ROOT } from '../support/runner.js'

it('npm start runs authenticate → … → resubmit-errors and prints each summary', async () => {
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>(resolve =>
    execFile(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/start.ts')],
      { cwd: ROOT, timeout: 120_000 },
      (error, out) => resolve({ code: error ? 1 : 0, stdout: out })
    )
  )
  expect(code).toBe(0)
  const steps = [...stdout.matchAll(/^── (.+?): (ok|FAILED.*) in \d+ ms$/gm)].map(m => [m[1], m[2]])
  expect(steps).toEqual([
    ['authenticate (dev)', 'ok'],
    ['create-deployment (dev)', 'ok'],
    ['export-car (dev)', 'ok'],
    ['authenticate (prod)', 'ok'],
    ['import-car (prod)', 'ok'],
    ['test-connections (prod)', 'ok'],
    ['resubmit-errors (prod)', 'ok']
  ])
  expect(stdout).toMatch(/Pipeline finished in [\d.]+ s\./)
  expect(stdout).toMatch(/access-token\s+\*\*\*/)
  expect(stdout).not.toMatch(
    /erp-prod-password-demo|crm-prod-secret-demo|demo-secret-not-for-production|demo-key-not-for-production/
  )
  // One grammar: a heading, a status line with its icon, then one table.
  const summaries = stdout.split(/^== /m).slice(1)
  expect(summaries).toHaveLength(7)
  for (const s of summaries) expect(s).toMatch(/^OIC [a-z-]+ ==\n(✅|⚠️|📝|⏭️|❌) .+\n\n.+\n-+/)
  expect(stdout).toMatch(
    /✅ Project SALES_ORDERS imported in prod: 3 integrations, 3 connections configured, 3 of 3 activated\./
  )
})
