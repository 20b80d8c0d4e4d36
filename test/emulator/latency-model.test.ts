// Verify the latency model (switch latencyModel): seeded, repeatable draws; every time multiplied by scale; each
// operation's server time in its range (export and import by archive size); activation and recovery-job times that
// delay ACTIVATED and the job's end on the emulator clock; and the trace of requests and jobs. No wall time is
// asserted: requests run with round trips and server times of zero or at a tiny scale.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import {
  LATENCY_DEFAULTS,
  LatencyModel,
  operationOf,
  unitHash,
  type LatencyModelSettings
} from '../../emulator/src/latency-model.js'
import { MonitoringClient, monitoringSeed } from '../support/emulator-monitoring.js'
import { startEmulator } from '../support/emulator.js'
import { designSeed, DesignClient, type IntegrationJson } from '../support/emulator-design.js'

const API = '/ic/api/integration/v1'
const MIB = 1024 * 1024
const MARGIN = 1500
const modelOf = (settings: Partial<LatencyModelSettings>): LatencyModel =>
  new LatencyModel(() => ({ enabled: true, ...settings }))

/** The server times a model draws for `n` requests of each kind, in order. */
function draws(model: LatencyModel, n = 20): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const read = model.requestCost('GET', `GET ${API}/projects/:p`, `dev GET ${API}/projects/P${i % 3}`, 0)
    const test = model.requestCost('POST', `POST ${API}/projects/:p/connections/:c/test`, `dev test ${i}`, 0)
    out.push(read?.networkMs ?? -1, read?.serverMs ?? -1, test?.serverMs ?? -1)
    out.push(model.activationMs(`INT_${i % 4}|01.00.0000`) ?? -1)
    out.push(model.recoveryJobMs(50) ?? -1)
  }
  return out
}

