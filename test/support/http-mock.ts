/**
 * The mocked network of unit tests: an undici `MockAgent` in place of OIC (no emulator). Run an action over it with
 * `runInProcess(run, inputs, { net })` from ./actions.ts; declare intercepts per test on {@link UnitRun.oic}.
 */
import { afterEach, beforeEach } from '@jest/globals'
import { MockAgent, type Interceptable } from 'undici'
import { HttpClient, type HttpClientOptions } from '../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../src/core/http/retry.js'

/** Origin of the mocked OIC instance. */
export const OIC_ORIGIN = 'https://oic.mock.example.com'
/** Instance name sent as `integrationInstance`. */
export const OIC_INSTANCE = 'mock-instance'
/** Bearer token the mocked calls carry. */
export const OIC_TOKEN = 'tok-unit-0123456789'

/** Reply options of a JSON answer: `.reply(200, body, JSON_REPLY)`. */
export const JSON_REPLY = { headers: { 'content-type': 'application/json' } }

/** An intercept `path` matcher: the request's path is `pathname`, whatever its query. */
export const atPath =
  (pathname: string) =>
  (p: string): boolean =>
    new URL(p, OIC_ORIGIN).pathname === pathname

/** A mocked network and the clock the action saw. */
export interface UnitRun {
  agent: MockAgent
  /** The mocked OIC origin, for `.intercept({...}).reply(...)`. */
  oic: Interceptable
  /** Milliseconds the action asked to sleep, in order. */
  slept: number[]
}

/** A MockAgent refusing every request nobody intercepted. */
export function mockNetwork(): UnitRun {
  const agent = new MockAgent({ enableCallHistory: true })
  agent.disableNetConnect()
  return { agent, oic: agent.get(OIC_ORIGIN), slept: [] }
}

/**
 * A fresh {@link mockNetwork} for each test of the calling file, closed after it. Call at the top of a test file;
 * the returned object is the current test's network (its fields are replaced before each test).
 */
export function useMockNetwork(): UnitRun {
  const net = {} as UnitRun
  beforeEach(() => {
    Object.assign(net, mockNetwork())
  })
  afterEach(async () => {
    await net.agent.close()
  })
  return net
}

/**
 * An {@link HttpClient} of the mocked instance over `net`, for unit tests of the OIC client modules: no retries
 * unless `options` say otherwise, sleeps recorded in `net.slept`.
 */
export function mockClient(net: UnitRun, options: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({
    baseUrl: new URL(OIC_ORIGIN),
    instance: OIC_INSTANCE,
    token: OIC_TOKEN,
    timeoutMs: 5000,
    retry: defaultRetryPolicy(0),
    dispatcher: net.agent,
    sleep: async ms => void net.slept.push(ms),
    random: () => 0.5,
    ...options
  })
}
