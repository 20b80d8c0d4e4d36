/**
 * A local Oracle Integration 3 emulator: identity domain, design-time ("Factory") API and monitoring API of
 * several instances on one loopback port. `start()` is the programmatic API; `cli.ts` the command.
 */
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { Counters } from './src/counters.js'
import { IdentityDomain } from './src/identity.js'
import { LatencyModel } from './src/latency-model.js'
import { Router } from './src/router.js'
import { routes } from './src/routes/index.js'
import { DEMO_SEED_PATH, loadSeed, type Seed } from './src/seed.js'
import { handle, redirectHandler } from './src/server.js'
import { createInstance, type InstanceState } from './src/state.js'
import { defaultSwitches, type FaultRule, type Switches } from './src/switches.js'
import { createTlsMaterial } from './src/tls.js'

export type { Seed } from './src/seed.js'
export type { FaultRule, Switches } from './src/switches.js'
export type { LatencyModel, LatencyModelSettings, TraceEntry } from './src/latency-model.js'
export { DEMO_SEED_PATH, loadSeed } from './src/seed.js'
import { grantConsent as grantConnectionConsent } from './src/design/connection-ops.js'

/** Options of {@link start}. */
export interface StartOptions {
  /** A seed object or the path of a seed file (default: the demo seed). */
  seed?: Seed | string
  /** Switch overrides, applied over the seed's. */
  switches?: Partial<Switches>
  /** Faults to inject (added to `switches.faults`). */
  faults?: FaultRule[]
  /** Port (0 picks a free one). */
  port?: number
  /** Interface to listen on (loopback by default). */
  host?: string
  /** Serve HTTPS with a freshly generated CA. */
  https?: boolean
  /** Log lines (faults, internal errors). */
  log?: (line: string) => void
}

/** A running emulator. */
export interface Emulator {
  /** Origin of the design-time API and the identity domain, e.g. `http://127.0.0.1:4312`. */
  url: string
  /** Origin of the "instance host" that answers 307 (when `instanceHostRedirect` is on). */
  instanceUrl?: string
  /** PEM of the CA that signed the HTTPS certificate (HTTPS mode). */
  ca?: string
  /** The instances by name. */
  state: Map<string, InstanceState>
  identity: IdentityDomain
  /** Live switches: change them between calls. */
  switches: Switches
  counters: Counters
  /** The latency model (switch `latencyModel`): `entries()` is the trace of timed requests and jobs. */
  latency: LatencyModel
  /** Emulator clock (ms); `advance` moves it forward (token expiry, activation, recovery). */
  clock: { now(): number; advance(ms: number): void }
  /** Audience of an instance, for building scopes. */
  audience(instance: string): string
  stop(): Promise<void>
}

/**
 * Test hook: gives the console consent that connection `connectionId` (of `project`, or the global space) needs
 * for its policy — what "Provide Consent" does in the console (emulator/README.md, "Consent").
 */
export function grantConsent(emu: Emulator, instance: string, connectionId: string, project?: string): void {
  const state = emu.state.get(instance)
  if (!state) throw new Error(`grantConsent: no instance ${instance}.`)
  grantConnectionConsent(state.design, connectionId, project, emu.switches)
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port))
  })
}

/** Starts an emulator. */
export async function start(options: StartOptions = {}): Promise<Emulator> {
  const seed =
    typeof options.seed === 'string' || options.seed === undefined
      ? loadSeed(options.seed ?? DEMO_SEED_PATH)
      : options.seed
  const switches: Switches = { ...defaultSwitches(), ...seed.switches, ...options.switches }
  switches.faults = [
    ...(seed.switches?.faults ?? []),
    ...(options.switches?.faults ?? []),
    ...(options.faults ?? [])
  ]
  let offset = 0
  const now = (): number => Date.now() + offset
  const state = new Map<string, InstanceState>()
  for (const instance of seed.instances) state.set(instance.name, createInstance(instance, now()))
  const audiences = new Map([...state].map(([name, inst]) => [name, inst.audience]))
  const identity = new IdentityDomain(seed.identity ?? {}, audiences, now, () => switches.tokenTtlSeconds)
  const counters = new Counters()
  const latency = new LatencyModel(() => switches.latencyModel)
  const router = new Router().add(...routes({ identity, switches, now, latency }))
  const host = options.host ?? '127.0.0.1'
  const tls = options.https ? await createTlsMaterial() : undefined
  const scheme = tls ? 'https' : 'http'
  let origin = ''
  const deps = {
    router,
    identity,
    instances: state,
    switches,
    counters,
    latency,
    now,
    origin: () => origin,
    log: options.log
  }
  const listener = (req: Parameters<typeof handle>[1], res: Parameters<typeof handle>[2]): void => {
    handle(deps, req, res).catch(error => {
      options.log?.(`unhandled: ${(error as Error)?.stack ?? String(error)}`)
      res.destroy()
    })
  }
  const server = tls
    ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener)
    : createHttpServer(listener)
  const port = await listen(server, options.port ?? 0, host)
  const urlHost = host.includes(':') ? `[${host}]` : host
  origin = `${scheme}://${urlHost}:${port}`
  const servers: Server[] = [server]
  let instanceUrl: string | undefined
  if (switches.instanceHostRedirect) {
    const redirect = createHttpServer(redirectHandler(() => origin))
    const rport = await listen(redirect, 0, host)
    instanceUrl = `http://${urlHost}:${rport}`
    servers.push(redirect)
  }
  return {
    url: origin,
    instanceUrl,
    ca: tls?.ca,
    state,
    identity,
    switches,
    counters,
    latency,
    clock: { now, advance: ms => void (offset += ms) },
    audience: name => state.get(name)?.audience ?? '',
    stop: async () => {
      await Promise.all(
        servers.map(
          s =>
            new Promise<void>(resolve => {
              s.close(() => resolve())
              s.closeAllConnections()
            })
        )
      )
    }
  }
}