describe('the model alone', () => {
  it('is off unless enabled, and then draws nothing and traces nothing', () => {
    const off = new LatencyModel(() => ({}))
    expect(off.requestCost('GET', `GET ${API}/projects`, 'k', 0)).toBeUndefined()
    expect(off.activationMs('A|01.00.0000')).toBeUndefined()
    expect(off.recoveryJobMs(10)).toBeUndefined()
    expect(off.entries()).toEqual([])
    expect(new LatencyModel(() => ({ enabled: false, scale: 2 })).active()).toBeUndefined()
  })

  it('repeats every draw for the same seed and requests, and differs for another seed', () => {
    const a = draws(modelOf({ seed: 'run-1' }))
    expect(draws(modelOf({ seed: 'run-1' }))).toEqual(a)
    expect(draws(modelOf({ seed: 'run-2' }))).not.toEqual(a)
    const model = modelOf({ seed: 'run-1' })
    draws(model)
    model.reset()
    expect(draws(model)).toEqual(a)
  })

  it('multiplies every time by scale', () => {
    const full = draws(modelOf({ seed: 's' }))
    const tenth = draws(modelOf({ seed: 's', scale: 0.1 }))
    tenth.forEach((ms, i) => expect(ms).toBeCloseTo((full[i] as number) * 0.1, 6))
  })

  it('classifies each request into its operation', () => {
    expect(operationOf('POST', '/oauth2/v1/token')).toBe('token')
    expect(operationOf('GET', `GET ${API}/projects/:p/integrations/:id/activationStatus`)).toBe(
      'activation-status'
    )
    expect(operationOf('POST', `POST ${API}/projects/archive`)).toBe('import')
    expect(operationOf('PUT', `PUT ${API}/projects/archive`)).toBe('import')
    expect(operationOf('POST', `POST ${API}/projects/:p/archive`)).toBe('export')
    expect(operationOf('POST', `POST ${API}/projects/:p/connections/:c/test`)).toBe('connection-test')
    expect(operationOf('POST', `POST ${API}/monitoring/errors/resubmit`)).toBe('bulk-resubmit')
    expect(operationOf('PATCH', `PATCH ${API}/projects/:p/integrations/:id`)).toBe('write')
    expect(operationOf('GET', `GET ${API}/projects/:p/connections`)).toBe('read')
  })

  it('keeps each operation in its range, and round trips within the jitter', () => {
    const model = modelOf({ seed: 'ranges' })
    const d = LATENCY_DEFAULTS
    for (let i = 0; i < 200; i++) {
      const test = model.requestCost('POST', `POST ${API}/p/:c/test`, `t${i}`, 0)
      expect(test?.serverMs).toBeGreaterThanOrEqual(d.connectionTestMs[0])
      expect(test?.serverMs).toBeLessThanOrEqual(d.connectionTestMs[1])
      expect(test?.networkMs).toBeGreaterThanOrEqual(d.roundTripMs * (1 - d.jitter))
      expect(test?.networkMs).toBeLessThanOrEqual(d.roundTripMs * (1 + d.jitter))
      const activation = model.activationMs(`A${i}|01.00.0000`) ?? -1
      expect(activation).toBeGreaterThanOrEqual(d.activationMs[0])
      expect(activation).toBeLessThanOrEqual(d.activationMs[1])
      const bulk = model.requestCost('POST', `POST ${API}/monitoring/errors/resubmit`, `b${i}`, 0)
      expect(bulk?.serverMs).toBeGreaterThanOrEqual(d.bulkResubmitMs[0])
      expect(bulk?.serverMs).toBeLessThanOrEqual(d.bulkResubmitMs[1])
      const job = model.recoveryJobMs(50) ?? -1
      expect(job).toBeGreaterThanOrEqual(d.recoveryJobMs[0] + 50 * d.recoveryMsPerInstance)
      expect(job).toBeLessThanOrEqual(d.recoveryJobMs[1] + 50 * d.recoveryMsPerInstance)
    }
    const spread = Array.from({ length: 200 }, (_, i) => unitHash(`spread ${i}`))
    expect(Math.min(...spread)).toBeLessThan(0.05)
    expect(Math.max(...spread)).toBeGreaterThan(0.95)
  })

  it('makes an import take its base time plus a time per MiB, and an export likewise as it streams', () => {
    const model = modelOf({ archiveBaseMs: 400, archiveMsPerMiB: 30, scale: 0.5 })
    expect(model.requestCost('POST', `POST ${API}/projects/archive`, 'i1', 0)?.serverMs).toBe(200)
    expect(model.requestCost('POST', `POST ${API}/projects/archive`, 'i2', 10 * MIB)?.serverMs).toBe(350)
    expect(model.requestCost('POST', `POST ${API}/projects/:p/archive`, 'e1', 0)?.serverMs).toBe(200)
    expect(model.exportMs(10 * MIB)).toBe(150)
  })

  it('counts an activation only once it is recorded, so a refused request does not change later times', () => {
    const model = modelOf({ seed: 'peek' })
    const first = model.activationMs('A|01.00.0000')
    expect(model.activationMs('A|01.00.0000')).toBe(first)
    model.recordJob('activation', 'A|01.00.0000', 'prod', 1000, first ?? 0)
    expect(model.activationMs('A|01.00.0000')).not.toBe(first)
    expect(model.entries()).toEqual([
      {
        seq: 1,
        op: 'activation',
        key: 'A|01.00.0000',
        instance: 'prod',
        start: 1000,
        end: 1000 + (first ?? 0),
        networkMs: 0,
        serverMs: first
      }
    ])
  })
})

