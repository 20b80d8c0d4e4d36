// Verify that every operation of seed 000's "OIC Monitoring API" list is reached by one CLI command: each row
// names the operation as the seed does, the argv that reaches it and the emulator route it must call; each run
// against the demo seed exits 0 and the emulator's request counters show the documented call was made.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../../emulator/index.js'
import { runCli } from '../../support/cli.js'
import { startEmulator, tokenFor } from '../../support/emulator.js'

const M = '/ic/api/integration/v1/monitoring'

/** What earlier rows found, for the argv of later ones. */
interface Found {
  recoverable: string[]
  jobId: string
  dir: string
}

interface Row {
  /** The operation's name exactly as seed 000 lists it. */
  name: string
  argv: (f: Found) => string[]
  /** The emulator route (`METHOD pattern`) the command must call. */
  route: string
  /** Reads what later rows need from the command's --json output. */
  after?: (json: unknown, f: Found) => void
}

const ROWS: Row[] = [
  {
    name: 'Retrieve Errored Instances',
    argv: () => [
      'errors',
      'list',
      '--integration',
      'SO_CREATE_ORDER|01.00.0001',
      '--project',
      'SALES_ORDERS',
      '--recoverable-only',
      '--limit',
      '10',
      '--json'
    ],
    route: `GET ${M}/errors`,
    after: (json, f) =>
      void (f.recoverable = (json as Array<{ id: string }>).map(i => i.id).filter(id => id !== '19'))
  },
  {
    name: 'Retrieve an Errored Integration Instance',
    argv: () => ['errors', 'get', '19'],
    route: `GET ${M}/errors/:id`
  },
  {
    name: 'Resubmit an Errored Integration Instance',
    argv: () => ['errors', 'resubmit', '19', '--json'],
    route: `POST ${M}/errors/:id/resubmit`,
    after: (json, f) => void (f.jobId = (json as { recoveryJobId: string }).recoveryJobId)
  },
  {
    name: 'Resubmit Errored Integration Instances',
    argv: f => ['errors', 'resubmit-all', '--id', f.recoverable.slice(0, 3).join(',')],
    route: `POST ${M}/errors/resubmit`
  },
  {
    name: 'Discard an Errored Integration Instance',
    argv: () => ['errors', 'discard', '20', '--yes'],
    route: `POST ${M}/errors/:id/discard`
  },
  {
    name: 'Discard Errored Integration Instances',
    argv: f => ['errors', 'discard-all', '--id', f.recoverable.slice(3, 5).join(','), '--yes'],
    route: `POST ${M}/errors/discard`
  },
  {
    name: 'Retrieve Error Recovery Jobs',
    argv: () => ['recovery-jobs', 'list'],
    route: `GET ${M}/errors/recoveryJobs`
  },
  {
    name: 'Retrieve an Error Recovery Job',
    argv: f => ['recovery-jobs', 'get', f.jobId],
    route: `GET ${M}/errors/recoveryJobs/:jobId`
  },
  { name: 'Retrieve Integration Instances', argv: () => ['instances', 'list'], route: `GET ${M}/instances` },
  {
    name: 'Retrieve an Integration Instance',
    argv: () => ['instances', 'get', '1001'],
    route: `GET ${M}/instances/:id`
  },
  {
    name: 'Abort an Integration Instance',
    argv: () => ['instances', 'abort', '1001', '--yes'],
    route: `POST ${M}/instances/:id/abort`
  },
  {
    name: 'Retrieve Integration Instance Activity Stream (Deprecated)',
    argv: () => ['instances', 'activity-stream', '19'],
    route: `GET ${M}/instances/:id/activityStream`
  },
  {
    name: 'Retrieve Integration Instance Activity Stream Details',
    argv: () => ['instances', 'activity-stream-details', '19'],
    route: `GET ${M}/instances/:id/activityStreamDetails`
  },
  {
    name: 'Download Large Payload in an Integration Instance',
    argv: f => ['instances', 'payload', '19', '--file', join(f.dir, 'payload.json')],
    route: `GET ${M}/instances/:id/activityStreamDetails/:k1/:k2/:k3`
  },
  { name: 'Retrieve Audit Records', argv: () => ['instances', 'audit'], route: `GET ${M}/auditRecords` },
  {
    name: 'Retrieve Historical Tracking Metrics',
    argv: () => ['metrics', 'history'],
    route: `GET ${M}/history`
  },
  {
    name: 'Retrieve Message Count Summary',
    argv: () => ['metrics', 'summary'],
    route: `GET ${M}/integrations/messages/summary`
  }
]

let emu: Emulator
let env: NodeJS.ProcessEnv
const found: Found = { recoverable: [], jobId: '', dir: '' }
beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: { recoveryJobDelayMs: 60_000 } })
  env = { OIC_URL: emu.url, OIC_INSTANCE: 'prod', OIC_ACCESS_TOKEN: await tokenFor(emu, 'prod') }
  found.dir = mkdtempSync(join(tmpdir(), 'seed-000-monitoring-'))
})
afterAll(async () => {
  rmSync(found.dir, { recursive: true, force: true })
  await emu.stop()
})

describe('seed 000: every Monitoring API operation is reached by one CLI command', () => {
  it('lists the 17 operations of the seed, each once', () => {
    expect(new Set(ROWS.map(r => r.name)).size).toBe(17)
  })

  it.each(ROWS.map(r => [r.name, r] as const))('%s', async (_name, row) => {
    const before = emu.counters.requests.get(row.route) ?? 0
    const argv = row.argv(found)
    const run = await runCli(argv, env)
    expect({ argv, code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 })
    expect(emu.counters.requests.get(row.route) ?? 0).toBeGreaterThan(before)
    if (row.route.startsWith('POST')) expect(emu.counters.mutationCount(row.route)).toBeGreaterThan(0)
    if (row.after) row.after(JSON.parse(run.stdout), found)
  })

  it('left the effects behind: the payload on disk, the instance aborted, the discarded ones ABORTED', () => {
    expect(statSync(join(found.dir, 'payload.json')).size).toBeGreaterThan(32 * 1024)
    const store = emu.state.get('prod')!.monitoring
    expect(store.get('1001')!.status).toBe('ABORTED')
    expect(store.get('20')!.status).toBe('ABORTED')
    expect(found.recoverable.slice(3, 5).map(id => store.get(id)!.status)).toEqual(['ABORTED', 'ABORTED'])
    expect(found.recoverable.slice(0, 3).map(id => store.get(id)!.recoveryJobId)).not.toContain(undefined)
  })
})