describe('the model in the emulator', () => {
  let emu: Emulator
  afterEach(async () => {
    await emu.stop()
  })
  const instant = { roundTripMs: 0, tokenMs: [0, 0], readMs: [0, 0], writeMs: [0, 0] } as const
  const P = '/projects/SALES/integrations'

  it('traces nothing while off', async () => {
    emu = await startEmulator({ seed: designSeed() })
    const dev = await DesignClient.for(emu, 'dev')
    expect((await dev.get(`${P}`)).status).toBe(200)
    expect(emu.latency.entries()).toEqual([])
  })

  it('delays ACTIVATED by the activation time it chose, on the emulator clock, and traces request and job', async () => {
    emu = await startEmulator({
      seed: designSeed(),
      switches: { activationConfiguredPolls: 0, latencyModel: { enabled: true, seed: 'act', ...instant } }
    })
    const dev = await DesignClient.for(emu, 'dev')
    const id = 'CUSTOMER_SYNC|01.00.0000'
    const path = `${P}/${encodeURIComponent(id)}`
    emu.latency.reset()
    expect((await dev.patch(path, { status: 'ACTIVATED' })).status).toBe(200)
    const job = emu.latency.entries().find(e => e.op === 'activation')
    expect(job).toMatchObject({ key: id, instance: 'dev', networkMs: 0 })
    const ms = job?.serverMs ?? 0
    expect(ms).toBeGreaterThanOrEqual(2000)
    expect(ms).toBeLessThanOrEqual(15000)
    expect(job?.end).toBe((job?.start ?? 0) + ms)
    const status = async (): Promise<string> => (await dev.get<IntegrationJson>(path)).body.status
    expect(await status()).toBe('ACTIVATION_INPROGRESS')
    // A margin of real time for the requests themselves: the clock runs on while they are answered.
    emu.clock.advance(Math.max(0, (job?.end ?? 0) - emu.clock.now() - MARGIN))
    expect(await status()).toBe('ACTIVATION_INPROGRESS')
    emu.clock.advance(MARGIN)
    expect(await status()).toBe('ACTIVATED')
    const request = emu.latency.entries().find(e => e.op === 'write')
    expect(request).toMatchObject({
      key: `PATCH ${API}${path}`,
      route: `PATCH ${API}/projects/:p/integrations/:id`,
      instance: 'dev',
      status: 200,
      networkMs: 0,
      serverMs: 0
    })
    expect(request?.end).toBeGreaterThanOrEqual(request?.start ?? Infinity)
  })

  it('times a connection test and an export (by the bytes it streams) at the chosen scale', async () => {
    emu = await startEmulator({
      seed: designSeed(),
      switches: { latencyModel: { enabled: true, seed: 'ops', scale: 0.001, archiveMsPerMiB: 1000 } }
    })
    const dev = await DesignClient.for(emu, 'dev')
    emu.latency.reset()
    await dev.post('/projects/SALES/connections/ERP/test')
    const car = await dev.exportCar('SALES')
    const byOp = new Map(emu.latency.entries().map(e => [e.op, e]))
    const test = byOp.get('connection-test')
    expect(test?.serverMs).toBeGreaterThanOrEqual(0.5)
    expect(test?.serverMs).toBeLessThanOrEqual(3)
    expect(test?.networkMs).toBeGreaterThanOrEqual(0.15 * 0.8)
    expect(test?.networkMs).toBeLessThanOrEqual(0.15 * 1.2)
    const exported = byOp.get('export')
    expect(exported?.serverMs).toBeCloseTo(1 + car.length / MIB, 6)
    expect(exported?.status).toBe(200)
  })

  it('runs a recovery job for the time it chose for its size, traced with its id', async () => {
    const seed = monitoringSeed({
      seed: 'latency-jobs',
      errors: { generate: [{ integration: 'SO_SYNC', count: 30, recoverable: 1, recovery: { recover: 1 } }] }
    })
    seed.switches = { latencyModel: { enabled: true, seed: 'jobs', ...instant, bulkResubmitMs: [0, 0] } }
    const api = new MonitoringClient(await startEmulator({ seed }))
    emu = api.emu
    const ids = [...api.store().instances.keys()].slice(0, 10)
    const answer = await api.post<{ recoveryJobId: string }>('/errors/resubmit?return=sync', { ids })
    const job = emu.latency.entries().find(e => e.op === 'recovery-job')
    expect(job?.key).toBe(answer.body.recoveryJobId)
    expect(job?.serverMs).toBeGreaterThanOrEqual(2000 + 10 * 20)
    expect(job?.serverMs).toBeLessThanOrEqual(5000 + 10 * 20)
    const inProgress = async (): Promise<number> =>
      (await api.get<{ inProgressCount: number }>(`/errors/recoveryJobs/${job?.key}`)).body.inProgressCount
    expect(await inProgress()).toBe(10)
    emu.clock.advance(Math.max(0, (job?.end ?? 0) - emu.clock.now() - MARGIN))
    expect(await inProgress()).toBe(10)
    emu.clock.advance(MARGIN)
    expect(await inProgress()).toBe(0)
    expect(emu.latency.entries().filter(e => e.op === 'bulk-resubmit')).toHaveLength(1)
  })
})
